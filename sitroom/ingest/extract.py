"""Stage ``extract``: the raw payload becomes an Article draft (text plus the metadata
its container gave).  HTML pages go through trafilatura; feed fragments through lxml;
plain text is taken as it is (the clean stage removes its boilerplate)."""

from __future__ import annotations

from ..document import Document
from ..model import Article
from ..pipeline import stage
from ..settings import Settings
from .html_text import extract_page, fragment_text


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")


@stage("extract")
def extract(doc: Document, settings: Settings) -> None:
    raw = doc.raw
    assert raw is not None, "extract needs a document read from a source"
    meta = raw.meta
    article = Article(
        doc_id="",
        source_path=raw.source_path,
        source_format=raw.source_format,
        locator=raw.locator,
    )
    if meta.get("url"):
        article.url = meta["url"]
    if meta.get("title"):
        article.title = meta["title"]
    given_by = "feed" if raw.source_format == "feed" else "record"
    if meta.get("outlet"):
        article.outlet, article.outlet_from = meta["outlet"], given_by
    if meta.get("published"):
        doc.notes["published_given"] = (meta["published"], given_by)

    if raw.kind == "html":
        page = extract_page(raw.payload, settings.favor_precision)
        if page is None:
            doc.mark_skipped("no-text", "no article text found in the HTML page (it may be an index page or broken)")
            return
        article.text = page.text
        article.title = article.title or page.title
        article.url = article.url or page.url
        if page.outlet and not article.outlet:
            article.outlet, article.outlet_from = page.outlet, "html-metadata"
        if page.published:
            doc.notes["published_html"] = page.published
    elif raw.kind == "fragment":
        article.text = fragment_text(raw.payload)
    else:
        article.text = raw.payload
    article.text = normalise_newlines(article.text).lstrip("\ufeff")
    if "\x00" in article.text:  # a stray NUL byte is never part of an article
        article.text = article.text.replace("\x00", "")
    doc.article = article
