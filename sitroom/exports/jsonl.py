"""Events as sitroom's own JSONL: the event schema (``sitroom/schema/event.schema.json``), one a line.

A stored event also carries ``incident_id`` and, under ``store``, where the store keeps it and
which articles told it.
"""

from __future__ import annotations

import json
from typing import IO

from ..model import Event
from .base import Writer


class JsonlWriter(Writer):
    def __init__(self, stream: IO[str]):
        self.stream = stream
        super().__init__()

    def add(self, event: Event, provenance) -> None:
        record = event.to_dict()
        if provenance.id is not None:
            record["incident_id"] = provenance.incident_id
            record["store"] = {"id": provenance.id, "incident_id": provenance.incident_id,
                               "reports": provenance.reports, "outlets": provenance.outlets,
                               "urls": provenance.urls, "published": provenance.published}
        self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.written += 1

