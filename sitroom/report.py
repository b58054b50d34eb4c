"""What a run did: counts of sources, documents, articles and skips with reasons."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

from .document import Document
from .loads import loads_since
from .model import Skip


@dataclass
class RunReport:
    sources: int = 0
    documents: int = 0
    articles: int = 0
    removed_lines: int = 0
    skips: list[Skip] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # "<source>: <what was doubted>"
    started: float = field(default_factory=time.perf_counter)

    def begin_source(self, name: str) -> None:
        self.sources += 1

    def add(self, doc: Document) -> None:
        self.documents += 1
        if doc.warnings:
            where = doc.raw.source_path if doc.raw is not None else "?"
            self.warnings += [f"{where}: {w}" for w in doc.warnings]
        if doc.skip is not None:
            self.skips.append(doc.skip)
        else:
            self.articles += 1
            self.removed_lines += len(doc.removed)

    @property
    def skipped_by_code(self) -> Counter[str]:
        return Counter(s.code for s in self.skips)

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    @property
    def loads(self) -> dict[str, float]:
        """Seconds of one-off loading during the run (the gazetteer, the coder), by what was loaded."""
        return loads_since(self.started)

    @property
    def working(self) -> float:
        """Seconds spent reading and coding documents: the run's time less its one-off loads."""
        return max(self.elapsed - sum(self.loads.values()), 0.0)

    @property
    def rate(self) -> float:
        """Documents a second of work (one-off loads left out)."""
        working = self.working
        return self.documents / working if working > 0 else 0.0

    def to_dict(self) -> dict:
        return {
            "sources": self.sources,
            "documents": self.documents,
            "articles": self.articles,
            "skipped": len(self.skips),
            "skipped_by_reason": dict(self.skipped_by_code),
            "removed_lines": self.removed_lines,
            "warnings": len(self.warnings),
            "seconds": round(self.elapsed, 3),
            "load_seconds": {what: round(seconds, 3) for what, seconds in self.loads.items()},
        }
