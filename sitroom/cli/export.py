"""``sitroom export``: the store as ACLED CSV, PLOVER JSONL, GeoJSON or Parquet."""

from __future__ import annotations

from typing import Optional

import typer
from rich.console import Console

from ..atomic_file import NotRegularFile, check_output
from ..exports import FORMATS, SUFFIXES, format_from_name
from .filters import READ_DB, UNIT, check_unit, open_or_exit, with_filters


@with_filters
def export_command(
    db: str = READ_DB,
    format: Optional[str] = typer.Option(
        None, "--format", "-f",
        help=f"One of: {', '.join(FORMATS)}; without it, the output's name says which "
             f"({', '.join(f'{k}: {v}' for k, v in SUFFIXES.items())})."),
    output: str = typer.Option(
        ..., "--output", "-o",
        help="The file to write (- for stdout, except Parquet); a link is written through, a FIFO, device or "
             "directory refused."),
    unit: str = UNIT,
    include_incomplete: bool = typer.Option(
        False, "--include-incomplete",
        help="ACLED CSV: also write rows ACLED's users would reject (no date, no actor1, no place below the "
             "country); by default they are left out and counted."),
    filters=None,
) -> None:
    """Export events or incidents, filtered like the queries; the file appears only when complete."""
    format = format or format_from_name(output)
    if format is None:
        raise typer.BadParameter(f"give -f, one of {', '.join(FORMATS)}, or an output name ending in "
                                 f"{', '.join(SUFFIXES)}", param_hint="--format")
    if format not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    if format == "parquet" and output == "-":
        raise typer.BadParameter("Parquet is a binary file; give a file name", param_hint="--output")
    check_unit(unit)
    if output != "-":
        _check_output(output)
    with open_or_exit(db, read_only=True) as store:
        try:
            written = store.export(output, format, unit, include_incomplete, **vars(filters))
        except NotRegularFile as exc:
            _refuse(exc)
        except OSError as exc:
            typer.echo(f"error: cannot write {output}: {exc.strerror or exc}; choose another --output", err=True)
            raise typer.Exit(2) from None
    where = output if output != "-" else "stdout"
    said = f"{int(written)} {unit} written to {where} ({format})"
    if written.left_out:
        said += f"; {written.summary(format)}"
    Console(stderr=True).print(said, soft_wrap=True, highlight=False)


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
