"""What every write to the store shares: values fitted to the columns, the time stamp,
insert and lookup statements built once, and what the current transaction has learnt."""

from __future__ import annotations

from datetime import datetime, timezone
from functools import cache

from sqlalchemy import bindparam, func, insert, select, text
from sqlalchemy.engine import Connection

from .driver import driven


@cache
def lookup(table, key_column):
    return select(table.c.id).where(key_column == bindparam("key"))


@cache
def adding(table):
    return insert(table).returning(table.c.id)


def now() -> datetime:
    return datetime.now(timezone.utc)


def fit(table, values: dict) -> dict:
    """``values`` as every backend's columns hold them: strings without NUL and cut to their
    column's length (PostgreSQL refuses both, where SQLite keeps them), so that no article is
    lost for an overlong name or id in its metadata. A new dict; most rows need nothing changed,
    and are only looked over (the writer fits a few rows for each event)."""
    lengths = _lengths(table)
    out = dict(values)
    for key in [key for key, value in values.items() if isinstance(value, str)
                and ("\x00" in value or len(value) > lengths.get(key, _NO_LIMIT))]:
        value = out[key].replace("\x00", "")
        length = lengths.get(key)
        out[key] = value[:length] if length else value
    return out


_NO_LIMIT = float("inf")


@cache
def _lengths(table) -> dict[str, int]:
    """The length of each of ``table``'s string columns that has one."""
    return {column.name: column.type.length for column in table.c if getattr(column.type, "length", None)}


_MEMO = "sitroom_memo"


def memo(conn: Connection) -> dict:
    """What the current transaction has learnt of the store (actor and place ids, whether any
    analyst's decision exists), so that an ingest writing many articles in one transaction
    asks once. It lasts as long as the transaction; ``forget`` it when part of the transaction
    is rolled back (an article's savepoint), since rows it names may be gone."""
    transaction = conn.get_transaction()
    held = conn.info.get(_MEMO)
    if held is None or held[0] is not transaction:
        held = (transaction, {})
        conn.info[_MEMO] = held
    return held[1]


def forget(conn: Connection) -> None:
    conn.info.pop(_MEMO, None)


@cache
def _largest_id(table):
    return select(func.coalesce(func.max(table.c.id), 0))


_SERIAL = text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :count)")


def new_ids(conn: Connection, table, count: int) -> list[int]:
    """Ids for ``count`` new rows of ``table``, so that they are written in one statement (an
    insert that returns each row's id is a statement a row). The current transaction must hold
    the write lock. PostgreSQL takes them from the column's sequence; SQLite counts on from the
    table's largest id, read once a transaction (``memo``): every insert into such a table in a
    transaction that asked here must take its id here too."""
    if count <= 0:
        return []
    if conn.dialect.name == "postgresql":
        return list(conn.execute(_SERIAL, {"table": table.name, "count": count}).scalars())
    known = memo(conn)
    key = _next_id(table)
    first = known.get(key)
    if first is None:
        first = driven(_largest_id(table)).scalar(conn, {}) + 1
    known[key] = first + count
    return list(range(first, first + count))


def forget_ids(conn: Connection, table) -> None:
    """Let ``new_ids`` read ``table``'s largest id again (after the table was emptied in this
    transaction, its ids start again from the first, as a new store's would)."""
    memo(conn).pop(_next_id(table), None)


def _next_id(table) -> tuple[str, str]:
    """Where ``memo`` keeps the next id ``new_ids`` gives for ``table``."""
    return ("next id", table.name)
