"""Storing one coded article: its row, its events, actors, places, claims and incident links.

``store_article`` runs in one transaction that holds the write lock, so an article is in the
store whole or not at all, whatever happens to the process; the article's content hash is
unique, so storing it again adds nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from ..coder.when import parse_iso
from ..consolidate.incidents import Report
from ..model import Article, Event
from .driver import driven
from .linking import IncidentLinker, keep_decoded, resummarise
from .locks import lock_for_writing
from .rows import adding, fit, lookup, memo, new_ids, now
from .schema import actors, articles, claims, event_actors, events, incident_links, incidents, places

ROLES = ("actor1", "actor2", "assoc_actor1", "assoc_actor2")


@dataclass
class Stored:
    article_id: int | None = None  # None: the article was already in the store
    events: int = 0
    incidents_opened: int = 0
    incidents_joined: int = 0


# Statements are built once and run with parameters: building one per row costs more than running it.
_KNOWN = select(articles.c.id).where(articles.c.content_hash == bindparam("hash"))
# the writer's statements run on the driver's cursor (driver.py): an event a statement there costs
# less than an article's events in one statement through SQLAlchemy
_LINKING_ACTORS = driven(insert(event_actors))
_ADDING_CLAIMS = driven(insert(claims))
_ADDING_EVENTS = driven(insert(events))


def known_article(conn: Connection, content_hash: str) -> bool:
    return conn.execute(_KNOWN, {"hash": content_hash}).first() is not None


def _id_of(conn: Connection, table, key_column, key, values: dict) -> int:
    """The id of the row whose ``key_column`` is ``key``, inserting it first if missing."""
    known = memo(conn)
    found = known.get((table.name, key))  # by the key as given: a key met before is not fitted again
    if found is None:
        fitted = fit(table, {key_column.name: key})[key_column.name]
        found = driven(lookup(table, key_column)).scalar(conn, {"key": fitted})
        if found is None:
            found = driven(adding(table)).scalar(conn, fit(table, values))
        known[(table.name, key)] = found
    return found


def place_id(conn: Connection, event: Event) -> int | None:
    loc = event.location
    if loc is None or loc.lat is None:
        return None
    key = f"gn:{loc.geonameid}" if loc.geonameid else f"name:{loc.name}|{loc.country or ''}|{loc.lat:.4f},{loc.lon:.4f}"
    return _id_of(conn, places, places.c.key, key, {
        "key": key, "name": loc.name, "country": loc.country, "admin1": loc.admin1, "admin2": loc.admin2,
        "lat": loc.lat, "lon": loc.lon, "geonameid": loc.geonameid, "feature_code": loc.feature_code,
    })


def event_facts(event: Event) -> dict:
    """The columns of an events row that queries filter on, as ``event`` tells them."""
    loc = event.location
    return {
        "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "plover_type": event.plover.type, "plover_mode": event.plover.mode,
        "event_date": parse_iso(event.event_date), "time_precision": event.time_precision,
        "fatalities": event.fatalities, "count": event.count,
        "actor1": event.actor1.name if event.actor1 else None,
        "actor2": event.actor2.name if event.actor2 else None,
        "modality": event.attribution.modality,
        "location": loc.name if loc else None,
        "country": (loc.country if loc else None) or (event.actor1.country if event.actor1 else None),
        "admin1": loc.admin1 if loc else None, "admin2": loc.admin2 if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
    }


def _event_row(article_id: int, position: int, event: Event, record: str, place_id: int | None) -> dict:
    return {
        "article_id": article_id, "position": position, "event_id": event.event_id, "rank": event.rank,
        **event_facts(event), "place_id": place_id, "record": record,
    }


def actor_rows(conn: Connection, event_row_id: int, event: Event) -> list[dict]:
    """The event_actors rows of an event (its actors stored first where missing)."""
    seen = set()
    rows = []
    for role in ROLES:
        value = getattr(event, role)
        for actor in value if isinstance(value, list) else [value] if value else []:
            actor_id = _id_of(conn, actors, actors.c.name, actor.name, {
                "name": actor.name, "country": actor.country, "actor_type": actor.actor_type, "sector": actor.sector,
            })
            if (role, actor_id) not in seen:
                seen.add((role, actor_id))
                rows.append({"event_id": event_row_id, "role": role, "actor_id": actor_id})
    return rows


def store_actors(conn: Connection, event_row_id: int, event: Event) -> None:
    _LINKING_ACTORS.many(conn, actor_rows(conn, event_row_id, event))


def claim_row(event_row_id: int, event: Event) -> dict:
    first = event.evidence[0] if event.evidence else None
    a = event.attribution
    return fit(claims, {
        "event_id": event_row_id, "modality": a.modality, "source": a.source, "cue": a.cue, "anonymous": a.anonymous,
        "sentence": first.sentence if first else None, "start": first.start if first else None,
        "end": first.end if first else None,
    })


# -- the article -----------------------------------------------------------------------------

def remove_events(conn: Connection, event_ids: list[int]) -> None:
    """Remove the events ``event_ids`` with their actors' links, claims and incident links, in the
    current transaction. An incident left without reports is removed; one that keeps some is
    summarised again from them."""
    if not event_ids:
        return
    touched = set(conn.execute(select(incident_links.c.incident_id)
                               .where(incident_links.c.event_id.in_(event_ids))).scalars())
    conn.execute(update(incidents).where(incidents.c.representative_id.in_(event_ids)).values(representative_id=None))
    for table in (incident_links, claims, event_actors):
        conn.execute(delete(table).where(table.c.event_id.in_(event_ids)))
    conn.execute(delete(events).where(events.c.id.in_(event_ids)))
    resummarise(conn, touched)


def remove_articles(conn: Connection, source_path: str) -> int:
    """Remove the articles stored from ``source_path`` (an earlier version of a changed file), with
    their events (see ``remove_events``), in the current transaction. Returns the number of
    articles removed."""
    lock_for_writing(conn)
    article_ids = list(conn.execute(select(articles.c.id).where(articles.c.source_path == source_path)).scalars())
    if not article_ids:
        return 0
    remove_events(conn, list(conn.execute(select(events.c.id).where(events.c.article_id.in_(article_ids))).scalars()))
    conn.execute(delete(articles).where(articles.c.id.in_(article_ids)))
    return len(article_ids)


def store_events(conn: Connection, article_id: int, article: Article, coded: list[Event]) -> Stored:
    """Store the events ``coded`` from the stored article ``article_id`` and link each to its
    incident, in the current transaction (which holds the write lock)."""
    published = parse_iso(article.published)
    result = Stored(article_id=article_id)
    if not coded:
        return result
    records = [event.to_dict() for event in coded]
    texts = [json.dumps(record, ensure_ascii=False) for record in records]
    # the events, their actors, their claims and their incident links in one driver call each
    # (the linker lets a later event join the incident an earlier one opened)
    row_ids = new_ids(conn, events, len(coded))
    _ADDING_EVENTS.many(conn, [fit(events, {"id": row_id, **_event_row(article_id, position, event, text,
                                                                       place_id(conn, event))})
                               for position, (row_id, event, text) in enumerate(zip(row_ids, coded, texts))])
    _LINKING_ACTORS.many(conn, [row for row_id, event in zip(row_ids, coded)
                                for row in actor_rows(conn, row_id, event)])
    _ADDING_CLAIMS.many(conn, [claim_row(row_id, event) for row_id, event in zip(row_ids, coded)])
    linker = IncidentLinker(conn)
    for row_id, record, text in zip(row_ids, records, texts):
        report = Report.from_record(row_id, article_id, record, article.outlet, published)
        keep_decoded(report, text)
        joined = linker.link(report)
        result.incidents_joined += joined
        result.incidents_opened += not joined
        result.events += 1
    linker.flush()
    return result


@cache
def _adding_new(table, dialect: str):
    """An insert of a row into ``table`` that adds nothing when a row with one of its unique keys
    is there already, returning the new row's id (no row when it added nothing): one statement
    where a lookup and an insert were two."""
    construct = {"sqlite": sqlite_insert, "postgresql": postgresql_insert}.get(dialect)
    if construct is None:
        return None
    return construct(table).on_conflict_do_nothing().returning(table.c.id)


def _add_article(conn: Connection, values: dict) -> int | None:
    """The id of the new articles row with ``values``; None when the store holds its text
    (its content hash) already."""
    statement = _adding_new(articles, conn.dialect.name)
    if statement is None:  # a backend without ON CONFLICT: look first
        if known_article(conn, values["content_hash"]):
            return None
        return conn.execute(adding(articles), values).scalar_one()
    return driven(statement).scalar(conn, values)


def store_article(conn: Connection, article: Article, coded: list[Event]) -> Stored:
    """Store ``article`` and its events in the current transaction (which the caller commits)."""
    lock_for_writing(conn)
    article_id = _add_article(conn, fit(articles, {
        "content_hash": article.content_hash, "doc_id": article.doc_id, "url": article.url, "title": article.title,
        "outlet": article.outlet, "published": parse_iso(article.published), "language": article.language,
        "source_path": article.source_path, "locator": article.locator, "text": article.text, "ingested_at": now(),
    }))
    if article_id is None:
        return Stored()
    return store_events(conn, article_id, article, coded)
