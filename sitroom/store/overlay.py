"""Analysts' decisions laid over the coded events: the corrected record of an event.

A decision (``corrections`` table) is a record of its own: who, when, what it changed from and
to, and a note. It never overwrites the coded record; reading an event lays its decisions over
the record, in the order they were made:

- ``confirm``: the event is right as it stands (after any corrections); it also takes back a
  rejection;
- ``correct``: some facts are set (event type, sub-type, actors, place, date, fatalities);
- ``reject``: the event is not an event; it leaves its incident and every default listing.

Decisions are keyed by the event's article (content hash) and position, so they hold when the
article is stored or coded again. Merging and splitting incidents are decisions too; they are
applied to incidents (store/reviewed.py), not to records.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection

from .schema import corrections

STATUS = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected"}
EVENT_DECISIONS = tuple(STATUS)
INCIDENT_DECISIONS = ("merge", "split")
CORRECTABLE = ("event_type", "sub_event_type", "actor1", "actor2", "location", "event_date", "fatalities")


def event_key(content_hash: str, position: int) -> str:
    return f"{content_hash}:{position}"


@dataclass(frozen=True)
class Decision:
    id: int
    action: str
    after: dict
    who: str
    note: str | None
    made_at: datetime | None


def decisions_for(conn: Connection, keys) -> dict[str, list[Decision]]:
    """The event decisions about each of ``keys``, oldest first."""
    keys = sorted(set(keys))
    out: dict[str, list[Decision]] = {}
    c = corrections.c
    for start in range(0, len(keys), 500):
        rows = conn.execute(select(c.id, c.event_key, c.action, c.after, c.who, c.note, c.made_at)
                            .where(c.event_key.in_(keys[start:start + 500]), c.action.in_(EVENT_DECISIONS))
                            .order_by(c.id))
        for r in rows:
            out.setdefault(r.event_key, []).append(Decision(r.id, r.action, json.loads(r.after), r.who, r.note,
                                                            r.made_at))
    for found in out.values():
        found.sort(key=lambda d: d.id)
    return out


def corrected(record: dict, decisions: list[Decision]) -> dict:
    """``record`` (an event's JSON form) with ``decisions`` laid over it, and a ``review`` that
    says what they came to; ``record`` itself is left as it was."""
    if not decisions:
        return record
    out = dict(record)
    status = None
    for d in decisions:
        if d.action == "correct":
            for name, value in d.after.items():
                if name not in CORRECTABLE:
                    continue
                out[name] = value
                if name == "event_date":
                    out["time_precision"] = 1 if value else None
                elif name == "fatalities":
                    out["fatalities_told"] = True
        # a rejected event stays rejected when its facts are corrected; confirming takes it back
        status = "rejected" if d.action == "correct" and status == "rejected" else STATUS[d.action]
    last = decisions[-1]
    out["review"] = {"status": status, "corrections": len(decisions), "by": last.who,
                     "at": last.made_at.isoformat() if last.made_at else None, "note": last.note}
    return out


def corrected_records(conn: Connection, rows) -> list[dict]:
    """The records of ``rows`` (each with ``record``, ``review``, ``content_hash`` and
    ``position``) with their decisions laid over them; only reviewed rows are looked up."""
    keys = [event_key(r.content_hash, r.position) for r in rows if r.review]
    found = decisions_for(conn, keys) if keys else {}
    out = []
    for r in rows:
        record = json.loads(r.record)
        if r.review:
            record = corrected(record, found.get(event_key(r.content_hash, r.position), []))
        out.append(record)
    return out
