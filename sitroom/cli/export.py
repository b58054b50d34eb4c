"""``sitroom export``: the store as ACLED CSV, PLOVER JSONL, GeoJSON or Parquet."""

from __future__ import annotations

import typer
from rich.console import Console

from ..exports import FORMATS
from .filters import DB, UNIT, check_unit, open_or_exit, with_filters


@with_filters
def export_command(
    db: str = DB,
    format: str = typer.Option(..., "--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
    output: str = typer.Option(..., "--output", "-o", help="The file to write (- for stdout, except Parquet)."),
    unit: str = UNIT,
    filters=None,
) -> None:
    """Export events or incidents, filtered like the queries; the file appears only when complete."""
    if format not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    if format == "parquet" and output == "-":
        raise typer.BadParameter("Parquet is a binary file; give a file name", param_hint="--output")
    check_unit(unit)
    with open_or_exit(db) as store:
        try:
            written = store.export(output, format, unit, **vars(filters))
        except OSError as exc:
            typer.echo(f"error: cannot write {output}: {exc.strerror or exc}; choose another --output", err=True)
            raise typer.Exit(2) from None
    Console(stderr=True).print(f"{written} {unit} written to {output if output != '-' else 'stdout'} ({format})")
