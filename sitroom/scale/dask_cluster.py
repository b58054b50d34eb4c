"""The job (``job.py``) on a Dask cluster: a scheduler's address, or a ``dask.distributed`` Client.

    sitroom extract news/ --dask tcp://scheduler:8786 -o events.jsonl
    sitroom ingest news/ --db postgresql://... --dask tcp://scheduler:8786

The caller reads the inputs and ships them to the workers in chunks (each task is one chunk of
eight documents, the same task the local processes run); the workers run the stages and send the
documents back, which the caller writes in input order, through the store's own transactions,
as with local processes. Every worker needs sitroom installed (the same version) and builds its
pipeline on its first task; the gazetteer is loaded once per worker process. A worker that
dies has its tasks retried by the scheduler on another worker; a document that kills workers
(Dask's ``KilledWorker``) is skipped and recorded with code ``error``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..document import Document
from .job import Job, in_order, window_for


class DaskMissing(RuntimeError):
    pass


def _client_class():
    try:
        from distributed import Client
    except ImportError:
        raise DaskMissing("running on a Dask cluster needs dask.distributed: pip install 'sitroom[dask]'") from None
    return Client


def client_for(target):
    """A Client for ``target``: a Client as given, or a scheduler's address."""
    Client = _client_class()
    if isinstance(target, Client):
        return target, False
    return Client(target, set_as_default=False), True


def reachable(address: str, seconds: float = 10.0) -> None:
    """Connect to the scheduler at ``address`` and leave; OSError or TimeoutError if it does not answer."""
    _client_class()(address, timeout=seconds, set_as_default=False).close()


def on_dask(docs: Iterable[Document], job: Job, target, window: int | None = None) -> Iterator[Document]:
    from distributed import KilledWorker

    client, owned = client_for(target)
    try:
        workers = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
        yield from in_order(docs, job, client.get_executor(pure=False), window or window_for(workers),
                            lost=(KilledWorker,))
    finally:
        if owned:
            client.close()
