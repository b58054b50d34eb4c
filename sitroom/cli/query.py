"""``sitroom events``, ``sitroom incidents`` and ``sitroom stats``: reading the store."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Optional

import typer

from ..store import GROUPINGS
from .filters import READ_DB, UNIT, check_incident_id, check_unit, open_or_exit, with_filters
from .listing import FORMAT, WIDE, check_format, show, write_json
from .tables import Column

TABLE_LIMIT = 50  # rows a table shows when --limit is not given; json and csv write every match
LIMIT = typer.Option(None, "--limit", "-n", metavar="N",
                     help=f"At most this many, newest first (default: {TABLE_LIMIT} in a table, every match with "
                          "-f json or csv).")

# Shown in this order; at a narrow terminal the highest ranks are left out first.
_SHARED = {
    "id": Column("id", 0, core=True),
    "event_date": Column("event_date", 1, core=True),
    "sub_event_type": Column("sub_event_type", 2, least=14, most=24, core=True),
    "plover": Column("plover", 9, least=7),
    "actor1": Column("actor1", 3, least=16, most=32, core=True),
    "actor2": Column("actor2", 8, least=12, most=32),
    "location": Column("location", 4, least=10, most=22, core=True),
    "country": Column("country", 6),
    "fatalities": Column("fatalities", 5, numeric=True, core=True),
}
EVENT_COLUMNS = (*_SHARED.values(), Column("modality", 10), Column("incident", 7, numeric=True))
INCIDENT_COLUMNS = (*_SHARED.values(), Column("reports", 7, numeric=True), Column("sources", 10, least=12, most=40))


def _limited(filters, format: str):
    """The filters with the table's default limit when none was given and a table is shown."""
    return replace(filters, limit=TABLE_LIMIT) if filters.limit is None and format == "table" else filters


def _total(store, unit: str, filters, shown: list) -> int:
    """How many match: counted only when the listing stopped at its limit."""
    if filters.limit is None or len(shown) < filters.limit:
        return len(shown)
    return store.count(unit, **vars(replace(filters, limit=None)))


def _write_listing(format: str, unit: str, columns, records: list[dict], total: int, row, wide: bool) -> None:
    """The records as json (whole), or as a table or csv of ``columns`` (``row`` makes each);
    json and csv go to a file or a pipe, so stderr says when --limit cut them."""
    if format != "table" and len(records) < total:
        typer.echo(f"{len(records)} of {total} written (--limit); leave -n out to write every match", err=True)
    if format == "json":
        write_json(records)
        return
    show(format, f"{unit}: {len(records)} of {total}, newest first", columns, [row(r) for r in records], wide)


def _event_row(record: dict) -> dict:
    loc = record.get("location") or {}
    store = record["store"]
    return {
        "id": store["id"], "event_date": record["event_date"], "sub_event_type": record["sub_event_type"],
        "plover": (record.get("plover") or {}).get("type"), "actor1": (record.get("actor1") or {}).get("name"),
        "actor2": (record.get("actor2") or {}).get("name"), "location": loc.get("name"),
        "country": loc.get("country"), "fatalities": record["fatalities"],
        "modality": record["attribution"]["modality"], "incident": store["incident_id"],
    }


def _incident_row(record: dict) -> dict:
    sources = dict.fromkeys(s["outlet"] or s["doc_id"] for s in record["sources"])
    return {**record, "plover": record["plover_type"], "sources": "; ".join(sources)}


@with_filters
def events_command(db: Optional[str] = READ_DB, format: str = FORMAT, limit: Optional[int] = LIMIT,
                   wide: bool = WIDE, filters=None) -> None:
    """List stored events (one per report), filtered: a table fitted to the terminal, json (whole
    records with evidence) or csv (the table's columns)."""
    check_format(format)
    filters = _limited(filters, format)
    with open_or_exit(db, read_only=True) as store:
        records = store.events(**vars(filters))
        total = _total(store, "events", filters, records)
    _write_listing(format, "events", EVENT_COLUMNS, records, total, _event_row, wide)


@with_filters
def incidents_command(
    db: Optional[str] = READ_DB,
    format: str = FORMAT,
    limit: Optional[int] = LIMIT,
    wide: bool = WIDE,
    explain: Optional[int] = typer.Option(None, "--explain", metavar="ID",
                                          help="Show why each report joined incident ID (as JSON)."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Make every incident again from the stored events with "
                                 "today's rules (after incidents.yaml changed), in one transaction."),
    filters=None,
) -> None:
    """List incidents (reports of one happening merged), filtered; --explain ID shows the reasoning;
    --rebuild makes them again with today's rules."""
    check_format(format)
    if rebuild:
        if explain is not None:
            raise typer.BadParameter("--rebuild lists nothing: give it alone, then list or --explain", param_hint="--rebuild")
        _rebuild(db)
        return
    if explain is not None:
        check_incident_id(explain)
    with open_or_exit(db, read_only=True) as store:
        if explain is not None:
            found = store.explain(explain)
            if found is None:
                typer.echo(f"error: no incident {explain} in {db}; list them with `sitroom incidents --db {db}`", err=True)
                raise typer.Exit(1)
            typer.echo(json.dumps(found, ensure_ascii=False, indent=None if format == "json" else 2, default=str))
            return
        filters = _limited(filters, format)
        records = store.incidents(**vars(filters))
        total = _total(store, "incidents", filters, records)
    _write_listing(format, "incidents", INCIDENT_COLUMNS, records, total, _incident_row, wide)


def _rebuild(db: str) -> None:
    import sys
    import time

    start = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            typer.echo(f"\r  {done:,} of {total:,} events matched", err=True, nl=False)

    with open_or_exit(db, read_only=True) as probe:
        probe.count("events")  # the store must exist: --rebuild never creates one
    with open_or_exit(db) as store:
        done = store.rebuild_incidents(progress)
    if sys.stderr.isatty():
        typer.echo("", err=True)
    typer.echo(f"rebuilt {done['incidents']:,} incidents from {done['events']:,} events "
               f"({done['joined']:,} joined an earlier one) in {time.perf_counter() - start:.1f} s")


@with_filters
def stats_command(
    db: Optional[str] = READ_DB,
    by: str = typer.Option("week", "--by", metavar="GROUPING", help=f"Group by: {', '.join(GROUPINGS)}."),
    unit: str = UNIT,
    format: str = FORMAT,
    wide: bool = WIDE,
    filters=None,
) -> None:
    """Counts and fatalities by week, month, admin1, country, actor or type (incidents by default):
    a table with a total, json or csv."""
    check_format(format)
    if by not in GROUPINGS:
        raise typer.BadParameter(f"choose one of {', '.join(GROUPINGS)}", param_hint="--by")
    with open_or_exit(db, read_only=True) as store:
        rows = store.statistics(by, check_unit(unit), **vars(filters))
    if format == "json":
        write_json(rows)
        return
    columns = (Column(by, 0, least=12, core=True), Column(unit, 1, numeric=True, core=True),
               Column("fatalities", 2, numeric=True, core=True))
    total = {by: "total", unit: sum(r[unit] for r in rows), "fatalities": sum(r["fatalities"] for r in rows)}
    show(format, f"{unit} by {by}", columns, rows, wide, footer=total)
