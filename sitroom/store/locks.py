"""Writers queue for each other: SQLite takes its write lock at BEGIN IMMEDIATE, PostgreSQL an
advisory lock held until the transaction ends.  Readers never wait for either."""

from __future__ import annotations

from sqlalchemy.engine import Connection, Engine

from .driver import run_sql

WRITER = "sitroom_writer"  # execution option: this connection's transactions write
_ADVISORY_KEY = 7406171  # any constant shared by every sitroom writer


def writer_connection(engine: Engine) -> Connection:
    """A connection whose transactions write (SQLite begins them with BEGIN IMMEDIATE)."""
    return engine.connect().execution_options(**{WRITER: True})


def lock_for_writing(conn: Connection) -> None:
    """Serialise writers from here to the end of the current transaction (PostgreSQL)."""
    if conn.dialect.name == "postgresql":
        run_sql(conn, f"SELECT pg_advisory_xact_lock({_ADVISORY_KEY})")  # each article asks: the driver's path
