"""What every export writer shares: the count of records written, and of those left out by reason."""

from __future__ import annotations

from collections import Counter


class Writer:
    def __init__(self) -> None:
        self.written = 0
        self.left_out: Counter = Counter()  # reason -> records not written for it

    def close(self) -> None:
        pass


class Exported(int):
    """The number of records an export wrote, with the ones it left out (reason -> count)."""

    left_out: dict[str, int]

    def __new__(cls, written: int, left_out: dict[str, int] | None = None) -> "Exported":
        value = super().__new__(cls, written)
        value.left_out = dict(left_out or {})
        return value

    def summary(self, format: str) -> str:
        """'' when nothing was left out, else '3 left out: no date 2, no actor1 1', with how to
        write them too when ``format`` is ACLED CSV and --include-incomplete would."""
        if not self.left_out:
            return ""
        from .acled_csv import INCLUDABLE

        reasons = ", ".join(f"{reason} {count}" for reason, count in sorted(self.left_out.items(), key=lambda x: -x[1]))
        said = f"{sum(self.left_out.values())} left out: {reasons}"
        if format == "acled-csv" and any(reason in INCLUDABLE for reason in self.left_out):
            said += "; write them too with --include-incomplete"
        return said
