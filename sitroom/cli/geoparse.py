"""``sitroom geoparse``: every place mention in news, resolved, one a line."""

from __future__ import annotations

from typing import List, Optional

import typer
from rich.console import Console

from ..api import expand_inputs, pipe
from .common import (
    ANY_LANGUAGE, FOLLOW_LINKS, INPUTS, LANGUAGE, MAX_SIZE, PROGRESS, PUBLISHED, RECURSIVE, SKIPPED, STRICT, finish,
    make_settings,
)
from .output import open_output, write_jsonl
from .progress import ProgressReport


def geoparse_command(
    inputs: List[str] = INPUTS,
    output: str = typer.Option("-", "--output", "-o", help="Where to write the places as JSONL (- for stdout)."),
    published: Optional[str] = PUBLISHED,
    language: List[str] = LANGUAGE,
    any_language: bool = ANY_LANGUAGE,
    max_size: float = MAX_SIZE,
    skipped: Optional[str] = SKIPPED,
    recursive: bool = RECURSIVE,
    follow_links: bool = FOLLOW_LINKS,
    progress: bool = PROGRESS,
    strict: bool = STRICT,
) -> None:
    """Find and resolve every place mention: doc_id, start, end (offsets into the article's text),
    name, lat, lon, geonameid, country, admin1, feature_code, geo_precision."""
    from ..geoparse import geoparse
    from ..geo.resolve import default_resolver

    settings = make_settings(published, language, any_language, max_size, recursive, follow_links=follow_links)
    console = Console(stderr=True)
    sources = list(expand_inputs(inputs, settings))
    report = ProgressReport(len(sources), progress, console)
    resolver = default_resolver()
    places = 0
    with open_output(output) as out, report:
        for doc in pipe(sources, settings=settings, report=report):
            if not doc.ok or doc.article is None:
                continue
            offsets = doc.notes.get("offsets")  # a text or JSONL article: index the text as given
            for place in geoparse(doc.article.text, doc.article.doc_id, resolver):
                if offsets is not None:
                    place["start"], place["end"] = offsets.span(place["start"], place["end"])
                write_jsonl(out, place)
                places += 1
    console.print(f"{places} place mention{'s' if places != 1 else ''} written")
    finish(report, console, output, skipped, strict, "geoparse")
