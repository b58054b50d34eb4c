"""Options for a run, as one object (the CLI fills it from its flags)."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass
class Settings:
    # Largest single document (a text or HTML file, one JSONL record, one WARC record).
    # Larger ones are skipped with a reason; container files (JSONL, WARC) stream and
    # may be any size.
    max_document_bytes: int = 20 * MB
    # Articles in other languages are skipped; the reason names the language found.
    languages: tuple[str, ...] = ("en",)
    # Publication date to use where the input gives none (ISO date, from --published).
    published: str | None = None
    # An article needs at least this many characters of body text after cleaning.
    min_text_chars: int = 40
    # Recurse into directories.
    recursive: bool = True
    # Walk into links to folders too (a folder reached twice, as by a link loop, is read once).
    follow_links: bool = False
    # trafilatura: favour precision (fewer boilerplate lines) over recall.
    favor_precision: bool = True
    # Feed items whose content is shorter than this are fetched from their link
    # when fetch_links is on (off by default: no network unless asked).
    fetch_links: bool = False
    feed_summary_min_chars: int = 600
    # Links in feeds reach only public hosts unless this is on (private, loopback and
    # link-local addresses are refused; a feed URL the user named is always fetched).
    allow_private_hosts: bool = False
    # Seconds one fetch may take in all (look-up, connection, redirects and the whole body).
    fetch_timeout: float = 30.0
    # Resolve event places with the gazetteer (off: places stay as written, without coordinates).
    geocode: bool = True
    # Outlet for articles whose input names none (ingest --outlet).
    outlet: str | None = None
    # Ingest: an article already stored whose date or outlet as read now (from the input,
    # --published or --outlet) it lacks or holds otherwise is corrected and its events coded again.
    update_metadata: bool = False
    # Processes that run the stages (extract, articles, ingest); 1 runs them in this process.
    workers: int = 1
    # A Dask cluster that runs them instead: a scheduler's address (tcp://host:8786) or, from
    # Python, a dask.distributed Client (sitroom.scale.dask_cluster).
    dask: object | None = None
