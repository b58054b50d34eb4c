"""Stored rows back as events: one per report, or one per incident, each with its provenance.

An incident comes out as the Event its representative report tells, with the incident's
consolidated type, date, actors and reconciled fatalities, an id of its own ("PAK17"), and
``Provenance`` listing every report that told it.  Every export and ``read_events`` read
through here, so the two units look alike to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..exports.provenance import Provenance
from ..model import Actor, Event
from .overlay import corrected_records
from .queries import Filters, iter_rows, sources_of
from .schema import actors, articles, events, incident_links


class _Row(NamedTuple):
    record: str
    review: str | None
    content_hash: str
    position: int


def _actor(conn: Connection, name: str | None, cache: dict) -> Actor | None:
    if name is None:
        return None
    if name not in cache:
        row = conn.execute(select(actors).where(actors.c.name == name)).first()
        cache[name] = Actor(name=name, country=row.country, actor_type=row.actor_type, sector=row.sector) \
            if row else Actor(name=name)
    return cache[name]


def event_records(conn: Connection, f: Filters) -> Iterator[tuple[dict, Provenance]]:
    """Each event (one report) that passes ``f``, newest first, in its JSON form as stored, with
    analysts' decisions laid over it (store/overlay.py)."""
    for part in iter_rows(conn, f, "events"):
        yield from records_of(conn, part)


def records_of(conn: Connection, part: list) -> Iterator[tuple[dict, Provenance]]:
    """The events of the rows ``part`` (of the events table) as ``event_records`` gives them."""
    if part:
        ids = [r.id for r in part]
        extra = {
            r.id: r for r in conn.execute(
                select(events.c.id, events.c.article_id, incident_links.c.incident_id, articles.c.outlet,
                       articles.c.url, articles.c.published, articles.c.content_hash)
                .join(articles, articles.c.id == events.c.article_id)
                .outerjoin(incident_links, incident_links.c.event_id == events.c.id)
                .where(events.c.id.in_(ids))
            )
        }
        records = corrected_records(conn, [_Row(r.record, r.review, extra[r.id].content_hash, r.position)
                                           for r in part])
        for row, record in zip(part, records):
            e = extra[row.id]
            yield record, Provenance(
                id=row.id, incident_id=e.incident_id, reports=1, outlets=[e.outlet] if e.outlet else [],
                urls=[e.url] if e.url else [], published=e.published.isoformat() if e.published else None,
                article_id=e.article_id,
            )


def stored_events(conn: Connection, f: Filters) -> Iterator[tuple[Event, Provenance]]:
    """Each event (one report) that passes ``f``, newest first."""
    for record, provenance in event_records(conn, f):
        yield Event.from_dict(record), provenance


def incident_event(row, representative: Event, actor_cache: dict, conn: Connection) -> Event:
    """The incident told as one Event: its representative report with the consolidated facts."""
    event = representative
    event.event_id = f"{row.country or 'SR'}{row.id}"
    event.event_type, event.sub_event_type = row.event_type, row.sub_event_type
    event.event_date = row.event_date.isoformat() if row.event_date else None
    event.time_precision = row.time_precision
    event.fatalities = row.fatalities
    event.attribution.modality = row.modality or event.attribution.modality
    for role in ("actor1", "actor2"):
        name = getattr(row, role)
        current = getattr(event, role)
        if (current.name if current else None) != name:
            setattr(event, role, _actor(conn, name, actor_cache))
    return event


def stored_incidents(conn: Connection, f: Filters) -> Iterator[tuple[Event, Provenance]]:
    """Each incident that passes ``f``, newest first, with every report behind it."""
    actor_cache: dict = {}
    for part in iter_rows(conn, f, "incidents", batch=500):
        reports = sources_of(conn, [r.id for r in part])
        told_by = conn.execute(
            select(events.c.id, events.c.record, events.c.review, events.c.position, articles.c.content_hash)
            .join(articles, articles.c.id == events.c.article_id)
            .where(events.c.id.in_([r.representative_id for r in part]))
        ).all()
        records = dict(zip([r.id for r in told_by], corrected_records(conn, told_by)))
        for row in part:
            told = reports.get(row.id, [])
            representative = Event.from_dict(records[row.representative_id])
            first = min((t["published"] for t in told if t["published"]), default=None)
            yield incident_event(row, representative, actor_cache, conn), Provenance(
                id=row.id, incident_id=row.id, reports=row.reports,
                outlets=list(dict.fromkeys(t["outlet"] for t in told if t["outlet"])),
                urls=list(dict.fromkeys(t["url"] for t in told if t["url"])),
                published=first, fatalities_basis=row.fatalities_basis,
            )


def stored(conn: Connection, f: Filters, unit: str) -> Iterator[tuple[Event, Provenance]]:
    return stored_incidents(conn, f) if unit == "incidents" else stored_events(conn, f)
