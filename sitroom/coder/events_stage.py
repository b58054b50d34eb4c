"""The ``events`` stage: code the article's sentences into events."""

from __future__ import annotations

from ..document import Document
from ..pipeline import stage
from ..settings import Settings
from .document_coder import code_article


@stage("events")
def events(doc: Document, settings: Settings) -> None:
    article = doc.article
    if article is None:
        return
    resolver = None
    if settings.geocode:
        from ..geo.resolve import default_resolver

        resolver = default_resolver()
    doc.events = code_article(article.text, doc.sentences, article.doc_id, article.published, article.dateline,
                              resolver=resolver, title=article.title, url=article.url,
                              page_day=doc.notes.get("published_text"))
    offsets = doc.notes.get("offsets")
    if offsets is not None:  # a text or JSONL article: offsets index the text as the user gave it
        for event in doc.events:
            for ev in event.evidence:
                ev.start, ev.end = offsets.span(ev.start, ev.end)
