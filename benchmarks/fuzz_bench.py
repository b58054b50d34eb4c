"""Fuzz: generated and mutated texts through ingest (SQLite and PostgreSQL) and the reading commands.

    python benchmarks/fuzz_bench.py [--texts 10000] [--seed 7] [--backend sqlite|postgresql ...]

The texts are made here: sentences of the trade in many shapes (figures of every size, ages,
dates from year 1 to 9999, run-on clauses, brackets nested deep, control characters, other
scripts, broken markup, JSON records with odd fields) and mutations of them (bytes flipped,
cut, repeated, encodings mixed). They are written as .txt, .html, .jsonl and .json files and
stored with `sitroom ingest FOLDER --no-geocode` on each backend (the gazetteer is left out to
keep a run of 10,000 texts within half an hour on two cores); then every reading command runs over the
store with odd but valid options, and each bad option value must give exit status 2. Last, every
document goes through the coder in this process, timed one at a time (the slowest are named).
Any traceback, or a document the pipeline had to skip for an error in a stage, is a failure
(exit 1). Needs nothing from ../shared.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SITROOM = [sys.executable, "-m", "sitroom"]

ACTORS = ["Militants", "Gunmen", "Security forces", "The Taliban", "Police", "Protesters", "A 19-year-old man",
          "Two 16-year-old boys", "Soldiers of the 4th Division", "Unidentified men", "The BLA", "Villagers"]
DEEDS = ["attacked a police post", "killed {n} people", "shot dead {n} policemen", "fired mortars at",
         "clashed with troops", "abducted {n} workers", "protested against the killing of a teacher",
         "stormed a checkpoint with guns and grenades", "fled into Afghanistan", "were arrested",
         "have killed thousands since early 2021", "would attack other posts", "did not attack"]
PLACES = ["in Bannu", "near Mir Ali, North Waziristan", "in Kech district (Balochistan)", "on Windsor Drive",
          "in the 2600 block of Elm Street", "in Tank", "in Fresno, Calif.", "at Spin Boldak", "in Kabul",
          "in Odessa", "in Tripoli", "near the border", "in Ζάκυνθος", "в Донецке", "في حلب"]
WHEN = ["on Monday", "late Sunday", "earlier this month", "on 31 December 9999", "on 1 January 0001", "last week",
        "on 9 May 2020", "at 6:45 p.m.", "so far this year", ""]
FIGURES = ["two", "3", "dozens of", "more than 150", "99999999999999999999", "9223372036854775807", "0", "-5",
           "1e308", "½", "٣", "²", "nan", "a dozen", "9" * 400]
JUNK = ["\x00", "\x07", "\ufeff", "\u202e", "\ud7ff", "\u2028", "\u2029", "\r", "\t", "\x85", "&amp;", "<", "]]>",
        "{{", "%s", "\\", "'", '"', "`", "\U0001f4a5"]


def sentence(rng: random.Random) -> str:
    deed = rng.choice(DEEDS).format(n=rng.choice(FIGURES))
    return f"{rng.choice(ACTORS)} {deed} {rng.choice(PLACES)} {rng.choice(WHEN)}".strip() + rng.choice(".!?;,")


def text(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.55:
        body = " ".join(sentence(rng) for _ in range(rng.randint(1, 12)))
        if rng.random() < 0.5:
            body = rng.choice(["ISLAMABAD: ", "RENO, Nev. (KOLO) - ", "(Dayton, OH)--", "KABUL (Reuters) - ", ""]) + body
        return body
    if kind < 0.65:  # a run-on text without full stops (long_text_bench.py goes to 20 MB)
        return ", ".join(sentence(rng).rstrip(".!?;,") for _ in range(rng.randint(50, 150)))
    if kind < 0.75:  # brackets and quotes nested deep
        depth = rng.randint(100, 2000)
        return "(" * depth + sentence(rng) + ")" * rng.randint(0, depth)
    if kind < 0.85:  # any characters
        return "".join(rng.choice(JUNK) if rng.random() < 0.2 else chr(rng.randint(32, 0x2FFF))
                       for _ in range(rng.randint(0, 3000)))
    return "\n".join(sentence(rng) for _ in range(rng.randint(1, 40)))  # one sentence a line


def mutate(rng: random.Random, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.random()
        if not data:
            break
        at = rng.randrange(len(data))
        if op < 0.4:
            data[at] = rng.randrange(256)
        elif op < 0.6:
            del data[at:at + rng.randint(1, 50)]
        elif op < 0.8:
            data[at:at] = data[at:at + rng.randint(1, 200)] * rng.randint(1, 20)
        else:
            data[at:at] = rng.choice([b"\xff\xfe", b"\x00", b"\x92", b"\xe2\x80", b"<div>" * 50, b"\r\n"])
    return bytes(data)


def write_inputs(folder: Path, count: int, rng: random.Random) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    made = 0
    while made < count:
        kind = rng.random()
        name = folder / f"t{made:05d}"
        if kind < 0.55:
            data = text(rng).encode("utf-8", "surrogatepass")
            if rng.random() < 0.4:
                data = mutate(rng, data)
            if rng.random() < 0.1:
                data = text(rng).encode(rng.choice(["utf-16", "cp1252", "latin-1"]), "replace")
            name.with_suffix(".txt").write_bytes(data)
            made += 1
        elif kind < 0.7:
            body = "".join(f"<p>{sentence(rng)}</p>" for _ in range(rng.randint(1, 8)))
            page = f"<html><head><title>{sentence(rng)}</title></head><body>{'<div>' * rng.randint(0, 2000)}{body}"
            data = page.encode()
            name.with_suffix(".html").write_bytes(mutate(rng, data) if rng.random() < 0.4 else data)
            made += 1
        else:
            lines = []
            for _ in range(rng.randint(1, 20)):
                if made >= count:
                    break
                record = {"id": rng.choice([f"r{made}", None, 5, "", "x" * 300]), "text": text(rng),
                          "published": rng.choice(["2024-03-11", "0001-01-01T00:00:00Z", "9999-12-31", "yesterday",
                                                   None, 12, "2024-02-30"])}
                line = json.dumps(record, ensure_ascii=rng.random() < 0.5)
                if rng.random() < 0.15:
                    line = rng.choice(["[" * 5000, line[: len(line) // 2], "\ufeff" + line, "{}", "null"])
                lines.append(line)
                made += 1
            data = "\n".join(lines).encode("utf-8", "surrogatepass")
            name.with_suffix(".jsonl").write_bytes(mutate(rng, data) if rng.random() < 0.1 else data)
    return made


def run(cmd: list[str], timeout: float = 1800) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, errors="replace")


def ingest(folder: Path, db: str) -> dict:
    """`sitroom ingest FOLDER`, as a user runs it: tracebacks and skips by reason."""
    skipped_file = folder.parent / f"skips-{abs(hash(db))}.jsonl"
    started = time.perf_counter()
    out = run([*SITROOM, "ingest", str(folder), "--db", db, "--no-progress", "--no-geocode",
               "--skipped", str(skipped_file)], timeout=3000)
    skips = Counter(json.loads(line)["code"] for line in skipped_file.read_text(encoding="utf-8").splitlines()) \
        if skipped_file.exists() else Counter()
    problems = [(out.returncode, out.stderr[-1500:])] if "Traceback" in out.stderr or out.returncode not in (0, 1) else []
    return {"seconds": round(time.perf_counter() - started, 1), "exit": out.returncode, "tracebacks": problems,
            "skips_by_reason": dict(skips.most_common()), "summary": out.stderr.strip().splitlines()[-12:]}


def slowest_texts(folder: Path, keep: int = 3) -> dict:
    """Every document through the article stages and the coder in this process, one at a time:
    the slowest, and any exception (which the pipeline would have turned into a recorded skip)."""
    from sitroom.api import pipe
    from sitroom.pipeline import EVENT_STAGES

    times: list[tuple[float, str]] = []
    errors = Counter()
    docs = pipe(sorted(folder.iterdir()), stages=EVENT_STAGES, geocode=False)
    while True:
        t0 = time.perf_counter()
        try:
            doc = next(docs)
        except StopIteration:
            break
        took = time.perf_counter() - t0
        where = f"{doc.raw.source_path if doc.raw else '?'} {doc.raw.locator or '' if doc.raw else ''}".strip()
        times.append((took, where))
        if doc.skip is not None and doc.skip.code == "error":
            errors[doc.skip.reason[:120]] += 1
    times.sort(reverse=True)
    return {"documents": len(times), "slowest": [{"seconds": round(t, 2), "document": Path(w).name}
                                                 for t, w in times[:keep]],
            "stage_errors": dict(errors)}


READING = [
    ["events"], ["incidents"], ["events", "-f", "json", "--modality", "all"], ["stats", "--by", "week"],
    ["stats", "--by", "actor", "--unit", "events"], ["incidents", "--near", "33.0,70.2", "--within", "20000"],
    ["events", "--actor", "%"], ["events", "--limit", "9223372036854775807"], ["incidents", "--explain", "1"],
    ["events", "--since", "0001-01-01", "--until", "9999-12-31"],
]
BAD = [["events", "--limit", "9223372036854775808"], ["incidents", "--explain", "99999999999999999999"],
       ["events", "--within", "1e308", "--near", "1,1"], ["events", "--within", "nan", "--near", "1,1"],
       ["events", "--near", ""], ["events", "--modality", "maybe"]]


def reading(db: str, tmp: Path) -> dict:
    problems = []
    commands = [*READING, *(["export", "-f", f, "-o", str(tmp / f"out.{f}")]
                            for f in ("acled-csv", "plover-jsonl", "geojson", "parquet"))]
    for args in commands:
        out = run([*SITROOM, *args, "--db", db], timeout=600)
        if "Traceback" in out.stderr or out.returncode not in (0, 1):
            problems.append((args, out.returncode, out.stderr[-500:]))
    for args in BAD:
        out = run([*SITROOM, *args, "--db", db], timeout=600)
        if "Traceback" in out.stderr or out.returncode != 2:
            problems.append((args, out.returncode, out.stderr[-500:]))
    return {"commands": len(commands) + len(BAD), "problems": problems}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--backend", action="append", choices=["sqlite", "postgresql"])
    ap.add_argument("--no-in-process", action="store_true", help="leave out the in-process pass over the coder")
    args = ap.parse_args(argv)
    report: dict = {"texts": args.texts, "seed": args.seed}
    failed = False
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        written = write_inputs(tmp / "inputs", args.texts, random.Random(args.seed))
        report["files"] = len(list((tmp / "inputs").iterdir()))
        report["texts_written"] = written
        for backend in args.backend or ["sqlite", "postgresql"]:
            if backend == "sqlite":
                db = str(tmp / "fuzz.db")
                ingested = ingest(tmp / "inputs", db)
                read = reading(db, tmp)
            else:
                from sitroom.store.pg_temp import NoPostgres, create_database, temporary_server

                try:
                    with temporary_server() as admin:
                        db = create_database(admin)
                        ingested = ingest(tmp / "inputs", db)
                        read = reading(db, tmp)
                except NoPostgres:
                    report[backend] = "skipped: PostgreSQL's binaries are not installed"
                    continue
            failed = failed or bool(ingested["tracebacks"]) or bool(read["problems"])
            report[backend] = {"ingest": ingested, "reading": read}
        if not args.no_in_process:
            report["in_process"] = slowest_texts(tmp / "inputs")
            failed = failed or bool(report["in_process"]["stage_errors"])
    report["peak_memory_mb"] = {"ingest_and_reading_commands": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
                                "in_process_coding": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
