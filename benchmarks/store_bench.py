"""Benchmark: the event store.

    python benchmarks/store_bench.py [--only ingest|queries|kill] [--events 1000000] [--json out.json]

ingest   articles per second stored into SQLite and into PostgreSQL (a throwaway server from
         the machine's binaries), beside coding the same articles without storing them, in
         one run; then the same inputs again (rows added must be 0).
queries  latency (p50, p95 in ms) of typical filtered queries on N synthetic events and as many
         incidents in SQLite, through the Python API (rows of 100, newest first) and for counts.
kill     the SIGKILL test of tests/test_store_ingest.py with 20 runs on each backend.
matching incident matching cost per new report (ms) at 10k, 100k and 1M stored events
         (--sizes), half of the new reports with a stored twin to join.

Needs nothing from ../shared: the articles and events are generated here.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sitroom.api import pipe  # noqa: E402
from sitroom.pipeline import EVENT_STAGES  # noqa: E402
from sitroom.store.api import open_store  # noqa: E402
from sitroom.store.pg_temp import NoPostgres, create_database, temporary_server  # noqa: E402

TOWNS = [("Bannu", 32.99, 70.6), ("Tank", 32.22, 70.38), ("Wana", 32.3, 69.57), ("Miran Shah", 33.0, 70.07),
         ("Datta Khel", 32.91, 69.74), ("Parachinar", 33.9, 70.1), ("Khar", 34.73, 71.52), ("Chitral", 35.85, 71.79),
         ("Kohat", 33.58, 71.44), ("Hangu", 33.53, 71.06), ("Quetta", 30.19, 67.01), ("Turbat", 26.0, 63.05),
         ("Kandahar", 31.61, 65.71), ("Khost", 33.34, 69.92), ("Jalalabad", 34.43, 70.45), ("Chaman", 30.92, 66.45)]
ACTORS = ["Military Forces of Pakistan", "Police Forces of Pakistan", "TTP: Tehreek-i-Taliban Pakistan", "Taliban",
          "Unidentified Armed Group (Pakistan)", "BLA: Balochistan Liberation Army", "Civilians (Pakistan)",
          "Military Forces of Afghanistan", "Islamic State Khorasan Province", "Protesters (Pakistan)"]
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Violence against civilians", "Attack"),
         ("Protests", "Peaceful protest"), ("Strategic developments", "Arrests")]
PARAGRAPHS = [
    "{town_up}: Militants attacked a security post in {town} on {day} {month} 2023, killing {n} soldiers, officials "
    "said. Troops returned fire and the exchange lasted for about an hour before the attackers withdrew towards the "
    "hills, a senior official told reporters on condition of anonymity.",
    "The official said reinforcements had been sent to the area and a search operation was under way. Residents "
    "said shops in the main bazaar stayed closed for the rest of the day and the road to the district headquarters "
    "was blocked by security forces.",
    "Report {k} added that the post had been attacked twice in the past year. Local elders called on the provincial "
    "government to improve security along the road, saying traders and students were afraid to travel after dark.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def write_articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(count):
        town = TOWNS[k % len(TOWNS)][0]
        values = {"town": town, "town_up": town.upper(), "day": 1 + k % 28, "month": MONTHS[k % 10], "n": 1 + k % 6,
                  "k": k}
        path = folder / f"story-{k:05d}.txt"
        path.write_text("\n\n".join(p.format(**values) for p in PARAGRAPHS), encoding="utf-8")
        paths.append(path)
    return paths


def bench_ingest(count: int) -> dict:
    out: dict = {"articles": count}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "news"
        write_articles(folder, count)
        list(pipe([folder], stages=EVENT_STAGES))  # warm: gazetteer and codebook loaded once for all
        t = time.perf_counter()
        coded = sum(1 for d in pipe([folder], stages=EVENT_STAGES) if d.ok)
        out["code_only_per_s"] = round(coded / (time.perf_counter() - t), 1)
        targets = [("sqlite", lambda: str(Path(tmp) / "bench.db"))]
        try:
            server = temporary_server()
            admin = server.__enter__()
            targets.append(("postgresql", lambda: create_database(admin)))
        except NoPostgres as exc:
            server = None
            out["postgresql"] = f"skipped: {exc}"
        for name, make in targets:
            db = make()
            with open_store(db) as store:
                t = time.perf_counter()
                first = store.ingest([folder])
                seconds = time.perf_counter() - t
                t = time.perf_counter()
                again = store.ingest([folder])
                rerun = time.perf_counter() - t
            out[name] = {
                "articles_per_s": round(first.articles_added / seconds, 1),
                "ratio_to_code_only": round(first.articles_added / seconds / out["code_only_per_s"], 2),
                "events": first.events_added, "incidents": first.incidents_opened,
                "rerun_rows_added": again.articles_added + again.events_added,
                "rerun_articles_per_s": round(again.articles_known / rerun, 1),
            }
        if server is not None:
            server.__exit__(None, None, None)
    return out


def _record(i: int, etype: str, sub: str, a1: str, a2: str, town: tuple, when: date, dead: int,
            country: str = "PAK", admin1: str | None = None) -> str:
    return json.dumps({
        "event_id": f"syn{i}:0", "doc_id": f"syn{i}", "rank": 0, "event_type": etype, "sub_event_type": sub,
        "plover": {"type": "ASSAULT", "mode": None}, "actor1": {"name": a1, "country": "PAK", "actor_type": 1},
        "actor2": {"name": a2, "country": "PAK", "actor_type": 3}, "assoc_actor1": [], "assoc_actor2": [],
        "location": {"name": town[0], "country": country, "admin1": admin1 or f"Province {hash(town[0]) % 7}",
                     "lat": town[1], "lon": town[2], "geo_precision": 1},
        "event_date": when.isoformat(), "time_precision": 1, "fatalities": dead, "count": None, "movement": None,
        "attribution": {"modality": "asserted", "source": "officials", "cue": "said", "anonymous": False},
        "evidence": [{"sentence": f"Synthetic report {i} of a clash in {town[0]}.", "start": 0, "end": 40}],
    })


def fill(db: str, n: int, seed: int = 7) -> float:
    """``n`` synthetic events, each its own incident, in 24 countries over six years."""
    from sqlalchemy import insert

    from sitroom.consolidate.cells import cell_of
    from sitroom.store.schema import actors, articles, event_actors, events, incident_links, incidents

    rng = random.Random(seed)
    countries = [f"C{c:02d}" for c in range(24)]
    t0 = time.perf_counter()
    now = datetime.now(timezone.utc)
    with open_store(db) as store, store.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA cache_size=-1000000")  # the random-order index inserts stay in memory
        conn.execute(insert(actors), [{"id": k + 1, "name": name} for k, name in enumerate(ACTORS)] +
                     [{"id": 100 + k, "name": f"Local Militia {k}"} for k in range(300)])
        batch = 20_000
        for start in range(0, n, batch):
            arts, evs, links, incs, eas = [], [], [], [], []
            for i in range(start, min(n, start + batch)):
                etype, sub = rng.choice(TYPES)
                town = rng.choice(TOWNS)
                country = rng.choice(countries)
                a1 = rng.randrange(len(ACTORS))
                a2 = rng.randrange(300)
                when = date(2019, 1, 1) + timedelta(days=rng.randrange(6 * 365))
                dead = rng.choice([0, 0, 0, 1, 2, 3, 5, 12])
                lat, lon = town[1] + rng.uniform(-2, 2), town[2] + rng.uniform(-2, 2)
                admin1 = f"{country} Province {rng.randrange(12)}"
                row = {"event_type": etype, "sub_event_type": sub, "event_date": when, "time_precision": 1,
                       "actor1": ACTORS[a1], "actor2": f"Local Militia {a2}", "location": town[0], "country": country,
                       "admin1": admin1, "lat": lat, "lon": lon, "geo_precision": 1, "fatalities": dead,
                       "modality": "asserted" if rng.random() < 0.9 else "claimed", "plover_type": "ASSAULT"}
                arts.append({"id": i + 1, "content_hash": f"{i:064d}", "doc_id": f"syn{i}", "text": "synthetic",
                             "ingested_at": now, "outlet": "Synthetic Wire", "published": when})
                evs.append({**row, "id": i + 1, "article_id": i + 1, "position": 0, "event_id": f"syn{i}:0",
                            "rank": 0, "record": _record(i, etype, sub, ACTORS[a1], f"Local Militia {a2}",
                                                         (town[0], lat, lon), when, dead, country, admin1)})
                incs.append({**row, "id": i + 1, "reports": 1, "articles": 1, "representative_id": i + 1,
                             "cell": cell_of(lat, lon),
                             "fatalities_basis": "one credible figure", "created_at": now, "updated_at": now})
                links.append({"event_id": i + 1, "incident_id": i + 1, "score": 1.0, "reason": "{}"})
                eas += [{"event_id": i + 1, "role": "actor1", "actor_id": a1 + 1},
                        {"event_id": i + 1, "role": "actor2", "actor_id": 100 + a2}]
            conn.execute(insert(articles), arts)
            conn.execute(insert(events), evs)
            conn.execute(insert(incidents), incs)
            conn.execute(insert(incident_links), links)
            conn.execute(insert(event_actors), eas)
            print(f"  {min(n, start + batch):,} synthetic events", file=sys.stderr, end="\r")
    with open_store(db) as store, store.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    # a store at rest: the bulk load's write-ahead log folded into the file, as SQLite's
    # automatic checkpoints do in normal use (else every read consults a log of gigabytes)
    import sqlite3

    with sqlite3.connect(db) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # and on the disk: else the kernel still holds gigabytes of the fill's pages to write, and the
    # first fsync of the timed run (a checkpoint's) waits for them all
    os.sync()
    return time.perf_counter() - t0


def bench_matching(sizes: list[int], new: int = 500) -> dict:
    """Matching cost as the store grows: for each size, a SQLite store of that many synthetic
    events (each its own incident; fill()), then ``new`` more reports drawn the same way are linked
    to incidents one at a time (linking.link_incident, the ingest path), each in its own
    transaction. Reports whose twin (same type, day, country, a point 2 km away) is stored are
    half of them, so both outcomes (join, open) are timed."""
    from sqlalchemy import insert

    from sitroom.consolidate.incidents import Report
    from sitroom.store.schema import articles, events
    from sitroom.store.linking import link_incident

    out = {}
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            db = str(Path(tmp) / "match.db")
            fill(db, n)
            rng = random.Random(11)
            reports = []
            with open_store(db) as store, store.engine.connect() as conn:
                stored = conn.exec_driver_sql(
                    "SELECT event_type, sub_event_type, event_date, country, admin1, lat, lon, actor1 FROM events "
                    "ORDER BY random() LIMIT ?", (new // 2,)).fetchall()
            for k in range(new):
                if k % 2 == 0 and stored:
                    etype, sub, when, country, admin1, lat, lon, actor = stored[k // 2 % len(stored)]
                    when = date.fromisoformat(str(when)[:10])
                    lat, lon = lat + 0.018, lon
                else:
                    etype, sub = rng.choice(TYPES)
                    town, actor = rng.choice(TOWNS), rng.choice(ACTORS)
                    country, admin1 = f"C{rng.randrange(24):02d}", None
                    when = date(2019, 1, 1) + timedelta(days=rng.randrange(6 * 365))
                    lat, lon = town[1] + rng.uniform(-2, 2), town[2] + rng.uniform(-2, 2)
                reports.append(dict(event_type=etype, sub_event_type=sub, when=when, country=country,
                                    admin1=admin1 or f"{country} Province 0", lat=lat, lon=lon, actor=actor))
            joined = 0
            with open_store(db) as store:
                start = time.perf_counter()
                for k, r in enumerate(reports):
                    with store.engine.begin() as conn:
                        rid = n + 10 + k  # an id no stored event has (all is rolled back below)
                        conn.execute(insert(articles), {"id": rid, "content_hash": f"new{rid}", "doc_id": f"new{rid}",
                                                        "text": "synthetic", "ingested_at": datetime.now(timezone.utc)})
                        conn.execute(insert(events), {"id": rid, "article_id": rid, "position": 0, "rank": 0,
                                                      "event_id": f"new{rid}:0", "modality": "asserted", "record": "{}"})
                        report = Report(id=rid, article_id=rid, event_type=r["event_type"],
                                        sub_event_type=r["sub_event_type"], plover_type="ASSAULT", date=r["when"],
                                        time_precision=1, side1=(r["actor"],), side2=(), location="Synthetic",
                                        country=r["country"], admin1=r["admin1"], admin2=None, lat=r["lat"],
                                        lon=r["lon"], geo_precision=1, fatalities=1, modality="asserted",
                                        sentence="", published=r["when"])
                        joined += link_incident(conn, report)
                        conn.rollback()
                seconds = time.perf_counter() - start
            out[str(n)] = {"reports": new, "joined": joined, "ms_per_report": round(1000 * seconds / new, 2),
                           "reports_per_s": round(new / seconds, 1)}
            print(f"  matching at {n:,} stored events: {out[str(n)]}", file=sys.stderr)
    return out


def _typical(rng: random.Random) -> list[tuple[str, dict]]:
    country = f"C{rng.randrange(24):02d}"
    since = date(2019, 1, 1) + timedelta(days=rng.randrange(5 * 365))
    town = rng.choice(TOWNS)
    return [
        ("country + last 90 days", {"country": country, "since": since, "until": since + timedelta(days=90)}),
        ("country + event type", {"country": country, "event_type": rng.choice(TYPES)[0]}),
        ("sub-event type + since", {"sub_event_type": rng.choice(TYPES)[1], "since": since}),
        ("admin1", {"admin1": f"{country} Province {rng.randrange(12)}"}),
        ("actor (part of a name)", {"actor": rng.choice(["taliban", "police", "militia 17", "khorasan"])}),
        ("near a town within 25 km", {"near": (town[1], town[2]), "within_km": 25}),
        ("date range only (one month)", {"since": since, "until": since + timedelta(days=30)}),
        ("claimed, in a country", {"modality": "claimed", "country": country}),
    ]


def bench_queries(n: int, reps: int, keep: Path | None = None) -> dict:
    out: dict = {"events": n}
    with tempfile.TemporaryDirectory() as tmp:
        db = str(keep or Path(tmp) / "million.db")
        if not Path(db).exists():
            out["fill_seconds"] = round(fill(db, n), 1)
        out["db_mb"] = round(os.path.getsize(db) / 2**20)
        rng = random.Random(11)
        timings: dict[str, list[float]] = {}
        with open_store(db) as store:
            store.events(limit=1)  # warm the connection pool
            for _ in range(reps):
                for label, filters in _typical(rng):
                    for unit in ("events", "incidents"):
                        t = time.perf_counter()
                        (store.events if unit == "events" else store.incidents)(limit=100, **filters)
                        timings.setdefault(f"{unit}: {label}", []).append(1000 * (time.perf_counter() - t))
                    t = time.perf_counter()
                    store.count("events", **filters)
                    timings.setdefault(f"count: {label}", []).append(1000 * (time.perf_counter() - t))
        for key, values in timings.items():
            values.sort()
            out[key] = {"p50_ms": round(statistics.median(values), 1),
                        "p95_ms": round(values[max(0, int(round(0.95 * len(values))) - 1)], 1)}
    return out


def bench_kill() -> dict:
    env = {**os.environ, "SITROOM_KILL_RUNS_POSTGRES": "20"}
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           str(HERE.parent / "tests" / "test_store_ingest.py"), "-k", "sigkill"],
                          capture_output=True, text=True, env=env, cwd=HERE.parent)
    tail = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-400:]
    out = {"runs_per_backend": 20, "passed": done.returncode == 0, "pytest": tail,
           "seconds": round(time.perf_counter() - t, 1)}
    if done.returncode:
        out["failure"] = [line for line in done.stdout.splitlines() if line.startswith(("E ", ">"))][:12]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", choices=["ingest", "queries", "kill", "matching"], action="append")
    ap.add_argument("--sizes", default="10000,100000,1000000", help="matching: stored events, comma-separated")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--reps", type=int, default=25, help="repetitions of each query (with varied values)")
    ap.add_argument("--keep", type=Path, help="queries: fill this SQLite file once and reuse it on later runs")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    parts = args.only or ["ingest", "queries", "kill", "matching"]
    results: dict = {"date": date.today().isoformat()}
    if "ingest" in parts:
        results["ingest"] = bench_ingest(args.articles)
        print(json.dumps({"ingest": results["ingest"]}, indent=2))
    if "queries" in parts:
        results["queries"] = bench_queries(args.events, args.reps, args.keep)
        print(json.dumps({"queries": results["queries"]}, indent=2))
    if "matching" in parts:
        results["matching"] = bench_matching([int(x) for x in args.sizes.split(",")])
        print(json.dumps({"matching": results["matching"]}, indent=2))
    if "kill" in parts:
        results["kill"] = bench_kill()
        print(json.dumps({"kill": results["kill"]}, indent=2))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
