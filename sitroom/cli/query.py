"""``sitroom events``, ``sitroom incidents`` and ``sitroom stats``: reading the store."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from ..store import GROUPINGS
from .filters import READ_DB, UNIT, check_incident_id, check_unit, open_or_exit, with_filters

FORMAT = typer.Option("table", "--format", "-f", help="table (for reading) or json (one record a line).")
LIMIT = typer.Option(50, "--limit", "-n", help="Show at most this many, newest first.")

EVENT_COLUMNS = ("id", "event_date", "sub_event_type", "actor1", "actor2", "location", "country", "fatalities",
                 "modality", "incident")
INCIDENT_COLUMNS = ("id", "event_date", "sub_event_type", "actor1", "actor2", "location", "country", "fatalities",
                    "reports", "sources")


def _check_format(format: str) -> None:
    if format not in ("table", "json"):
        raise typer.BadParameter("choose table or json", param_hint="--format")


def _print(records: list[dict], columns: tuple[str, ...], format: str, title: str, total: int) -> None:
    if format == "json":
        for record in records:
            typer.echo(json.dumps(record, ensure_ascii=False, default=str))
        return
    table = Table(title=f"{title}: {len(records)} of {total}, newest first", title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for record in records:
        table.add_row(*("" if record.get(c) is None else str(record.get(c)) for c in columns))
    Console().print(table)


def _total(store, unit: str, filters, shown: list) -> int:
    """How many match: counted only when the listing stopped at its limit."""
    if len(shown) < filters.limit:
        return len(shown)
    return store.count(unit, **vars(replace(filters, limit=None)))


def _event_row(record: dict) -> dict:
    loc = record.get("location") or {}
    store = record["store"]
    return {
        "id": store["id"], "event_date": record["event_date"], "sub_event_type": record["sub_event_type"]
        or record["plover"]["type"], "actor1": (record.get("actor1") or {}).get("name"),
        "actor2": (record.get("actor2") or {}).get("name"), "location": loc.get("name"),
        "country": loc.get("country"), "fatalities": record["fatalities"],
        "modality": record["attribution"]["modality"], "incident": store["incident_id"],
    }


@with_filters
def events_command(db: str = READ_DB, format: str = FORMAT, limit: int = LIMIT, filters=None) -> None:
    """List stored events (one per report), filtered; json gives whole records with evidence."""
    _check_format(format)
    with open_or_exit(db, read_only=True) as store:
        records = store.events(**vars(filters))
        total = _total(store, "events", filters, records)
    _print(records if format == "json" else [_event_row(r) for r in records], EVENT_COLUMNS, format, "events", total)


@with_filters
def incidents_command(
    db: str = READ_DB,
    format: str = FORMAT,
    limit: int = LIMIT,
    explain: Optional[int] = typer.Option(None, "--explain", help="Show why each report joined incident ID."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Make every incident again from the stored events with "
                                 "today's rules (after incidents.yaml changed), in one transaction."),
    filters=None,
) -> None:
    """List incidents (reports of one happening merged), filtered; --explain ID shows the reasoning;
    --rebuild makes them again with today's rules."""
    _check_format(format)
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
        records = store.incidents(**vars(filters))
        total = _total(store, "incidents", filters, records)
    rows = records if format == "json" else [
        {**r, "sub_event_type": r["sub_event_type"] or r["plover_type"],
         "sources": "; ".join(dict.fromkeys(s["outlet"] or s["doc_id"] for s in r["sources"]))}
        for r in records
    ]
    _print(rows, INCIDENT_COLUMNS, format, "incidents", total)


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
    db: str = READ_DB,
    by: str = typer.Option("week", "--by", help=f"Group by: {', '.join(GROUPINGS)}."),
    unit: str = UNIT,
    format: str = FORMAT,
    filters=None,
) -> None:
    """Counts and fatalities by week, month, admin1, country, actor or type (incidents by default)."""
    _check_format(format)
    if by not in GROUPINGS:
        raise typer.BadParameter(f"choose one of {', '.join(GROUPINGS)}", param_hint="--by")
    with open_or_exit(db, read_only=True) as store:
        rows = store.statistics(by, check_unit(unit), **vars(filters))
    if format == "json":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table(title=f"{unit} by {by}", title_justify="left")
    for column in (by, unit, "fatalities"):
        table.add_column(column, justify="left" if column == by else "right")
    for row in rows:
        table.add_row(str(row[by]), str(row[unit]), str(row["fatalities"]))
    table.add_row("total", str(sum(r[unit] for r in rows)), str(sum(r["fatalities"] for r in rows)), style="bold")
    Console().print(table)
