"""JSONL (one record a line) and JSON (a record, or a list of them) from crawlers.

A record gives ``text`` or ``html`` and optionally ``id``, ``url``, ``title``,
``published`` and ``outlet`` (common alternative names are accepted too).
A bad line is skipped with its line number; the rest of the file is read.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from ...document import Document, Raw
from ...settings import Settings
from ..decoding import DecodeError, decode
from ..sources import Source
from ..stream import TooLarge, read_limited

# Field of the record -> names it may go by, first match wins.
FIELD_NAMES = {
    "id": ("id", "doc_id", "_id", "uuid"),
    "text": ("text", "body", "content", "article", "maintext"),
    "html": ("html", "raw_html", "page"),
    "url": ("url", "link", "uri"),
    "title": ("title", "headline"),
    "published": ("published", "date", "publish_date", "published_at", "date_publish", "pubdate"),
    "outlet": ("outlet", "source", "publisher", "site_name", "source_domain"),
}


# JSON may escape half of a surrogate pair ("\ud83d" alone, an emoji cut in two by a crawler):
# no UTF-8 text can hold one, so it becomes U+FFFD, as a decoder does with a bad byte
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _field(record: dict[str, Any], key: str) -> str | None:
    for name in FIELD_NAMES[key]:
        value = record.get(name)
        if isinstance(value, (int, float)) and key == "id" and not isinstance(value, bool):
            return str(value)
        if isinstance(value, str) and value.strip():
            value = value.strip()
            return value if value.isascii() else _LONE_SURROGATE.sub("\ufffd", value)
    return None


def record_document(source: Source, record: Any, locator: str, fmt: str) -> Document:
    if not isinstance(record, dict):
        return Document.skipped(source.name, "invalid-record", "not a JSON object", locator)
    text, html = _field(record, "text"), _field(record, "html")
    if not text and not html:
        names = "/".join(FIELD_NAMES["text"][:2] + FIELD_NAMES["html"][:1])
        return Document.skipped(
            source.name, "invalid-record", f"the record has no article text (give it a {names} field)", locator
        )
    meta = {key: _field(record, key) for key in ("id", "url", "title", "published", "outlet")}
    kind, payload = ("text", text) if text else ("html", html)
    return Document(Raw(source.name, fmt, kind, payload, locator=locator, meta=meta))


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; bytes is None for a line over ``limit``."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drop the rest of the overlong line
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line


def read_jsonl(source: Source, stream: BinaryIO, settings: Settings) -> Iterator[Document]:
    mb = settings.max_document_bytes / (1024 * 1024)
    for number, line in _lines(stream, settings.max_document_bytes):
        locator = f"line {number}"
        if line is None:
            yield Document.skipped(source.name, "too-large", f"record longer than {mb:.0f} MB (--max-size)", locator)
            continue
        try:
            text = decode(line)[0].strip()
        except DecodeError as exc:
            yield Document.skipped(source.name, "encoding", str(exc), locator)
            continue
        if not text:
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Document.skipped(source.name, "invalid-json", f"invalid JSON: {exc.msg} (column {exc.colno})", locator)
            continue
        yield record_document(source, record, locator, "jsonl")


def read_json(source: Source, stream: BinaryIO, settings: Settings) -> Iterator[Document]:
    try:
        data = read_limited(stream, settings.max_document_bytes, None if source.compressed else source.size)
    except TooLarge:
        yield Document.skipped(
            source.name, "too-large", "JSON file too large to load whole; write it as JSONL (one record a line)"
        )
        return
    try:
        parsed = json.loads(decode(data)[0])
    except (json.JSONDecodeError, DecodeError) as exc:
        if _looks_like_lines(data):  # many crawlers write JSON Lines under a .json name
            yield from read_jsonl(source, io.BytesIO(data), settings)
        else:
            yield Document.skipped(source.name, "invalid-json", f"invalid JSON: {exc}")
        return
    records = parsed if isinstance(parsed, list) else [parsed]
    for index, record in enumerate(records, 1):
        yield record_document(source, record, f"item {index}", "json")


def _looks_like_lines(data: bytes) -> bool:
    first = data.lstrip().split(b"\n", 1)[0].strip()
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False
