"""RSS and Atom feeds (files or URLs): each entry is an article.

An entry's full content is used when the feed carries it; with
``Settings.fetch_links`` a short entry is replaced by the page it links to.  A relative link
is resolved against the feed's URL; links are fetched by the rules of ``fetch`` (http and
https only, public hosts only unless ``allow_private_hosts``; the host of a feed URL the user
named counts as chosen by the user), and every link not fetched is a skip with the reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO
from urllib.parse import urljoin, urlsplit

import feedparser

from ...document import Document, Raw
from ...settings import Settings
from ..decoding import DecodeError, decode, declared_charset
from ..fetch import FetchError, FetchRefused, FetchTooLarge, fetch, is_url, origin
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
        known = None if source.compressed else source.size
        data = read_limited(stream, settings.max_document_bytes, known, compressed=source.compressed)
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
    base = source.name if is_url(source.name) else None  # relative links are read against it
    for number, entry in enumerate(parsed.entries, 1):
        link = _absolute(entry.get("link"), base)
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
            yield _fetched(source, link, base, locator, meta, settings)
            continue
        if not html.strip():
            yield Document.skipped(source.name, "empty", "the entry has no content", locator)
            continue
        yield Document(Raw(source.name, "feed", "fragment", html, locator, meta))


def _absolute(link, base: str | None) -> str | None:
    """The entry's link, made absolute against the feed's URL when it is relative."""
    if not isinstance(link, str) or not link.strip():
        return None
    link = link.strip()
    try:
        return urljoin(base, link) if base and not urlsplit(link).scheme else link
    except ValueError:  # not a URL at all ("http://[x"): fetching it says so
        return link


def _fetched(source: Source, link: str, base: str | None, locator: str, meta: dict, settings: Settings) -> Document:
    """The page an entry links to, or a skip saying why it was not fetched."""
    try:
        relative = not urlsplit(link).scheme
    except ValueError:
        relative = False
    if relative:
        return Document.skipped(
            source.name, "refused",
            f"the link {link!r} is relative and the feed was read from a file, so there is no address "
            "to resolve it against; read the feed from its URL",
            locator,
        )
    try:
        page = fetch(
            link, timeout=settings.fetch_timeout, max_bytes=settings.max_document_bytes,
            allow_private=settings.allow_private_hosts, trusted=origin(base),
        )
        page_html = decode(page, declared_charset(page))[0]
    except FetchRefused as exc:
        return Document.skipped(source.name, "refused", str(exc), locator)
    except FetchTooLarge as exc:
        return Document.skipped(source.name, "too-large", f"{exc}; raise it with --max-size", locator)
    except (FetchError, DecodeError) as exc:
        return Document.skipped(source.name, "unreadable", str(exc), locator)
    except Exception as exc:  # one link must not lose the rest of the feed
        return Document.skipped(source.name, "unreadable", f"cannot fetch {link}: {type(exc).__name__}: {exc}", locator)
    return Document(Raw(source.name, "feed", "html", page_html, locator, meta))
