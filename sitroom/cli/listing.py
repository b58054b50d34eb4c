"""How the reading commands write what they read: a table, JSON lines or CSV, to stdout."""

from __future__ import annotations

import csv
import json
import sys

import typer

from .tables import Column, cell, print_table

FORMATS = ("table", "json", "csv")
FORMAT = typer.Option("table", "--format", "-f", metavar="FORMAT",
                      help="table (fitted to the terminal), json (whole records, one a line) or csv (every column "
                           "of the table, with a header).")
WIDE = typer.Option(False, "--wide", help="Show every column of the table in full, however wide.")


def check_format(format: str) -> str:
    if format not in FORMATS:
        raise typer.BadParameter(f"{format!r} is not a format; choose one of {', '.join(FORMATS)}",
                                 param_hint="--format")
    return format


def write_json(records: list[dict]) -> None:
    for record in records:
        typer.echo(json.dumps(record, ensure_ascii=False, default=str))


def write_csv(columns: tuple[Column, ...], rows: list[dict]) -> None:
    """A header and one line a row, every column; the csv module quotes what needs it."""
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow([c.name for c in columns])
    for row in rows:
        out.writerow([cell(row.get(c.name)) for c in columns])
    sys.stdout.flush()


def show(format: str, title: str, columns: tuple[Column, ...], rows: list[dict], wide: bool = False,
         footer: dict | None = None) -> None:
    """``rows`` as a table or CSV (``footer``, a total, only in the table)."""
    if format == "csv":
        write_csv(columns, rows)
    else:
        print_table(title, columns, rows, wide, footer)
