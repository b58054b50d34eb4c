"""RSS and Atom feeds (files or URLs): each entry is an article.

An entry's full content is used when the feed carries it; with
``Settings.fetch_links`` a short entry is replaced by the page it links to.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

import feedparser

from ...document import Document, Raw
from ...settings import Settings
from ..decoding import DecodeError, decode, declared_charset
from ..fetch import FetchError, fetch
from ..sources import Source
from ..stream import TooLarge, read_limited


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    return None


def _entry_html(entry) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary", "") or ""
    return best if len(best) >= len(summary) else summary


def read_feed(source: Source, stream: BinaryIO, settings: Settings) -> Iterator[Document]:
    try:
        data = read_limited(stream, settings.max_document_bytes, None if source.compressed else source.size)
    except TooLarge as exc:
        yield Document.skipped(source.name, "too-large", str(exc))
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        why = f": {problem}" if problem else ""
        yield Document.skipped(source.name, "invalid-feed", f"no feed entries found{why}")
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        locator = f"entry {number}" + (f" ({link})" if link else "")
        meta = {
            "id": None,
            "url": link,
            "title": (entry.get("title") or "").strip() or None,
            "published": _entry_date(entry),
            "outlet": outlet,
        }
        html = _entry_html(entry)
        if settings.fetch_links and link and len(html) < settings.feed_summary_min_chars:
            try:
                page = fetch(link)
                page_html = decode(page, declared_charset(page))[0]
            except (FetchError, DecodeError) as exc:
                yield Document.skipped(source.name, "unreadable", str(exc), locator)
                continue
            yield Document(Raw(source.name, "feed", "html", page_html, locator, meta))
            continue
        if not html.strip():
            yield Document.skipped(source.name, "empty", "the entry has no content", locator)
            continue
        yield Document(Raw(source.name, "feed", "fragment", html, locator, meta))
