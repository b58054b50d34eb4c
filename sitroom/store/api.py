"""The store from Python: one object over a SQLite file or a PostgreSQL database.

    import sitroom
    with sitroom.open_store("events.db") as store:
        store.ingest(["news/"])
        for incident in store.incidents(country="PAK", since="2021-07-01"):
            print(incident["event_date"], incident["sub_event_type"], incident["fatalities"])
        store.export("pakistan.geojson", format="geojson", country="PAK")
        frame = store.read_events(unit="incidents")

Filters are keyword arguments: country (ISO3), admin1, event_type, sub_event_type, actor
(part of a name), since and until (dates or ISO strings), near ((lat, lon)) with
within_km, modality, limit.  ``open_store(db, read_only=True)`` opens a store only to read it:
nothing is created or migrated, and a store on a read-only file or disk can be queried.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace

from sqlalchemy import select

from ..settings import Settings
from .engine import StoreError, connect
from .export import export, make_filters, read_events
from .ingest import IngestResult, Ingestor
from .queries import count_rows, iter_rows, largest_id, select_rows, sources_of, statistics
from .records import event_records, records_of
from .schema import articles, events, incidents


def _plain(row) -> dict:
    out = {}
    for key, value in row._mapping.items():
        out[key] = value.isoformat() if hasattr(value, "isoformat") else value
    return out


class Store:
    def __init__(self, db: str | os.PathLike, read_only: bool = False):
        self.db = db
        self.read_only = read_only
        self.engine = connect(db, read_only=read_only)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def ingest(self, inputs, settings: Settings | None = None, report=None, **options) -> IngestResult:
        if self.read_only:
            raise StoreError(f"the store {self.db} was opened read-only; open it with open_store(db) to store news")
        settings = replace(settings or Settings(), **options)
        return Ingestor(self.engine, settings).ingest(inputs, report)

    def events(self, **filters) -> list[dict]:
        """Events (one per report) as their JSON records, with where the store keeps them."""
        with self.engine.connect() as conn:
            return [_stored_event(record, p) for record, p in event_records(conn, make_filters(**filters))]

    def event(self, event_id: int, conn=None) -> dict | None:
        """The event with the store id ``event_id`` as ``events`` gives it (a rejected one too), or None."""
        return self.events_with_ids([event_id], conn).get(event_id)

    def events_with_ids(self, event_ids, conn=None) -> dict[int, dict]:
        """The events with these store ids, by id, as ``events`` gives them (rejected ones too),
        read together; ids not in the store are left out."""
        if conn is None:
            with self.engine.connect() as own:
                return self.events_with_ids(event_ids, own)
        wanted = [i for i in event_ids if 1 <= i <= largest_id(conn)]
        rows = conn.execute(select(events).where(events.c.id.in_(wanted or [-1]))).all()
        return {p.id: _stored_event(record, p) for record, p in records_of(conn, rows)}

    def incidents(self, **filters) -> list[dict]:
        """Incidents with their consolidated facts and every report behind them."""
        with self.engine.connect() as conn:
            rows = select_rows(conn, make_filters(**filters), "incidents")
            reports = sources_of(conn, [r.id for r in rows])
        return [{**_plain(r), "sources": _reports(reports.get(r.id, []))} for r in rows]

    def rebuild_incidents(self, progress=None) -> dict:
        """Make every incident again from the stored events with today's rules, in one
        transaction (all or nothing); the same store rebuilt twice gives the same incidents."""
        if self.read_only:
            raise StoreError(f"the store {self.db} was opened read-only; open it with open_store(db) to rebuild")
        from .reviewed import reapply
        from .linking import rebuild_incidents

        with self.engine.begin() as conn:
            done = rebuild_incidents(conn, progress)
            reapply(conn)  # analysts' decisions (rejections, merges, splits) hold for the new incidents
            return done

    def explain(self, incident_id: int) -> dict | None:
        """One incident with, for each report, the reasons it joined (or opened) the incident."""
        with self.engine.connect() as conn:
            if not 1 <= incident_id <= largest_id(conn):
                return None  # no row can have that id (and the database would refuse to compare it)
            row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).first()
            if row is None:
                return None
            told = sources_of(conn, [incident_id]).get(incident_id, [])
        return {**_plain(row), "sources": _reports(told, reasons=True)}

    def article(self, article_id: int) -> dict | None:
        """The stored article ``article_id`` with its text, and the evidence of each of its events
        (``start`` and ``end`` index ``text``), or None."""
        with self.engine.connect() as conn:
            if not 1 <= article_id <= largest_id(conn):
                return None
            row = conn.execute(select(articles).where(articles.c.id == article_id)).first()
            if row is None:
                return None
            told = conn.execute(select(events).where(events.c.article_id == article_id).order_by(events.c.id)).all()
            found = list(records_of(conn, told))
        evidence = [
            {"event": p.id, "review": (record.get("review") or {}).get("status"), "start": e["start"],
             "end": e["end"], "sentence": e["sentence"], "trigger": e.get("trigger")}
            for record, p in found for e in record.get("evidence") or []
        ]
        keep = ("id", "doc_id", "title", "url", "outlet", "published", "language", "text")
        return {**{k: v for k, v in _plain(row).items() if k in keep}, "evidence": evidence}

    def count(self, unit: str = "events", **filters) -> int:
        with self.engine.connect() as conn:
            return count_rows(conn, make_filters(**filters), unit)

    def statistics(self, by: str, unit: str = "incidents", split: str | None = None, **filters) -> list[dict]:
        """Counts and fatalities a group of ``by`` (day, week, month, admin1, country, actor,
        event_type, sub_event_type); with ``split``, a row for each group and value of that
        column (event_type, sub_event_type, country, admin1)."""
        with self.engine.connect() as conn:
            rows = statistics(conn, make_filters(**filters), by, unit, split)
        if split:
            return [{by: key, split: part, unit: n, "fatalities": dead} for key, part, n, dead in rows]
        return [{by: key, unit: n, "fatalities": dead} for key, n, dead in rows]

    def export(self, output: str, format: str = "acled-csv", unit: str = "incidents",
               include_incomplete: bool = False, **filters) -> int:
        """The filtered store written to ``output``; see ``sitroom.store.export.export``."""
        return export(self.engine, output, format, unit, make_filters(**filters), include_incomplete)

    def read_events(self, unit: str = "events", **filters):
        return read_events(self.engine, unit, make_filters(**filters))

    def batches(self, unit: str = "events", **filters):
        """Raw rows in batches, for callers that stream large results."""
        with self.engine.connect() as conn:
            yield from iter_rows(conn, make_filters(**filters), unit)


def _stored_event(record: dict, p) -> dict:
    return {**record, "incident_id": p.incident_id,
            "store": {"id": p.id, "incident_id": p.incident_id, "article_id": p.article_id,
                      "outlet": p.source or None, "url": p.urls[0] if p.urls else None, "published": p.published}}


def _reports(told: list[dict], reasons: bool = False) -> list[dict]:
    out = []
    for t in told:
        item = {k: v for k, v in t.items() if k not in ("reason", "score")}
        if reasons:
            item["score"] = t["score"]
            item["reason"] = json.loads(t["reason"])
        out.append(item)
    return out


def open_store(db: str | os.PathLike, read_only: bool = False) -> Store:
    """The store at ``db``: a SQLite file path (created if missing) or a postgresql:// URL;
    ``read_only``: only to read a store that exists (``StoreError`` if there is none)."""
    return Store(db, read_only=read_only)
