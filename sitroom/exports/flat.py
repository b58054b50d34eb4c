"""One flat row per event: the columns of Parquet files, GeoJSON properties and DataFrames."""

from __future__ import annotations

from ..model import Event
from .plover_jsonl import plover_view

COLUMNS = (
    "id", "incident_id", "event_id", "event_date", "time_precision", "event_type", "sub_event_type",
    "plover_type", "plover_mode", "actor1", "actor1_country", "inter1", "actor2", "actor2_country", "inter2",
    "assoc_actor1", "assoc_actor2", "location", "country", "admin1", "admin2", "latitude", "longitude",
    "geonameid", "geo_precision", "fatalities", "injured", "count", "modality", "claim_source", "movement",
    "origin_country", "destination_country", "notes", "source", "url", "published", "reports",
    "fatalities_basis",
)


def flat_row(event: Event, provenance) -> dict:
    """The event's flat columns; its PLOVER type and mode are PLOVER's own (see plover_jsonl.plover_view)."""
    a1, a2, loc, move = event.actor1, event.actor2, event.location, event.movement
    plover = plover_view(event)
    return {
        "id": provenance.id,
        "incident_id": provenance.incident_id,
        "event_id": event.event_id,
        "event_date": event.event_date,
        "time_precision": event.time_precision,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "plover_type": plover.event if plover else None,
        "plover_mode": plover.mode if plover else None,
        "actor1": a1.name if a1 else None,
        "actor1_country": a1.country if a1 else None,
        "inter1": a1.actor_type if a1 else None,
        "actor2": a2.name if a2 else None,
        "actor2_country": a2.country if a2 else None,
        "inter2": a2.actor_type if a2 else None,
        "assoc_actor1": "; ".join(a.name for a in event.assoc_actor1) or None,
        "assoc_actor2": "; ".join(a.name for a in event.assoc_actor2) or None,
        "location": loc.name if loc else None,
        "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "fatalities": event.fatalities,
        "injured": event.injured,
        "count": event.count,
        "modality": event.attribution.modality,
        "claim_source": event.attribution.source,
        "movement": move.kind if move else None,
        "origin_country": move.origin.country if move else None,
        "destination_country": move.destination.country if move else None,
        "notes": " ".join(e.sentence for e in event.evidence) or None,
        "source": provenance.source or None,
        "url": "; ".join(provenance.urls) or None,
        "published": provenance.published,
        "reports": provenance.reports,
        "fatalities_basis": provenance.fatalities_basis,
    }
