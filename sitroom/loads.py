"""One-off loads (the gazetteer, the coder's knowledge), timed where they happen, so that a
run's rate can leave them out and its summary say how long they took.

    with one_off("gazetteer"):
        gazetteer = build_or_read_it()

A load inside another is part of the outer one: only the outermost is recorded.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

# (what, when it began by time.perf_counter, seconds), in the order the loads ended
LOADS: list[tuple[str, float, float]] = []
_depth = 0


@contextmanager
def one_off(what: str) -> Iterator[None]:
    global _depth
    began = time.perf_counter()
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0:
            LOADS.append((what, began, time.perf_counter() - began))


def loads_since(began: float) -> dict[str, float]:
    """Seconds spent on each kind of one-off load that began at or after ``began``."""
    spent: dict[str, float] = {}
    for what, start, seconds in LOADS:
        if start >= began:
            spent[what] = spent.get(what, 0.0) + seconds
    return spent
