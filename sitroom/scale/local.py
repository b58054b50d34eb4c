"""Documents run through the pipeline on local worker processes, back in their input order.

    for doc in in_processes(read_documents(...), EVENT_STAGES, settings, workers=2):
        ...

The parent reads the inputs and keeps every output (the writer, the progress, the run report);
the workers only run stages, so a store still has one writer and its guarantees hold as they
are. Workers are forked after the parent warmed up the coder and the gazetteer, so they start
at once and share those pages with it (copy-on-write) instead of loading them again. At most
``window`` documents are in flight: the inputs are read as the results are taken, so memory
stays flat however long the run. A document whose worker dies (a crash, the kernel's
out-of-memory killer) is skipped and recorded with code ``error``; the pool is started again
and the documents in flight with it are coded again, once each.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..document import Document
from ..pipeline import Pipeline
from ..settings import Settings

_pipeline: Pipeline | None = None
_skip_known: Callable[[Document], bool] | None = None


def _start(stages: tuple[str, ...], settings: Settings, skip_known) -> None:
    global _pipeline, _skip_known
    _pipeline = Pipeline(stages, settings)
    _skip_known = skip_known() if skip_known is not None else None


def _run(doc: Document) -> Document:
    """One document through the stages, in a worker; what its events were coded with (date,
    outlet) goes back in its notes, for the writer to check."""
    assert _pipeline is not None
    stopped = []

    def stop(doc: Document) -> bool:
        if _skip_known is not None and _skip_known(doc):
            stopped.append(True)
            return True
        return False

    _pipeline(doc, stop_before_events=stop)
    coded = doc.ok and doc.article is not None and "events" in _pipeline.names and not stopped
    if coded:
        doc.notes["coded_with"] = (doc.article.published, doc.article.outlet)
    return doc


class _Done:
    """A document that needs no worker (skipped when read), in its place in the order."""

    def __init__(self, doc: Document):
        self.doc = doc


def in_processes(docs: Iterable[Document], stages: Iterable[str], settings: Settings, workers: int,
                 window: int | None = None, skip_known=None) -> Iterator[Document]:
    """``docs`` through ``stages`` on ``workers`` processes, yielded in input order.
    ``skip_known``: a picklable factory, called once in each worker, of a test that stops a
    document before its events are coded (an article the store holds already)."""
    stages = tuple(stages)
    window = window or workers * 8
    context = multiprocessing.get_context("fork")

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_start,
                                   initargs=(stages, settings, skip_known))

    pool = new_pool()
    pending: deque[tuple[Document, Future | _Done]] = deque()
    try:
        for doc in docs:
            pending.append((doc, pool.submit(_run, doc) if doc.ok else _Done(doc)))
            while len(pending) >= window:
                result, pool = _take(pending, pool, new_pool)
                yield result
        while pending:
            result, pool = _take(pending, pool, new_pool)
            yield result
    finally:
        pool.shutdown(cancel_futures=True)


def _take(pending: deque, pool: ProcessPoolExecutor, new_pool):
    doc, job = pending.popleft()
    if isinstance(job, _Done):
        return job.doc, pool
    try:
        return job.result(), pool
    except BrokenProcessPool:
        pass
    # a worker died, and took the pool with it: this document is run again alone in a fresh
    # pool, so that it is blamed only if it is the one that kills a worker; the others in
    # flight go to the fresh pool after it
    pool.shutdown(cancel_futures=True)
    pool = new_pool()
    try:
        result = pool.submit(_run, doc).result()
    except BrokenProcessPool:
        pool.shutdown(cancel_futures=True)
        pool = new_pool()
        doc.mark_skipped("error", "the process coding this document stopped (it crashed or ran out of memory); "
                                  "the rest of the run went on; please report this input")
        result = doc
    for i, (other, other_job) in enumerate(pending):
        if not isinstance(other_job, _Done):
            pending[i] = (other, pool.submit(_run, other))
    return result, pool
