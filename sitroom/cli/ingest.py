"""``sitroom ingest``: read, code and store articles; a rerun adds nothing."""

from __future__ import annotations

from typing import List, Optional

import typer
from rich.console import Console

from ..api import expand_inputs
from .articles import EXIT_HELP
from .common import (
    ANY_LANGUAGE, FOLLOW_LINKS, INPUTS, LANGUAGE, MAX_SIZE, PROGRESS, PUBLISHED, RECURSIVE, SKIPPED, STRICT, WORKERS, DASK, finish,
    make_settings,
)
from .filters import DB, open_or_exit
from .progress import ProgressReport


def stored_rows(result, update_metadata: bool) -> list[tuple[str, str]]:
    """What the store took in, for the run's summary."""
    rows = [("articles added", str(result.articles_added)),
            ("articles already stored", str(result.articles_known))]
    if update_metadata:
        rows.append(("articles corrected", f"{result.articles_corrected} (date or outlet; events coded again)"))
    rows.append(("events added", str(result.events_added)))
    if update_metadata:
        rows.append(("events removed", f"{result.events_removed} (the corrected articles' earlier events)"))
    rows += [("incidents opened", str(result.incidents_opened)),
             ("incidents joined", f"{result.incidents_joined} (events that joined an earlier incident)")]
    return rows


def stored_notes(result, update_metadata: bool) -> list[str]:
    """What to do about the articles that were already stored."""
    if update_metadata or not result.articles_known:
        return []
    note = (f"{result.articles_known} article{'s were' if result.articles_known != 1 else ' was'} already stored "
            "and left as stored; --update-metadata corrects their publication date and outlet (from the input, "
            "--published or --outlet) and codes their events again")
    if result.articles_differing:
        n = result.articles_differing
        note += f"; {n} of them {'was' if n == 1 else 'were'} read now with a date or outlet other than the stored one"
    return [note + "."]


def ingest_command(
    inputs: List[str] = INPUTS,
    db: Optional[str] = DB,
    published: Optional[str] = PUBLISHED,
    language: List[str] = LANGUAGE,
    any_language: bool = ANY_LANGUAGE,
    max_size: float = MAX_SIZE,
    skipped: Optional[str] = SKIPPED,
    recursive: bool = RECURSIVE,
    follow_links: bool = FOLLOW_LINKS,
    geocode: bool = typer.Option(True, "--geocode/--no-geocode", help="Resolve places with the gazetteer."),
    outlet: Optional[str] = typer.Option(None, "--outlet", metavar="NAME",
                                         help="Outlet for articles whose input names none."),
    update_metadata: bool = typer.Option(
        False, "--update-metadata",
        help="For articles already stored: take the publication date and outlet this reading gives (from the "
             "input, --published or --outlet) where the store lacks them or holds others, code the events again "
             "and replace the old ones, relinking incidents (one transaction an article)."),
    progress: bool = PROGRESS,
    strict: bool = STRICT,
    workers: int = WORKERS,
    dask: Optional[str] = DASK,
) -> None:
    """Read, code and store news: each article in one transaction, each article once.

    Ingesting the same inputs again adds nothing; a run that was killed can simply be run
    again.  Reports of one incident from several articles are linked to one incident.  An
    article already stored is left as stored; --update-metadata corrects its date and outlet.
    """
    if outlet is not None and not outlet.strip():
        raise typer.BadParameter("it is empty; give the outlet's name, or leave --outlet out", param_hint="--outlet")
    settings = make_settings(published, language, any_language, max_size, recursive, workers=workers, dask=dask, geocode=geocode,
                             follow_links=follow_links, outlet=outlet and outlet.strip(),
                             update_metadata=update_metadata)
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
    finish(report, console, db, skipped, strict, "ingest", stored=stored_rows(result, update_metadata),
           notes=stored_notes(result, update_metadata))


ingest_command.__doc__ = f"{ingest_command.__doc__}\n\n{EXIT_HELP}"
