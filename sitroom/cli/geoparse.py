"""``sitroom geoparse``: every place mention in news, resolved, one a line."""

from __future__ import annotations

from typing import List, Optional

import typer
from rich.console import Console

from ..api import expand_inputs, pipe
from .common import finish, make_settings
from .output import open_output, write_jsonl
from .progress import ProgressReport


def geoparse_command(
    inputs: List[str] = typer.Argument(..., metavar="INPUT...", help="Files, directories, feed URLs, or - for stdin."),
    output: str = typer.Option("-", "--output", "-o", help="Where to write the places as JSONL (- for stdout)."),
    published: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD) for articles that have none."),
    language: List[str] = typer.Option(["en"], "--language", "-l", help="Language codes to keep (repeatable)."),
    any_language: bool = typer.Option(False, "--any-language", help="Keep articles in every language."),
    max_size: float = typer.Option(20.0, "--max-size", help="Largest single document, in MB."),
    skipped: Optional[str] = typer.Option(None, "--skipped", help="Also write every skip as JSONL to this file."),
    recursive: bool = typer.Option(True, "--recursive/--no-recursive", help="Read directories recursively."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on stderr."),
    strict: bool = typer.Option(False, "--strict", help="Exit with status 1 if any input was skipped."),
) -> None:
    """Find and resolve every place mention: doc_id, start, end (offsets into the article's text),
    name, lat, lon, geonameid, country, admin1, feature_code, geo_precision."""
    from ..geo.geoparse import geoparse
    from ..geo.resolve import default_resolver

    settings = make_settings(published, language, any_language, max_size, recursive)
    console = Console(stderr=True)
    sources = list(expand_inputs(inputs, settings))
    report = ProgressReport(len(sources), progress, console)
    resolver = default_resolver()
    places = 0
    with open_output(output) as out, report:
        for doc in pipe(sources, settings=settings, report=report):
            if not doc.ok or doc.article is None:
                continue
            for place in geoparse(doc.article.text, doc.article.doc_id, resolver):
                write_jsonl(out, place)
                places += 1
    console.print(f"{places} place mention{'s' if places != 1 else ''} written")
    finish(report, console, output, skipped, strict, "geoparse")
