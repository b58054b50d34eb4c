"""Shared path for formats that hold one article per file (text, HTML)."""

from __future__ import annotations

from typing import BinaryIO

from ...document import Document, Raw
from ...settings import Settings
from ..decoding import DecodeError, decode, declared_charset
from ..sources import Source
from ..stream import TooLarge, read_limited


def read_single(source: Source, stream: BinaryIO, settings: Settings, fmt: str) -> Document:
    known = None if source.compressed else source.size
    try:
        data = read_limited(stream, settings.max_document_bytes, known)
    except TooLarge as exc:
        return Document.skipped(source.name, "too-large", str(exc))
    try:
        text, _encoding = decode(data, declared_charset(data) if fmt == "html" else None)
    except DecodeError as exc:
        return Document.skipped(source.name, "encoding", f"{exc}; convert it to UTF-8 and retry")
    if not text.strip():
        return Document.skipped(source.name, "empty", "no text in the file")
    return Document(Raw(source.name, fmt, fmt, text, single=True))
