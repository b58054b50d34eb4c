"""``sitroom ingest``: read, code and store articles; a rerun adds nothing."""

from __future__ import annotations

from typing import List, Optional

import typer
from rich.console import Console

from ..api import expand_inputs
from .articles import EXIT_HELP
from .common import (
    ANY_LANGUAGE, FOLLOW_LINKS, INPUTS, LANGUAGE, MAX_SIZE, PROGRESS, PUBLISHED, RECURSIVE, SKIPPED, STRICT, finish,
    make_settings,
)
from .filters import DB, open_or_exit
from .progress import ProgressReport


def stored_rows(result) -> list[tuple[str, str]]:
    """What the store took in, for the run's summary."""
    return [
        ("articles added", str(result.articles_added)),
        ("articles already stored", str(result.articles_known)),
        ("events added", str(result.events_added)),
        ("incidents opened", str(result.incidents_opened)),
        ("incidents joined", f"{result.incidents_joined} (events that joined an earlier incident)"),
    ]


def ingest_command(
    inputs: List[str] = INPUTS,
    db: str = DB,
    published: Optional[str] = PUBLISHED,
    language: List[str] = LANGUAGE,
    any_language: bool = ANY_LANGUAGE,
    max_size: float = MAX_SIZE,
    skipped: Optional[str] = SKIPPED,
    recursive: bool = RECURSIVE,
    follow_links: bool = FOLLOW_LINKS,
    geocode: bool = typer.Option(True, "--geocode/--no-geocode", help="Resolve places with the gazetteer."),
    progress: bool = PROGRESS,
    strict: bool = STRICT,
) -> None:
    """Read, code and store news: each article in one transaction, each article once.

    Ingesting the same inputs again adds nothing; a run that was killed can simply be run
    again.  Reports of one incident from several articles are linked to one incident.
    """
    settings = make_settings(published, language, any_language, max_size, recursive, geocode=geocode,
                             follow_links=follow_links)
    console = Console(stderr=True)
    store = open_or_exit(db)
    sources = list(expand_inputs(inputs, settings))
    report = ProgressReport(len(sources), progress, console)
    from sqlalchemy.exc import DBAPIError

    with store, report:
        try:
            result = store.ingest(sources, settings=settings, report=report)
        except DBAPIError as exc:
            report.progress.stop()
            first = str(exc.orig or exc).strip().splitlines()[0]
            typer.echo(f"error: the store failed while writing: {first}\nEvery article stored before this point is "
                       f"kept whole; fix the store (space, server, permissions) and run the same command again.",
                       err=True)
            raise typer.Exit(1) from None
    finish(report, console, db, skipped, strict, "ingest", stored=stored_rows(result))


ingest_command.__doc__ = f"{ingest_command.__doc__}\n\n{EXIT_HELP}"
