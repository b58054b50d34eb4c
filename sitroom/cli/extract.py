"""``sitroom extract``: events from news, in any export format (JSONL of the event schema by default)."""

from __future__ import annotations

from typing import List, Optional

import typer
from rich.console import Console

from ..api import expand_inputs, pipe, warm_up
from ..atomic_file import NotRegularFile, atomic_path, check_output
from ..exports import FORMATS, SUFFIXES, add_coded, format_from_name, open_writer
from ..exports.base import Exported
from ..model import MODALITY_CHOICES
from ..pipeline import EVENT_STAGES
from .articles import EXIT_HELP
from .common import (
    ANY_LANGUAGE, FOLLOW_LINKS, INPUTS, LANGUAGE, MAX_SIZE, PROGRESS, PUBLISHED, RECURSIVE, SKIPPED, STRICT, WORKERS, DASK, finish,
    make_settings,
)
from .output import open_output
from .progress import ProgressReport


def extract_command(
    inputs: List[str] = INPUTS,
    output: str = typer.Option("-", "--output", "-o", help="Where to write the events (- for stdout)."),
    format: Optional[str] = typer.Option(
        None, "--format", "-f",
        help=f"One of: {', '.join(FORMATS)}; without it, the output's name says which "
             f"({', '.join(f'{k}: {v}' for k, v in SUFFIXES.items())}), and jsonl otherwise."),
    include_incomplete: bool = typer.Option(
        False, "--include-incomplete",
        help="ACLED CSV: also write rows ACLED's users would reject (no date, no actor1, no place below the "
             "country); by default they are left out and counted."),
    csv_format: bool = typer.Option(False, "--csv", hidden=True, help="The same as -f acled-csv."),
    published: Optional[str] = PUBLISHED,
    language: List[str] = LANGUAGE,
    any_language: bool = ANY_LANGUAGE,
    max_size: float = MAX_SIZE,
    skipped: Optional[str] = SKIPPED,
    recursive: bool = RECURSIVE,
    follow_links: bool = FOLLOW_LINKS,
    geocode: bool = typer.Option(
        True, "--geocode/--no-geocode",
        help="Resolve places with the embedded gazetteer (built on first use, a few seconds).",
    ),
    modality: Optional[str] = typer.Option(
        None, "--modality",
        help="Which events to write: reported (the default: asserted, claimed and denied), all, or one of "
             "asserted, claimed, denied, future, hypothetical, negated."),
    progress: bool = PROGRESS,
    strict: bool = STRICT,
    workers: int = WORKERS,
    dask: Optional[str] = DASK,
) -> None:
    """Code news into events: who did what to whom, where, when, how many, with the evidence."""
    if modality is not None and modality not in MODALITY_CHOICES:
        raise typer.BadParameter(f"choose one of {', '.join(MODALITY_CHOICES)}", param_hint="--modality")
    settings = make_settings(published, language, any_language, max_size, recursive, workers=workers, dask=dask, geocode=geocode,
                             follow_links=follow_links)
    format = _format(format, csv_format, output)
    console = Console(stderr=True)
    sources = list(expand_inputs(inputs, settings))
    report = ProgressReport(len(sources), progress, console)

    def code_into(writer) -> None:
        add_coded(writer, pipe(sources, stages=EVENT_STAGES, settings=settings, report=report, keep_sentences=False),
                  modality)
        writer.close()

    with report:
        warm_up(settings)  # the coder's one-off loads, timed as loads and left out of the rate
        writer = _write(format, output, include_incomplete, code_into)
    left_out = Exported(writer.written, writer.left_out).summary(format)
    if left_out:
        console.print(f"{format}: {left_out}", soft_wrap=True, highlight=False)
    finish(report, console, output, skipped, strict, "extract", writer.written)


def _format(format: str | None, csv_format: bool, output: str) -> str:
    chosen = format or ("acled-csv" if csv_format else None) or format_from_name(output) or "jsonl"
    if chosen not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    if chosen == "parquet" and output == "-":
        raise typer.BadParameter("Parquet is a binary file; give a file name", param_hint="--output")
    return chosen


def _write(format: str, output: str, include_incomplete: bool, code_into):
    """Code everything into a writer of ``format``; a Parquet file appears only when complete."""
    if format != "parquet":
        with open_output(output) as out:
            writer = open_writer(format, stream=out, include_incomplete=include_incomplete)
            code_into(writer)
            return writer
    try:
        check_output(output)
        with atomic_path(output) as temp:
            writer = open_writer(format, path=str(temp))
            code_into(writer)
            return writer
    except (NotRegularFile, OSError) as exc:
        typer.echo(f"error: cannot write {output}: {getattr(exc, 'strerror', None) or exc}; choose another --output",
                   err=True)
        raise typer.Exit(2) from None


extract_command.__doc__ = f"{extract_command.__doc__}\n\n{EXIT_HELP}"
