"""Exports and DataFrames from the store, through the same filters as the queries.

    import sitroom
    sitroom.export("events.db", "pakistan.csv", format="acled-csv", country="PAK")
    frame = sitroom.read_events("events.db", country="PAK", since="2021-07-01")
    incidents = sitroom.read_events("events.db", unit="incidents")

``unit="incidents"`` (the default for exports) gives one row per incident with its
reconciled fatalities and every source; ``unit="events"`` one row per report.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from datetime import date

from sqlalchemy.engine import Engine

from ..atomic_file import atomic_path, check_output
from ..exports import FORMATS, open_writer
from ..exports.base import Exported
from ..exports.flat import COLUMNS, flat_row
from .engine import connect
from .queries import Filters
from .records import stored


def make_filters(**given) -> Filters:
    """Filters from keyword arguments; dates may be ISO strings."""
    for key in ("since", "until"):
        if isinstance(given.get(key), str):
            given[key] = date.fromisoformat(given[key])
    if isinstance(given.get("near"), list):
        given["near"] = tuple(given["near"])
    return Filters(**given)


@contextmanager
def _engine(db: str | os.PathLike | Engine):
    if isinstance(db, Engine):
        yield db
        return
    engine = connect(db, read_only=True)
    try:
        yield engine
    finally:
        engine.dispose()


def _write_all(writer, items) -> Exported:
    for event, provenance in items:
        writer.add(event, provenance)
    writer.close()
    return Exported(writer.written, writer.left_out)


def export(db: str | os.PathLike | Engine, output: str, format: str = "acled-csv", unit: str = "incidents",
           filters: Filters | None = None, include_incomplete: bool = False, **given) -> Exported:
    """Write the filtered events or incidents of ``db`` to ``output`` ("-": stdout, text formats
    only); the file appears only when complete.  Returns the number written (an int whose
    ``left_out`` says how many the format could not hold, by reason: an ACLED row without a
    date, actor1 or place below the country, unless ``include_incomplete``; an event without a
    PLOVER category in PLOVER JSONL).

    A symbolic link is written through (the file it points to is replaced, the link stays); a
    name that is not a regular file (a FIFO, a device such as /dev/null, a directory) raises
    ``sitroom.atomic_file.NotRegularFile``.  A new file gets the permissions the umask gives, an
    overwritten one keeps its own.  ``db`` is opened read-only and must hold a store."""
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    if format == "parquet" and output == "-":
        raise ValueError("Parquet is a binary file; give a file name with -o")
    filters = filters or make_filters(**given)
    if output != "-":
        check_output(output)  # before the query, which may take a while
    with _engine(db) as engine, engine.connect() as conn:
        items = stored(conn, filters, unit)
        if output == "-":
            return _write_all(open_writer(format, stream=sys.stdout, include_incomplete=include_incomplete), items)
        with atomic_path(output) as temp:
            if format == "parquet":
                return _write_all(open_writer(format, path=str(temp)), items)
            with open(temp, "w", encoding="utf-8", newline="") as stream:
                return _write_all(open_writer(format, stream=stream, include_incomplete=include_incomplete), items)


def read_events(db: str | os.PathLike | Engine, unit: str = "events", filters: Filters | None = None, **given):
    """A pandas DataFrame of the filtered events (or ``unit="incidents"``), one flat row each."""
    import pandas as pd

    filters = filters or make_filters(**given)
    with _engine(db) as engine, engine.connect() as conn:
        rows = [flat_row(event, provenance) for event, provenance in stored(conn, filters, unit)]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in ("event_date", "published"):
        frame[column] = pd.to_datetime(frame[column])
    for column in ("id", "incident_id", "time_precision", "inter1", "inter2", "geonameid", "geo_precision",
                   "fatalities", "count", "reports"):
        frame[column] = frame[column].astype("Int64")
    return frame
