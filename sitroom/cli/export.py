"""``sitroom export``: the store as ACLED CSV, PLOVER JSONL, GeoJSON or Parquet."""

from __future__ import annotations

import typer
from rich.console import Console

from ..atomic_file import NotRegularFile, check_output
from ..exports import FORMATS
from .filters import READ_DB, UNIT, check_unit, open_or_exit, with_filters


@with_filters
def export_command(
    db: str = READ_DB,
    format: str = typer.Option(..., "--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
    output: str = typer.Option(
        ..., "--output", "-o",
        help="The file to write (- for stdout, except Parquet); a link is written through, a FIFO, device or "
             "directory refused."),
    unit: str = UNIT,
    filters=None,
) -> None:
    """Export events or incidents, filtered like the queries; the file appears only when complete."""
    if format not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    if format == "parquet" and output == "-":
        raise typer.BadParameter("Parquet is a binary file; give a file name", param_hint="--output")
    check_unit(unit)
    if output != "-":
        _check_output(output)
    with open_or_exit(db, read_only=True) as store:
        try:
            written = store.export(output, format, unit, **vars(filters))
        except NotRegularFile as exc:
            _refuse(exc)
        except OSError as exc:
            typer.echo(f"error: cannot write {output}: {exc.strerror or exc}; choose another --output", err=True)
            raise typer.Exit(2) from None
    Console(stderr=True).print(f"{written} {unit} written to {output if output != '-' else 'stdout'} ({format})")


def _check_output(output: str) -> None:
    try:
        check_output(output)
    except NotRegularFile as exc:
        _refuse(exc)
    except OSError:
        pass  # reported, with the reason, when the file is written


def _refuse(exc: NotRegularFile) -> None:
    typer.echo(f"error: --output {exc.path} is {exc.kind}, not a regular file, and the export would replace it; "
               "give the name of a regular file to write (a new one, or one to overwrite), "
               "or -o - for standard output", err=True)
    raise typer.Exit(2) from None
