"""The writer's hot statements, run on the database driver's own cursor.

An ingest runs about a dozen small statements an article. SQLAlchemy's execution path (an
execution context, the compiled cache's lookup, binding, a result object) costs each of them
several times what SQLite takes to run it. A ``DriverStatement`` is a SQLAlchemy Core statement
compiled once for each dialect (and, for an insert or update, each set of columns given), whose
values go through the column types' own conversions (a date as SQLite stores it), run on the
cursor of the connection's current transaction, with its rows converted back by the same types.
A driver's error is raised as SQLAlchemy's own (``DataError``, ``IntegrityError``), so callers
catch what they caught before.

Not for statements whose SQL changes with their values (an expanding ``IN``): those are refused
when compiled.
"""

from __future__ import annotations

import weakref
from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: Callable | None  # a positional driver's values in their order, from a dict; None: named
    escaped: dict[str, str]  # a named driver's name for a value, where it differs
    processors: tuple[tuple[str, Callable], ...]  # (name, conversion) of the values that have one
    defaults: dict[str, Any]  # the values written into the statement (``x == 1``)
    required: frozenset[str]  # the names a caller must give
    converting: tuple[tuple[int, Callable], ...]  # (column's place in a row, conversion) of those that have one


class DriverStatement:
    """``statement`` (a Core select, insert or update) run on the driver's cursor; with ``named``,
    its rows are named tuples whose fields are its columns' keys (``row.published``)."""

    def __init__(self, statement, named: bool = False):
        self.statement = statement
        self._compiled: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._row = namedtuple("Row", [c.key for c in statement.exported_columns]) if named else None

    def _for(self, dialect, keys: tuple[str, ...] | None) -> _Compiled:
        by_keys = self._compiled.get(dialect)
        if by_keys is None:
            by_keys = self._compiled[dialect] = {}
        found = by_keys.get(keys)
        if found is None:
            found = by_keys[keys] = _compile(self.statement, dialect, keys)
        return found

    def _values(self, compiled: _Compiled, values: Mapping[str, Any]):
        if not compiled.required <= values.keys():
            missing = compiled.required.difference(values)
            raise ValueError(f"no value given for {sorted(missing)} of {compiled.sql!r}")
        merged = {**compiled.defaults, **values} if compiled.defaults else dict(values)
        for name, process in compiled.processors:
            merged[name] = process(merged[name])
        if compiled.names is None:
            return {compiled.escaped.get(name, name): value for name, value in merged.items()} \
                if compiled.escaped else merged
        return compiled.names(merged)

    def _keys(self, values: Mapping[str, Any]) -> tuple[str, ...] | None:
        # an insert or update sets the columns it is given: one compiled form for each set
        return tuple(values) if self.statement.is_dml else None

    def run(self, conn: Connection, values: Mapping[str, Any]) -> None:
        """Run with ``values``, reading no rows (an update)."""
        self._fetched(conn, values, read=False)

    def _fetched(self, conn: Connection, values: Mapping[str, Any], read: bool = True) -> tuple[_Compiled, list]:
        compiled = self._for(conn.dialect, self._keys(values))
        return compiled, _on_cursor(conn, compiled.sql, self._values(compiled, values), read=read)

    def rows(self, conn: Connection, values: Mapping[str, Any]) -> list[tuple]:
        """Every row, each value converted as its column's type reads it."""
        compiled, rows = self._fetched(conn, values)
        converting = compiled.converting
        if converting:
            rows = [_converted(row, converting) for row in rows]
        if self._row is not None:
            rows = [self._row._make(row) for row in rows]
        return rows

    def first(self, conn: Connection, values: Mapping[str, Any]) -> tuple | None:
        found = self.rows(conn, values)
        return found[0] if found else None

    def scalar(self, conn: Connection, values: Mapping[str, Any]):
        """The first column of the first row, or None when there is no row."""
        row = self.first(conn, values)
        return row[0] if row is not None else None

    def many(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        """Run once for each of ``rows`` (all with the same keys) in one call of the driver."""
        if not rows:
            return
        compiled = self._for(conn.dialect, self._keys(rows[0]))
        _on_cursor(conn, compiled.sql, [self._values(compiled, row) for row in rows], many=True)


@cache
def driven(statement) -> DriverStatement:
    """The one ``DriverStatement`` of ``statement`` (a statement built once, see rows.py)."""
    return DriverStatement(statement)


def run_sql(conn: Connection, sql: str) -> None:
    """Plain SQL that both stores speak and that takes no values (a savepoint)."""
    _on_cursor(conn, sql, ())


def _on_cursor(conn: Connection, sql: str, params, many: bool = False, read: bool = False) -> list:
    """Run ``sql`` on a cursor of the connection of the transaction SQLAlchemy holds (so what runs
    here is part of it), once or, with ``many``, once for each of ``params``; its rows when
    ``read``. The cursor is closed after, and a driver's error raised as SQLAlchemy's own."""
    dbapi = conn.dialect.loaded_dbapi
    cursor = conn.connection.driver_connection.cursor()
    try:
        (cursor.executemany if many else cursor.execute)(sql, params)
        return cursor.fetchall() if read else []
    except dbapi.Error as exc:
        raise DBAPIError.instance(sql, params, exc, dbapi.Error, dialect=conn.dialect) from exc
    finally:
        cursor.close()


def _converted(row: tuple, converting: tuple[tuple[int, Callable], ...]) -> tuple:
    """``row`` with the values of the columns in ``converting`` converted (most columns need none)."""
    values = list(row)
    for place, process in converting:
        values[place] = process(values[place])
    return tuple(values)


def _in_order(names: Sequence[str]) -> Callable[[Mapping], tuple]:
    """A function giving the values of ``names`` in their order, from a dict."""
    if not names:
        return lambda values: ()
    pick = itemgetter(*names)
    return pick if len(names) > 1 else lambda values: (pick(values),)


def _compile(statement, dialect, keys: tuple[str, ...] | None) -> _Compiled:
    compiled = statement.compile(dialect=dialect, column_keys=list(keys) if keys is not None else None)
    sql = compiled.string
    if "POSTCOMPILE" in sql:
        raise ValueError(f"a statement whose SQL depends on its values cannot run on the driver: {sql!r}")
    processors = []
    defaults = {}
    required = set()
    for bind, name in compiled.bind_names.items():
        process = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            processors.append((name, process))
        if bind.required:
            required.add(name)
        else:
            defaults[name] = bind.effective_value
    if keys is not None:  # the columns given are the statement's own values
        required.update(name for name in compiled.bind_names.values() if name in keys)
        for name in keys:
            defaults.pop(name, None)
    columns = list(getattr(statement, "exported_columns", None) or [])
    results = tuple(column.type.dialect_impl(dialect).result_processor(dialect, None) for column in columns)
    return _Compiled(sql=sql, names=_in_order(compiled.positiontup) if compiled.positional else None,
                     escaped=dict(compiled.escaped_bind_names or {}),
                     processors=tuple(processors), defaults=defaults, required=frozenset(required),
                     converting=tuple((place, process) for place, process in enumerate(results) if process is not None))
