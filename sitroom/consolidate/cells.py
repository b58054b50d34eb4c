"""Map cells for blocking incident matching: a point's cell is a whole number for a square of
``CELL_DEGREES`` of latitude and longitude, and a report's neighbourhood is every cell that a box
of the widest matching distance around it touches (usually 1 to 4). The store indexes incidents
by (cell, time precision, date), so a new report reads only the incidents near it in space and time, however
many the store holds."""

from __future__ import annotations

import math

from ..geo.distance import degrees_box

CELL_DEGREES = 0.5  # bigger than the widest matching distance (50 km is 0.45 degrees of latitude)
_ROW = 1000  # cells a row: 360 / 0.5 = 720 columns fit


def cell_of(lat: float | None, lon: float | None) -> int | None:
    if lat is None or lon is None or not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    row = math.floor((max(-90.0, min(90.0, lat)) + 90.0) / CELL_DEGREES)
    column = math.floor((max(-180.0, min(180.0, lon)) + 180.0) / CELL_DEGREES)
    return row * _ROW + column


def cells_near(lat: float, lon: float, km: float) -> list[int]:
    """Every cell a box of ``km`` around the point touches (the box may wrap no further than
    the date line: a report there is matched on its own side)."""
    south, north, west, east = degrees_box(lat, lon, km)
    rows = range(math.floor((south + 90.0) / CELL_DEGREES), math.floor((north + 90.0) / CELL_DEGREES) + 1)
    columns = range(math.floor((west + 180.0) / CELL_DEGREES), math.floor((east + 180.0) / CELL_DEGREES) + 1)
    return [r * _ROW + c for r in rows for c in columns]
