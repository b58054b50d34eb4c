"""WARC crawls (plain or gzipped): each HTML response or resource record is an article."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ...document import Document, Raw
from ...settings import Settings
from ..decoding import DecodeError, decode, declared_charset
from ..sources import Source
from ..stream import TooLarge, read_limited

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _content_type(record) -> str:
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type") or ""
    else:
        value = record.rec_headers.get_header("Content-Type") or ""
    return value.split(";", 1)[0].strip().lower()


def _header_charset(record) -> str | None:
    headers = record.http_headers
    value = (headers.get_header("Content-Type") if headers is not None else None) or ""
    for part in value.split(";")[1:]:
        key, _, val = part.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            return val.strip().strip("\"'")
    return None


def read_warc(source: Source, stream: BinaryIO, settings: Settings) -> Iterator[Document]:
    number = 0
    try:
        for record in ArchiveIterator(stream):
            number += 1
            if record.rec_type not in ("response", "resource"):
                continue  # requests, warcinfo, metadata: not documents
            uri = record.rec_headers.get_header("WARC-Target-URI")
            locator = f"record {number}" + (f" ({uri})" if uri else "")
            if record.http_headers is not None and not record.http_headers.get_statuscode().startswith("2"):
                yield Document.skipped(
                    source.name, "not-article", f"HTTP status {record.http_headers.get_statuscode()}", locator
                )
                continue
            ctype = _content_type(record)
            if ctype not in _HTML_TYPES:
                yield Document.skipped(source.name, "not-article", f"{ctype or 'untyped'} content, not HTML", locator)
                continue
            try:
                data = read_limited(record.content_stream(), settings.max_document_bytes)
            except TooLarge as exc:
                yield Document.skipped(source.name, "too-large", str(exc), locator)
                continue
            try:
                html, _ = decode(data, _header_charset(record) or declared_charset(data))
            except DecodeError as exc:
                yield Document.skipped(source.name, "encoding", str(exc), locator)
                continue
            yield Document(Raw(source.name, "warc", "html", html, locator=locator, meta={"url": uri}))
    except ArchiveLoadFailed as exc:
        yield Document.skipped(source.name, "invalid-warc", f"not a readable WARC after record {number}: {exc}")
