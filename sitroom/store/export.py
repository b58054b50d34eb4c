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
import tempfile
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy.engine import Engine

from ..exports import FORMATS, open_writer
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
    engine = connect(db)
    try:
        yield engine
    finally:
        engine.dispose()


@contextmanager
def _atomic_text(output: str):
    """A text stream that becomes ``output`` only when the export completes ("-": stdout)."""
    if output == "-":
        yield sys.stdout
        return
    target = Path(output)
    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def export(db: str | os.PathLike | Engine, output: str, format: str = "acled-csv", unit: str = "incidents",
           filters: Filters | None = None, **given) -> int:
    """Write the filtered events or incidents of ``db`` to ``output``; the number written."""
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    filters = filters or make_filters(**given)
    with _engine(db) as engine, engine.connect() as conn:
        if format == "parquet":
            if output == "-":
                raise ValueError("Parquet is a binary file; give a file name with -o")
            target = Path(output)
            temp = target.with_name(f".{target.name}.partial")
            writer = open_writer(format, path=str(temp))
            try:
                for event, provenance in stored(conn, filters, unit):
                    writer.add(event, provenance)
                writer.close()
                os.replace(temp, target)
            finally:
                temp.unlink(missing_ok=True)
            return writer.written
        with _atomic_text(output) as stream:
            writer = open_writer(format, stream=stream)
            for event, provenance in stored(conn, filters, unit):
                writer.add(event, provenance)
            writer.close()
        return writer.written


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
