"""``sitroom extract``: events from news, as JSONL (the event schema) or ACLED CSV."""

from __future__ import annotations

from typing import List, Optional

import typer
from rich.console import Console

from ..api import expand_inputs, pipe
from ..exports.acled_csv import AcledCsvWriter
from ..model import MODALITY_CHOICES, modality_allows
from ..pipeline import EVENT_STAGES
from .articles import EXIT_HELP
from .common import (
    ANY_LANGUAGE, FOLLOW_LINKS, INPUTS, LANGUAGE, MAX_SIZE, PROGRESS, PUBLISHED, RECURSIVE, SKIPPED, STRICT, finish,
    make_settings,
)
from .output import open_output, write_jsonl
from .progress import ProgressReport


def extract_command(
    inputs: List[str] = INPUTS,
    output: str = typer.Option(
        "-", "--output", "-o",
        help="Where to write the events: a .csv name writes ACLED's columns, anything else JSONL (- for stdout).",
    ),
    csv_format: bool = typer.Option(False, "--csv", help="Write ACLED CSV whatever the output's name."),
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
) -> None:
    """Code news into events: who did what to whom, where, when, how many, with the evidence."""
    if modality is not None and modality not in MODALITY_CHOICES:
        raise typer.BadParameter(f"choose one of {', '.join(MODALITY_CHOICES)}", param_hint="--modality")
    settings = make_settings(published, language, any_language, max_size, recursive, geocode=geocode,
                             follow_links=follow_links)
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
            shown = [e for e in doc.events if modality_allows(modality, e.attribution.modality)]
            if writer is not None:
                writer.write(shown, doc.article.outlet)
                continue
            for event in shown:
                write_jsonl(out, event.to_dict())
            events += len(shown)
        if writer is not None:
            events = writer.written
    if as_csv:
        console.print("ACLED CSV holds the events with an ACLED type; verbal events are in the JSONL output.")
    finish(report, console, output, skipped, strict, "extract", events)


extract_command.__doc__ = f"{extract_command.__doc__}\n\n{EXIT_HELP}"
