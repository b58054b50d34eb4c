"""The library's entry points: ``pipe`` streams documents through the pipeline.

    import sitroom
    for doc in sitroom.pipe(["news/", "crawl.warc.gz"], published="2021-07-26"):
        if doc.ok:
            print(doc.article.doc_id, len(doc.sentences))
        else:
            print("skipped", doc.skip.source_path, doc.skip.reason)
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import BinaryIO

from .document import Document, Raw
from .ingest.readers import read_source
from .ingest.sources import SeenInputs, Source, iter_sources
from .model import Article
from .pipeline import ARTICLE_STAGES, EVENT_STAGES, Pipeline
from .report import RunReport
from .settings import Settings

Input = str | os.PathLike | Source | Document


def text_document(
    text: str,
    *,
    doc_id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    kind: str = "text",
) -> Document:
    """A document from a string held in memory (``kind="html"`` for a page)."""
    meta = {"id": doc_id, "url": url, "title": title, "published": published, "outlet": outlet}
    return Document(Raw("<api>", "api", kind, text, meta=meta))


def expand_inputs(
    inputs: Iterable[Input], settings: Settings, stdin: BinaryIO | None = None
) -> Iterator[Source | Document]:
    """Paths (directories expanded), URLs and "-" as Sources; Sources and Documents as given.

    An input that cannot be opened comes out as a skipped Document; one met twice (named
    twice, or inside a folder also named) comes out once.  Nothing is read yet: listing the
    result (for a progress bar's total) costs only directory walks.
    """
    seen = SeenInputs()
    for item in inputs:
        if isinstance(item, (Source, Document)):
            yield item
        else:
            yield from iter_sources(
                [item], recursive=settings.recursive, follow_links=settings.follow_links, stdin=stdin,
                timeout=settings.fetch_timeout, seen=seen,
            )


def read_documents(
    inputs: Iterable[Input], settings: Settings, report: RunReport | None = None, stdin: BinaryIO | None = None
) -> Iterator[Document]:
    """Raw documents from every input, in order; unreadable inputs as skipped documents."""
    report = report or RunReport()
    for item in expand_inputs(inputs, settings, stdin):
        if isinstance(item, Source):
            report.begin_source(item.name)
            yield from read_source(item, settings)
        else:
            where = item.skip or item.raw
            report.begin_source(where.source_path if where else "?")
            yield item


def pipe(
    inputs: Iterable[Input],
    *,
    stages: Iterable[str] = ARTICLE_STAGES,
    settings: Settings | None = None,
    report: RunReport | None = None,
    stdin: BinaryIO | None = None,
    dedupe: bool = True,
    keep_sentences: bool = True,
    **options,
) -> Iterator[Document]:
    """Stream every input through the pipeline; yield each document, skipped ones too.

    ``inputs`` are paths (files or directories), URLs, "-" for standard input, or
    Documents (see ``text_document``).  ``options`` override fields of Settings
    (``published="2021-07-26"``, ``languages=("en",)``, ...).  With ``dedupe`` an
    article whose content hash was already seen in this run is skipped as a duplicate.
    ``workers=N`` (a Settings field) runs the stages on N local processes
    (``sitroom.scale.local``); the documents come out in the same order, and the same
    (without their sentences when ``keep_sentences`` is false, which spares sending them back).
    """
    settings = replace(settings or Settings(), **options)
    report = report if report is not None else RunReport()
    seen: dict[str, str] = {}
    for doc in run_stages(read_documents(inputs, settings, report, stdin), stages, settings,
                          keep_sentences=keep_sentences):
        if dedupe and doc.ok and doc.article is not None:
            first = seen.setdefault(doc.article.content_hash, doc.article.doc_id)
            if first is not doc.article.doc_id:
                doc.mark_skipped("duplicate", f"same text as article {first!r}, already read in this run")
        report.add(doc)
        yield doc


def spread(settings: Settings) -> bool:
    """Whether the stages run elsewhere than in this process: on local workers or on Dask."""
    if settings.workers < 1:
        raise ValueError(f"workers must be 1 or more, not {settings.workers}")
    return settings.workers > 1 or settings.dask is not None


def run_stages(docs: Iterable[Document], stages: Iterable[str], settings: Settings,
               stop_before_events=None, keep_sentences: bool = True) -> Iterator[Document]:
    """``docs`` through ``stages``, here, on ``settings.workers`` local processes, or on the Dask
    cluster of ``settings.dask``; in their order either way (``sitroom.scale``)."""
    if not spread(settings):
        pipeline = Pipeline(stages, settings)
        stop = stop_before_events() if stop_before_events else None
        for doc in docs:
            if doc.ok:
                pipeline(doc, stop_before_events=stop)
            yield doc
        return
    from .scale.job import Job

    # what the workers get: the stages' settings, without how the work is spread
    job = Job(tuple(stages), replace(settings, workers=1, dask=None), stop_before_events, keep_sentences)
    if settings.dask is not None:
        from .scale.dask_cluster import on_dask

        yield from on_dask(docs, job, settings.dask)
    else:
        from .scale.local import in_processes

        yield from in_processes(docs, job, settings.workers)


def read_articles(inputs: Iterable[Input], **options) -> Iterator[Article]:
    """The clean articles from ``inputs`` (skipped documents left out)."""
    for doc in pipe(inputs, **options):
        if doc.ok and doc.article is not None:
            yield doc.article


# Coded once before the first article, so that the coder's one-off loads (its knowledge files,
# the gazetteer's indexes) are timed as loads, not as the first article's coding.
WARM_UP = ("PESHAWAR: Gunmen attacked a police checkpoint in Bannu on Monday, killing two constables, "
           "officials said.")


def warm_up(settings: Settings) -> None:
    """Load what the coder loads on first use (the gazetteer, with geocoding on, and the coder's
    knowledge), each timed as a one-off load (``sitroom.loads``)."""
    from .loads import one_off

    if settings.geocode:
        from .geo.resolve import default_resolver

        default_resolver()  # timed there, as "gazetteer"
    with one_off("coder"):
        Pipeline(EVENT_STAGES, replace(settings, languages=()))(
            text_document(WARM_UP, doc_id="warm-up", published="2024-01-15"))
    # What was loaded lives as long as the process: the cyclic collector need not walk it again.
    # A full collection over the gazetteer's objects took 0.27 s, a few times a run; and workers
    # forked after this do not copy the pages the collector would have written to.
    gc.freeze()
