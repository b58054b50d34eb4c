"""HTML to article text: whole pages through trafilatura, feed fragments through lxml.

lxml stops building the tree at 256 levels of nesting (libxml2's limit), so a page nested
deeper loses whatever lies below; such a page is read with the standard library's HTML
parser instead, which keeps no tree (``plain_text``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

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
        if too_deep(html):
            text, title = plain_text(html)
            return PageText(text=text, title=title) if text.strip() else None
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
    except (ValueError, TypeError, RecursionError, lxml.etree.LxmlError):
        return None


def _clean(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def fragment_text(html: str) -> str:
    """Paragraph text of an HTML fragment (a feed entry's content)."""
    parser = lxml.html.HTMLParser()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div", parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", html)
    if _depth_error(parser):
        return plain_text(html)[0]
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


# lxml's report when it stopped building the tree at its nesting limit
_DEPTH_ERRORS = ("Excessive depth", "XML_PARSE_HUGE")


def _depth_error(parser) -> bool:
    return any(any(word in entry.message for word in _DEPTH_ERRORS) for entry in parser.error_log)


def too_deep(html: str) -> bool:
    """Whether lxml cuts the page short because it is nested too deeply."""
    if html.count("<") < 256:
        return False
    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return False
    return _depth_error(parser)


class _TextParser(HTMLParser):
    """Text of a page in document order, with a paragraph break at every block tag; keeps no tree."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skipping = 0  # inside script, style and the like
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in _DROP_TAGS:
            self._skipping += 1
        elif tag == "title":
            self._in_title = True
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _DROP_TAGS and self._skipping:
            self._skipping -= 1
        elif tag == "title":
            self._in_title = False
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)
        elif not self._skipping:
            self.parts.append(data)


def plain_text(html: str) -> tuple[str, str | None]:
    """(paragraph text, title) of a page, by the standard library's parser: for pages lxml
    cannot read whole.  No boilerplate is removed here; the clean stage does that."""
    parser = _TextParser()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup
        pass
    lines = [re.sub(r"[ \t\u00a0\r]+", " ", line).strip() for line in "".join(parser.parts).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    title = re.sub(r"\s+", " ", "".join(parser.title)).strip() or None
    return text, title
