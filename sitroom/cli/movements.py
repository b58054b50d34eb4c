"""``sitroom movements``: who moved where across borders, how many, by whose account; or flows."""

from __future__ import annotations

import json
from typing import Optional

import typer

from .filters import READ_DB, as_usage_error, open_or_exit, with_filters
from .listing import WIDE, show, write_json
from .tables import Column

MOVEMENT_FORMATS = ("table", "json", "csv", "geojson")
_MOVEMENT_COLUMNS = (
    Column("event_date", 0, core=True), Column("kind", 2, core=True), Column("actor", 1, least=14, most=36, core=True),
    Column("count", 3, numeric=True, core=True), Column("from", 4, least=10, most=28, core=True),
    Column("to", 5, least=10, most=28, core=True), Column("source", 6, least=10, most=30), Column("event", 7, numeric=True),
)
_FLOW_COLUMNS = (
    Column("period", 0, core=True), Column("from", 1, core=True), Column("to", 2, core=True), Column("kind", 3, core=True),
    Column("movements", 4, numeric=True, core=True), Column("people", 5, numeric=True, core=True),
    Column("uncounted", 7, numeric=True), Column("actors", 6, least=14, most=40), Column("sources", 8, least=12, most=40),
)


def _end(end: dict) -> str:
    name, country = end.get("name"), end.get("country")
    return f"{name} ({country})" if name and country and name != country else name or country or "?"


@with_filters
def movements_command(
    db: Optional[str] = READ_DB,
    origin: Optional[str] = typer.Option(None, "--from", metavar="COUNTRY", help="Only movements from this country."),
    destination: Optional[str] = typer.Option(None, "--to", metavar="COUNTRY", help="Only movements to this country."),
    by: Optional[str] = typer.Option(None, "--by", metavar="PERIOD",
                                     help="Sum them into flows by day, week or month (by the countries left and "
                                          "reached, and the kind of movement)."),
    format: str = typer.Option("table", "--format", "-f", metavar="FORMAT",
                               help="table, json (one a line), csv, or geojson (a line from origin to destination "
                                    "for each movement whose ends are placed)."),
    wide: bool = WIDE,
    filters=None,
) -> None:
    """Movements across borders from the stored events (fled, crossed, returned, handed back): who,
    how many, from where to where, when and by whose account; --by sums them into flows."""
    from ..filter_values import FilterError, country_code
    from ..movements import PERIODS, flows, lines, movements_between

    if format not in MOVEMENT_FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(MOVEMENT_FORMATS)}", param_hint="--format")
    if by is not None and by not in PERIODS:
        raise typer.BadParameter(f"choose one of {', '.join(PERIODS)}", param_hint="--by")
    if by is not None and format == "geojson":
        raise typer.BadParameter("flows have no single line; leave out --by for -f geojson", param_hint="--by")
    try:
        leaving = country_code(origin, "--from") if origin else None
        reaching = country_code(destination, "--to") if destination else None
    except FilterError as exc:
        raise as_usage_error(exc) from None
    with open_or_exit(db, read_only=True) as store:
        found = movements_between(store, filters, leaving, reaching)
    found.sort(key=lambda m: (m["event_date"] or "", m["event"] or 0))
    if not found and format == "table":
        typer.echo("no movement across a border in the stored reports that match (try --modality all for "
                   "announced ones)", err=True)
    if format == "geojson":
        typer.echo(json.dumps(lines(found), ensure_ascii=False, default=str))
        return
    if by is not None:
        rows = flows(found, by)
        if format == "json":
            write_json(rows)
            return
        show(format, f"flows by {by}", _FLOW_COLUMNS,
             [{**r, "actors": "; ".join(r["actors"]), "sources": "; ".join(r["sources"])} for r in rows], wide)
        return
    if format == "json":
        write_json(found)
        return
    show(format, f"movements: {len(found)}", _MOVEMENT_COLUMNS,
         [{**m, "from": _end(m["origin"]), "to": _end(m["destination"])} for m in found], wide)
