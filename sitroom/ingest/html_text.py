"""HTML to article text: whole pages through trafilatura, feed fragments through lxml."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
import lxml.html
import trafilatura

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "section", "article", "header", "footer", "table", "tr", "pre", "figure",
}  # fmt: skip
_DROP_TAGS = ("script", "style", "noscript", "iframe", "form", "button", "svg")


@dataclass
class PageText:
    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None


def extract_page(html: str, favor_precision: bool = True) -> PageText | None:
    """The article body and metadata of a whole HTML page, or None if it has no article."""
    result = _bare(html, favor_precision)
    if (result is None or not (result.text or "").strip()) and favor_precision:
        result = _bare(html, False)  # short pages: precision mode can drop everything
    if result is None or not (result.text or "").strip():
        return None
    return PageText(
        text=result.text,
        title=_clean(result.title),
        published=_clean(result.date),
        outlet=_clean(result.sitename),
        url=_clean(result.url),
    )


def _bare(html: str, favor_precision: bool):
    try:
        return trafilatura.bare_extraction(
            html,
            favor_precision=favor_precision,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
        )
    except (ValueError, TypeError, lxml.etree.LxmlError):
        return None


def _clean(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def fragment_text(html: str) -> str:
    """Paragraph text of an HTML fragment (a feed entry's content)."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", html)
    for bad in list(root.iter(*_DROP_TAGS)):
        bad.drop_tree()
    parts: list[str] = []
    for node in root.iter():
        if not isinstance(node.tag, str):
            if node.tail:
                parts.append(node.tail)
            continue
        if node.tag in _BLOCK_TAGS:
            parts.append("\n\n")
        if node.text:
            parts.append(node.text)
        if node.tail:
            if node.tag in _BLOCK_TAGS:
                parts.append("\n\n")
            parts.append(node.tail)
    text = "".join(parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
