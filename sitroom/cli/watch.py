"""``sitroom watch``: ingest new files or feed entries as they arrive, until stopped."""

from __future__ import annotations

import signal
from typing import List, Optional

import typer
from rich.console import Console

from .common import ANY_LANGUAGE, LANGUAGE, MAX_SIZE, PUBLISHED, RECURSIVE, make_settings
from .filters import DB, open_or_exit


def watch_command(
    target: str = typer.Argument(..., metavar="DIR-or-FEED", help="A folder to watch, or a feed URL or file."),
    db: Optional[str] = DB,
    interval: float = typer.Option(30.0, "--interval", help="Seconds between polls."),
    settle: float = typer.Option(2.0, "--settle", help="Read a file only after it has not changed for this long."),
    rounds: Optional[int] = typer.Option(None, "--rounds", help="Stop after this many polls (default: run until stopped)."),
    published: Optional[str] = PUBLISHED,
    language: List[str] = LANGUAGE,
    any_language: bool = ANY_LANGUAGE,
    max_size: float = MAX_SIZE,
    recursive: bool = RECURSIVE,
    geocode: bool = typer.Option(True, "--geocode/--no-geocode", help="Resolve places with the gazetteer."),
) -> None:
    """Poll a folder or feed and store what is new; stop with Ctrl-C, restart any time.

    What was read is recorded in the store, so a restarted watch reads only what is new.
    """
    if interval <= 0 or settle < 0 or (rounds is not None and rounds < 1):
        raise typer.BadParameter("--interval must be more than 0, --settle 0 or more, --rounds 1 or more")
    settings = make_settings(published, language, any_language, max_size, recursive, geocode=geocode)
    console = Console(stderr=True)
    stop = []
    previous = {signum: signal.signal(signum, lambda *_: stop.append(True)) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        _watch(target, db, interval, settle, rounds, settings, console, stop)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    console.print("stopped; run the same command again to go on")


def _watch(target, db, interval, settle, rounds, settings, console, stop) -> None:
    from ..store.watch import Watcher

    with open_or_exit(db) as store:
        try:
            watcher = Watcher(store.engine, target, settings, settle)
        except FileNotFoundError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        console.print(f"watching {target} every {interval:g} s; storing in {db}; Ctrl-C stops")

        def show(found) -> None:
            r = found.result
            skips = len(found.report.skips)
            replaced = f", {found.replaced} earlier versions replaced" if found.replaced else ""
            console.print(f"round {found.number}: {found.inputs} new inputs, {r.articles_added} articles added, "
                          f"{r.articles_known} already stored, {r.events_added} events, {skips} skipped{replaced}")
            for name in found.waiting[:5]:
                console.print(f"  waiting for {name}", soft_wrap=True)
            for skip in found.report.skips[:5]:
                console.print(f"  skipped {skip.source_path}: {skip.reason}", soft_wrap=True)

        watcher.run(interval, rounds, show, should_stop=lambda: bool(stop))
