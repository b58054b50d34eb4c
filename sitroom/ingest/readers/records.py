"""JSONL (one record a line) and JSON (a record, or a list of them) from crawlers.

A record gives ``text`` or ``html`` and optionally ``id``, ``url``, ``title``,
``published`` and ``outlet`` (common alternative names are accepted too).
A bad line is skipped with its line number; the rest of the file is read.
"""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from ...document import Document, Raw
from ...settings import Settings
from ..decoding import DecodeError, bom_encoding, decode, utf16_guess
from ..sources import Source
from ..stream import TooLarge, peek, read_limited, size_text

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


def _text_lines(stream: BinaryIO, encoding: str, limit: int) -> Iterator[tuple[int, str | None]]:
    """Like ``_lines`` for UTF-16 and UTF-32, where a line cannot be cut at a newline byte:
    the stream is decoded as it is read (a damaged or cut-off character becomes U+FFFD, so
    only its line can go wrong); ``limit`` counts bytes, roughly."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    chars = max(1, limit // (4 if "32" in encoding else 2))
    number, pending, size, dropping = 0, [], 0, False
    while True:
        chunk = stream.read(1 << 16)
        pieces = decoder.decode(chunk, final=not chunk).split("\n")
        for index, piece in enumerate(pieces):
            if not dropping:
                pending.append(piece)
                size += len(piece)
                if size > chars:
                    dropping, pending = True, []
            if index < len(pieces) - 1:  # the line ends here
                number += 1
                yield number, None if dropping else "".join(pending)
                pending, size, dropping = [], 0, False
        if not chunk:
            if dropping or "".join(pending).strip():
                yield number + 1, None if dropping else "".join(pending)
            return


def _wide_encoding(head: bytes) -> str | None:
    """UTF-16 or UTF-32 when the first bytes say so (a byte-order mark, or NULs beside ASCII)."""
    enc = bom_encoding(head)
    if enc:
        return enc if enc.startswith(("utf-16", "utf-32")) else None
    return utf16_guess(head)


def _int(digits: str) -> int | str:
    """A JSON integer; one too long for Python to convert (over 4,300 digits) stays as written."""
    try:
        return int(digits)
    except ValueError:
        return digits


def loads(text: str) -> Any:
    """``json.loads``; ValueError (JSONDecodeError or not) for anything it cannot read."""
    try:
        return json.loads(text, parse_int=_int)
    except RecursionError:
        raise ValueError("nested too deeply (arrays or objects inside each other thousands of times)") from None


def _json_problem(exc: ValueError) -> str:
    if not isinstance(exc, json.JSONDecodeError):
        return f"invalid JSON: {exc}"
    where = f"line {exc.lineno}, column {exc.colno}" if exc.lineno > 1 else f"column {exc.colno}"
    return f"invalid JSON: {exc.msg} ({where})"


def _line_document(source: Source, line: bytes | str, locator: str) -> Document | None:
    """The document of one JSONL line (None for a blank line), or a skip saying what is wrong."""
    if isinstance(line, bytes):
        try:
            text = decode(line)[0].strip()
        except DecodeError as exc:
            return Document.skipped(source.name, "encoding", str(exc), locator)
    else:
        text = line.strip()
    text = text.lstrip("\ufeff")
    if not text:
        return None
    try:
        record = loads(text)
    except ValueError as exc:
        return Document.skipped(source.name, "invalid-json", _json_problem(exc), locator)
    return record_document(source, record, locator, "jsonl")


def read_jsonl(source: Source, stream: BinaryIO, settings: Settings) -> Iterator[Document]:
    """One document a line; a bad line is a skip with its line number, and the next line is read."""
    limit = settings.max_document_bytes
    head, stream = peek(stream, 4096)
    wide = _wide_encoding(head)
    lines = _text_lines(stream, wide, limit) if wide else _lines(stream, limit)
    for number, line in lines:
        locator = f"line {number}"
        if line is None:
            yield Document.skipped(
                source.name, "too-large", f"record longer than {size_text(limit)} (raise it with --max-size)", locator
            )
            continue
        try:
            doc = _line_document(source, line, locator)
        except Exception as exc:  # whatever is wrong with one line must not lose the lines after it
            why = f"unreadable line: {type(exc).__name__}: {exc}"
            doc = Document.skipped(source.name, "invalid-record", why, locator)
        if doc is not None:
            yield doc


def read_json(source: Source, stream: BinaryIO, settings: Settings) -> Iterator[Document]:
    try:
        data = read_limited(stream, settings.max_document_bytes, None if source.compressed else source.size)
    except TooLarge:
        yield Document.skipped(
            source.name, "too-large", "JSON file too large to load whole; write it as JSONL (one record a line)"
        )
        return
    try:
        text = decode(data)[0]
    except DecodeError as exc:
        yield Document.skipped(source.name, "encoding", f"{exc}; convert it to UTF-8 and retry")
        return
    try:
        parsed = loads(text)
    except ValueError as exc:
        if _looks_like_lines(text):  # many crawlers write JSON Lines under a .json name
            yield from read_jsonl(source, io.BytesIO(data), settings)
        else:
            yield Document.skipped(source.name, "invalid-json", _json_problem(exc))
        return
    records = parsed if isinstance(parsed, list) else [parsed]
    for index, record in enumerate(records, 1):
        yield record_document(source, record, f"item {index}", "json")


def _looks_like_lines(text: str) -> bool:
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    first = text[start:end if end >= 0 else len(text)].strip().lstrip("\ufeff")
    try:
        return isinstance(loads(first), dict)
    except ValueError:
        return False
