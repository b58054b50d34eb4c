"""Events as PLOVER JSONL: one event a line, in PLOVER's vocabulary (event, mode, actor, recipient).

Only events with a PLOVER type are written.  Each line keeps the ACLED view beside the
PLOVER one, the place, the claim and its source, the evidence sentences and, for an
incident, every report that told it.
"""

from __future__ import annotations

import json
from typing import IO

from ..model import Event


def plover_record(event: Event, provenance) -> dict:
    a1, a2, loc = event.actor1, event.actor2, event.location
    return {
        "id": event.event_id,
        "date": event.event_date,
        "date_precision": {1: "day", 2: "week", 3: "month"}.get(event.time_precision),
        "event": event.plover.type,
        "mode": event.plover.mode,
        "actor": a1.name if a1 else None,
        "actor_country": a1.country if a1 else None,
        "actor_sector": a1.sector if a1 else None,
        "recipient": a2.name if a2 else None,
        "recipient_country": a2.country if a2 else None,
        "recipient_sector": a2.sector if a2 else None,
        "location": loc.to_dict() if loc else None,
        "fatalities": event.fatalities,
        "count": event.count,
        "movement": event.movement.to_dict() if event.movement else None,
        "modality": event.attribution.modality,
        "claim_source": event.attribution.source,
        "acled": {"event_type": event.event_type, "sub_event_type": event.sub_event_type},
        "evidence": [e.to_dict() for e in event.evidence],
        "store": {"id": provenance.id, "incident_id": provenance.incident_id, "reports": provenance.reports,
                  "fatalities_basis": provenance.fatalities_basis},
        "sources": [{"outlet": o} for o in provenance.outlets],
        "urls": provenance.urls,
    }


class PloverJsonlWriter:
    def __init__(self, stream: IO[str]):
        self.stream = stream
        self.written = 0

    def add(self, event: Event, provenance) -> None:
        if event.plover.type is None:
            return
        self.stream.write(json.dumps(plover_record(event, provenance), ensure_ascii=False) + "\n")
        self.written += 1

    def close(self) -> None:
        pass
