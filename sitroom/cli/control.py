"""``sitroom control``: who held each place on a date, or a place's history, by whose account."""

from __future__ import annotations

import json
from datetime import date
from typing import Optional

import typer

from ..coder.when import parse_iso
from ..control.views import LEVELS, as_geojson, control_states
from .filters import READ_DB, open_or_exit, with_filters
from .listing import WIDE, show, write_json
from .tables import Column

CONTROL_FORMATS = ("table", "json", "csv", "geojson")

_PLACE_COLUMNS = (
    Column("place", 0, least=10, most=28, core=True), Column("country", 5), Column("admin1", 4, least=10, most=24),
    Column("holder", 1, least=14, most=36, core=True), Column("status", 2, core=True), Column("from", 3, core=True),
    Column("until", 6), Column("sources", 7, least=12, most=40),
)
_AREA_COLUMNS = (
    Column("area", 0, least=10, most=30, core=True), Column("country", 3),
    Column("holders", 1, least=20, most=60, core=True), Column("contested", 2, least=10, most=40),
)


def _sources(interval: dict) -> str:
    told = dict.fromkeys(f"{a['source'] or 'unnamed'} ({a['modality']})" for a in interval["accounts"])
    return "; ".join(told)


def _row(state: dict) -> dict:
    holder = " / ".join(state["claimants"]) if state["status"] == "contested" else state["holder"]
    return {**state, "holder": holder, "sources": _sources(state)}


@with_filters
def control_command(
    db: Optional[str] = READ_DB,
    on_date: Optional[str] = typer.Option(None, "--on", metavar="DATE",
                                          help="Who held each place on this day (YYYY-MM-DD; default: today)."),
    place: Optional[str] = typer.Option(None, "--place", metavar="NAME", help="Only this place: 'Spin Boldak'."),
    history: bool = typer.Option(False, "--history", help="Every interval of each place (up to --on when given), "
                                 "not only the one holding on a day."),
    by: str = typer.Option("place", "--by", metavar="LEVEL",
                           help="place, or admin2 / admin1: each area's places counted by holder."),
    format: str = typer.Option("table", "--format", "-f", metavar="FORMAT",
                               help="table, json (one a line), csv or geojson (points, one a place)."),
    wide: bool = WIDE,
    filters=None,
) -> None:
    """Territorial control from the store's takeovers, recaptures and transfers: who held each
    place on a day (or its whole history), held or contested, with every account and its source."""
    if format not in CONTROL_FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(CONTROL_FORMATS)}", param_hint="--format")
    if by not in LEVELS:
        raise typer.BadParameter(f"choose one of {', '.join(LEVELS)}", param_hint="--by")
    if by != "place" and (history or format == "geojson"):
        raise typer.BadParameter("areas are counted on one day: leave out --history and -f geojson", param_hint="--by")
    when = parse_iso(on_date) if on_date else None
    if on_date and when is None:
        raise typer.BadParameter(f"{on_date!r} is not a date; write it as YYYY-MM-DD", param_hint="--on")
    with open_or_exit(db, read_only=True) as store:
        states = control_states(store, filters, when, place, history, by)
    if not states and format == "table":
        typer.echo("no place changed hands in the stored reports that match (takeovers, recaptures and "
                   "transfers are read; see `sitroom events --db DB --type Battles`)", err=True)
    if format == "json":
        write_json(states)
    elif format == "geojson":
        typer.echo(json.dumps(as_geojson(states), ensure_ascii=False, default=str))
    elif by != "place":
        rows = [{"area": s.get("admin2") or s.get("admin1") or "unknown", "country": s["country"],
                 "holders": "; ".join(f"{h}: {len(p)}" for h, p in s["holders"].items()),
                 "contested": ", ".join(s["contested"])} for s in states]
        show(format, f"control by {by} on {(when or date.today()).isoformat()}", _AREA_COLUMNS, rows, wide)
    else:
        title = "control history" if history else f"control on {(when or date.today()).isoformat()}"
        show(format, f"{title}: {len(states)} places" if not history else title, _PLACE_COLUMNS,
             [_row(s) for s in states], wide)
