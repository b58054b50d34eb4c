"""What a run did: counts of sources, documents, articles and skips with reasons."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

from .document import Document
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
        }
