"""Writing many articles in few transactions, each article still whole or not at all.

An ingest commits a transaction every ``most`` articles or every ``seconds``, whichever comes
first, instead of one per article: a commit, a BEGIN and taking the write lock cost about as much
as writing a short article's events. Each article is written inside its own savepoint, so an
article the store refuses (a value its columns cannot hold) is rolled back alone and the others
stay. A process killed before a commit loses the articles since the last one, whole: none of
them is in the store, and a rerun stores them (an article is recognised by its content hash).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Connection, Engine

from .driver import run_sql
from .locks import writer_connection
from .rows import forget

# articles a transaction, or seconds of writing, whichever comes first: other writers wait at most
# that long for the lock, and readers see an article at most that late. In a big store a commit
# writes every index page the transaction touched, scattered over the file; more articles a
# transaction touch the same pages more often (into a store of a million events, 512 articles or
# two seconds ingested 3-7% faster than 64 or one second; 1,024 and 2,048 no faster than 512)
MOST_ARTICLES = 512
MOST_SECONDS = 2.0
_SAVEPOINT = "sitroom_article"


class WriteBatch:
    """One open write transaction that articles are added to, committed when full, when old
    enough, or by ``commit()``; its connection also serves reads that must see what it wrote."""

    def __init__(self, engine: Engine, most: int | None = None, seconds: float | None = None):
        self.engine = engine
        self.most = MOST_ARTICLES if most is None else most  # the module's values when it is made
        self.seconds = MOST_SECONDS if seconds is None else seconds
        self._conn: Connection | None = None
        self._transaction = None
        self._articles = 0
        self._began = 0.0

    def _open(self) -> Connection:
        if self._conn is None:
            self._conn = writer_connection(self.engine)
            self._transaction = self._conn.begin()
            self._articles = 0
            self._began = time.monotonic()
        return self._conn

    @contextmanager
    def article(self) -> Iterator[Connection]:
        """A connection to write one article with, inside a savepoint of the open transaction:
        an exception rolls back that article alone (and is raised again)."""
        conn = self._open()
        # plain SQL, which both stores speak: SQLAlchemy's own savepoints cost as much again
        run_sql(conn, f"SAVEPOINT {_SAVEPOINT}")
        try:
            yield conn
        except BaseException:
            forget(conn)  # ids it learnt inside the savepoint may name rows now gone
            try:
                run_sql(conn, f"ROLLBACK TO SAVEPOINT {_SAVEPOINT}")
                run_sql(conn, f"RELEASE SAVEPOINT {_SAVEPOINT}")
            except Exception:
                self.rollback()  # the transaction itself is broken: the run stops on the first error
            raise
        run_sql(conn, f"RELEASE SAVEPOINT {_SAVEPOINT}")
        self._articles += 1
        if self._articles >= self.most or time.monotonic() - self._began >= self.seconds:
            self.commit()

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection that sees what this batch has written and not committed yet."""
        if self._conn is not None:
            yield self._conn
            return
        with self.engine.connect() as conn:
            yield conn

    def commit(self) -> None:
        self._end(commit=True)

    def rollback(self) -> None:
        self._end(commit=False)

    def _end(self, commit: bool) -> None:
        if self._conn is None:
            return
        conn, transaction = self._conn, self._transaction
        self._conn = self._transaction = None
        try:
            transaction.commit() if commit else transaction.rollback()
        finally:
            conn.close()
