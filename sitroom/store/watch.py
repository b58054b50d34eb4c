"""Watching a folder or a feed: new files and entries are ingested as they arrive (polling).

What has been read is recorded in the store (``inputs_seen``) after its articles are stored,
so a restarted watcher goes on where it stopped; an input killed half-way is read again and
its stored articles are recognised by their content hash, so nothing is added twice.

A file is read once it has not changed for ``settle`` seconds (a file still being written is
left for the next round; one dated in the future once it has looked the same for ``settle``
seconds of polling); a file that changes later (new size or time) is read again, and its new
version replaces the articles, events and incident links of the earlier one.
Hidden files (".name") are passed over, so writers can write to a hidden name and rename.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Engine

from ..api import read_documents
from ..report import RunReport
from ..settings import Settings
from .ingest import IngestResult, Ingestor
from .locks import writer_connection
from .schema import inputs_seen
from .rows import now
from .writer import remove_articles


@dataclass
class Round:
    """What one polling round found and stored."""

    number: int
    inputs: int = 0  # new or changed files, or new feed entries
    result: IngestResult = field(default_factory=IngestResult)
    report: RunReport = field(default_factory=RunReport)
    waiting: list[str] = field(default_factory=list)  # files not yet settled, with why
    replaced: int = 0  # articles of earlier versions of changed files, removed


def _is_feed(target: str) -> bool:
    return target.startswith(("http://", "https://")) or Path(target).suffix.lower() in (".rss", ".atom", ".xml")


class Watcher:
    def __init__(self, engine: Engine, target: str, settings: Settings | None = None, settle: float = 2.0):
        self.engine = engine
        self.target = target
        self.settings = settings or Settings()
        self.settle = settle
        self.ingestor = Ingestor(engine, self.settings)
        self.rounds = 0
        self._looks: dict[str, tuple[str, float]] = {}  # path -> (fingerprint, when first seen so)
        if not _is_feed(target) and not Path(target).is_dir():
            raise FileNotFoundError(f"{target} is neither a folder nor a feed; give a folder to watch or a feed URL")

    def _seen(self) -> dict[str, str]:
        with self.engine.connect() as conn:
            return dict(conn.execute(select(inputs_seen.c.key, inputs_seen.c.fingerprint)).all())

    def _remember(self, key: str, fingerprint: str, articles: int) -> None:
        with writer_connection(self.engine) as conn, conn.begin():
            conn.execute(delete(inputs_seen).where(inputs_seen.c.key == key))
            conn.execute(insert(inputs_seen).values(key=key, fingerprint=fingerprint, articles=articles, seen_at=now()))

    def _files(self, waiting: list[str] | None = None) -> Iterator[tuple[str, str]]:
        """(path, fingerprint) of every settled, visible file under the folder; the others are
        named in ``waiting``."""
        root = Path(self.target)
        walker = os.walk(root) if self.settings.recursive else [(str(root), [], os.listdir(root))]
        for folder, dirs, names in walker:
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                path = Path(folder) / name
                if name.startswith(".") or not path.is_file():
                    continue
                try:
                    stat = path.stat()
                except OSError:
                    continue
                key, fingerprint = str(path.resolve()), f"{stat.st_size}:{stat.st_mtime_ns}"
                if not self._settled(key, fingerprint, stat.st_mtime):
                    if waiting is not None:
                        future = stat.st_mtime > time.time() + 1
                        waiting.append(f"{path} ({'dated in the future; read once it stops changing' if future else 'still changing'})")
                    continue
                yield key, fingerprint

    def _settled(self, key: str, fingerprint: str, mtime: float) -> bool:
        """Unchanged for ``settle`` seconds: by its modification time, or (for a file dated in the
        future, whose time says nothing) by looking the same across polls for that long."""
        now_mono = time.monotonic()
        looked, since = self._looks.get(key, (None, now_mono))
        if looked != fingerprint:
            self._looks[key] = (fingerprint, now_mono)
            since = now_mono
        age = time.time() - mtime
        if age >= self.settle:
            return True
        return age < 0 and looked == fingerprint and now_mono - since >= self.settle

    def _folder_round(self, found: Round) -> None:
        seen = self._seen()
        for path, fingerprint in self._files(found.waiting):
            if seen.get(path) == fingerprint:
                continue
            found.inputs += 1
            if path in seen:  # a changed file: its new version replaces the earlier one
                with writer_connection(self.engine) as conn, conn.begin():
                    found.replaced += remove_articles(conn, path)
            result = self.ingestor.ingest([path], found.report)
            found.result.add(result)
            self._remember(path, fingerprint, result.articles_added + result.articles_known)

    def _feed_round(self, found: Round) -> None:
        seen = self._seen()
        for doc in read_documents([self.target], self.settings, found.report):
            raw = doc.raw
            meta = raw.meta if raw else {}
            key = f"{self.target}#{meta.get('url') or meta.get('title') or (raw.locator if raw else '?')}"
            fingerprint = str(meta.get("published") or "-")
            if seen.get(key) == fingerprint:
                continue
            found.inputs += 1
            result = self.ingestor.process(doc, found.report)
            found.result.add(result)
            self._remember(key, fingerprint, result.articles_added + result.articles_known)

    def poll(self) -> Round:
        """One round: ingest whatever is new since the last round (or the last run)."""
        self.rounds += 1
        found = Round(self.rounds)
        (self._feed_round if _is_feed(self.target) else self._folder_round)(found)
        return found

    def run(self, interval: float = 30.0, rounds: int | None = None,
            on_round: Callable[[Round], None] | None = None, should_stop: Callable[[], bool] = lambda: False) -> None:
        """Poll every ``interval`` seconds, ``rounds`` times (forever when None) or until ``should_stop``."""
        while not should_stop():
            found = self.poll()
            if on_round:
                on_round(found)
            if rounds is not None and self.rounds >= rounds:
                return
            deadline = time.monotonic() + interval
            while time.monotonic() < deadline and not should_stop():
                time.sleep(min(0.2, interval))
