"""The spine: named stages over one Document, assembled into a pipeline.

A stage is a small callable ``stage(doc, settings) -> None`` that adds annotations
to the document (or marks it skipped).  Stages register themselves by name with
``@stage("name")``; a Pipeline is a list of names, run in order, document by
document, so inputs of any size stream through in constant memory.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from importlib import import_module

from .document import Document
from .knowledge import KnowledgeError
from .settings import Settings

StageFn = Callable[[Document, Settings], None]

_STAGES: dict[str, StageFn] = {}

# Modules whose import registers the built-in stages.
_BUILTIN_MODULES = (
    "sitroom.ingest.extract",
    "sitroom.ingest.clean",
    "sitroom.ingest.metadata",
    "sitroom.ingest.language",
    "sitroom.ingest.identity",
    "sitroom.annotate.sentences",
    "sitroom.coder.events_stage",
)

# The article job: from raw input to a clean, identified, segmented article.
ARTICLE_STAGES = ("extract", "clean", "metadata", "language", "identity", "sentences")

# The extraction job: articles, then their events.
EVENT_STAGES = (*ARTICLE_STAGES, "events")


def stage(name: str) -> Callable[[StageFn], StageFn]:
    """Register ``fn`` as the stage called ``name``."""

    def register(fn: StageFn) -> StageFn:
        if name in _STAGES and _STAGES[name] is not fn:
            raise ValueError(f"a stage named {name!r} is already registered")
        _STAGES[name] = fn
        return fn

    return register


def _load_builtins() -> None:
    for module in _BUILTIN_MODULES:
        import_module(module)


def get_stage(name: str) -> StageFn:
    _load_builtins()
    try:
        return _STAGES[name]
    except KeyError:
        known = ", ".join(sorted(_STAGES))
        raise KeyError(f"no stage named {name!r}; known stages: {known}") from None


def stage_names() -> list[str]:
    _load_builtins()
    return sorted(_STAGES)


# A document's stages make a great many short-lived objects (tokens, matches, mentions) and
# few reference cycles, which reference counting frees at once. CPython's cyclic collector
# looks at the young objects every 700 allocations by default: several times a sentence here.
# While one document goes through the stages that threshold is raised, so the collector runs
# between documents instead (1.04-1.07x for the whole job, benchmarks/README.md).
DOCUMENT_GC_THRESHOLD = 100_000


@contextmanager
def collections_between_documents() -> Iterator[None]:
    """Raise the collector's young-generation threshold for the block, then restore it. The
    setting is process-wide: a block entered while another holds it raised changes nothing, and
    the first to leave restores it, which costs the other some speed, never correctness."""
    old = gc.get_threshold()
    if old[0] == 0 or old[0] >= DOCUMENT_GC_THRESHOLD:  # collection off, or already rarer
        yield
        return
    gc.set_threshold(DOCUMENT_GC_THRESHOLD, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


class Pipeline:
    """Run named stages in order over each document."""

    def __init__(self, stages: Iterable[str] = ARTICLE_STAGES, settings: Settings | None = None):
        self.names = tuple(stages)
        self.settings = settings or Settings()
        self._fns = [get_stage(n) for n in self.names]

    def __call__(self, doc: Document, stop_before_events: Callable[[Document], bool] | None = None) -> Document:
        """Run the stages over ``doc``; ``stop_before_events(doc)``, when given and true, stops
        it before the events stage (an article the store holds already needs no coding)."""
        with collections_between_documents():
            self._run(doc, stop_before_events)
        return doc

    def _run(self, doc: Document, stop_before_events=None) -> None:
        for name, fn in zip(self.names, self._fns):
            if not doc.ok:
                break
            if name == "events" and stop_before_events is not None and stop_before_events(doc):
                break
            try:
                fn(doc, self.settings)
            except KnowledgeError:
                raise  # a broken knowledge file stops the run: every document would fail
            except Exception as exc:  # one bad document must not end the run
                doc.mark_skipped(
                    "error",
                    f"stage {name!r} failed: {type(exc).__name__}: {exc}. "
                    "The rest of the run went on; please report this input.",
                )

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)
