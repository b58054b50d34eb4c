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
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import BinaryIO

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DataError

from ..annotate.sentences import split_sentences
from ..api import Input, read_documents, run_stages, spread, warm_up
from ..document import Document
from ..ingest.sources import Source
from ..loads import one_off
from ..pipeline import ARTICLE_STAGES, EVENT_STAGES, Pipeline
from ..report import RunReport
from ..settings import Settings
from .engine import StoreError, connect
from .correct import StoredArticle, as_stored, changes, correct_article, stored_article
from .batch import WriteBatch
from .locks import writer_connection
from .reviewed import store_reviewed


@dataclass
class IngestResult:
    articles_added: int = 0
    articles_known: int = 0  # already in the store: nothing added
    articles_differing: int = 0  # of those, read now with a date or outlet the store lacks or holds otherwise
    articles_corrected: int = 0  # already stored, and their date or outlet corrected (update_metadata)
    events_added: int = 0
    events_removed: int = 0  # events of corrected articles, replaced by the events coded again
    incidents_opened: int = 0
    incidents_joined: int = 0  # events that joined an incident reported before

    def take(self, stored) -> None:
        """The counts of one article's events written (``writer.Stored``)."""
        self.events_added = stored.events
        self.incidents_opened = stored.incidents_opened
        self.incidents_joined = stored.incidents_joined

    def add(self, other: "IngestResult") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def default_outlet(doc: Document, settings: Settings) -> None:
    """``--outlet``, for an article whose input names none (before it is coded: the outlet's
    town is a cue to the story's places)."""
    if settings.outlet and not doc.article.outlet:
        doc.article.outlet, doc.article.outlet_from = settings.outlet, "option"


class BeforeCoding:
    """In a worker, before an article is coded: the outlet default, and whether the store holds
    the article already (then it is not coded there; the writer decides what to do with it).
    Picklable: it carries the store's URL and the settings (without how the work is spread)."""

    def __init__(self, url, settings: Settings):
        self.url = url
        self.settings = replace(settings, workers=1, dask=None)

    def __eq__(self, other) -> bool:  # a worker keeps its pipeline while the job stays the same
        return isinstance(other, BeforeCoding) and (self.url, self.settings) == (other.url, other.settings)

    def __hash__(self) -> int:
        return hash(str(self.url))

    def __call__(self):
        try:
            engine = connect(self.url.render_as_string(hide_password=False), read_only=True)
        except StoreError:
            engine = None  # a worker on another machine may not reach a SQLite file: it codes all

        def known(doc: Document) -> bool:
            default_outlet(doc, self.settings)
            if engine is None:
                return False
            with engine.connect() as conn:
                return stored_article(conn, doc.article.content_hash) is not None

        return known


def _without_waits(item: Input) -> bool:
    """Whether ``item`` is read without waiting on anything but the disk: not standard input
    ("-") and not a URL. Only such inputs are written in batches (store/batch.py): a wait for
    the next document would keep the batch's write lock, and its articles from readers."""
    if isinstance(item, (Source, Document)):
        return True
    text = os.fspath(item)
    return text != "-" and "://" not in str(text)


class Ingestor:
    """Reads inputs and stores what they hold; one instance serves a whole run or a watch."""

    def __init__(self, engine: Engine, settings: Settings | None = None):
        self.engine = engine
        self.settings = settings or Settings()
        with one_off("start-up"):  # the stages' modules (trafilatura and the coder among them)
            self._articles = Pipeline(ARTICLE_STAGES, self.settings)
            self._events = Pipeline(("events",), self.settings)
        self._warm = False
        # texts this run has already met: the first reading of a text decides its metadata, so
        # two copies of one wire story with two outlets do not correct each other back and forth
        self._met: set[str] = set()
        self._batch: WriteBatch | None = None

    def warm_up(self) -> None:
        """Load what the coder loads on first use (the gazetteer, with geocoding on, and the
        coder's knowledge), each timed as a one-off load (``sitroom.loads``); once."""
        if self._warm:
            return
        self._warm = True
        warm_up(self.settings)

    def stored(self, doc: Document) -> StoredArticle | None:
        with self._reading() as conn:
            return stored_article(conn, doc.article.content_hash)

    def _reading(self):
        """A connection that sees what this run has written (committed or not)."""
        return self._batch.reading() if self._batch is not None else self.engine.connect()

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A connection to write one article with: in the run's batch when ``ingest`` holds one
        (store/batch.py), in a transaction of its own otherwise."""
        if self._batch is not None:
            with self._batch.article() as conn:
                yield conn
            return
        with writer_connection(self.engine) as conn, conn.begin():
            yield conn

    @contextmanager
    def batched(self) -> Iterator[None]:
        """Write the articles stored inside it in few transactions (store/batch.py); on the way
        out every article written whole is committed, whatever stopped the run, unless the
        store itself failed."""
        if self._batch is not None:
            yield
            return
        self._batch = WriteBatch(self.engine)
        try:
            yield
        except BaseException:
            batch, self._batch = self._batch, None
            try:
                batch.commit()
            except Exception:
                batch.rollback()
            raise
        else:
            batch, self._batch = self._batch, None
            batch.commit()

    def store(self, doc: Document) -> IngestResult:
        """Code ``doc`` (an article that passed the article stages) and store it; an article
        already stored is left as it is, or with ``update_metadata`` has its date and outlet
        corrected (``correct``)."""
        result = IngestResult()
        default_outlet(doc, self.settings)
        known = self.stored(doc)
        first_reading = True
        if self.settings.update_metadata:  # kept only when it is of use: a watch runs for months
            first_reading = doc.article.content_hash not in self._met
            self._met.add(doc.article.content_hash)
        if known is not None:
            differs = bool(changes(known, doc.article))
            if self.settings.update_metadata and differs and first_reading:
                return self.correct(doc, known)
            result.articles_known, result.articles_differing = 1, int(differs)
            return result
        stored = self._code_and_write(doc, "nothing of it was stored",
                                      lambda conn: store_reviewed(conn, doc.article, doc.events))
        if not doc.ok:
            return result
        if stored.article_id is None:  # another writer stored it first
            result.articles_known = 1
        else:
            result.articles_added = 1
            result.take(stored)
        return result

    def correct(self, doc: Document, known: StoredArticle) -> IngestResult:
        """Give the stored article ``known`` the date and outlet ``doc`` was read with, code it
        again with them and replace its events, relinking incidents: one transaction."""
        result = IngestResult()
        as_stored(doc.article, known)
        corrected = self._code_and_write(doc, "the stored article and its events were left as they were",
                                         lambda conn: correct_article(conn, known, doc.article, doc.events))
        if not doc.ok:
            return result
        if corrected is None:  # another writer corrected it first
            result.articles_known = 1
        else:
            result.articles_corrected = 1
            result.events_removed = corrected.events_removed
            result.take(corrected.stored)
        return result

    def _code_and_write(self, doc: Document, kept: str, write):
        """Code ``doc`` (unless a worker did), then ``write(conn)`` it in one transaction; what
        ``write`` returned, or None when coding failed or the store refused a value (``doc`` then
        says why; ``kept`` says what was left as it was)."""
        self.warm_up()
        if doc.notes.get("coded_with") != (doc.article.published, doc.article.outlet):
            doc.events = []  # not coded by a worker, or with metadata corrected since (correct())
            if not doc.sentences and doc.article.text:
                # a worker that found the article stored sent it back without its sentences
                # (run_chunk): split them again here, or the article would be coded as empty and
                # a correction would replace its events with none
                doc.sentences = split_sentences(doc.article.text)
            self._events(doc)
        if not doc.ok:
            return None
        written = None
        with self._rejected_values(doc, kept):
            with self._writing() as conn:
                written = write(conn)
        return written

    @contextmanager
    def _rejected_values(self, doc: Document, kept: str) -> Iterator[None]:
        """A value the store's columns cannot hold skips ``doc`` (its transaction rolled back)
        and the run goes on; a failing store (space, server) still stops it."""
        try:
            yield
        except (DataError, OverflowError) as exc:
            first = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:200]
            doc.mark_skipped("store-rejected", f"the store refused a value of this article ({first}); "
                                               f"{kept}; please report this input")

    def ingest(self, inputs: Iterable[Input], report: RunReport | None = None,
               stdin: BinaryIO | None = None) -> IngestResult:
        report = report if report is not None else RunReport()
        if not isinstance(inputs, (list, tuple)) or not all(map(_without_waits, inputs)):
            return self._ingest(inputs, report, stdin)  # each article committed as soon as it is written
        with self.batched():
            return self._ingest(inputs, report, stdin)

    def _ingest(self, inputs: Iterable[Input], report: RunReport, stdin: BinaryIO | None) -> IngestResult:
        total = IngestResult()
        docs = read_documents(inputs, self.settings, report, stdin)
        if not spread(self.settings):
            for doc in docs:
                total.add(self.process(doc, report))
            return total
        # the workers read and code; this process stays the one writer (store() takes the events
        # they coded; an article the store holds already is not coded there at all)
        self.warm_up()  # before the workers are forked: they share what it loaded
        for doc in run_stages(docs, EVENT_STAGES, self.settings,
                              stop_before_events=BeforeCoding(self.engine.url, self.settings), keep_sentences=False):
            if doc.ok and doc.article is not None:
                total.add(self.store(doc))
            report.add(doc)
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
