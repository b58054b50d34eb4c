"""The store's tables, as SQLAlchemy Core metadata: one schema for SQLite and PostgreSQL.

Articles hold the clean text; events hold the coded facts in columns that queries filter
on, plus the whole event record as JSON (so every export can rebuild it exactly); actors,
places and claims are normalised beside them; incidents group the events that report one
incident, and each link keeps the reasoning that made it.  Alembic migrations in
``sitroom/store/migrations`` create the same tables (a test compares the two).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),  # the idempotency key
    Column("doc_id", String(512), nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("outlet", String(256)),
    Column("published", Date),
    Column("language", String(16)),
    Column("source_path", Text),
    Column("locator", String(128)),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(256), nullable=False, unique=True),
    Column("country", String(3)),
    Column("actor_type", Integer),  # ACLED inter code 1-8
    Column("sector", String(16)),  # PLOVER sector
)

places = Table(
    "places", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(320), nullable=False, unique=True),  # "gn:<geonameid>" or "name:<name>|<country>"
    Column("name", String(256), nullable=False),
    Column("country", String(3)),
    Column("admin1", String(256)),
    Column("admin2", String(256)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", Integer),
    Column("feature_code", String(16)),
)

def _facts() -> list:
    """What events and incidents share: the facts queries filter on, sort by and show, with
    an index for each filter paired with the date (every listing is newest first)."""
    return [
        Column("event_type", String(64)),
        Column("sub_event_type", String(64)),
        Column("plover_type", String(32)),
        Column("event_date", Date),
        Column("time_precision", Integer),
        Column("fatalities", Integer),
        Column("actor1", String(256)),
        Column("actor2", String(256)),
        Column("location", String(256)),
        Column("country", String(3)),
        Column("admin1", String(256)),
        Column("admin2", String(256)),
        Column("lat", Float),
        Column("lon", Float),
        Column("geo_precision", Integer),
        Index(None, "country", "event_date"),
        Index(None, "event_type", "event_date"),
        Index(None, "sub_event_type", "event_date"),
        Index(None, "admin1", "event_date"),
        Index(None, "event_date"),
        Index(None, "lat", "lon", "event_date"),  # "near": the box is read from the index alone
    ]


events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),  # order within the article's events
    Column("event_id", String(600), nullable=False),  # the coder's id: "<doc_id>:<n>"
    Column("rank", Integer, nullable=False),
    *_facts(),
    Column("plover_mode", String(64)),
    Column("count", Integer),
    Column("modality", String(16), nullable=False),
    Column("place_id", Integer, ForeignKey("places.id")),
    Column("record", Text, nullable=False),  # the whole event as JSON (sitroom/schema/event.schema.json)
    # what analysts decided (confirmed, corrected, rejected; None: not reviewed). The record above
    # stays as coded; the fact columns hold the values with the corrections applied (sitroom.review)
    Column("review", String(16)),
    UniqueConstraint("article_id", "position"),
)

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(16), primary_key=True),  # actor1, actor2, assoc_actor1, assoc_actor2
    Column("actor_id", Integer, ForeignKey("actors.id"), primary_key=True),
    Index(None, "actor_id", "event_id"),
)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("modality", String(16), nullable=False),
    Column("source", String(256)),  # who says so: "ISPR", "military sources"
    Column("cue", String(64)),  # the words that mark it: "said", "claimed"
    Column("anonymous", Boolean, nullable=False),
    Column("sentence", Text),  # the first evidence sentence
    Column("start", Integer),
    Column("end", Integer),
)

_MATCHED = ("country", "event_type", "plover_type", "entry_article")  # what matching checks beside place and date

incidents = Table(
    "incidents", metadata,
    Column("id", Integer, primary_key=True),
    *_facts(),
    Column("fatalities_basis", Text),  # how the figure was reconciled, in words
    Column("modality", String(16)),  # the firmest of its reports'
    Column("reports", Integer, nullable=False),  # events linked
    Column("articles", Integer, nullable=False),  # distinct articles that reported it
    Column("representative_id", Integer, ForeignKey("events.id")),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # the map cell of its point (consolidate.cells): matching reads the incidents of a report's
    # neighbouring cells and days from this index, not every incident of a country (by time
    # precision too, so that the month-wide window of coarse dates reads only coarse dates);
    # both indexes also hold what matching then checks (country and types), so that it reads
    # them alone and never the incidents' rows
    Column("cell", Integer),
    # the article whose reports the incident holds when every one of them is an entry of a
    # dataset (no outlet, no publication date; consolidate/incidents.py ``is_dataset_entry``);
    # NULL otherwise. Another article's entry can never join it (the one-source rule), so
    # matching an entry leaves such incidents out in the index, without reading their reports
    Column("entry_article", Integer),
    Index("ix_incidents_near", "cell", "time_precision", "event_date", *_MATCHED),
    Index("ix_incidents_province", "admin1", "geo_precision", "event_date", *_MATCHED),  # province-level ones
)

incident_links = Table(
    "incident_links", metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("incident_id", Integer, ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
    Column("score", Float, nullable=False),
    Column("reason", Text, nullable=False),  # JSON: why this event joined (or opened) the incident
    Index(None, "incident_id"),
)

corrections = Table(
    "corrections", metadata,
    Column("id", Integer, primary_key=True),
    Column("action", String(16), nullable=False),  # confirm, correct, reject, merge, split
    # the event it is about, as "<article content hash>:<position>": stable when the article is
    # stored again or its events are coded again, unlike the row id (kept beside it, for the log)
    Column("event_key", String(128)),
    Column("event_ref", Integer),
    Column("incident_ref", Integer),  # the incident it was about, when made (ids change on rebuild)
    Column("before", Text),  # JSON: the values it changed, as they were
    Column("after", Text, nullable=False),  # JSON: the values it set (for merge and split: the events' keys)
    Column("who", String(128), nullable=False),
    Column("note", Text),
    Column("made_at", DateTime(timezone=True), nullable=False),
    Index(None, "event_key"),
)

inputs_seen = Table(
    "inputs_seen", metadata,
    Column("key", String(1024), primary_key=True),  # a file path or a feed entry's id
    Column("fingerprint", String(128), nullable=False),  # size and mtime, or the entry's date
    Column("articles", Integer, nullable=False),
    Column("seen_at", DateTime(timezone=True), nullable=False),
)
