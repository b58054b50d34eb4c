"""What ``sitroom control`` and ``/api/control`` answer, as JSON-ready dicts."""

from __future__ import annotations

from datetime import date

from ..store.queries import Filters
from .read import stored_changes
from .timeline import PlaceState, by_place, history as place_history, on, rolled_up

LEVELS = ("place", "admin2", "admin1")


def control_states(store, filters: Filters, on_date: date | None = None, place: str | None = None,
                   history: bool = False, level: str = "place") -> list[dict]:
    """Who held each place on ``on_date`` (default today; later accounts tell who held a place
    before they were written), or with ``history`` every interval of each place up to it; with
    ``level`` admin1 or admin2, each area's places counted by holder."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    if history and level != "place":
        raise ValueError("areas are counted on one day, not over a history")
    if history:
        out = [PlaceState.of(place_changes[0], interval).to_dict()
               for place_changes in by_place(stored_changes(store, filters, until=on_date, place=place)).values()
               for interval in place_history(place_changes)]
        return sorted(out, key=lambda s: (s["country"] or "", s["place"], s["from"] or ""))
    when = on_date or date.today()
    states = on(stored_changes(store, filters, place=place), when)
    if level == "place":
        return [s.to_dict() for s in states]
    return rolled_up(states, level)


def as_geojson(states: list[dict]) -> dict:
    """Places' states (not areas) as a FeatureCollection of points (a place without
    coordinates has a null geometry)."""
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {k: v for k, v in s.items() if k not in ("lat", "lon")},
         "geometry": {"type": "Point", "coordinates": [s["lon"], s["lat"]]} if s.get("lat") is not None else None}
        for s in states]}
