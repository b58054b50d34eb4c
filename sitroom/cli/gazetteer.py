"""``sitroom gazetteer``: what the gazetteer holds, and importing GeoNames dumps into it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .help import Command, Group

app = typer.Typer(help="The gazetteer that places events: info, and import of GeoNames dumps.",
                  no_args_is_help=True, cls=Group)


@app.command("info", cls=Command)
def info(as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON.")) -> None:
    """Where the gazetteer is, what it holds and where it came from (built now if missing)."""
    from ..geo.gazetteer import cache_path, load_gazetteer

    stats = load_gazetteer().stats() | {"path": str(cache_path())}
    if as_json:
        typer.echo(json.dumps(stats))
        return
    console = Console()
    for key in ("path", "source", "built", "places", "names"):
        console.print(f"{key:8s} {stats[key]}")
    console.print(f"others   {stats['other_names']} (other names of towns, read when no place bears a name)")
    console.print("kinds    " + ", ".join(f"{k} {v:,}" for k, v in sorted(stats["by_kind"].items())))


@app.command("import", cls=Command)
def import_command(
    dump: Path = typer.Argument(..., help="A GeoNames dump: allCountries.zip, a country's zip (PK.zip), cities500.zip, or its .txt."),
    alternate_names: Optional[Path] = typer.Option(None, "--alternate-names", help="alternateNamesV2.zip (or .txt) for more names."),
) -> None:
    """Add the places of a GeoNames dump to the gazetteer (kept for every later run)."""
    from ..geo.gazetteer import cache_path, load_base, load_gazetteer, save
    from ..geo.geonames import ImportError_, import_dump

    console = Console(stderr=True)
    base = load_base()
    before = len(base)

    def progress(done: int, total: int) -> None:
        console.print(f"  {done:,} of {total:,} rows")

    try:
        gaz, stats = import_dump(base, dump, alternate_names, progress)
    except ImportError_ as exc:
        console.print(f"error: {exc}")
        raise typer.Exit(2) from None
    path = save(gaz, cache_path())
    load_gazetteer.cache_clear()
    console.print(f"imported {dump}: {stats['rows']:,} places read, {stats['added']:,} new, "
                  f"{stats['already_known']:,} already known (their names added), "
                  f"{stats['alternate_names']:,} alternate names; gazetteer {before:,} -> {len(gaz):,} places, saved to {path}")
