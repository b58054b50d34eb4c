"""Which reader a source needs: by its name first, then by its first bytes."""

from __future__ import annotations

import re
import zlib
from pathlib import PurePath

from .decoding import binary_kind, bom_encoding

_BY_SUFFIX = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".php": "html", ".asp": "html", ".aspx": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jl": "jsonl",
    ".json": "json",
    ".warc": "warc", ".arc": "warc",
    ".rss": "feed", ".atom": "feed", ".xml": "feed", ".rdf": "feed",
}  # fmt: skip

GZIP_MAGIC = b"\x1f\x8b"
_HTML_TAG = re.compile(rb"<(html|head|body|p|div|article|title)[\s>]", re.I)
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:rdf)[\s>]", re.I)

SUPPORTED = "plain text (.txt), HTML (.html), JSONL (.jsonl), JSON (.json), WARC (.warc, .warc.gz), RSS/Atom (.xml, .rss, .atom), and any of these gzipped (.gz)"


class UnknownFormat(ValueError):
    """The source is not in a format sitroom reads; the message says what it looks like."""


def suffix_of(name: str) -> str:
    lower = name.lower()
    if lower.endswith((".warc.gz", ".arc.gz")):
        return ".warc"
    return PurePath(lower).suffix


def _ascii_head(head: bytes) -> bytes:
    enc = bom_encoding(head)
    if enc and enc.startswith(("utf-16", "utf-32")):
        try:
            return head.decode(enc, "ignore").encode("ascii", "ignore")
        except LookupError:
            return head
    if head.count(b"\x00") > len(head) // 4:
        return head.replace(b"\x00", b"")
    return head


def _gzip_holds_warc(head: bytes) -> bool:
    try:
        inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
    except zlib.error:
        return False
    return inner.startswith(b"WARC/")


def sniff_content(head: bytes) -> str | None:
    """Format from the first bytes alone, or None when it looks like plain text."""
    if head.startswith(GZIP_MAGIC):
        return "warc" if _gzip_holds_warc(head) else "gzip"
    head = _ascii_head(head)
    start = head.lstrip()[:2048]
    lower = start.lower()
    if start.startswith(b"WARC/"):
        return "warc"
    if lower.startswith(b"<?xml") or lower.startswith(b"<rss") or lower.startswith(b"<feed"):
        if _FEED_ROOT.search(head[:8192]):
            return "feed"
        if _HTML_TAG.search(head[:8192]):
            return "html"
        return None
    if lower.startswith(b"<!doctype html") or _HTML_TAG.search(head[:8192]):
        return "html"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"["):
        return "json"
    return None


def sniff(name: str, head: bytes) -> str:
    """The format to read ``head`` (the first bytes of a source called ``name``) with.

    Raises UnknownFormat for binary files and for names sitroom does not read.
    """
    by_name = _BY_SUFFIX.get(suffix_of(name))
    if head.startswith(GZIP_MAGIC) and by_name in (None, "warc"):
        return sniff_content(head)  # warc, or gzip to unwrap
    what = binary_kind(head)
    if what and by_name != "warc":
        raise UnknownFormat(f"binary file ({what}), not an article")
    by_content = sniff_content(head)
    if by_name == "feed" and by_content == "html":
        return "html"
    if by_name == "feed" and by_content != "feed":
        raise UnknownFormat("XML that is not an RSS or Atom feed")
    if by_name:
        return by_name
    if by_content:
        return by_content
    suffix = suffix_of(name)
    if suffix and not suffix[1:].isdigit():
        raise UnknownFormat(f"unknown format {suffix!r}; sitroom reads {SUPPORTED}")
    return "text"  # no extension and no markup: plain text
