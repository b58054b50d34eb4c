"""Events as GeoParquet 1.1: typed columns, a WKB ``geometry`` column and the ``geo`` metadata.

Every flat column keeps its type (dates as date32, counts as int64, coordinates as float64).
``geometry`` holds each located event as a WKB Point (longitude, latitude; OGC:CRS84, the
GeoParquet default, so no ``crs`` is written) and null for an event without coordinates;
``bbox`` is GeoParquet 1.1's covering column (xmin, ymin, xmax, ymax), which lets readers skip
row groups outside a window.  The file's ``geo`` metadata names both and gives the bounding
box of the whole file.  Rows are written in groups, so memory stays flat.
"""

from __future__ import annotations

import json
import struct
from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq

from ..model import Event
from .flat import COLUMNS, flat_row
from .base import Writer

_INT = ("id", "incident_id", "time_precision", "inter1", "inter2", "geonameid", "geo_precision", "fatalities",
        "injured", "count", "reports")
_FLOAT = ("latitude", "longitude")
_DATE = ("event_date", "published")
_BBOX = pa.struct([(name, pa.float64()) for name in ("xmin", "ymin", "xmax", "ymax")])
SCHEMA = pa.schema([
    *[(name, pa.int64() if name in _INT else pa.float64() if name in _FLOAT else pa.date32() if name in _DATE
       else pa.string()) for name in COLUMNS],
    ("geometry", pa.binary()),
    ("bbox", _BBOX),
])
ROW_GROUP = 50_000
GEOPARQUET_VERSION = "1.1.0"


def point_wkb(lon: float, lat: float) -> bytes:
    """A Point in ISO WKB, little-endian: byte order 1, geometry type 1, x, y."""
    return struct.pack("<BIdd", 1, 1, lon, lat)


def _typed(row: dict) -> dict:
    for name in _DATE:
        if row[name]:
            row[name] = date.fromisoformat(row[name])
    lon, lat = row["longitude"], row["latitude"]
    located = lon is not None and lat is not None
    row["geometry"] = point_wkb(lon, lat) if located else None
    row["bbox"] = {"xmin": lon, "ymin": lat, "xmax": lon, "ymax": lat} if located else None
    return row


def geo_metadata(bounds: list[float] | None) -> dict:
    """The ``geo`` key of a GeoParquet 1.1 file whose points lie within ``bounds``."""
    column = {
        "encoding": "WKB",
        "geometry_types": ["Point"],
        "covering": {"bbox": {key: ["bbox", key] for key in ("xmin", "ymin", "xmax", "ymax")}},
    }
    if bounds is not None:
        column["bbox"] = bounds
    return {"version": GEOPARQUET_VERSION, "primary_column": "geometry", "columns": {"geometry": column}}


class ParquetWriter(Writer):
    def __init__(self, path: str):
        self._writer = pq.ParquetWriter(path, SCHEMA)
        self._rows: list[dict] = []
        self._bounds: list[float] | None = None
        super().__init__()

    def add(self, event: Event, provenance) -> None:
        row = _typed(flat_row(event, provenance))
        if row["geometry"] is not None:
            self._extend(row["longitude"], row["latitude"])
        self._rows.append(row)
        self.written += 1
        if len(self._rows) >= ROW_GROUP:
            self._flush()

    def _extend(self, lon: float, lat: float) -> None:
        if self._bounds is None:
            self._bounds = [lon, lat, lon, lat]
            return
        b = self._bounds
        self._bounds = [min(b[0], lon), min(b[1], lat), max(b[2], lon), max(b[3], lat)]

    def _flush(self) -> None:
        self._writer.write_table(pa.Table.from_pylist(self._rows, schema=SCHEMA))
        self._rows = []

    def close(self) -> None:
        if self._rows or not self.written:
            self._flush()
        # the footer is written last, so the file's bounding box can be known by then
        self._writer.add_key_value_metadata({"geo": json.dumps(geo_metadata(self._bounds))})
        self._writer.close()
