"""The job every executor runs: documents through the stages, in chunks, back in their order.

One definition serves the local processes (``local.py``) and a Dask cluster (``dask_cluster.py``):
a ``Job`` says which stages, with which settings, and what to check before coding; ``run_chunk``
is the task an executor runs; ``in_order`` submits chunks to any executor with the
``concurrent.futures`` interface (a ``ProcessPoolExecutor``, or a Dask client's executor) and
yields the documents in input order, at most ``window`` in flight, so that memory stays flat.
The caller's process stays the only reader and writer.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass

from ..document import Document
from ..pipeline import Pipeline
from ..settings import Settings

# documents a task: fewer round trips between the processes (on two workers, 8 ran 3-5% faster than 4)
CHUNK = 8
CHUNKS_QUEUED = 2  # tasks each worker has waiting: one to run next while one result travels back


def window_for(workers: int) -> int:
    """How many documents are in flight at most: each worker's queued tasks (memory stays flat)."""
    return workers * CHUNKS_QUEUED * CHUNK


LOST = ("the process coding this document stopped (it crashed or ran out of memory); the rest of the run went on; "
        "please report this input")


@dataclass(frozen=True)
class Job:
    stages: tuple[str, ...]
    settings: Settings
    # a picklable factory, called once in each worker, of a test run before the events stage
    # (ingest: an article the store holds already is not coded); it must compare by value
    before_coding: object | None = None
    keep_sentences: bool = True  # False: documents come back without their sentences


_ready: tuple[Job, Pipeline, Callable[[Document], bool] | None] | None = None


def prepare(job: Job) -> None:
    """Build the job's pipeline in this process (once per job; a worker keeps it)."""
    global _ready
    if _ready is None or _ready[0] != job:
        _ready = (job, Pipeline(job.stages, job.settings), job.before_coding() if job.before_coding else None)


def _run(doc: Document) -> Document:
    """One document through the stages; what its events were coded with (date, outlet) goes back
    in its notes, for the writer to check."""
    assert _ready is not None
    _, pipeline, known = _ready
    stopped = []

    def stop(doc: Document) -> bool:
        if known is not None and known(doc):
            stopped.append(True)
            return True
        return False

    pipeline(doc, stop_before_events=stop)
    if doc.ok and doc.article is not None and "events" in pipeline.names and not stopped:
        mark_coded(doc)
    return doc


def mark_coded(doc: Document) -> None:
    """Note on ``doc`` what its events were coded with (date, outlet): the writer stores them as
    they are while those still hold, and codes the article again otherwise (store/ingest.py)."""
    doc.notes["coded_with"] = (doc.article.published, doc.article.outlet)


def run_chunk(job: Job, docs: list[Document]) -> list[Document]:
    """The task: documents through the job's stages; their raw payloads stay with the caller
    (it holds them), and their sentences too unless the job keeps them."""
    prepare(job)
    out = []
    for doc in docs:
        done = _run(doc)
        done.raw = None
        if not job.keep_sentences:
            done.sentences = []
        out.append(done)
    return out


def in_order(docs: Iterable[Document], job: Job, executor, window: int, lost: tuple[type, ...] = (),
             fresh: Callable[[], object] | None = None) -> Iterator[Document]:
    """``docs`` through ``job`` on ``executor``, yielded in input order. ``lost``: the errors that
    say a worker died; each document of the task is then run again alone (through ``fresh()``,
    a new executor, when the old one is broken for good), so that only a document that kills a
    worker itself is skipped, with code ``error``."""
    state = {"executor": executor}
    pending: deque[tuple[list[Document], Future | None]] = deque()  # None: needs no worker
    waiting: list[Document] = []
    in_flight = 0

    def submit(chunk: list[Document]) -> Future:
        return state["executor"].submit(run_chunk, job, chunk)

    def take() -> list[Document]:
        chunk, future = pending.popleft()
        if future is None:
            return chunk
        try:
            return _with_raw(future.result(), chunk)
        except lost:
            pass
        results = []
        for doc in chunk:
            if fresh is not None:
                _shut(state["executor"])
                state["executor"] = fresh()
            try:
                results += _with_raw(submit([doc]).result(), [doc])
            except lost:
                doc.mark_skipped("error", LOST)
                results.append(doc)
        if fresh is not None:
            _shut(state["executor"])
            state["executor"] = fresh()
        for i, (others, future) in enumerate(pending):
            if future is not None:
                pending[i] = (others, submit(others))
        return results

    try:
        for doc in docs:
            if not doc.ok:  # skipped when read: it keeps its place in the order
                if waiting:
                    pending.append((waiting, submit(waiting)))
                    waiting = []
                pending.append(([doc], None))
            else:
                waiting.append(doc)
                if len(waiting) == CHUNK:
                    pending.append((waiting, submit(waiting)))
                    waiting = []
            in_flight += 1
            while in_flight >= window and pending:
                results = take()
                in_flight -= len(results)
                yield from results
        if waiting:
            pending.append((waiting, submit(waiting)))
        while pending:
            yield from take()
    finally:
        _shut(state["executor"])


def _shut(executor) -> None:
    """Stop ``executor``, dropping what it has not started (Dask's executor cannot be asked to)."""
    try:
        executor.shutdown(cancel_futures=True)
    except TypeError:
        executor.shutdown(wait=False)


def _with_raw(results: list[Document], sent: list[Document]) -> list[Document]:
    for result, doc in zip(results, sent):
        result.raw = doc.raw
    return results
