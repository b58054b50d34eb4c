"""Events as a GeoJSON FeatureCollection (RFC 7946): a Point [lon, lat] per located event.

Events whose place has no coordinates are kept, with a null geometry, so an export never
drops a record silently; map tools skip them.  Properties are the flat columns of
``flat.py``.  Features are written as they come, so exports of any size stream.
"""

from __future__ import annotations

import json
from typing import IO

from ..model import Event
from .flat import flat_row
from .base import Writer


class GeoJsonWriter(Writer):
    def __init__(self, stream: IO[str]):
        self.stream = stream
        super().__init__()
        self.stream.write('{"type": "FeatureCollection", "features": [\n')

    def add(self, event: Event, provenance) -> None:
        row = flat_row(event, provenance)
        located = row["latitude"] is not None and row["longitude"] is not None
        feature = {
            "type": "Feature",
            "id": row["event_id"],
            "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]} if located else None,
            "properties": row,
        }
        self.stream.write(("" if not self.written else ",\n") + json.dumps(feature, ensure_ascii=False))
        self.written += 1

    def close(self) -> None:
        self.stream.write("\n]}\n")
