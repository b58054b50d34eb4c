"""Reading the store: events or incidents through one set of filters, and summary statistics.

    with engine.connect() as conn:
        rows = select_rows(conn, Filters(country="PAK", since=date(2021, 7, 1)), unit="incidents")

Both units share the filter columns (country, admin1, types, date, place, modality, actors),
so every filter means the same for events (one per report) and incidents (one per
happening).  Rows come newest first.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from datetime import date
from math import cos, isfinite, radians

from sqlalchemy import Table, and_, bindparam, func, or_, select, union_all
from sqlalchemy.engine import Connection

from ..geo.distance import degrees_box, km
from ..model import REPORTED
from . import GROUPINGS, UNITS
from .schema import actors, articles, event_actors, events, incident_links, incidents, places


MAX_ID = 2**63 - 1  # the largest limit (and SQLite id) the databases take: a signed 64-bit integer
MAX_WITHIN_KM = 20_000.0  # about half the Earth's circumference: every place is nearer than that
# what analysts decided: kept (all but the rejected), all, or one state (unreviewed: no decision)
REVIEW_CHOICES = ("kept", "all", "rejected", "confirmed", "corrected", "unreviewed")


@dataclass
class Filters:
    country: str | None = None  # ISO3
    admin1: str | None = None  # as stored; case is ignored
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # part of an actor's name, case ignored
    since: date | None = None
    until: date | None = None
    near: tuple[float, float] | None = None  # (lat, lon)
    within_km: float = 25.0
    modality: str | None = "reported"  # see model.MODALITY_CHOICES; None or "all": every modality
    limit: int | None = None
    after: tuple[date | None, int] | None = None  # a page's start: rows after (event_date, id), newest first
    review: str = "kept"  # see REVIEW_CHOICES

    def __post_init__(self):
        if self.review not in REVIEW_CHOICES:
            raise ValueError(f"review must be one of {', '.join(REVIEW_CHOICES)}, not {self.review!r}")
        if self.limit is not None and not 1 <= self.limit <= MAX_ID:
            raise ValueError(f"limit must be from 1 to {MAX_ID} (None for no limit), not {self.limit!r}")
        if not (isfinite(self.within_km) and 0 < self.within_km <= MAX_WITHIN_KM):
            raise ValueError(f"within_km must be a number of kilometres more than 0 and at most {MAX_WITHIN_KM:g}, "
                             f"not {self.within_km!r}")
        if self.near is not None:
            lat, lon = self.near
            if not (isfinite(lat) and isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError(f"near must be (lat, lon) in degrees on the globe, not {self.near!r}")


def like_escaped(text: str, escape: str = "\\") -> str:
    """``text`` with the LIKE wildcards (% and _) and the escape character itself escaped."""
    return text.replace(escape, escape * 2).replace("%", escape + "%").replace("_", escape + "_")


def largest_id(conn: Connection) -> int:
    """The largest id a row can have: the ids are INTEGER, 32 bits in PostgreSQL, 64 in SQLite."""
    return 2**31 - 1 if conn.dialect.name == "postgresql" else MAX_ID


def table_of(unit: str) -> Table:
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    return incidents if unit == "incidents" else events


def actor_ids(conn: Connection, part: str) -> list[int]:
    """Ids of the actors whose name holds ``part`` (the actors table is small); % and _ in
    ``part`` are plain characters, not wildcards."""
    pattern = f"%{like_escaped(part.lower())}%"
    return list(conn.execute(select(actors.c.id).where(func.lower(actors.c.name).like(pattern, escape="\\")))
                .scalars())


def _admin1_names(conn: Connection, name: str) -> list[str]:
    """The stored spellings of ``name`` (case ignored), found through the small places table."""
    found = set(conn.execute(select(places.c.admin1).where(func.lower(places.c.admin1) == name.lower())).scalars())
    return sorted(found | {name})


def conditions(conn: Connection, table: Table, f: Filters, counting: bool = False) -> list:
    c = table.c
    where = []
    if f.country:
        where.append(c.country == f.country)
    if f.admin1:
        where.append(c.admin1.in_(_admin1_names(conn, f.admin1)))
    if f.event_type:
        where.append(c.event_type == f.event_type)
    if f.sub_event_type:
        where.append(c.sub_event_type == f.sub_event_type)
    if f.since:
        where.append(c.event_date >= f.since)
    if f.until:
        where.append(c.event_date <= f.until)
    if f.modality == "reported":
        where.append(c.modality.in_(REPORTED))
    elif f.modality and f.modality != "all":
        where.append(c.modality == f.modality)
    if f.near:
        lat0, lat1, lon0, lon1 = degrees_box(*f.near, f.within_km)
        where += [c.lat.between(lat0, lat1), c.lon.between(lon0, lon1)]
    if f.actor:
        where.append(_with_actor(conn, table, actor_ids(conn, f.actor) or [-1], counting))
    if f.review != "all":
        where.append(_reviewed(table, f.review))
    if f.after is not None:
        day, row_id = f.after
        where.append(_after(table, day, min(row_id, largest_id(conn))))
    return where


def _review_condition(f_review: str):
    c = events.c
    if f_review == "kept":
        return or_(c.review.is_(None), c.review != "rejected")
    if f_review == "unreviewed":
        return c.review.is_(None)
    return c.review == f_review


def _reviewed(table: Table, state: str):
    """Events in the review ``state``; incidents holding such a report (no incident holds a
    rejected report: rejecting one takes it out of its incident)."""
    if table is events:
        return _review_condition(state)
    if state == "kept":
        return table.c.id.is_not(None)
    links = incident_links.c
    return table.c.id.in_(select(links.incident_id).join(events, events.c.id == links.event_id)
                          .where(_review_condition(state)))


def _after(table: Table, day: date | None, row_id: int):
    """The rows that come after (``day``, ``row_id``) newest first, undated ones last."""
    c = table.c
    if day is None:
        return and_(c.event_date.is_(None), c.id < row_id)
    return or_(c.event_date < day, and_(c.event_date == day, c.id < row_id), c.event_date.is_(None))


FEW = 5000  # an actor in fewer events than this is looked up by its events; a common one row by row


def _with_actor(conn: Connection, table: Table, ids: list[int], counting: bool = False):
    """Rows that name one of the actors ``ids``.  For a rare actor (or to count) its rows are
    collected first; for a common one the rows are walked newest first until the limit, each
    checked through its links (nested so that the database follows them in that order)."""
    ea, links = event_actors.c, incident_links.c
    names = select(ea.event_id).where(ea.actor_id.in_(ids))
    if counting:
        if table is events:
            return table.c.id.in_(names)
        return table.c.id.in_(select(links.incident_id).where(links.event_id.in_(names)))
    count = conn.execute(select(func.count()).where(ea.actor_id.in_(ids))).scalar_one()
    if count < FEW:
        if table is events:
            return table.c.id.in_(names)
        found = conn.execute(select(links.incident_id).where(links.event_id.in_(names)).distinct()).scalars()
        return table.c.id.in_(list(found) or [-1])
    if table is events:
        return names.where(ea.event_id == table.c.id).exists()
    return select(links.event_id).where(links.incident_id == table.c.id, names.where(ea.event_id == links.event_id)
                                        .exists()).exists()


def _within(rows, f: Filters):
    """Rows inside the circle of ``f.near`` (SQL kept a box and a slightly wider flat circle)."""
    lat, lon = f.near
    return [r for r in rows if r.lat is not None and km(lat, lon, r.lat, r.lon) <= f.within_km]


def _ordered(conn: Connection, f: Filters, unit: str):
    table = table_of(unit)
    query = select(table).where(*conditions(conn, table, f))
    query = query.order_by(table.c.event_date.desc().nulls_last(), table.c.id.desc())
    return query.limit(f.limit) if f.limit else query


NEAR_SPARE = 64  # rows read beyond the limit, for those the exact distance then leaves out


def _near_ids(conn: Connection, f: Filters, table: Table) -> list[int]:
    """Ids inside the circle of ``f.near``, newest first.  The database keeps the box and a flat
    approximation of the circle (1% wider) and sorts; the exact distance is checked here."""
    c = table.c
    lat, lon = f.near
    stretch = cos(radians(lat))
    reach = (f.within_km * 1.01 / 111.2) ** 2
    flat = (c.lat - lat) * (c.lat - lat) + (c.lon - lon) * (c.lon - lon) * (stretch * stretch) <= reach
    query = (select(c.id, c.lat, c.lon).where(*conditions(conn, table, f), flat)
             .order_by(c.event_date.desc().nulls_last(), c.id.desc()))
    page = min(f.limit + NEAR_SPARE, MAX_ID) if f.limit else None
    rows = conn.execute(query.limit(page) if page else query).all()
    inside = [r.id for r in _within(rows, f)]
    if page and len(inside) < f.limit and len(rows) == page:  # the edge took more than the spare rows
        inside = [r.id for r in _within(conn.execute(query).all(), f)]
    return inside[: f.limit] if f.limit else inside


def iter_rows(conn: Connection, f: Filters, unit: str = "events", batch: int = 2000) -> Iterator[list]:
    """Batches of the rows of ``unit`` that pass ``f``, newest first, streamed from the database."""
    if f.near:
        table = table_of(unit)
        ids = _near_ids(conn, f, table)
        for start in range(0, len(ids), batch):
            part = ids[start:start + batch]
            found = {r.id: r for r in conn.execute(select(table).where(table.c.id.in_(part)))}
            yield [found[i] for i in part]
        return
    result = conn.execution_options(stream_results=True, yield_per=batch).execute(_ordered(conn, f, unit))
    for part in result.partitions():
        yield part


def select_rows(conn: Connection, f: Filters, unit: str = "events") -> list:
    """Rows of ``unit`` that pass ``f``, newest first (at most ``f.limit``)."""
    return [row for part in iter_rows(conn, f, unit) for row in part]


def count_rows(conn: Connection, f: Filters, unit: str = "events") -> int:
    table = table_of(unit)
    if f.near:
        return len(_near_ids(conn, replace(f, limit=None), table))
    query = select(func.count()).select_from(table).where(*conditions(conn, table, f, counting=True))
    return conn.execute(query).scalar_one()


TIMES = ("day", "week", "month")


def _period(conn: Connection, column, by: str):
    if conn.dialect.name == "postgresql":
        return func.to_char(func.date_trunc(by, column), "YYYY-MM-DD")
    if by == "day":
        return func.date(column)
    if by == "week":  # the Monday that starts the ISO week (weekday 0 is the next Sunday, or the day itself)
        return func.date(column, "weekday 0", "-6 days")
    return func.date(column, "start of month")


SPLITS = ("event_type", "sub_event_type", "country", "admin1")  # columns a grouping may be split by


def statistics(conn: Connection, f: Filters, by: str, unit: str = "incidents",
               split: str | None = None) -> list[tuple]:
    """(group, count, fatalities) for each group of ``by``, largest first (time groups in order);
    with ``split`` (one of SPLITS), (group, split value, count, fatalities) for each pair."""
    if by not in GROUPINGS:
        raise ValueError(f"group by one of {', '.join(GROUPINGS)}, not {by!r}")
    if split is not None and (split not in SPLITS or by == "actor" or split == by):
        raise ValueError(f"split by one of {', '.join(s for s in SPLITS if s != by)} (and not when grouping by "
                         f"actor), not {split!r}")
    table = table_of(unit)
    if f.near:
        where = [table.c.id.in_(_near_ids(conn, replace(f, limit=None), table) or [-1])]
    else:
        where = conditions(conn, table, f, counting=True)
    fatalities = func.coalesce(table.c.fatalities, 0)
    if by == "actor":  # an event counts once for each of its two actors (once if they are the same)
        second = or_(table.c.actor1.is_(None), table.c.actor2 != table.c.actor1)
        both = union_all(
            select(table.c.actor1.label("key"), fatalities.label("dead")).where(*where, table.c.actor1.is_not(None)),
            select(table.c.actor2.label("key"), fatalities.label("dead")).where(*where, table.c.actor2.is_not(None), second),
        ).subquery()
        query = select(both.c.key, func.count(), func.sum(both.c.dead)).group_by(both.c.key)
    else:
        key = (_period(conn, table.c.event_date, by) if by in TIMES else table.c[by]).label("key")
        keys = [key, table.c[split].label("split")] if split else [key]
        query = select(*keys, func.count(), func.sum(fatalities)).where(*where).group_by(*keys)
    unknown = "(unknown)"
    rows = [tuple(k if k is not None else unknown for k in r[:-2]) + (r[-2], int(r[-1] or 0))
            for r in conn.execute(query)]
    if by in TIMES:
        return sorted(rows, key=lambda r: tuple(str(k) for k in r[:-2]))
    return sorted(rows, key=lambda r: (-r[-2], *(str(k) for k in r[:-2])))


def linked_reports(conn: Connection, incident_ids, *columns):
    """``columns`` of each report linked to the incidents ``incident_ids`` (with its incident id
    first), from incident_links, events and articles, in the order the reports were stored."""
    return conn.execute(_linked(columns), {"ids": list(incident_ids) or [-1]})


@cache
def _linked(columns: tuple):
    """The statement of ``linked_reports`` for these columns, built once (ingest runs it for
    every new report)."""
    return linked_to(columns, bindparam("ids", expanding=True))


def linked_to(columns: tuple, incident_ids):
    """``columns`` of the reports linked to the incidents ``incident_ids`` (bound values), with
    each incident's id first, in the order the reports were stored."""
    return (select(incident_links.c.incident_id, *columns)
            .join(events, events.c.id == incident_links.c.event_id)
            .join(articles, articles.c.id == events.c.article_id)
            .where(incident_links.c.incident_id.in_(incident_ids))
            .order_by(events.c.id))


def sources_of(conn: Connection, incident_ids: list[int]) -> dict[int, list[dict]]:
    """Each incident's reports: event id, article, outlet, url, published, and the link's reasons."""
    rows = linked_reports(conn, incident_ids, incident_links.c.score, incident_links.c.reason, events.c.id,
                          events.c.event_id, events.c.fatalities, articles.c.doc_id, articles.c.outlet,
                          articles.c.url, articles.c.published)
    out: dict[int, list[dict]] = {}
    for r in rows:
        out.setdefault(r.incident_id, []).append({
            "event": r.id, "event_id": r.event_id, "doc_id": r.doc_id, "outlet": r.outlet, "url": r.url,
            "published": r.published.isoformat() if r.published else None, "fatalities": r.fatalities,
            "score": r.score, "reason": r.reason,
        })
    return out
