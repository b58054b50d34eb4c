"""Formats that hold one article per file: plain text and HTML pages.

The file is read whole (up to the size limit) and decoded; extraction and cleaning
happen in the later stages."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

from ...document import Document, Raw
from ...settings import Settings
from ..decoding import DecodeError, decode, declared_charset
from ..sources import Source
from ..stream import TooLarge, read_limited


def read_single(source: Source, stream: BinaryIO, settings: Settings, fmt: str) -> Document:
    known = None if source.compressed else source.size
    try:
        data = read_limited(stream, settings.max_document_bytes, known, compressed=source.compressed)
    except TooLarge as exc:
        return Document.skipped(source.name, "too-large", str(exc))
    try:
        text, _encoding = decode(data, declared_charset(data) if fmt == "html" else None)
    except DecodeError as exc:
        return Document.skipped(source.name, "encoding", f"{exc}; convert it to UTF-8 and retry")
    if not text.strip():
        return Document.skipped(source.name, "empty", "no text in the file")
    return Document(Raw(source.name, fmt, fmt, text, single=True))


def single_reader(fmt: str) -> Callable[[Source, BinaryIO, Settings], Iterator[Document]]:
    """The reader for a one-article-per-file format (``"text"`` or ``"html"``)."""

    def read(source: Source, stream: BinaryIO, settings: Settings) -> Iterator[Document]:
        yield read_single(source, stream, settings, fmt)

    read.__name__ = f"read_{fmt}"
    return read
