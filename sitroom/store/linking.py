"""Linking stored reports to incidents: the candidates an index gives, the best fit, the
incident's row as its reports tell it, and rebuilding every incident after the rules change."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from sqlalchemy import bindparam, delete, func, insert, or_, select, union_all, update
from sqlalchemy.engine import Connection

from ..consolidate.cells import cell_of, cells_near
from ..consolidate.incidents import Report, best_incident, entry_article, is_dataset_entry, source_apart, summarise
from ..consolidate.rules import load_incident_rules
from .driver import DriverStatement, driven
from .locks import lock_for_writing
from .overlay import corrected_records
from .queries import linked_to
from .rows import fit, forget_ids, new_ids, now
from .schema import articles, events, incident_links, incidents

_REVISE = driven(update(incidents).where(incidents.c.id == bindparam("incident")))


REPORT_COLUMNS = (events.c.id, events.c.article_id, events.c.record, events.c.review, events.c.position,
                  articles.c.content_hash, articles.c.outlet, articles.c.published)


class DecodedReports:
    """Reports already decoded from stored records, kept by what they were decoded from (the
    event's id, its article's id, outlet and publication date, and the record's length and
    hash): a row whose record or article changed is decoded again, so nothing kept goes stale.
    Linking reads the same incidents' reports again and again; decoding a record (its JSON)
    costs more than the rest of reading it. At most ``most`` are kept, the oldest dropped first."""

    def __init__(self, most: int = 20_000):  # about 1 KB each
        self.most = most
        self._kept: dict[tuple, Report] = {}

    @staticmethod
    def key(event_id: int, article_id: int, outlet, published, record: str) -> tuple:
        return event_id, article_id, outlet, published, len(record), hash(record)

    def get(self, key: tuple) -> Report | None:
        return self._kept.get(key)

    def keep(self, key: tuple, report: Report) -> None:
        if len(self._kept) >= self.most:
            del self._kept[next(iter(self._kept))]
        self._kept[key] = report


DECODED = DecodedReports()


def keep_decoded(report: Report, record: str) -> None:
    """Keep ``report``, which the writer built from ``record`` (the JSON it stored), as if it
    had been decoded from it: linking reads the writer's reports again as incidents' members."""
    DECODED.keep(DECODED.key(report.id, report.article_id, report.outlet, report.published, record), report)


def reports_of(conn: Connection, rows) -> list[Report]:
    """Reports from rows of REPORT_COLUMNS, each told by its record as analysts corrected it
    (a reviewed event's decisions are read each time; the others come from DECODED)."""
    reviewed = [r for r in rows if r.review]
    corrected = iter(corrected_records(conn, reviewed)) if reviewed else None
    out = []
    for r in rows:
        if r.review:
            out.append(Report.from_record(r.id, r.article_id, next(corrected), r.outlet, r.published))
            continue
        key = DECODED.key(r.id, r.article_id, r.outlet, r.published, r.record)
        report = DECODED.get(key)
        if report is None:
            report = Report.from_record(r.id, r.article_id, json.loads(r.record), r.outlet, r.published)
            DECODED.keep(key, report)
        out.append(report)
    return out


def member_reports(conn: Connection, incident_ids) -> dict[int, list[Report]]:
    """The reports linked to each incident, rebuilt from the stored (and corrected) records."""
    if not incident_ids:
        return {}
    rows = _linked_rows(conn, REPORT_COLUMNS, incident_ids)
    out: dict[int, list[Report]] = {}
    for row, report in zip(rows, reports_of(conn, rows)):
        out.setdefault(row.incident_id, []).append(report)
    return out


def _linked_rows(conn: Connection, columns: tuple, incident_ids) -> list:
    """``columns`` of the reports linked to the incidents ``incident_ids``, each row with its
    incident's id first and the columns' names, in the order the reports were stored."""
    ids = list(incident_ids)
    size = 1 << (len(ids) - 1).bit_length()  # a few shapes of statement, each compiled once
    return _linked(columns, size).rows(conn, {f"i{k}": ids[k] if k < len(ids) else -1 for k in range(size)})


@cache
def _linked(columns: tuple, size: int) -> DriverStatement:
    """The reports of at most ``size`` incidents (their ids bound as i0, i1, ...; -1 for none),
    on the driver's cursor (ingest asks it for every report)."""
    return DriverStatement(linked_to(columns, [bindparam(f"i{k}") for k in range(size)]), named=True)


# what the one-source rule reads of a report: no record
_SOURCE_COLUMNS = (events.c.id, events.c.article_id, articles.c.outlet, articles.c.published)


def entries_apart(conn: Connection, report: Report, incident_ids: list[int]) -> dict[int, tuple[int, str]]:
    """The incidents of ``incident_ids`` that hold a report the one-source rule keeps apart from
    ``report`` (consolidate/incidents.py ``source_apart``: two entries of a dataset, each its own
    event), found without reading their reports' records; incident -> the id of its first report
    and the veto as a miss tells it (naming the first report the rule keeps apart, where reading
    each report whole would name the first with any veto).
    A store of coded notes holds many such incidents near each report, and each would otherwise
    be read whole only to be vetoed."""
    if not incident_ids:
        return {}
    first: dict[int, int] = {}
    out: dict[int, tuple[int, str]] = {}
    for row in _linked_rows(conn, _SOURCE_COLUMNS, incident_ids):
        first.setdefault(row.incident_id, row.id)
        if row.incident_id not in out:
            apart = source_apart(report.article_id, report.outlet, report.published,
                                 row.article_id, row.outlet, row.published)
            if apart is not None:
                out[row.incident_id] = (first[row.incident_id], f"source: {apart} (event {row.id})")
    return out


PLENTY = 10_000  # rows one candidate query may return before the latest are kept

_CANDIDATE_COLUMNS = (incidents.c.id, incidents.c.event_date)


@cache
def _candidate_query(cells: int, coarser: int, province_level: bool, province: bool, types: int, country: bool,
                     entry: bool = False):
    """The candidate query for a report near ``cells`` map cells (with ``coarser`` time
    precisions besides the day), with the province-level incidents of its province when
    ``province_level``, or for a report placed only to its province when ``province``; with
    ``entry``, for an entry of a dataset, without the incidents that hold entries of another
    article (schema.py ``entry_article``: the one-source rule keeps it apart from them): one
    compound statement whose parts each read one index range, built once for each shape and run
    with plain parameters (an expanding IN list costs more to bind than the query costs to run).
    Each part keeps only incidents of one of ``types`` event types (or, with none, of the
    report's PLOVER type) and, with ``country``, of the report's country: conditions on
    expressions of those columns, which no index serves, so that the planner keeps to the
    index ranges above (a plain condition tempts it to the (country, date) index, which reads
    every incident of the country in the window) and the rows that cannot fit are not sent back."""
    c = incidents.c
    window = c.event_date.between(bindparam("d0"), bindparam("d1"))
    wide = c.event_date.between(bindparam("w0"), bindparam("w1"))
    near = c.cell.in_([bindparam(f"c{i}") for i in range(cells)])
    kept = [func.coalesce(c.event_type, "").in_([bindparam(f"t{i}") for i in range(types)]) if types
            else func.coalesce(c.plover_type, "") == bindparam("plover")]
    if country:
        kept.append(func.coalesce(c.country, "") == bindparam("country"))
    if entry:
        kept.append(func.coalesce(c.entry_article, bindparam("article")) == bindparam("article"))
    parts = []
    if cells:
        parts.append(select(*_CANDIDATE_COLUMNS).where(near, c.time_precision == 1, window, *kept))
        parts.append(select(*_CANDIDATE_COLUMNS).where(
            near, c.time_precision.in_([bindparam(f"p{i}") for i in range(coarser)]), wide, *kept))
    if province_level:
        parts.append(select(*_CANDIDATE_COLUMNS).where(c.admin1 == bindparam("admin1"), c.geo_precision == 3, wide,
                                                       *kept))
    if province:
        parts.append(select(*_CANDIDATE_COLUMNS).where(c.admin1 == bindparam("admin1"), wide, *kept))
    return (parts[0] if len(parts) == 1 else union_all(*parts)).limit(PLENTY)


@dataclass(frozen=True)
class _Search:
    """Where the incidents that could hold a report lie: the candidate query's values and shape,
    which ``_candidates`` runs on the store and ``_Search.holds`` applies to an incident's row
    not written yet (the same conditions, NULLs failing them as SQL's do)."""

    values: dict
    cells: frozenset[int]
    coarser: frozenset[int]
    types: frozenset[str]
    province_level: bool  # with cells: the province-level incidents of the report's province
    province: bool  # without cells: every incident of the report's province
    country: bool
    entry: int | None = None  # an entry of a dataset: its article (no incident of another's entries)

    def holds(self, row: dict) -> bool:
        """Whether the candidate query would return the incident whose row is ``row``."""
        v = self.values
        if self.types:
            if (row.get("event_type") or "") not in self.types:
                return False
        elif (row.get("plover_type") or "") != v["plover"]:
            return False
        if self.country and (row.get("country") or "") != v["country"]:
            return False
        if self.entry is not None and row.get("entry_article") not in (None, self.entry):
            return False
        day = row.get("event_date")
        if day is None:
            return False
        wide = v["w0"] <= day <= v["w1"]
        if self.cells and row.get("cell") in self.cells:
            if row.get("time_precision") == 1 and v["d0"] <= day <= v["d1"]:
                return True
            if row.get("time_precision") in self.coarser and wide:
                return True
        if (self.province_level or self.province) and wide and row.get("admin1") is not None \
                and row.get("admin1") == v["admin1"]:
            return self.province or row.get("geo_precision") == 3
        return False


def _search(report: Report) -> _Search | None:
    """Where ``report``'s candidates lie: those of its neighbouring map cells (consolidate/cells.py)
    within its date window (wider for dates known to the week or month), and the province-level
    incidents of its province; of a compatible type and its country. None: a report without a
    date or a place finer than its country joins nothing (the rules veto it)."""
    rules = load_incident_rules()
    precision = report.geo_precision or 5
    if report.date is None or precision >= rules.finest_unknown_place:
        return None
    near = timedelta(days=rules.days.get(report.time_precision or 1, max(rules.days.values())))
    widest = timedelta(days=max(rules.days.values()))
    types = sorted(_compatible_types(rules.compatible, report.event_type)) if report.event_type is not None else []
    # each part of the query reads index ranges only: (cell, time precision, date) or (admin1, geo
    # precision, date); day-precise incidents within the report's own window, coarser ones within
    # the widest
    values: dict = {"d0": report.date - near, "d1": report.date + near,
                    "w0": report.date - widest, "w1": report.date + widest, "admin1": report.admin1,
                    "plover": report.plover_type or "", "country": report.country}
    values.update({f"t{i}": kind for i, kind in enumerate(types)})
    cells: list[int] = []
    coarser: list[int] = []
    if precision <= 2 and report.lat is not None and report.lon is not None:
        cells = cells_near(report.lat, report.lon, max(rules.distance_km.values()))
        coarser = sorted(k for k in rules.days if k > 1)
        values.update({f"c{i}": cell for i, cell in enumerate(cells)})
        values.update({f"p{i}": kind for i, kind in enumerate(coarser)})
    elif not report.admin1:
        return None
    entry = report.article_id if _search_entry(report) else None
    if entry is not None:
        values["article"] = entry
    return _Search(values, frozenset(cells), frozenset(coarser), frozenset(types), bool(cells and report.admin1),
                   bool(not cells and report.admin1), bool(report.country), entry)


def _candidates(conn: Connection, report: Report, unwritten: dict[int, dict] | None = None) -> list[int]:
    """Incidents that could hold ``report`` (see ``_search``), read from the indexes rather than by
    a scan, with those of ``unwritten`` (incident -> its row, not written yet) that the query
    would return; at most ``most_candidates``, the latest first."""
    search = _search(report)
    if search is None:
        return []
    statement = _candidate_query(len(search.cells), len(search.coarser), search.province_level, search.province,
                                 len(search.types), search.country, search.entry is not None)
    found: dict[int, date] = dict(driven(statement).rows(conn, search.values))
    for incident_id, row in (unwritten or {}).items():
        if search.holds(row):
            found[incident_id] = row["event_date"]
    latest = sorted(found, key=lambda i: (found[i], i), reverse=True)
    return latest[:load_incident_rules().most_candidates]


@cache
def _compatible_types(compatible: frozenset[frozenset[str]], event_type: str) -> frozenset[str]:
    """``event_type`` and the types that ``compatible`` (incidents.yaml) pairs with it."""
    return frozenset({event_type} | {t for pair in compatible if event_type in pair for t in pair})


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
        "cell": cell_of(rep.lat, rep.lon), "entry_article": entry_article(members),
    })


_ADDING_INCIDENTS = driven(insert(incidents))


def _opened_row(conn: Connection, members: list[Report]) -> dict:
    """The row of a new incident told by ``members``, its id taken from the store (rows.new_ids:
    every incident is added with one), not written here."""
    values = _incident_values(members)
    return {"id": new_ids(conn, incidents, 1)[0], "created_at": values["updated_at"], **values}


def open_incident(conn: Connection, members: list[Report]) -> int:
    """A new incident told by ``members`` (not linked here); its id."""
    row = _opened_row(conn, members)
    _ADDING_INCIDENTS.run(conn, row)
    return row["id"]


def resummarise(conn: Connection, incident_ids) -> None:
    """Summarise the incidents ``incident_ids`` again from the reports they hold now; one left
    without reports is removed."""
    left = member_reports(conn, sorted(incident_ids))
    for incident_id in sorted(incident_ids):
        members = left.get(incident_id)
        if members:
            _REVISE.run(conn, {"incident": incident_id, **_incident_values(members)})
        else:
            conn.execute(delete(incidents).where(incidents.c.id == incident_id))


_LINKING = driven(insert(incident_links))


# why an entry of a dataset that opened an incident was compared with no other article's entries
ENTRIES_APART = ("incidents that hold only another article's entries of a dataset were left out unread "
                 "(source: two entries of a dataset, each its own event)")


def _search_entry(report: Report) -> bool:
    """Whether ``report``'s candidates left out the incidents of other articles' entries."""
    return load_incident_rules().one_source_apart and is_dataset_entry(report.outlet, report.published)


MOST_UNWRITTEN = 64  # incidents a linker opens before it writes them (each report checks those it holds)


class IncidentLinker:
    """Links reports to incidents, writing the links of many reports, and the incidents they open,
    in one statement each at ``flush``: a later report that meets an incident an earlier one
    joined or opened sees it whole, its unwritten links and row included, so the incidents are
    those of linking each report alone."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self._links: list[dict] = []
        self._unwritten: dict[int, list[Report]] = {}  # incident -> its reports whose links wait
        self._opened: dict[int, dict] = {}  # incident -> its row, opened since the last flush

    def link(self, report: Report) -> bool:
        """Link ``report`` to its incident (opening one if none fits); True when it joined one."""
        conn = self.conn
        found = _candidates(conn, report, self._opened)
        entry = _search_entry(report)
        stored = [incident_id for incident_id in found if incident_id not in self._opened]
        vetoed: dict[int, tuple[int, str]] = {}
        if stored and entry:
            vetoed = entries_apart(conn, report, stored)
            stored = [incident_id for incident_id in stored if incident_id not in vetoed]
        candidates = member_reports(conn, stored)
        # the waiting reports are the latest of their incidents: an incident only they hold comes
        # after those of stored reports, as it would if their links were written
        waiting = [incident_id for incident_id in found if incident_id in self._unwritten and incident_id not in vetoed]
        for incident_id in waiting:
            candidates.setdefault(incident_id, []).extend(self._unwritten[incident_id])
        if waiting:  # in the order of each incident's first report, as member_reports gives them
            candidates = dict(sorted(candidates.items(), key=lambda item: item[1][0].id))
        match = best_incident(report, candidates, vetoed=vetoed)
        if match.incident_id is None:
            if entry:
                match.reasons["entries_apart"] = ENTRIES_APART
            row = _opened_row(conn, [report])
            incident_id = row["id"]
            self._opened[incident_id] = row
        else:
            incident_id = match.incident_id
            values = _incident_values([*candidates[incident_id], report])
            if incident_id in self._opened:
                self._opened[incident_id].update(values)
            else:
                _REVISE.run(conn, {"incident": incident_id, **values})
        self._links.append({"event_id": report.id, "incident_id": incident_id, "score": match.score,
                            "reason": json.dumps(match.reasons)})
        self._unwritten.setdefault(incident_id, []).append(report)
        if len(self._opened) >= MOST_UNWRITTEN:
            self.flush()
        return match.incident_id is not None

    def flush(self) -> None:
        """Write the incidents opened and the links made since the last flush."""
        _ADDING_INCIDENTS.many(self.conn, list(self._opened.values()))
        _LINKING.many(self.conn, self._links)
        self._links, self._unwritten, self._opened = [], {}, {}


def link_incident(conn: Connection, report: Report) -> bool:
    """Link ``report`` to its incident (opening one if none fits), written at once; True when it
    joined one."""
    linker = IncidentLinker(conn)
    joined = linker.link(report)
    linker.flush()
    return joined


def rebuild_incidents(conn: Connection, progress=None) -> dict:
    """Every incident made again from the stored events, in the order they were stored, with
    today's rules (after ``incidents.yaml`` changed), in the current transaction: the old
    incidents and links are removed first, so a rebuild of a rebuilt store gives the same
    incidents. ``progress(done, total)`` is called every 1,000 events."""
    lock_for_writing(conn)
    conn.execute(delete(incident_links))
    conn.execute(delete(incidents))
    forget_ids(conn, incidents)  # so that a rebuild of a rebuilt store numbers its incidents alike
    # a rejected event (store/overlay.py) is in no incident
    rows = conn.execute(select(*REPORT_COLUMNS).join(articles, articles.c.id == events.c.article_id)
                        .where(or_(events.c.review.is_(None), events.c.review != "rejected"))
                        .order_by(events.c.id)).all()
    joined = 0
    linker = IncidentLinker(conn)
    for start in range(0, len(rows), 1000):
        part = rows[start:start + 1000]
        for done, report in enumerate(reports_of(conn, part), start + 1):
            joined += linker.link(report)
            if progress is not None and (done % 1000 == 0 or done == len(rows)):
                progress(done, len(rows))
        linker.flush()
    return {"events": len(rows), "incidents": len(rows) - joined, "joined": joined}
