"""The stored events that hold a movement, each with both ends placed."""

from __future__ import annotations

from collections.abc import Iterator

from ..store.queries import Filters
from .ends import placed
from .flows import crossing


def moving_events(store, filters: Filters) -> Iterator[dict]:
    """The filtered events that hold a movement, read from the raw rows first (most hold none)."""
    for part in store.batches("events", **vars(filters)):
        moving = [row.id for row in part if '"movement": {' in row.record]
        if moving:
            told = store.events_with_ids(moving)
            yield from (told[i] for i in moving if i in told and told[i].get("movement"))


def movement_of(event: dict) -> dict:
    """One movement as the API, the flows and the exports give it: who, how many, what kind, from
    where to where (each end placed, or None when neither its place nor its country is known),
    when, and the account it comes from."""
    move = event["movement"]
    ends = []
    for side in ("origin", "destination"):
        end = move.get(side) or {}
        at = placed(end.get("name"), end.get("country"))
        ends.append({"name": at[0] if at else end.get("name"), "country": end.get("country"),
                     "lat": at[1] if at else None, "lon": at[2] if at else None})
    actor = event.get("actor1") or {}
    attribution = event.get("attribution") or {}
    evidence = (event.get("evidence") or [{}])[0]
    stored = event.get("store") or {}
    return {"event": stored.get("id"), "incident_id": event.get("incident_id"), "kind": move.get("kind"),
            "count": move.get("count"), "actor": actor.get("name"), "event_date": event.get("event_date"),
            "location": (event.get("location") or {}).get("name"), "origin": ends[0], "destination": ends[1],
            "source": attribution.get("source"), "modality": attribution.get("modality"),
            "doc_id": event.get("doc_id"), "sentence": evidence.get("sentence")}


def movements_between(store, filters: Filters, leaving: str | None = None, reaching: str | None = None,
                      most: int | None = None) -> list[dict]:
    """The filtered movements (``movement_of``) that left the country ``leaving`` and reached
    ``reaching`` (each when given), in the order stored events are read; at most ``most``."""
    found: list[dict] = []
    for event in moving_events(store, filters):
        move = movement_of(event)
        if crossing(move, leaving, reaching):
            found.append(move)
            if most is not None and len(found) >= most:
                break
    return found
