"""``sitroom articles``: clean articles with metadata from any news input, as JSONL."""

from __future__ import annotations

from typing import List, Optional

import typer
from rich.console import Console

from ..api import expand_inputs, pipe
from .common import (
    ANY_LANGUAGE, FOLLOW_LINKS, INPUTS, LANGUAGE, MAX_SIZE, PROGRESS, PUBLISHED, RECURSIVE, SKIPPED, STRICT, WORKERS, DASK, finish,
    make_settings,
)
from .output import open_output, write_jsonl
from .progress import ProgressReport

EXIT_HELP = (
    "Exit status: 0 when the run completed (skipped inputs are listed in the summary); "
    "1 when no article came out of inputs that were read, or with --strict when any input was skipped; "
    "2 for a usage error or an output that cannot be written."
)


def articles_command(
    inputs: List[str] = INPUTS,
    output: str = typer.Option("-", "--output", "-o", help="Where to write the JSONL articles (- for stdout)."),
    published: Optional[str] = PUBLISHED,
    language: List[str] = LANGUAGE,
    any_language: bool = ANY_LANGUAGE,
    max_size: float = MAX_SIZE,
    skipped: Optional[str] = SKIPPED,
    sentences: bool = typer.Option(False, "--sentences", help="Include each article's sentences with offsets."),
    show_removed: bool = typer.Option(False, "--show-removed", help="Include the boilerplate lines removed."),
    fetch_links: bool = typer.Option(False, "--fetch-links", help="Fetch the page of feed entries with short content."),
    allow_private_hosts: bool = typer.Option(
        False, "--allow-private-hosts",
        help="With --fetch-links, also fetch links to private, loopback and link-local addresses (refused by default).",
    ),
    recursive: bool = RECURSIVE,
    follow_links: bool = FOLLOW_LINKS,
    progress: bool = PROGRESS,
    strict: bool = STRICT,
    workers: int = WORKERS,
    dask: Optional[str] = DASK,
) -> None:
    """Read news (text, HTML, JSONL, WARC, RSS/Atom, directories, stdin) and write clean articles."""
    settings = make_settings(published, language, any_language, max_size, recursive, workers=workers, dask=dask, fetch_links=fetch_links,
                             allow_private_hosts=allow_private_hosts, follow_links=follow_links)
    console = Console(stderr=True)
    sources = list(expand_inputs(inputs, settings))  # directories walked once, nothing read yet
    report = ProgressReport(len(sources), progress, console)
    with open_output(output) as out, report:
        for doc in pipe(sources, settings=settings, report=report):
            if not doc.ok or doc.article is None:
                continue
            record = doc.article.to_dict()
            if sentences:
                record["sentences"] = [s.to_dict() for s in doc.sentences]
            if show_removed:
                record["removed"] = doc.removed
            write_jsonl(out, record)
    finish(report, console, output, skipped, strict)


articles_command.__doc__ = f"{articles_command.__doc__}\n\n{EXIT_HELP}"
