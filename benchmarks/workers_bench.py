"""Local processes (--workers N): extract and ingest on one and on two processes, side by side.

    .venv/bin/python benchmarks/workers_bench.py [--articles 2176] [--workers 1,2] [--json FILE]
    .venv/bin/python benchmarks/workers_bench.py --big-store 1000000 --articles 5000
    .venv/bin/python benchmarks/workers_bench.py --big-store 1000000 --articles 5000 --paired 10
    .venv/bin/python benchmarks/workers_bench.py --memory 10000,100000
    .venv/bin/python benchmarks/workers_bench.py --writer [--rounds 3]

Reads GVA's full news articles (../shared/bench/news/dev_gva_incidents.jsonl; without it, the
600-word synthetic stories of store_bench) and, for each worker count, times: coding them
(``pipe`` through the event stages, what ``extract`` does), ingesting them into an empty SQLite
store, and into an empty PostgreSQL database (a temporary server from the machine's binaries,
when there are some), after one untimed pass. The worker counts alternate for ``--rounds``
rounds and the median of each is kept. Every figure is articles a second, and each ratio is
taken between figures of this one run. Do not run it beside other work: it measures two cores.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from figures import emit  # noqa: E402
from sitroom.api import pipe, warm_up  # noqa: E402
from sitroom.pipeline import EVENT_STAGES  # noqa: E402
from sitroom.settings import Settings  # noqa: E402
from sitroom.store.api import open_store  # noqa: E402

GVA = HERE.parent.parent / "shared" / "bench" / "news" / "dev_gva_incidents.jsonl"


def inputs(folder: Path, count: int) -> tuple[Path, str]:
    if GVA.is_file():
        path = folder / "gva.jsonl"
        with open(GVA, encoding="utf-8") as source, open(path, "w", encoding="utf-8") as out:
            for n, line in enumerate(source):
                if n >= count:
                    break
                r = json.loads(line)
                out.write(json.dumps({"id": r["doc_id"], "text": r["text"], "published": r.get("published"),
                                      "url": r.get("url")}) + "\n")
        return path, f"GVA dev news, first {count}"
    from store_bench import write_articles

    write_articles(folder / "synthetic", count)
    return folder / "synthetic", f"{count} synthetic stories of about 600 words (../shared absent)"


def _postgres_server(out: dict):
    """A throwaway PostgreSQL server from the machine's binaries, started: (server, its admin
    URL), or (None, None) with the reason written in ``out``."""
    from sitroom.store.pg_temp import NoPostgres, temporary_server

    try:
        server = temporary_server()
        return server, server.__enter__()
    except NoPostgres as exc:
        out["postgresql"] = f"skipped: {exc}"
        return None, None


def rate(run) -> tuple[float, int]:
    start = time.perf_counter()
    done = run()
    return done / (time.perf_counter() - start), done


def bench(count: int, worker_counts: list[int], rounds: int = 2) -> dict:
    from sitroom.store.pg_temp import create_database

    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        source, what = inputs(Path(tmp), count)
        out["input"] = what
        base = Settings()
        warm_up(base)  # the one-off loads before any timing, as the commands do
        # and one untimed pass: the gazetteer builds some indexes on first use, which the first
        # timed run would otherwise pay for alone
        sum(1 for _ in pipe([source], stages=EVENT_STAGES, settings=base, keep_sentences=False))
        server, admin = _postgres_server(out)
        runs: dict[int, dict[str, list[float]]] = {w: {} for w in worker_counts}
        for round_ in range(rounds):  # the worker counts alternate, so that drift hits all alike
            for workers in worker_counts:
                settings = replace(base, workers=workers)
                got = runs[workers]
                speed, n = rate(lambda: sum(1 for d in pipe([source], stages=EVENT_STAGES, settings=settings,
                                                            keep_sentences=False) if d.ok))
                got.setdefault("extract_per_s", []).append(speed)
                out["articles"] = n
                with open_store(str(Path(tmp) / f"w{workers}-{round_}.db")) as store:
                    speed, _ = rate(lambda: store.ingest([source], settings=settings).articles_added)
                got.setdefault("ingest_sqlite_per_s", []).append(speed)
                if admin is not None:
                    with open_store(create_database(admin)) as store:
                        speed, _ = rate(lambda: store.ingest([source], settings=settings).articles_added)
                    got.setdefault("ingest_postgresql_per_s", []).append(speed)
                print(f"  round {round_ + 1}, workers={workers}: "
                      f"{ {k: round(v[-1], 1) for k, v in got.items()} }", file=sys.stderr)
        for workers in worker_counts:
            row = {k: round(statistics.median(v), 1) for k, v in runs[workers].items()}
            row["runs"] = {k: [round(x, 1) for x in v] for k, v in runs[workers].items()}
            row["ingest_sqlite_over_extract"] = round(row["ingest_sqlite_per_s"] / row["extract_per_s"], 2)
            out[f"workers={workers}"] = row
        if server is not None:
            server.__exit__(None, None, None)
    # peak resident memory: the parent (reader, writer, the coder's one-off loads) and the
    # largest worker (forked from it, so much of it is the parent's pages, shared)
    out["peak_rss_mb"] = {"parent": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                          "largest_worker": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)}
    first = out[f"workers={worker_counts[0]}"]
    for workers in worker_counts:
        # each ratio also taken within each round, between runs minutes apart, and the median of those
        got = runs[workers]
        out[f"workers={workers}"]["ingest_sqlite_over_extract_by_round"] = [
            round(i / e, 2) for i, e in zip(got["ingest_sqlite_per_s"], got["extract_per_s"])]
    for workers in worker_counts[1:]:
        row = out[f"workers={workers}"]
        for key in ("extract_per_s", "ingest_sqlite_per_s", "ingest_postgresql_per_s"):
            if key in row and key in first:
                name = key.rsplit('_per_s', 1)[0]
                row[f"{name}_speedup"] = round(row[key] / first[key], 2)
                paired = [round(m / o, 2) for m, o in zip(runs[workers][key], runs[worker_counts[0]][key])]
                row[f"{name}_speedup_by_round"] = paired
                row[f"{name}_speedup_median_of_rounds"] = statistics.median(paired)
    return out


def big_store(count: int, stored: int) -> dict:
    """Coding alone, and coding with the events written as ``extract`` writes them, then ingest
    (one worker) into an empty SQLite store and into one already holding ``stored`` synthetic
    events (store_bench.fill), each ``count`` 600-word stories; each ingest timed from opening
    the store to closing it."""
    from store_bench import fill, write_articles

    out: dict = {"articles": count, "stored_events": stored}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "stories"
        write_articles(folder, count)
        base = Settings()
        warm_up(base)
        sum(1 for _ in pipe([folder], stages=EVENT_STAGES, settings=base, keep_sentences=False))  # untimed pass
        speed, _ = rate(lambda: sum(1 for d in pipe([folder], stages=EVENT_STAGES, settings=base,
                                                    keep_sentences=False) if d.ok))
        out["extract_per_s"] = round(speed, 1)
        # the extract command's own work: coding, and every reported event written as JSONL
        speed, _ = rate(lambda: _extract_to_jsonl(folder, base, Path(tmp) / "events.jsonl"))
        out["extract_jsonl_per_s"] = round(speed, 1)
        speed, _ = rate(lambda: _ingest_and_close(str(Path(tmp) / "empty.db"), folder))
        out["ingest_empty_per_s"] = round(speed, 1)
        full = str(Path(tmp) / "full.db")
        out["fill_seconds"] = round(fill(full, stored), 1)
        speed, _ = rate(lambda: _ingest_and_close(full, folder))
        out["ingest_full_per_s"] = round(speed, 1)
    for key in ("ingest_empty_per_s", "ingest_full_per_s"):
        out[key.replace("_per_s", "_over_extract")] = round(out[key] / out["extract_per_s"], 2)
        out[key.replace("_per_s", "_over_extract_jsonl")] = round(out[key] / out["extract_jsonl_per_s"], 2)
    return out


def big_store_paired(count: int, stored: int, slices: int) -> dict:
    """The store case with each timing paired in time: the stories split into ``slices`` parts,
    and for each part, one after the other, coding it alone, extracting it (coding it and
    writing its events as JSONL, as ``sitroom extract`` does: the issue's baseline), ingesting
    it into the growing store that began empty and into the growing store that began with
    ``stored`` events (each store opened once; closing it, with the last copy of its log, is
    timed and counted). This
    machine's speed drifts by up to half over minutes (the same coding took 2.5 s, then 3.7 s, in
    one process), so a ratio of runs minutes apart can say more of the machine than of ingest;
    here every part's three timings are seconds apart, and the ratio of the sums is reported
    with each part's own."""
    from store_bench import fill, write_articles

    out: dict = {"articles": count, "stored_events": stored, "slices": slices}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "stories"
        paths = write_articles(folder, count)
        parts = [folder / f"part-{k:03d}" for k in range(slices)]
        for k, path in enumerate(paths):
            target = parts[k * slices // len(paths)]
            target.mkdir(exist_ok=True)
            path.rename(target / path.name)
        base = Settings()
        warm_up(base)
        sum(1 for _ in pipe([parts[0]], stages=EVENT_STAGES, settings=base, keep_sentences=False))  # untimed
        full = str(Path(tmp) / "full.db")
        out["fill_seconds"] = round(fill(full, stored), 1)
        seconds = {"coding": 0.0, "extract": 0.0, "ingest_empty": 0.0, "ingest_full": 0.0}
        extracted = Path(tmp) / "extracted.jsonl"
        by_part = []
        with open_store(str(Path(tmp) / "empty.db")) as empty, open_store(full) as filled:
            for part in parts:
                t = time.perf_counter()
                done = sum(1 for d in pipe([part], stages=EVENT_STAGES, settings=base, keep_sentences=False) if d.ok)
                took = {"coding": time.perf_counter() - t}
                t = time.perf_counter()
                assert _extract_to_jsonl(part, base, extracted) == done
                took["extract"] = time.perf_counter() - t
                for name, store in (("ingest_empty", empty), ("ingest_full", filled)):
                    t = time.perf_counter()
                    added = store.ingest([part]).articles_added
                    took[name] = time.perf_counter() - t
                    assert added == done, (name, added, done)
                for name, value in took.items():
                    seconds[name] += value
                by_part.append({f"{name}_over_{base_}": round(took[base_] / took[name], 3)
                                for name in ("ingest_empty", "ingest_full") for base_ in ("coding", "extract")})
                print(f"  {part.name}: " + ", ".join(f"{k} {v:.2f} s" for k, v in took.items()), file=sys.stderr)
            # closing copies the log into the database: part of ingest's time
            for name, store in (("ingest_empty", empty), ("ingest_full", filled)):
                t = time.perf_counter()
                store.close()
                seconds[name] += time.perf_counter() - t
    out["per_s"] = {name: round(count / value, 1) for name, value in seconds.items()}
    for name in ("ingest_empty", "ingest_full"):
        for base_ in ("coding", "extract"):
            ratio = f"{name}_over_{base_}"
            out[ratio] = round(seconds[base_] / seconds[name], 3)
            out[f"{ratio}_by_part"] = [p[ratio] for p in by_part]
            out[f"{ratio}_median_part"] = round(statistics.median(p[ratio] for p in by_part), 3)
    return out


def writer_alone(count: int, rounds: int) -> dict:
    """Where the one writer saturates: the articles coded once beforehand (held in memory), then
    only stored, into a fresh SQLite store and a fresh PostgreSQL database each round, through
    ingest's own writer; beside, coding them alone. The writer's articles a second is the most
    that any number of workers can ingest; over coding's, the workers one writer keeps busy."""
    import pickle

    from sitroom.scale.job import mark_coded
    from sitroom.store.engine import connect
    from sitroom.store.ingest import Ingestor
    from sitroom.store.pg_temp import create_database

    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        source, out["input"] = inputs(Path(tmp), count)
        base = Settings()
        warm_up(base)
        sum(1 for _ in pipe([source], stages=EVENT_STAGES, settings=base, keep_sentences=False))  # untimed
        coded = [d for d in pipe([source], stages=EVENT_STAGES, settings=base, keep_sentences=False) if d.ok]
        for doc in coded:
            mark_coded(doc)
        held = pickle.dumps(coded)
        out["articles"] = len(coded)
        server, admin = _postgres_server(out)
        runs: dict[str, list[float]] = {}
        for round_ in range(rounds):
            speed, _ = rate(lambda: sum(1 for d in pipe([source], stages=EVENT_STAGES, settings=base,
                                                        keep_sentences=False) if d.ok))
            runs.setdefault("coding_per_s", []).append(speed)
            targets = [("writer_sqlite_per_s", str(Path(tmp) / f"writer-{round_}.db"))]
            if admin is not None:
                targets.append(("writer_postgresql_per_s", create_database(admin)))
            for name, db in targets:
                docs = pickle.loads(held)
                engine = connect(db)
                try:
                    ingestor = Ingestor(engine, base)
                    ingestor.warm_up()

                    def write() -> int:
                        with ingestor.batched():
                            return sum(ingestor.store(d).articles_added for d in docs)

                    speed, added = rate(write)
                finally:
                    engine.dispose()
                assert added == len(docs), (name, added, len(docs))
                runs.setdefault(name, []).append(speed)
            print(f"  round {round_ + 1}: { {k: round(v[-1], 1) for k, v in runs.items()} }", file=sys.stderr)
        if server is not None:
            server.__exit__(None, None, None)
    for name, values in runs.items():
        out[name] = round(statistics.median(values), 1)
        out[f"{name}_runs"] = [round(v, 1) for v in values]
    for name in ("writer_sqlite_per_s", "writer_postgresql_per_s"):
        if name in out:
            out[f"{name.removesuffix('_per_s')}_over_coding"] = round(out[name] / out["coding_per_s"], 2)
    return out


def _ingest_and_close(db: str, folder: Path) -> int:
    """Open the store, ingest ``folder`` and close it: the time includes the last copy of
    SQLite's log (the WAL) into the database file, which closing makes."""
    with open_store(db) as store:
        return store.ingest([folder]).articles_added


def _extract_to_jsonl(folder: Path, settings: Settings, path: Path) -> int:
    """What ``sitroom extract`` does for each article (its CLI aside): code it and write its
    reported events with their provenance as JSONL lines; the articles coded."""
    from sitroom.exports import add_coded, open_writer

    with open(path, "w", encoding="utf-8") as stream:
        writer = open_writer("jsonl", stream=stream)
        done = add_coded(writer, pipe([folder], stages=EVENT_STAGES, settings=settings, keep_sentences=False))
        writer.close()
    return done


def _stories_jsonl(path: Path, count: int) -> None:
    """``count`` of store_bench's synthetic stories as JSONL (one file: 100,000 stories as files
    would be 100,000 inodes), each made distinct by its number."""
    from store_bench import MONTHS, PARAGRAPHS, TOWNS

    with open(path, "w", encoding="utf-8") as out:
        for k in range(count):
            town = TOWNS[k % len(TOWNS)][0]
            values = {"town": town, "town_up": town.upper(), "day": 1 + k % 28, "month": MONTHS[k % 10],
                      "n": 1 + k % 6, "k": k}
            out.write(json.dumps({"id": f"story-{k}", "text": "\n\n".join(p.format(**values) for p in PARAGRAPHS)})
                      + "\n")


_PEAK = ("import resource, subprocess, sys; done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
         "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def _peak(command: list[str]) -> tuple[float, int]:
    """Seconds and the peak resident memory in MB of the largest process of ``command``'s tree
    (the command and every worker it waited for), measured by a fresh process that runs only it."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _PEAK, *command], capture_output=True, text=True, check=True)
    code, kb = done.stdout.split()
    if code != "0":
        raise SystemExit(f"{' '.join(command)} exited {code}")
    return time.perf_counter() - start, round(int(kb) / 1024)


def memory(sizes: list[int]) -> dict:
    """Peak memory of ``sitroom extract`` (the default workers) and ``sitroom ingest`` (one
    worker and the default) over each number of synthetic stories: flat means the inputs stream."""
    sitroom = str(Path(sys.executable).with_name("sitroom"))
    out: dict = {"stories": "store_bench's 600-word synthetic stories as JSONL"}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            source = Path(tmp) / f"stories-{size}.jsonl"
            _stories_jsonl(source, size)
            row = {}
            for name, command in (
                ("extract_default_workers", [sitroom, "extract", str(source), "-o", str(Path(tmp) / "e.jsonl"),
                                             "--no-progress"]),
                ("ingest_1_worker", [sitroom, "ingest", str(source), "--db", str(Path(tmp) / f"a{size}.db"),
                                     "--no-progress", "--workers", "1"]),
                ("ingest_default_workers", [sitroom, "ingest", str(source), "--db", str(Path(tmp) / f"b{size}.db"),
                                            "--no-progress"]),
            ):
                seconds, mb = _peak(command)
                row[name] = {"seconds": round(seconds, 1), "peak_rss_mb": mb}
                print(f"  {size:,} stories, {name}: {row[name]}", file=sys.stderr)
            out[f"{size}"] = row
            source.unlink()
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2176)
    parser.add_argument("--workers", default="1,2", help="worker counts, the first being the baseline")
    parser.add_argument("--rounds", type=int, default=2, help="timed runs of each, alternating (the median is kept)")
    parser.add_argument("--big-store", type=int, metavar="EVENTS",
                        help="instead: --articles synthetic stories coded, then ingested into an empty store and into "
                             "one of EVENTS synthetic events (one worker)")
    parser.add_argument("--paired", type=int, metavar="SLICES",
                        help="with --big-store: each timing paired in time over this many slices of the stories")
    parser.add_argument("--memory", metavar="SIZES",
                        help="instead: peak memory of extract and ingest over these numbers of synthetic stories, "
                             "e.g. 10000,100000")
    parser.add_argument("--writer", action="store_true",
                        help="instead: the one writer alone (articles coded beforehand) into SQLite and PostgreSQL, "
                             "beside coding alone: where adding workers stops helping")
    parser.add_argument("--json", help="write the figures here")
    args = parser.parse_args(argv)
    if args.writer:
        return emit(writer_alone(args.articles, args.rounds), args.json)
    if args.memory:
        return emit(memory([int(n) for n in args.memory.split(",")]), args.json)
    if args.big_store and args.paired:
        return emit(big_store_paired(args.articles, args.big_store, args.paired), args.json)
    if args.big_store:
        return emit(big_store(args.articles, args.big_store), args.json)
    figures = bench(args.articles, [int(w) for w in args.workers.split(",")], args.rounds)
    return emit(figures, args.json)


if __name__ == "__main__":
    sys.exit(main())
