"""Offsets in the cleaned article text, as offsets in the text the user gave.

The clean stage rewrites a text or JSONL article: boilerplate lines go, each kept line becomes a
paragraph of its own, runs of spaces and tabs become one space, invisible characters go, and
newlines of every kind become "\\n". Evidence and place offsets are found in that cleaned text;
an ``OffsetMap`` turns them back into offsets of the text as given, so that
``given[start:end]`` is what the evidence quotes (with the user's own spacing).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

# every line break the extract stage turns into "\n" (a paragraph separator into "\n\n")
_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029")


def given_lines(given: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``given``, as the clean stage numbers the lines of the
    newline-normalised text: a paragraph separator (U+2029) counts as two breaks."""
    out: list[tuple[int, int]] = []
    start = 1 if given.startswith("\ufeff") else 0
    for m in _BREAK.finditer(given, start):
        out.append((start, m.start()))
        if m.group() == "\u2029":
            out.append((m.end(), m.end()))  # the empty line between the two paragraphs
        start = m.end()
    out.append((start, len(given)))
    return out


@dataclass
class OffsetMap:
    """Runs of characters: clean[c + k] stands for given[g + k] for k < n, for each (c, g, n)."""

    runs: list[tuple[int, int, int]] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)

    def add_line(self, clean_start: int, written: str, given_start: int, line: str) -> None:
        """Map ``line`` as kept in the cleaned text (starting at ``clean_start``) onto the raw line
        ``written`` of the given text (starting at ``given_start``). The kept line is the raw one
        without its outer white space, with runs of spaces or tabs as one space, and without
        invisible characters; the runs follow it character by character."""
        lead = len(written) - len(written.lstrip())
        if line and written.startswith(line, lead):  # most lines: kept as written, but for outer space
            self.runs.append((clean_start, given_start + lead, len(line)))
            self._starts.append(clean_start)
            return
        i, j = 0, 0
        run_c = run_g = None
        length = 0

        def close() -> None:
            nonlocal run_c, run_g, length
            if run_c is not None and length:
                self.runs.append((run_c, run_g, length))
                self._starts.append(run_c)
            run_c, run_g, length = None, None, 0

        while j < len(line) and i < len(written):
            a, b = written[i], line[j]
            if a == b or (b == " " and a.isspace()):
                if run_c is None or run_c + length != clean_start + j or run_g + length != given_start + i:
                    close()
                    run_c, run_g = clean_start + j, given_start + i
                length += 1
                i += 1
                j += 1
                if b == " ":  # one space stands for a run of white space: pass over the rest
                    while i < len(written) and written[i].isspace() and written[i] != "\n":
                        i += 1
            else:
                i += 1  # outer white space or an invisible character the clean stage dropped
        close()

    def to_given(self, offset: int) -> int:
        """The offset in the given text of the character at ``offset`` of the cleaned text (an
        offset between two runs, like the end of a paragraph, stays just after the run before)."""
        k = bisect_right(self._starts, offset) - 1
        if k < 0:
            return self.runs[0][1] if self.runs else offset
        c, g, n = self.runs[k]
        return g + min(offset - c, n)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The given text's span for the cleaned text's [start, end)."""
        if end <= start:
            at = self.to_given(start)
            return at, at
        return self.to_given(start), self.to_given(end - 1) + 1


__all__ = ["OffsetMap", "given_lines"]
