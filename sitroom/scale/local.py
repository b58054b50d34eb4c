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


CHUNK = 4  # documents a task: fewer round trips between the processes


def _run_chunk(docs: list[Document], keep_sentences: bool = True) -> list[Document]:
    """Documents through the stages in a worker; their raw payloads stay with the parent, and
    their sentences too unless the caller reads them (the events carry their own evidence)."""
    out = []
    for doc in docs:
        done = _run(doc)
        done.raw = None  # the parent holds it; no need to send it back
        if not keep_sentences:
            done.sentences = []
        out.append(done)
    return out


def in_processes(docs: Iterable[Document], stages: Iterable[str], settings: Settings, workers: int,
                 window: int | None = None, skip_known=None, keep_sentences: bool = True) -> Iterator[Document]:
    """``docs`` through ``stages`` on ``workers`` processes, yielded in input order.
    ``skip_known``: a picklable factory, called once in each worker, of a test that stops a
    document before its events are coded (an article the store holds already).
    ``keep_sentences=False``: the documents come back without their sentences (a fifth of what
    travels back), for callers that write only articles and events."""
    stages = tuple(stages)
    window = window or workers * 8
    context = multiprocessing.get_context("fork")

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_start,
                                   initargs=(stages, settings, skip_known))

    pool = new_pool()
    pending: deque[tuple[list[Document], Future | None]] = deque()  # None: needs no worker
    waiting: list[Document] = []
    in_flight = 0
    try:
        for doc in docs:
            if not doc.ok:  # skipped when read: it keeps its place in the order
                if waiting:
                    pending.append((waiting, pool.submit(_run_chunk, waiting, keep_sentences)))
                    waiting = []
                pending.append(([doc], None))
            else:
                waiting.append(doc)
                if len(waiting) == CHUNK:
                    pending.append((waiting, pool.submit(_run_chunk, waiting, keep_sentences)))
                    waiting = []
            in_flight += 1
            while in_flight >= window and pending:
                results, pool = _take(pending, pool, new_pool, keep_sentences)
                in_flight -= len(results)
                yield from results
        if waiting:
            pending.append((waiting, pool.submit(_run_chunk, waiting, keep_sentences)))
        while pending:
            results, pool = _take(pending, pool, new_pool, keep_sentences)
            yield from results
    finally:
        pool.shutdown(cancel_futures=True)


def _take(pending: deque, pool: ProcessPoolExecutor, new_pool, keep_sentences: bool):
    docs, job = pending.popleft()
    if job is None:
        return docs, pool
    try:
        return _with_raw(job.result(), docs), pool
    except BrokenProcessPool:
        pass
    # a worker died, and took the pool with it: each document of this task is run again alone in
    # a fresh pool, so that one is blamed only if it kills a worker itself; the tasks still in
    # flight go to the fresh pool after them
    results = []
    for doc in docs:
        pool.shutdown(cancel_futures=True)
        pool = new_pool()
        try:
            results.append(_with_raw(pool.submit(_run_chunk, [doc], keep_sentences).result(), [doc])[0])
        except BrokenProcessPool:
            doc.mark_skipped("error", "the process coding this document stopped (it crashed or ran out of "
                                      "memory); the rest of the run went on; please report this input")
            results.append(doc)
    pool.shutdown(cancel_futures=True)
    pool = new_pool()
    for i, (others, other_job) in enumerate(pending):
        if other_job is not None:
            pending[i] = (others, pool.submit(_run_chunk, others, keep_sentences))
    return results, pool


def _with_raw(results: list[Document], sent: list[Document]) -> list[Document]:
    for result, doc in zip(results, sent):
        result.raw = doc.raw
    return results
