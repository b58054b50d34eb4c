"""Events as a Parquet file with typed columns, written in row groups so memory stays flat."""

from __future__ import annotations

from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq

from ..model import Event
from .flat import COLUMNS, flat_row

_INT = ("id", "incident_id", "time_precision", "inter1", "inter2", "geonameid", "geo_precision", "fatalities",
        "count", "reports")
_FLOAT = ("latitude", "longitude")
_DATE = ("event_date", "published")
SCHEMA = pa.schema([
    (name, pa.int64() if name in _INT else pa.float64() if name in _FLOAT else pa.date32() if name in _DATE
     else pa.string())
    for name in COLUMNS
])
ROW_GROUP = 50_000


def _typed(row: dict) -> dict:
    for name in _DATE:
        if row[name]:
            row[name] = date.fromisoformat(row[name])
    return row


class ParquetWriter:
    def __init__(self, path: str):
        self._writer = pq.ParquetWriter(path, SCHEMA)
        self._rows: list[dict] = []
        self.written = 0

    def add(self, event: Event, provenance) -> None:
        self._rows.append(_typed(flat_row(event, provenance)))
        self.written += 1
        if len(self._rows) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        self._writer.write_table(pa.Table.from_pylist(self._rows, schema=SCHEMA))
        self._rows = []

    def close(self) -> None:
        if self._rows or not self.written:
            self._flush()
        self._writer.close()
