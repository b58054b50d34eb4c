"""Where ingest's time goes beyond coding: ingest with parts of the writer taken away, side by side.

    .venv/bin/python benchmarks/store_parts_bench.py [--articles 3000] [--rounds 2] [--json FILE]

Issue 24 asks ingest into SQLite (one worker) to run at 0.6x the speed of coding alone. This
bench measures, in one run on store_bench's 600-word synthetic stories (four events each, the
store case's input), coding alone and ingest into an empty store five ways:

- ``full``: ingest as it is;
- ``no_search``: no incident candidate search and no matching: each event opens its own
  incident, whose row is summarised as today and written with the others of its article in one
  statement, ids assigned in the transaction; the most any candidate index (in memory or in the
  database) could save;
- ``values_only``: each event's incident summarised, nothing written for incidents or links;
- ``no_incidents``: no incident work at all (events, actors, claims and articles only);
- ``no_events``: the article rows only.

The variants replace the writer's parts for the bench alone (nothing here changes what the
store writes in use); each ingest is timed from opening the store to closing it. Figures are
articles a second and each ratio is over coding alone measured in the same round; the median
of ``--rounds`` rounds is reported. Run it alone: it measures one core of two.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from figures import emit  # noqa: E402
from sitroom.api import pipe, warm_up  # noqa: E402
from sitroom.pipeline import EVENT_STAGES  # noqa: E402
from sitroom.settings import Settings  # noqa: E402
from sitroom.store import linking, writer  # noqa: E402
from sitroom.store.api import open_store  # noqa: E402
from sitroom.store.driver import driven  # noqa: E402
from sitroom.store.schema import incident_links, incidents  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402


# built once: a statement built again for each article is compiled again for each (driver.py)
_LARGEST_ID = select(func.max(incidents.c.id))
_ADD_INCIDENTS = driven(insert(incidents))
_ADD_LINKS = driven(insert(incident_links))


class _OwnIncidents:
    """A linker without a search: each report opens its own incident (``write`` True: the rows
    and links written at ``flush`` in one statement each, ids counted on from the store's
    largest under the write lock)."""

    write = True

    def __init__(self, conn):
        self.conn = conn
        self._rows: list[dict] = []
        self._links: list[dict] = []
        self._next = (conn.execute(_LARGEST_ID).scalar() or 0) + 1 if self.write else 0

    def link(self, report) -> bool:
        values = linking._incident_values([report])
        if self.write:
            self._rows.append({"id": self._next, "created_at": values["updated_at"], **values})
            self._links.append({"event_id": report.id, "incident_id": self._next, "score": 0.0, "reason": "{}"})
            self._next += 1
        return False

    def flush(self) -> None:
        if self.write:
            _ADD_INCIDENTS.many(self.conn, self._rows)
            _ADD_LINKS.many(self.conn, self._links)


class _ValuesOnly(_OwnIncidents):
    write = False


class _NoLinker:
    def __init__(self, conn):
        pass

    def link(self, report) -> bool:
        return False

    def flush(self) -> None:
        pass


def _no_events(conn, article_id, article, coded):
    return writer.Stored(article_id=article_id)


VARIANTS = {
    "full": {},
    "no_search": {"IncidentLinker": _OwnIncidents},
    "values_only": {"IncidentLinker": _ValuesOnly},
    "no_incidents": {"IncidentLinker": _NoLinker},
    "no_events": {"store_events": _no_events},
}


@contextmanager
def _variant(name: str):
    """The writer with the parts of ``name`` replaced, restored on the way out."""
    saved = {attr: getattr(writer, attr) for attr in VARIANTS[name]}
    for attr, replacement in VARIANTS[name].items():
        setattr(writer, attr, replacement)
    try:
        yield
    finally:
        for attr, original in saved.items():
            setattr(writer, attr, original)


def _rate(run) -> float:
    start = time.perf_counter()
    done = run()
    return done / (time.perf_counter() - start)


def _ingest(db: Path, folder: Path) -> int:
    with open_store(str(db)) as store:
        return store.ingest([folder]).articles_added


def bench(count: int, rounds: int) -> dict:
    from store_bench import write_articles

    speeds: dict[str, list[float]] = {"coding_alone": [], **{name: [] for name in VARIANTS}}
    ratios: dict[str, list[float]] = {name: [] for name in VARIANTS}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "stories"
        write_articles(folder, count)
        settings = Settings()
        warm_up(settings)
        sum(1 for _ in pipe([folder], stages=EVENT_STAGES, settings=settings, keep_sentences=False))  # untimed
        for n in range(rounds):
            coding = _rate(lambda: sum(1 for d in pipe([folder], stages=EVENT_STAGES, settings=settings,
                                                       keep_sentences=False) if d.ok))
            speeds["coding_alone"].append(coding)
            for name in VARIANTS:
                with _variant(name):
                    speed = _rate(lambda: _ingest(Path(tmp) / f"{name}-{n}.db", folder))
                speeds[name].append(speed)
                ratios[name].append(speed / coding)
            print(f"round {n + 1}: " + ", ".join(f"{k} {v[-1]:.1f}" for k, v in speeds.items()), file=sys.stderr)
    return {
        "articles": count, "rounds": rounds,
        "per_s": {name: round(statistics.median(v), 1) for name, v in speeds.items()},
        "over_coding_alone": {name: round(statistics.median(v), 3) for name, v in ratios.items()},
        # the time each part adds to an article, in ms (the difference of two variants' medians)
        "ms_an_article": _parts({name: 1000 / statistics.median(v) for name, v in speeds.items()}),
    }


def _parts(ms: dict[str, float]) -> dict[str, float]:
    return {
        "coding": round(ms["coding_alone"], 3),
        "article_rows_and_reading": round(ms["no_events"] - ms["coding_alone"], 3),
        "events_actors_claims": round(ms["no_incidents"] - ms["no_events"], 3),
        "incident_values": round(ms["values_only"] - ms["no_incidents"], 3),
        "incident_and_link_rows": round(ms["no_search"] - ms["values_only"], 3),
        "candidate_search_and_matching": round(ms["full"] - ms["no_search"], 3),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    return emit(bench(args.articles, args.rounds), args.json)


if __name__ == "__main__":
    raise SystemExit(main())
