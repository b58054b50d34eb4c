"""The job (``job.py``) on local worker processes, forked from this one.

    for doc in in_processes(read_documents(...), Job(EVENT_STAGES, settings), workers=2):
        ...

Workers are forked after the parent warmed up the coder and the gazetteer, so they start at once
and share those pages with it (copy-on-write) instead of loading them again. A document whose
worker dies (a crash, the kernel's out-of-memory killer) breaks the pool; the pool is started
again, the document is run alone to see whether it is the one that kills, and is skipped and
recorded with code ``error`` if so.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..document import Document
from .job import Job, in_order, prepare, window_for

_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with(parent: int) -> None:
    """Ask Linux to end this worker when its parent ends (a parent killed with SIGKILL cannot
    stop its workers, which would otherwise wait for work forever); elsewhere, nothing."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent ended before the request was made
        os._exit(1)


def _start(job: Job, parent: int) -> None:
    if sys.platform.startswith("linux"):
        _die_with(parent)
    prepare(job)


def in_processes(docs: Iterable[Document], job: Job, workers: int, window: int | None = None) -> Iterator[Document]:
    context = multiprocessing.get_context("fork")

    def fresh() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_start, initargs=(job, os.getpid()))

    yield from in_order(docs, job, fresh(), window or window_for(workers), lost=(BrokenProcessPool,), fresh=fresh)
