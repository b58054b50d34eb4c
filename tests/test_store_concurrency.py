"""Reading while writing: queries and exports run while ingest stores, and two writers never duplicate."""

import json
import os
import subprocess
import time

from sitroom.store.api import open_store

from .store_helpers import sitroom_in_small_batches, write_many


def _ingest(folder, db) -> subprocess.Popen:
    # batches of 64 articles: 400 articles then commit several times while the reads run
    return subprocess.Popen(
        [*sitroom_in_small_batches(), "ingest", str(folder), "--db", db, "--no-progress", "--no-geocode",
         "--published", "2023-04-01"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env=os.environ.copy())


def test_queries_and_exports_run_while_ingest_writes(db, tmp_path):
    folder = tmp_path / "news"
    write_many(folder, 400)  # enough that the writing outlasts several rounds of reads
    writer = _ingest(folder, db)
    seen, during = [], 0
    with open_store(db) as store:
        while writer.poll() is None:
            count = store.count("events")
            rows = store.events(limit=20, country="PAK")
            weekly = store.statistics("week", unit="events")
            out = tmp_path / "live.geojson"
            written = store.export(str(out), format="geojson", unit="events")
            assert len(json.loads(out.read_text())["features"]) == written  # a complete file each time
            assert len(rows) <= 20 and sum(w["events"] for w in weekly) >= count
            seen.append(count)
            during += 0 < count
            time.sleep(0.05)
        assert writer.wait() == 0, writer.stderr.read()
        final = store.count("events")
    assert seen == sorted(seen), "counts never go back"
    assert during >= 3, "the reads should have overlapped the writing"
    assert final >= 150


def test_two_writers_on_the_same_inputs_store_each_article_once(db, tmp_path):
    folder = tmp_path / "news"
    write_many(folder, 80)
    first, second = _ingest(folder, db), _ingest(folder, db)
    assert first.wait() == 0, first.stderr.read()
    assert second.wait() == 0, second.stderr.read()
    with open_store(db) as store:
        assert store.count("events") == len({e["event_id"] for e in store.events()})
        assert sum(i["reports"] for i in store.incidents()) == store.count("events")
        stored = {e["event_id"].split(":")[0] for e in store.events()}
    assert stored == {f"article-{n:04d}" for n in range(80)}
