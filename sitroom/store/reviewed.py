"""Analysts' decisions applied to what the store derives from its events.

The coded records never change (store/overlay.py lays the decisions over them when read); what
the store derives from them does, in the writer's transaction:

- an event's fact columns (the ones queries filter and count on) and its actor links hold the
  corrected values, and its ``review`` column the latest decision;
- a rejected event leaves its incident (an incident left without reports goes); a corrected one
  makes its incident be summarised again; one confirmed after a rejection is matched again;
- ``merge`` puts every report of the named incidents into one (the lowest id); ``split`` moves
  the named reports out into an incident of their own.

``reapply`` runs after an article's events were coded again and after incidents were rebuilt,
so that every decision holds whatever the store did since.
"""

from __future__ import annotations

import json

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from ..consolidate.incidents import Report
from ..model import Event
from .overlay import INCIDENT_DECISIONS, corrected, decisions_for, event_key
from .schema import articles, corrections, event_actors, events, incident_links, incidents
from .linking import REPORT_COLUMNS, link_incident, open_incident, reports_of, resummarise
from .rows import fit, memo
from .writer import Stored, event_facts, place_id, store_actors, store_article


def _report_rows(conn: Connection, condition) -> list:
    return conn.execute(select(*REPORT_COLUMNS).join(articles, articles.c.id == events.c.article_id)
                        .where(condition).order_by(events.c.id)).all()


def _incident_of(conn: Connection, event_id: int) -> int | None:
    return conn.execute(select(incident_links.c.incident_id).where(incident_links.c.event_id == event_id)).scalar()


def refresh_events(conn: Connection, event_ids: list[int]) -> None:
    """Lay every event's decisions over its record again and update what derives from it."""
    rows = _report_rows(conn, events.c.id.in_(list(event_ids) or [-1]))
    found = decisions_for(conn, [event_key(r.content_hash, r.position) for r in rows])
    touched: set[int] = set()
    for row in rows:
        decisions = found.get(event_key(row.content_hash, row.position), [])
        record = corrected(json.loads(row.record), decisions)
        status = record["review"]["status"] if decisions else None
        event = Event.from_dict(record)
        conn.execute(update(events).where(events.c.id == row.id)
                     .values(**fit(events, event_facts(event)), place_id=place_id(conn, event), review=status))
        conn.execute(delete(event_actors).where(event_actors.c.event_id == row.id))
        store_actors(conn, row.id, event)
        incident_id = _incident_of(conn, row.id)
        if status == "rejected":
            if incident_id is not None:
                conn.execute(update(incidents).where(incidents.c.representative_id == row.id)
                             .values(representative_id=None))
                conn.execute(delete(incident_links).where(incident_links.c.event_id == row.id))
                touched.add(incident_id)
        elif incident_id is not None:
            touched.add(incident_id)
        else:
            link_incident(conn, Report.from_record(row.id, row.article_id, record, row.outlet, row.published))
    resummarise(conn, touched)


def _event_ids(conn: Connection, keys: list[str]) -> list[int]:
    """The stored, not rejected, events with these keys."""
    wanted = set(keys)
    hashes = sorted({k.rsplit(":", 1)[0] for k in wanted})
    rows = conn.execute(select(events.c.id, events.c.position, events.c.review, articles.c.content_hash)
                        .join(articles, articles.c.id == events.c.article_id)
                        .where(articles.c.content_hash.in_(hashes)))
    return sorted(r.id for r in rows if event_key(r.content_hash, r.position) in wanted and r.review != "rejected")


def apply_grouping(conn: Connection, decision) -> int | None:
    """Apply one merge or split decision (a ``corrections`` row); the incident it made or kept."""
    ids = _event_ids(conn, json.loads(decision.after)["events"])
    links = dict(conn.execute(select(incident_links.c.event_id, incident_links.c.incident_id)
                              .where(incident_links.c.event_id.in_(ids or [-1]))).all())
    if not links:
        return None
    reason = json.dumps({"review": f"{decision.action} by {decision.who} (correction {decision.id})",
                         "note": decision.note})
    held = sorted(set(links.values()))
    if decision.action == "merge":
        # the reports it named join the lowest of their incidents; reports that joined those
        # incidents since (or were split out after it) stay where the rules or later decisions put them
        target = held[0]
        moving = sorted(i for i, incident in links.items() if incident != target)
        if moving:
            conn.execute(update(incidents).where(incidents.c.representative_id.in_(moving))
                         .values(representative_id=None))
            conn.execute(update(incident_links).where(incident_links.c.event_id.in_(moving))
                         .values(incident_id=target, score=1.0, reason=reason))
            resummarise(conn, held)
        return target
    moved = sorted(links)
    if len(held) == 1:
        holds = set(conn.execute(select(incident_links.c.event_id)
                                 .where(incident_links.c.incident_id == held[0])).scalars())
        if holds == set(moved):
            return held[0]  # already apart
    conn.execute(update(incidents).where(incidents.c.representative_id.in_(moved)).values(representative_id=None))
    conn.execute(delete(incident_links).where(incident_links.c.event_id.in_(moved)))
    new = open_incident(conn, reports_of(conn, _report_rows(conn, events.c.id.in_(moved))))
    conn.execute(insert(incident_links), [{"event_id": i, "incident_id": new, "score": 1.0, "reason": reason}
                                          for i in moved])
    resummarise(conn, held)
    return new


def apply_groupings(conn: Connection, mentioning: str | None = None) -> None:
    """Apply every merge and split decision again, oldest first (only those that name an event of
    the article with content hash ``mentioning``, and the ones after them, when given)."""
    rows = conn.execute(select(corrections).where(corrections.c.action.in_(INCIDENT_DECISIONS))
                        .order_by(corrections.c.id)).all()
    if mentioning is not None:
        first = next((i for i, r in enumerate(rows) if mentioning in r.after), None)
        rows = rows[first:] if first is not None else []
    for row in rows:
        apply_grouping(conn, row)


def named(conn: Connection, content_hash: str) -> bool:
    """Whether any decision names an event of the article with this content hash."""
    c = corrections.c
    known = memo(conn)  # an ingest asks for each article; no decision is made while it writes
    if "decisions" not in known:
        known["decisions"] = conn.execute(select(c.id).limit(1)).first() is not None
    if not known["decisions"]:
        return False
    keyed = select(c.id).where(c.event_key >= f"{content_hash}:", c.event_key < f"{content_hash};").limit(1)
    grouped = select(c.id).where(c.action.in_(INCIDENT_DECISIONS), c.after.contains(content_hash)).limit(1)
    return conn.execute(keyed).first() is not None or conn.execute(grouped).first() is not None


def reapply(conn: Connection, article_id: int | None = None) -> None:
    """Every decision again, after an article's events were coded again (``article_id``) or after
    every incident was rebuilt (None)."""
    if conn.execute(select(corrections.c.id).limit(1)).first() is None:
        return
    if article_id is None:
        keyed = set(conn.execute(select(corrections.c.event_key).where(corrections.c.event_key.is_not(None)))
                    .scalars())
        rows = conn.execute(select(events.c.id, events.c.position, articles.c.content_hash)
                            .join(articles, articles.c.id == events.c.article_id)
                            .where(articles.c.content_hash.in_(sorted({k.rsplit(":", 1)[0] for k in keyed})))).all()
        refresh_events(conn, [r.id for r in rows if event_key(r.content_hash, r.position) in keyed])
        apply_groupings(conn)
        return
    content_hash = conn.execute(select(articles.c.content_hash).where(articles.c.id == article_id)).scalar_one()
    rows = conn.execute(select(events.c.id, events.c.position).where(events.c.article_id == article_id)).all()
    found = decisions_for(conn, [event_key(content_hash, r.position) for r in rows])
    refresh_events(conn, [r.id for r in rows if event_key(content_hash, r.position) in found])
    apply_groupings(conn, mentioning=content_hash)


def store_reviewed(conn: Connection, article, coded) -> Stored:
    """``store_article``, then the decisions that name the article's events applied to them: an
    article stored again after its file changed (``watch``) or after it was removed keeps them."""
    stored = store_article(conn, article, coded)
    if stored.article_id is not None and named(conn, article.content_hash):
        reapply(conn, stored.article_id)
    return stored
