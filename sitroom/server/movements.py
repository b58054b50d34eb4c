"""Cross-border movements among the filtered events: who moved, how many, from where to where."""

from __future__ import annotations

from functools import lru_cache

from fastapi import APIRouter, Depends, Request

from ..store.queries import Filters
from .errors import COMMON
from .params import every, filters

router = APIRouter(prefix="/api", tags=["movements"], responses=COMMON)
MOST = 5000  # events read for their movements


@lru_cache(maxsize=4096)
def placed(name: str | None, country: str | None) -> tuple[str, float, float] | None:
    """A movement's end as (name, lat, lon): the named place in its country, else the country."""
    from ..coder.codebook import load_codebook
    from ..geo.resolve import default_resolver

    known = load_codebook().countries.get(country or "")
    country_name = known.name if known else None
    resolver = default_resolver()
    for wanted, context in ((name, [country_name] if country_name else []), (country_name, [])):
        if not wanted:
            continue
        found = resolver.resolve(wanted, context=context)
        if found is not None and found.place.lat is not None and (not country or found.place.country == country):
            return wanted, found.place.lat, found.place.lon
    return None


def _moving(store, f: Filters):
    """The filtered events that hold a movement, read from the raw rows (most hold none)."""
    for part in store.batches("events", **vars(f)):
        moving = [row.id for row in part if '"movement": {' in row.record]
        if moving:
            told = store.events_with_ids(moving)
            yield from (told[i] for i in moving if i in told and told[i].get("movement"))


@router.get("/movements", summary="Movements across borders, with both ends placed")
def movements(request: Request, f: Filters = Depends(filters)) -> dict:
    found = []
    for event in _moving(request.app.state.store, every(f)):
        move = event["movement"]
        ends = []
        for side in ("origin", "destination"):
            end = move.get(side) or {}
            at = placed(end.get("name"), end.get("country"))
            ends.append(None if at is None else {"name": at[0], "country": end.get("country"), "lat": at[1],
                                                 "lon": at[2]})
        if None in ends or (ends[0]["lat"], ends[0]["lon"]) == (ends[1]["lat"], ends[1]["lon"]):
            continue
        actor = event.get("actor1") or {}
        found.append({"event": event["store"]["id"], "incident_id": event.get("incident_id"),
                      "kind": move.get("kind"), "count": move.get("count"), "actor": actor.get("name"),
                      "event_date": event.get("event_date"), "origin": ends[0], "destination": ends[1]})
        if len(found) >= MOST:
            break
    return {"items": found}
