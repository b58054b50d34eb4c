"""``ingest``: read, code and store articles, each in its own transaction.

    from sitroom.store.ingest import ingest
    result = ingest(["news/"], db="events.db")   # or sitroom.open_store(db).ingest(inputs)
    print(result.articles_added, result.articles_known, result.events_added)

An article already in the store (same content hash) is recognised before it is coded, so
a rerun over the same inputs costs only the reading and adds nothing.  A process killed at
any point leaves every article either stored whole or not at all; the rerun stores the
rest.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import BinaryIO

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DataError

from ..api import Input, read_documents, text_document
from ..document import Document
from ..loads import one_off
from ..pipeline import ARTICLE_STAGES, EVENT_STAGES, Pipeline
from ..report import RunReport
from ..settings import Settings
from .engine import connect
from .locks import writer_connection
from .writer import known_article, store_article


@dataclass
class IngestResult:
    articles_added: int = 0
    articles_known: int = 0  # already in the store: nothing added
    events_added: int = 0
    incidents_opened: int = 0
    incidents_joined: int = 0  # events that joined an incident reported before

    def add(self, other: "IngestResult") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


# Coded once before the first article, so that the coder's one-off loads (its knowledge files,
# the gazetteer's indexes) are timed as loads, not as the first article's coding.
WARM_UP = ("PESHAWAR: Gunmen attacked a police checkpoint in Bannu on Monday, killing two constables, "
           "officials said.")


class Ingestor:
    """Reads inputs and stores what they hold; one instance serves a whole run or a watch."""

    def __init__(self, engine: Engine, settings: Settings | None = None):
        self.engine = engine
        self.settings = settings or Settings()
        with one_off("start-up"):  # the stages' modules (trafilatura and the coder among them)
            self._articles = Pipeline(ARTICLE_STAGES, self.settings)
            self._events = Pipeline(("events",), self.settings)
        self._warm = False

    def warm_up(self) -> None:
        """Load what the coder loads on first use (the gazetteer, with geocoding on, and the
        coder's knowledge), each timed as a one-off load (``sitroom.loads``); once."""
        if self._warm:
            return
        self._warm = True
        if self.settings.geocode:
            from ..geo.resolve import default_resolver

            default_resolver()  # timed there, as "gazetteer"
        with one_off("coder"):
            Pipeline(EVENT_STAGES, replace(self.settings, languages=()))(
                text_document(WARM_UP, doc_id="warm-up", published="2024-01-15"))

    def is_known(self, doc: Document) -> bool:
        with self.engine.connect() as conn:
            return known_article(conn, doc.article.content_hash)

    def store(self, doc: Document) -> IngestResult:
        """Code ``doc`` (an article that passed the article stages) and store it."""
        result = IngestResult()
        if self.is_known(doc):
            result.articles_known = 1
            return result
        self.warm_up()
        self._events(doc)
        if not doc.ok:
            return result
        try:
            with writer_connection(self.engine) as conn, conn.begin():
                stored = store_article(conn, doc.article, doc.events)
        except (DataError, OverflowError) as exc:
            # a value the store's columns cannot hold: this article is left out (its transaction
            # rolled back), the run goes on; a failing store (space, server) still stops it
            first = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:200]
            doc.mark_skipped("store-rejected", f"the store refused a value of this article ({first}); "
                                               "nothing of it was stored; please report this input")
            return result
        if stored.article_id is None:  # another writer stored it first
            result.articles_known = 1
        else:
            result.articles_added = 1
            result.events_added = stored.events
            result.incidents_opened = stored.incidents_opened
            result.incidents_joined = stored.incidents_joined
        return result

    def ingest(self, inputs: Iterable[Input], report: RunReport | None = None,
               stdin: BinaryIO | None = None) -> IngestResult:
        report = report if report is not None else RunReport()
        total = IngestResult()
        for doc in read_documents(inputs, self.settings, report, stdin):
            total.add(self.process(doc, report))
        return total

    def process(self, doc: Document, report: RunReport) -> IngestResult:
        """Run one raw document through the article stages, then code and store it."""
        result = IngestResult()
        if doc.ok:
            self._articles(doc)
        if doc.ok and doc.article is not None:
            result = self.store(doc)
        report.add(doc)
        return result


def ingest(inputs: Iterable[Input], db: str | os.PathLike, *, settings: Settings | None = None,
           report: RunReport | None = None, **options) -> IngestResult:
    """Read, code and store ``inputs`` in the store ``db`` (a SQLite path or a database URL)."""
    settings = replace(settings or Settings(), **options)
    engine = connect(db)
    try:
        return Ingestor(engine, settings).ingest(inputs, report)
    finally:
        engine.dispose()
