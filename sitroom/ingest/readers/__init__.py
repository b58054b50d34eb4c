"""Readers: one per input format, each turning a Source into Documents.

``read_source`` opens a source, sniffs its format and hands the stream to the
reader for it.  Every failure becomes a skipped Document with a reason: the run
goes on with the next source.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import BinaryIO

from ...document import Document
from ...settings import Settings
from ..sniff import UnknownFormat, sniff
from ..sources import Source
from ..stream import HEAD_BYTES, peek
from .feed import read_feed
from .records import read_json, read_jsonl
from .single import single_reader
from .warc import read_warc

Reader = Callable[[Source, BinaryIO, Settings], Iterator[Document]]

READERS: dict[str, Reader] = {
    "text": single_reader("text"),
    "html": single_reader("html"),
    "jsonl": read_jsonl,
    "json": read_json,
    "warc": read_warc,
    "feed": read_feed,
}


def read_source(source: Source, settings: Settings) -> Iterator[Document]:
    try:
        stream = source.open()
    except OSError as exc:
        yield Document.skipped(source.name, "unreadable", f"cannot read: {exc}")
        return
    try:
        yield from _read_stream(source, stream, settings, source.inner_name)
    finally:
        try:
            stream.close()
        except OSError:
            pass


def _read_stream(source: Source, stream: BinaryIO, settings: Settings, name: str) -> Iterator[Document]:
    try:
        head, stream = peek(stream, HEAD_BYTES)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Document.skipped(source.name, "unreadable", f"cannot read: {exc}")
        return
    if not head.strip():
        yield Document.skipped(source.name, "empty", "empty file: nothing to read")
        return
    try:
        fmt = sniff(name, head)
    except UnknownFormat as exc:
        yield Document.skipped(source.name, "unknown-format", str(exc))
        return
    if fmt == "gzip":
        inner = name[:-3] if name.lower().endswith(".gz") else ""
        unpacked = replace(source, compressed=True)  # sizes on disk say nothing of what it unpacks to
        yield from _read_stream(unpacked, gzip.GzipFile(fileobj=stream), settings, inner)
        return
    try:
        yield from READERS[fmt](source, stream, settings)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Document.skipped(source.name, "unreadable", f"reading stopped: {exc}; the file may be truncated")
    except Exception as exc:  # a damaged file must not end the run
        yield Document.skipped(
            source.name,
            "damaged",
            f"the {fmt} reader stopped: {type(exc).__name__}: {exc}; the file may be damaged or not really {fmt}",
        )
