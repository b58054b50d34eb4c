"""Storing one coded article: its row, its events, actors, places, claims and incident links.

``store_article`` runs in one transaction that holds the write lock, so an article is in the
store whole or not at all, whatever happens to the process; the article's content hash is
unique, so storing it again adds nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import cache

from sqlalchemy import bindparam, delete, insert, or_, select, union_all, update
from sqlalchemy.engine import Connection

from ..consolidate.incidents import Report, best_incident, summarise
from ..coder.when import parse_iso
from ..consolidate.rules import load_incident_rules
from ..consolidate.cells import cell_of, cells_near
from ..model import Article, Event
from .locks import lock_for_writing
from .overlay import corrected_records
from .queries import linked_reports
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
_REVISE = update(incidents).where(incidents.c.id == bindparam("incident"))
_ADDING_EVENTS = insert(events).returning(events.c.id, sort_by_parameter_order=True)
_LINKING_ACTORS = insert(event_actors)
_ADDING_CLAIMS = insert(claims)


@cache
def _lookup(table, key_column):
    return select(table.c.id).where(key_column == bindparam("key"))


@cache
def _adding(table):
    return insert(table).returning(table.c.id)


def now() -> datetime:
    return datetime.now(timezone.utc)


def known_article(conn: Connection, content_hash: str) -> bool:
    return conn.execute(_KNOWN, {"hash": content_hash}).first() is not None


def fit(table, values: dict) -> dict:
    """``values`` as every backend's columns hold them: strings without NUL and cut to their
    column's length (PostgreSQL refuses both, where SQLite keeps them), so that no article is
    lost for an overlong name or id in its metadata."""
    lengths = _lengths(table)
    out = {}
    for key, value in values.items():
        if isinstance(value, str):
            if "\x00" in value:
                value = value.replace("\x00", "")
            length = lengths.get(key)
            if length and len(value) > length:
                value = value[:length]
        out[key] = value
    return out


@cache
def _lengths(table) -> dict[str, int]:
    """The length of each of ``table``'s string columns that has one."""
    return {column.name: column.type.length for column in table.c if getattr(column.type, "length", None)}


_MEMO = "sitroom_memo"


def memo(conn: Connection) -> dict:
    """What the current transaction has learnt of the store (actor and place ids, whether any
    analyst's decision exists), so that an ingest writing many articles in one transaction
    asks once. It lasts as long as the transaction; ``forget`` it when part of the transaction
    is rolled back (an article's savepoint), since rows it names may be gone."""
    transaction = conn.get_transaction()
    held = conn.info.get(_MEMO)
    if held is None or held[0] is not transaction:
        held = (transaction, {})
        conn.info[_MEMO] = held
    return held[1]


def forget(conn: Connection) -> None:
    conn.info.pop(_MEMO, None)


def _id_of(conn: Connection, table, key_column, key, values: dict) -> int:
    """The id of the row whose ``key_column`` is ``key``, inserting it first if missing."""
    key = fit(table, {key_column.name: key})[key_column.name]
    known = memo(conn)
    found = known.get((table.name, key))
    if found is None:
        found = conn.execute(_lookup(table, key_column), {"key": key}).scalar()
        if found is None:
            found = conn.execute(_adding(table), fit(table, values)).scalar_one()
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


def _event_row(article_id: int, position: int, event: Event, record: dict, place_id: int | None) -> dict:
    return {
        "article_id": article_id, "position": position, "event_id": event.event_id, "rank": event.rank,
        **event_facts(event), "place_id": place_id, "record": json.dumps(record, ensure_ascii=False),
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
    rows = actor_rows(conn, event_row_id, event)
    if rows:
        conn.execute(_LINKING_ACTORS, rows)


def claim_row(event_row_id: int, event: Event) -> dict:
    first = event.evidence[0] if event.evidence else None
    a = event.attribution
    return fit(claims, {
        "event_id": event_row_id, "modality": a.modality, "source": a.source, "cue": a.cue, "anonymous": a.anonymous,
        "sentence": first.sentence if first else None, "start": first.start if first else None,
        "end": first.end if first else None,
    })


# -- incidents -------------------------------------------------------------------------------

REPORT_COLUMNS = (events.c.id, events.c.article_id, events.c.record, events.c.review, events.c.position,
                  articles.c.content_hash, articles.c.outlet, articles.c.published)


def reports_of(conn: Connection, rows) -> list[Report]:
    """Reports from rows of REPORT_COLUMNS, each told by its record as analysts corrected it."""
    return [Report.from_record(r.id, r.article_id, record, r.outlet, r.published)
            for r, record in zip(rows, corrected_records(conn, rows))]


def member_reports(conn: Connection, incident_ids) -> dict[int, list[Report]]:
    """The reports linked to each incident, rebuilt from the stored (and corrected) records."""
    if not incident_ids:
        return {}
    rows = linked_reports(conn, incident_ids, *REPORT_COLUMNS).all()
    out: dict[int, list[Report]] = {}
    for row, report in zip(rows, reports_of(conn, rows)):
        out.setdefault(row.incident_id, []).append(report)
    return out


PLENTY = 10_000  # rows one candidate query may return before the latest are kept

_CANDIDATE_COLUMNS = (incidents.c.id, incidents.c.event_date, incidents.c.event_type, incidents.c.plover_type,
                      incidents.c.country)


@cache
def _candidate_query(cells: int, coarser: int, province_level: bool, province: bool):
    """The candidate query for a report near ``cells`` map cells (with ``coarser`` time
    precisions besides the day), with the province-level incidents of its province when
    ``province_level``, or for a report placed only to its province when ``province``: one
    compound statement whose parts each read one index range, built once for each shape and run
    with plain parameters (an expanding IN list costs more to bind than the query costs to run)."""
    c = incidents.c
    window = c.event_date.between(bindparam("d0"), bindparam("d1"))
    wide = c.event_date.between(bindparam("w0"), bindparam("w1"))
    near = c.cell.in_([bindparam(f"c{i}") for i in range(cells)])
    parts = []
    if cells:
        parts.append(select(*_CANDIDATE_COLUMNS).where(near, c.time_precision == 1, window))
        parts.append(select(*_CANDIDATE_COLUMNS).where(
            near, c.time_precision.in_([bindparam(f"p{i}") for i in range(coarser)]), wide))
    if province_level:
        parts.append(select(*_CANDIDATE_COLUMNS).where(c.admin1 == bindparam("admin1"), c.geo_precision == 3, wide))
    if province:
        parts.append(select(*_CANDIDATE_COLUMNS).where(c.admin1 == bindparam("admin1"), wide))
    return (parts[0] if len(parts) == 1 else union_all(*parts)).limit(PLENTY)


def _candidates(conn: Connection, report: Report) -> list[int]:
    """Incidents that could hold ``report``, read from the indexes rather than by a scan: those of
    its neighbouring map cells (consolidate/cells.py) within its date window (wider for dates
    known to the week or month), and the provinces-level incidents of its province; of a
    compatible type and its country; at most ``most_candidates``, the latest first. A report
    without a date or a place finer than its country joins nothing (the rules veto it)."""
    rules = load_incident_rules()
    precision = report.geo_precision or 5
    if report.date is None or precision >= rules.finest_unknown_place:
        return []
    near = timedelta(days=rules.days.get(report.time_precision or 1, max(rules.days.values())))
    widest = timedelta(days=max(rules.days.values()))
    if report.event_type is None:
        fits = lambda kind, plover: plover == report.plover_type  # noqa: E731
    else:
        types = {report.event_type} | {t for pair in rules.compatible if report.event_type in pair for t in pair}
        fits = lambda kind, plover: kind in types  # noqa: E731
    # each part of the query reads index ranges only: (cell, time precision, date) or (admin1, geo
    # precision, date); day-precise incidents within the report's own window, coarser ones within
    # the widest. Type and country are checked on the few rows found, not in SQL: a condition on
    # them tempts the planner to their (country, date) index, which reads every incident of the
    # country in the window
    values: dict = {"d0": report.date - near, "d1": report.date + near,
                    "w0": report.date - widest, "w1": report.date + widest, "admin1": report.admin1}
    cells: list[int] = []
    coarser: list[int] = []
    if precision <= 2 and report.lat is not None and report.lon is not None:
        cells = cells_near(report.lat, report.lon, max(rules.distance_km.values()))
        coarser = sorted(k for k in rules.days if k > 1)
        values.update({f"c{i}": cell for i, cell in enumerate(cells)})
        values.update({f"p{i}": kind for i, kind in enumerate(coarser)})
    elif not report.admin1:
        return []
    statement = _candidate_query(len(cells), len(coarser), bool(cells and report.admin1),
                                 bool(not cells and report.admin1))
    found: dict[int, date] = {i: d for i, d, kind, plover, country in conn.execute(statement, values)
                              if fits(kind, plover) and (not report.country or country == report.country)}
    latest = sorted(found, key=lambda i: (found[i], i), reverse=True)
    return latest[:rules.most_candidates]


def _incident_values(members: list[Report]) -> dict:
    """The incident's row as its reports tell it, fitted to the columns (see fit)."""
    s = summarise(members)
    rep = s.representative
    return fit(incidents, {
        "event_type": s.event_type, "sub_event_type": s.sub_event_type, "plover_type": s.plover_type,
        # a date without a precision is taken to the day (the candidate index reads them so)
        "event_date": s.date, "time_precision": s.time_precision or (1 if s.date else None),
        "actor1": s.actor1, "actor2": s.actor2,
        "location": rep.location, "country": rep.country, "admin1": rep.admin1, "admin2": rep.admin2,
        "lat": rep.lat, "lon": rep.lon, "geo_precision": rep.geo_precision,
        "fatalities": s.fatalities, "fatalities_basis": s.fatalities_basis, "modality": s.modality,
        "reports": s.reports, "articles": s.articles, "representative_id": rep.id, "updated_at": now(),
        "cell": cell_of(rep.lat, rep.lon),
    })


def open_incident(conn: Connection, members: list[Report]) -> int:
    """A new incident told by ``members`` (not linked here); its id."""
    values = _incident_values(members)
    return conn.execute(_adding(incidents), {"created_at": values["updated_at"], **values}).scalar_one()


def resummarise(conn: Connection, incident_ids) -> None:
    """Summarise the incidents ``incident_ids`` again from the reports they hold now; one left
    without reports is removed."""
    left = member_reports(conn, sorted(incident_ids))
    for incident_id in sorted(incident_ids):
        members = left.get(incident_id)
        if members:
            conn.execute(_REVISE, {"incident": incident_id, **_incident_values(members)})
        else:
            conn.execute(delete(incidents).where(incidents.c.id == incident_id))


def link_incident(conn: Connection, report: Report) -> bool:
    """Link ``report`` to its incident (opening one if none fits); True when it joined one."""
    candidates = member_reports(conn, _candidates(conn, report))
    match = best_incident(report, candidates)
    if match.incident_id is None:
        incident_id = open_incident(conn, [report])
    else:
        incident_id = match.incident_id
    conn.execute(insert(incident_links), {
        "event_id": report.id, "incident_id": incident_id, "score": match.score, "reason": json.dumps(match.reasons),
    })
    if match.incident_id is not None:
        members = [*candidates[incident_id], report]
        conn.execute(_REVISE, {"incident": incident_id, **_incident_values(members)})
    return match.incident_id is not None


def rebuild_incidents(conn: Connection, progress=None) -> dict:
    """Every incident made again from the stored events, in the order they were stored, with
    today's rules (after ``incidents.yaml`` changed), in the current transaction: the old
    incidents and links are removed first, so a rebuild of a rebuilt store gives the same
    incidents. ``progress(done, total)`` is called every 1,000 events."""
    lock_for_writing(conn)
    conn.execute(delete(incident_links))
    conn.execute(delete(incidents))
    # a rejected event (store/overlay.py) is in no incident
    rows = conn.execute(select(*REPORT_COLUMNS).join(articles, articles.c.id == events.c.article_id)
                        .where(or_(events.c.review.is_(None), events.c.review != "rejected"))
                        .order_by(events.c.id)).all()
    joined = 0
    for start in range(0, len(rows), 1000):
        part = rows[start:start + 1000]
        for done, report in enumerate(reports_of(conn, part), start + 1):
            joined += link_incident(conn, report)
            if progress is not None and (done % 1000 == 0 or done == len(rows)):
                progress(done, len(rows))
    return {"events": len(rows), "incidents": len(rows) - joined, "joined": joined}


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
    # the events in one statement (their ids come back in their order), then their actors and
    # claims in one statement each; only the incident links go event by event, since a later
    # event of the article may join the incident an earlier one opened
    row_ids = list(conn.execute(_ADDING_EVENTS, [
        fit(events, _event_row(article_id, position, event, record, place_id(conn, event)))
        for position, (event, record) in enumerate(zip(coded, records))]).scalars())
    linked_actors = [row for row_id, event in zip(row_ids, coded) for row in actor_rows(conn, row_id, event)]
    if linked_actors:
        conn.execute(_LINKING_ACTORS, linked_actors)
    conn.execute(_ADDING_CLAIMS, [claim_row(row_id, event) for row_id, event in zip(row_ids, coded)])
    for row_id, record in zip(row_ids, records):
        joined = link_incident(conn, Report.from_record(row_id, article_id, record, article.outlet, published))
        result.incidents_joined += joined
        result.incidents_opened += not joined
        result.events += 1
    return result


def store_article(conn: Connection, article: Article, coded: list[Event]) -> Stored:
    """Store ``article`` and its events in the current transaction (which the caller commits)."""
    lock_for_writing(conn)
    if known_article(conn, article.content_hash):
        return Stored()
    article_id = conn.execute(_adding(articles), fit(articles, {
        "content_hash": article.content_hash, "doc_id": article.doc_id, "url": article.url, "title": article.title,
        "outlet": article.outlet, "published": parse_iso(article.published), "language": article.language,
        "source_path": article.source_path, "locator": article.locator, "text": article.text, "ingested_at": now(),
    })).scalar_one()
    return store_events(conn, article_id, article, coded)
