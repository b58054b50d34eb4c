"""Analysts' decisions about a store: confirm, correct or reject an event; merge or split incidents.

    import sitroom
    from sitroom.review import Reviewer

    with sitroom.open_store("events.db") as store:
        review = Reviewer(store)
        review.decide(17, "correct", {"fatalities": 4, "location": "Mir Ali"}, who="ana",
                      note="the district hospital's count")
        review.merge([3, 9], who="ana", note="one strike told twice")
        for entry in review.log():
            print(entry["at"], entry["who"], entry["action"], entry["after"])

Each decision is a record of its own (who, when, the values before and after, a note), stored
in one transaction with what it changes (store/reviewed.py); the coded record is never
overwritten, and decisions hold when articles are stored or coded again and when incidents
are rebuilt. A decision that cannot be made raises ``ReviewError`` saying what to give.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

from sqlalchemy import func, insert, select

from ..filter_values import FilterError, taxonomy_name
from ..ingest.dates import EARLIEST, LATEST
from ..store.locks import lock_for_writing, writer_connection
from ..store.overlay import CORRECTABLE, EVENT_DECISIONS, event_key
from ..store.queries import largest_id
from ..store.reviewed import apply_grouping, apply_groupings, refresh_events
from ..store.schema import actors, articles, corrections, events, incident_links, incidents

MOST_FATALITIES = 1_000_000
LONGEST_NOTE = 4000
LONGEST_NAME = 256


class ReviewError(ValueError):
    """A decision that cannot be made, with what to do instead; ``status`` is the HTTP status."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


def _plain(text: str) -> str:
    """``text`` without NUL characters (PostgreSQL's text refuses them)."""
    return text.replace("\x00", "")


def _who(who: str | None) -> str:
    who = _plain(who or "").strip()
    if not who:
        raise ReviewError("say who decides: give a name (who)")
    if len(who) > 128:
        raise ReviewError("who is longer than 128 characters; give a shorter name")
    return who


def _note(note: str | None) -> str | None:
    if note is not None and len(note) > LONGEST_NOTE:
        raise ReviewError(f"the note is longer than {LONGEST_NOTE} characters; shorten it")
    return _plain(note) if note else None


def _actor(conn, value, role: str) -> dict | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if role == "actor1":
            raise ReviewError("an event needs actor1; give a name, such as 'Military Forces of Pakistan'")
        return None
    if not isinstance(value, str) or len(value.strip()) > LONGEST_NAME:
        raise ReviewError(f"{role} must be an actor's name of at most {LONGEST_NAME} characters")
    name = _plain(value).strip()
    row = conn.execute(select(actors).where(actors.c.name == name)).first()
    if row is None:
        return {"name": name, "country": None, "actor_type": None, "sector": None, "mention": None}
    return {"name": row.name, "country": row.country, "actor_type": row.actor_type, "sector": row.sector,
            "mention": None}


def _number(value, name: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise ReviewError(f"{name} must be a number from {low:g} to {high:g}")
    return float(value)


def _location(value) -> dict:
    if isinstance(value, str):
        from ..geo.resolve import default_resolver
        from ..geo.names import ascii_name

        name, *context = [part.strip() for part in value.split(",")]
        resolved = default_resolver().resolve(name, context=context) if name else None
        if resolved is None or resolved.place.lat is None:
            raise ReviewError(f"no place called {value!r} in the gazetteer; give "
                              "{'name': ..., 'lat': ..., 'lon': ..., 'country': ISO3} instead")
        p = resolved.place
        return {"name": ascii_name(p.name) or p.name, "mention": None, "country": p.country,
                "admin1": ascii_name(p.admin1), "admin2": ascii_name(p.admin2), "lat": p.lat, "lon": p.lon,
                "geonameid": p.geonameid, "feature_code": p.feature_code, "geo_precision": resolved.precision}
    if not isinstance(value, dict) or not isinstance(value.get("name"), str) or not value["name"].strip():
        raise ReviewError("location must be a place name or {'name': ..., 'lat': ..., 'lon': ..., 'country': ISO3}")
    country = value.get("country")
    if country is not None and (not isinstance(country, str) or len(country) != 3 or not country.isalpha()):
        raise ReviewError("location's country must be an ISO3 code such as PAK")
    texts = {}
    for key in ("admin1", "admin2"):
        if value.get(key) is not None and not isinstance(value[key], str):
            raise ReviewError(f"location's {key} must be a name")
        texts[key] = _plain(value[key]).strip()[:LONGEST_NAME] if value.get(key) else None
    precision = value.get("geo_precision", 1)
    if precision not in (1, 2, 3, 4):
        raise ReviewError("location's geo_precision must be 1 (town), 2 (near a town), 3 (region) or 4 (country)")
    return {"name": _plain(value["name"]).strip()[:LONGEST_NAME], "mention": None,
            "country": country.upper() if country else None, **texts,
            "lat": _number(value.get("lat"), "location's lat", -90, 90),
            "lon": _number(value.get("lon"), "location's lon", -180, 180),
            "geonameid": None, "feature_code": None, "geo_precision": precision}


def check_changes(conn, record: dict, changes: dict) -> tuple[dict, dict]:
    """(before, after) for ``changes`` to the event told by ``record``, each value checked."""
    if not isinstance(changes, dict) or not changes:
        raise ReviewError(f"say what to correct: give one or more of {', '.join(CORRECTABLE)}")
    unknown = sorted(set(changes) - set(CORRECTABLE))
    if unknown:
        raise ReviewError(f"{', '.join(unknown)} cannot be corrected; give one or more of {', '.join(CORRECTABLE)}")
    after: dict = {}
    for name in ("event_type", "sub_event_type"):
        if name in changes and changes[name] is not None and not isinstance(changes[name], str):
            raise ReviewError(f"{name} must be a name from ACLED's codebook, such as 'Battles'")
    try:
        if "event_type" in changes:
            after["event_type"] = taxonomy_name(changes["event_type"] or None, "event_type", sub=False)
        if "sub_event_type" in changes:
            after["sub_event_type"] = taxonomy_name(changes["sub_event_type"] or None, "sub_event_type", sub=True)
    except FilterError as exc:
        raise ReviewError(exc.message) from None
    kind = after.get("event_type", record.get("event_type"))
    sub = after.get("sub_event_type", record.get("sub_event_type"))
    if kind and sub:
        from ..coder.codebook import load_codebook

        allowed = load_codebook().taxonomy["acled"].get(kind, [])
        if sub not in allowed:
            raise ReviewError(f"{sub!r} is not a sub-event type of {kind}; give sub_event_type too, one of: "
                              f"{', '.join(allowed)}")
    for role in ("actor1", "actor2"):
        if role in changes:
            after[role] = _actor(conn, changes[role], role)
    if "location" in changes:
        after["location"] = _location(changes["location"])
    if "event_date" in changes:
        try:
            day = date.fromisoformat(str(changes["event_date"]))
        except ValueError:
            raise ReviewError(f"{changes['event_date']!r} is not a date; write it as YYYY-MM-DD") from None
        if not EARLIEST <= day <= LATEST:
            raise ReviewError(f"{day} is outside the dates of news ({EARLIEST} to {LATEST}); check the year")
        after["event_date"] = day.isoformat()
    if "fatalities" in changes:
        value = changes["fatalities"]
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MOST_FATALITIES:
            raise ReviewError(f"fatalities must be a whole number from 0 to {MOST_FATALITIES:,}")
        after["fatalities"] = value
    before = {name: record.get(name) for name in after}
    return before, after


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Reviewer:
    """Decisions about the events and incidents of ``store`` (a ``sitroom.store.api.Store``)."""

    def __init__(self, store):
        self.store = store

    def _writable(self) -> None:
        if self.store.read_only:
            raise ReviewError(f"the store {self.store.db} was opened read-only; open it to write to review it", 403)

    def _event_row(self, conn, event_id: int):
        if not 1 <= event_id <= largest_id(conn):
            return None
        return conn.execute(select(events.c.id, events.c.position, articles.c.content_hash)
                            .join(articles, articles.c.id == events.c.article_id)
                            .where(events.c.id == event_id)).first()

    def decide(self, event_id: int, action: str, changes: dict | None = None, who: str | None = None,
               note: str | None = None) -> dict:
        """Confirm, correct or reject the event ``event_id``; the event as it reads now."""
        if action not in EVENT_DECISIONS:
            raise ReviewError(f"{action!r} is not a decision about an event; choose one of {', '.join(EVENT_DECISIONS)}")
        self._writable()
        who, note = _who(who), _note(note)
        if action != "correct" and changes:
            raise ReviewError(f"{action} takes no changes; use correct to change facts")
        with writer_connection(self.store.engine) as conn, conn.begin():
            lock_for_writing(conn)
            row = self._event_row(conn, event_id)
            if row is None:
                raise ReviewError(f"no event {event_id} in this store; list them with `sitroom events`", 404)
            current = self.store.event(event_id, conn=conn)
            before, after = check_changes(conn, current, changes or {}) if action == "correct" else (
                {"review": (current.get("review") or {}).get("status")}, {})
            conn.execute(insert(corrections), {
                "action": action, "event_key": event_key(row.content_hash, row.position), "event_ref": event_id,
                "incident_ref": current.get("incident_id"), "before": json.dumps(before, ensure_ascii=False),
                "after": json.dumps(after, ensure_ascii=False), "who": who, "note": note, "made_at": _now(),
            })
            refresh_events(conn, [event_id])
            if action == "confirm" and (current.get("review") or {}).get("status") == "rejected":
                apply_groupings(conn, mentioning=row.content_hash)  # back in the incidents decided for it
        return self.store.event(event_id)

    def _grouping(self, conn, action: str, keys: list[str], incident_ref: int, who: str, note: str | None,
                  extra: dict) -> int | None:
        made = conn.execute(insert(corrections).returning(corrections.c.id), {
            "action": action, "event_key": None, "event_ref": None, "incident_ref": incident_ref, "before": None,
            "after": json.dumps({"events": keys, **extra}), "who": who, "note": note, "made_at": _now(),
        }).scalar_one()
        return apply_grouping(conn, conn.execute(select(corrections).where(corrections.c.id == made)).one())

    def _members(self, conn, incident_ids: list[int]) -> dict[int, str]:
        rows = conn.execute(select(events.c.id, events.c.position, articles.c.content_hash,
                                   incident_links.c.incident_id)
                            .join(articles, articles.c.id == events.c.article_id)
                            .join(incident_links, incident_links.c.event_id == events.c.id)
                            .where(incident_links.c.incident_id.in_(incident_ids)))
        return {r.id: event_key(r.content_hash, r.position) for r in rows}

    def _check_incidents(self, conn, ids: list[int]) -> None:
        top = largest_id(conn)
        wrong = [i for i in ids if not (isinstance(i, int) and not isinstance(i, bool) and 1 <= i <= top)]
        found = set() if wrong else set(conn.execute(select(incidents.c.id).where(incidents.c.id.in_(ids))).scalars())
        missing = wrong or sorted(set(ids) - found)
        if missing:
            raise ReviewError(f"no incident {', '.join(map(str, missing))} in this store; list them with "
                              "`sitroom incidents`", 404)

    def merge(self, incident_ids: list[int], who: str | None = None, note: str | None = None) -> int:
        """Put every report of ``incident_ids`` into one incident (the lowest id); its id."""
        self._writable()
        who, note = _who(who), _note(note)
        ids = list(dict.fromkeys(incident_ids or []))
        if len(ids) < 2:
            raise ReviewError("give two or more different incidents to merge")
        with writer_connection(self.store.engine) as conn, conn.begin():
            lock_for_writing(conn)
            self._check_incidents(conn, ids)
            keys = sorted(self._members(conn, ids).values())
            return self._grouping(conn, "merge", keys, min(ids), who, note, {"incidents": ids})

    def split(self, incident_id: int, event_ids: list[int], who: str | None = None, note: str | None = None) -> int:
        """Move the reports ``event_ids`` of ``incident_id`` into an incident of their own; its id."""
        self._writable()
        who, note = _who(who), _note(note)
        moved = list(dict.fromkeys(event_ids or []))
        if not moved:
            raise ReviewError("say which reports leave the incident: give their event ids (events)")
        with writer_connection(self.store.engine) as conn, conn.begin():
            lock_for_writing(conn)
            self._check_incidents(conn, [incident_id])
            members = self._members(conn, [incident_id])
            strangers = [i for i in moved if i not in members]
            if strangers:
                raise ReviewError(f"event {', '.join(map(str, strangers))} is not a report of incident {incident_id}; "
                                  f"its reports are {', '.join(map(str, sorted(members)))}")
            if len(moved) == len(members):
                raise ReviewError("an incident cannot be split into all of its reports; leave at least one behind")
            return self._grouping(conn, "split", sorted(members[i] for i in moved), incident_id, who, note,
                                  {"from": incident_id})

    def log(self, limit: int | None = None, event_id: int | None = None) -> list[dict]:
        """The decisions, newest first (about the event ``event_id`` only, when given)."""
        c = corrections.c
        query = select(corrections).order_by(c.id.desc())
        with self.store.engine.connect() as conn:
            if event_id is not None:
                row = self._event_row(conn, event_id)
                query = query.where(c.event_key == (event_key(row.content_hash, row.position) if row else ""))
            rows = conn.execute(query.limit(limit) if limit else query).all()
        return [{
            "id": r.id, "at": r.made_at.isoformat() if r.made_at else None, "who": r.who, "action": r.action,
            "event": r.event_ref, "incident": r.incident_ref,
            "before": json.loads(r.before) if r.before else None, "after": json.loads(r.after), "note": r.note,
        } for r in rows]

    def count(self) -> int:
        with self.store.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(corrections)).scalar_one()
