"""Helpers for the coder tests: code a text written in the test, look at its events."""

from __future__ import annotations

from sitroom.annotate.sentences import split_sentences
from sitroom.coder.document_coder import code_article


def pipeline_events(text: str, published: str):
    """The events with an ACLED type that the whole pipeline codes from ``text`` (its dateline and
    page furniture read as a user's input would be), in rank order."""
    from sitroom.api import pipe, text_document
    from sitroom.pipeline import EVENT_STAGES

    docs = list(pipe([text_document(text, published=published)], stages=EVENT_STAGES, published=published))
    return [e for d in docs for e in d.events if e.event_type]


def code(text: str, published: str | None = None, dateline: str | None = None):
    return code_article(text, split_sentences(text), "t", published, dateline)


def top(text: str, published: str | None = None):
    events = code(text, published)
    assert events, f"no event coded from {text!r}"
    return min(events, key=lambda e: e.rank)


def by_plover(events, plover_type: str):
    found = [e for e in events if e.plover.type == plover_type]
    assert found, f"no {plover_type} event among {[(e.plover.type, e.event_type) for e in events]}"
    return found[0]
