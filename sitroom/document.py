"""The one object that flows through the pipeline.

A reader creates a Document holding the raw input (text or HTML, plus whatever
metadata the container gave); each stage adds annotations to it.  A document that
cannot go on carries a ``skip`` and later stages pass it by untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .model import Article, Event, Sentence, Skip


@dataclass
class Raw:
    """What a reader found: the payload and the metadata its container gave."""

    source_path: str
    source_format: str  # text, html, jsonl, warc, feed
    kind: str  # "text" or "html": how the payload is to be read
    payload: str
    locator: str | None = None  # "line 7", "record 3", "entry 2": where in the file
    meta: dict[str, Any] = field(default_factory=dict)  # id, url, title, published, outlet
    single: bool = False  # the file holds this one article only


@dataclass
class Document:
    raw: Raw | None
    article: Article | None = None
    sentences: list[Sentence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    skip: Skip | None = None
    removed: list[str] = field(default_factory=list)  # boilerplate lines dropped by cleaning
    notes: dict[str, Any] = field(default_factory=dict)  # stage-to-stage scratch values
    warnings: list[str] = field(default_factory=list)  # what a stage doubted but went on with, in words

    @classmethod
    def skipped(cls, source_path: str, code: str, reason: str, locator: str | None = None) -> "Document":
        return cls(raw=None, skip=Skip(source_path=source_path, code=code, reason=reason, locator=locator))

    def mark_skipped(self, code: str, reason: str) -> None:
        raw = self.raw
        self.skip = Skip(
            source_path=raw.source_path if raw else "?",
            locator=raw.locator if raw else None,
            code=code,
            reason=reason,
        )

    @property
    def ok(self) -> bool:
        return self.skip is None
