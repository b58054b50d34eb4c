"""``sitroom articles``: clean articles with metadata from any news input, as JSONL."""

from __future__ import annotations

from typing import List, Optional

import typer
from rich.console import Console

from ..api import expand_inputs, pipe
from .common import finish, make_settings
from .output import open_output, write_jsonl
from .progress import ProgressReport

EXIT_HELP = (
    "Exit status: 0 when the run completed (skipped inputs are listed in the summary); "
    "1 when no article came out of inputs that were read, or with --strict when any input was skipped; "
    "2 for a usage error or an output that cannot be written."
)


def articles_command(
    inputs: List[str] = typer.Argument(
        ..., metavar="INPUT...", help="Files, directories, URLs of feeds, or - for standard input."
    ),
    output: str = typer.Option("-", "--output", "-o", help="Where to write the JSONL articles (- for stdout)."),
    published: Optional[str] = typer.Option(
        None, help="Publication date (YYYY-MM-DD) for articles whose input gives none."
    ),
    language: List[str] = typer.Option(["en"], "--language", "-l", help="Language codes to keep (repeatable)."),
    any_language: bool = typer.Option(False, "--any-language", help="Keep articles in every language."),
    max_size: float = typer.Option(20.0, "--max-size", help="Largest single document, in MB."),
    skipped: Optional[str] = typer.Option(None, "--skipped", help="Also write every skip as JSONL to this file."),
    sentences: bool = typer.Option(False, "--sentences", help="Include each article's sentences with offsets."),
    show_removed: bool = typer.Option(False, "--show-removed", help="Include the boilerplate lines removed."),
    fetch_links: bool = typer.Option(False, "--fetch-links", help="Fetch the page of feed entries with short content."),
    recursive: bool = typer.Option(True, "--recursive/--no-recursive", help="Read directories recursively."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on stderr."),
    strict: bool = typer.Option(False, "--strict", help="Exit with status 1 if any input was skipped."),
) -> None:
    """Read news (text, HTML, JSONL, WARC, RSS/Atom, directories, stdin) and write clean articles."""
    settings = make_settings(published, language, any_language, max_size, recursive, fetch_links=fetch_links)
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
