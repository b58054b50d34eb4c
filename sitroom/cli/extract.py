"""``sitroom extract``: events from news, as JSONL (the event schema) or ACLED CSV."""

from __future__ import annotations

from typing import List, Optional

import typer
from rich.console import Console

from ..api import expand_inputs, pipe
from ..exports.acled_csv import AcledCsvWriter
from ..pipeline import EVENT_STAGES
from .articles import EXIT_HELP
from .common import finish, make_settings
from .output import open_output, write_jsonl
from .progress import ProgressReport


def extract_command(
    inputs: List[str] = typer.Argument(
        ..., metavar="INPUT...", help="Files, directories, URLs of feeds, or - for standard input."
    ),
    output: str = typer.Option(
        "-", "--output", "-o",
        help="Where to write the events: a .csv name writes ACLED's columns, anything else JSONL (- for stdout).",
    ),
    csv_format: bool = typer.Option(False, "--csv", help="Write ACLED CSV whatever the output's name."),
    published: Optional[str] = typer.Option(
        None, help="Publication date (YYYY-MM-DD) for articles whose input gives none; relative dates need one."
    ),
    language: List[str] = typer.Option(["en"], "--language", "-l", help="Language codes to keep (repeatable)."),
    any_language: bool = typer.Option(False, "--any-language", help="Keep articles in every language."),
    max_size: float = typer.Option(20.0, "--max-size", help="Largest single document, in MB."),
    skipped: Optional[str] = typer.Option(None, "--skipped", help="Also write every skip as JSONL to this file."),
    recursive: bool = typer.Option(True, "--recursive/--no-recursive", help="Read directories recursively."),
    geocode: bool = typer.Option(
        True, "--geocode/--no-geocode",
        help="Resolve places with the embedded gazetteer (built on first use, a few seconds).",
    ),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on stderr."),
    strict: bool = typer.Option(False, "--strict", help="Exit with status 1 if any input was skipped."),
) -> None:
    """Code news into events: who did what to whom, where, when, how many, with the evidence."""
    settings = make_settings(published, language, any_language, max_size, recursive, geocode=geocode)
    as_csv = csv_format or output.lower().endswith(".csv")
    console = Console(stderr=True)
    sources = list(expand_inputs(inputs, settings))
    report = ProgressReport(len(sources), progress, console)
    events = 0
    with open_output(output) as out, report:
        writer = AcledCsvWriter(out) if as_csv else None
        for doc in pipe(sources, stages=EVENT_STAGES, settings=settings, report=report):
            if not doc.ok or doc.article is None:
                continue
            if writer is not None:
                writer.write(doc.events, doc.article.outlet)
                continue
            for event in doc.events:
                write_jsonl(out, event.to_dict())
            events += len(doc.events)
        if writer is not None:
            events = writer.written
    if as_csv:
        console.print("ACLED CSV holds the events with an ACLED type; verbal events are in the JSONL output.")
    finish(report, console, output, skipped, strict, "extract", events)


extract_command.__doc__ = f"{extract_command.__doc__}\n\n{EXIT_HELP}"
