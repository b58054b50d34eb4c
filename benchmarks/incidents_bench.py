"""Consolidation on real multi-report news: ingest, then ../shared/bench/score_incidents.py.

    python benchmarks/incidents_bench.py [--bench ../shared/bench] [--only gva|global|balochistan]
                                         [--limit N] [--json FILE] [--keep DIR]

Each dev set is written as a JSONL input (id, text, publication date, url), stored with
`sitroom ingest` in a new SQLite store, read back with `sitroom events -f json` (every event with
its incident_id) and scored by score_incidents.py: B-cubed precision, recall and F1 over articles
and pairwise precision of "same incident" links. GVA groups 2,176 articles into 1,350 US shootings;
in the ACLED notes every note is its own event, so any merge is a false one. Both halves are
reported as in news_bench.py (GVA by half its incident number, the notes by id parity).
For GVA it also checks incident fatalities: the share of gold incidents told by two or more
articles whose stored incident (that of the most articles) has the gold total.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from figures import emit  # noqa: E402
from news_bench import half  # noqa: E402

SETS = {"gva": "news/dev_gva_incidents.jsonl", "global": "acled/dev_global_2020.jsonl",
        "balochistan": "acled/dev_balochistan_2020_2022.jsonl"}


def sitroom(*args: str) -> str:
    out = subprocess.run([sys.executable, "-m", "sitroom", *args], capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"sitroom {' '.join(args[:2])} failed ({out.returncode}): {out.stderr[-2000:]}")
    return out.stdout


def score(bench: Path, gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(bench / "score_incidents.py"), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def fatalities_agree(gold_rows: list[dict], events: list[dict], incident_fatalities: dict) -> dict:
    """Of the gold incidents told by 2+ articles: does the stored incident holding most of them
    give the gold total?"""
    incident_of = {}
    for e in sorted(events, key=lambda e: e.get("rank", 0), reverse=True):
        incident_of[e["doc_id"]] = e.get("incident_id")
    by_gold = defaultdict(list)
    for r in gold_rows:
        by_gold[r["incident"]].append(r)
    hit = total = 0
    for rows in by_gold.values():
        if len(rows) < 2:
            continue
        total += 1
        found = Counter(incident_of.get(r["doc_id"]) for r in rows if incident_of.get(r["doc_id"]) is not None)
        if found:
            ours = incident_fatalities.get(found.most_common(1)[0][0])
            hit += ours == rows[0]["events"][0].get("fatalities")
    return {"incidents_with_2_or_more_articles": total, "fatalities_equal": round(hit / total, 3) if total else None}


def run_set(name: str, bench: Path, tmp: Path, limit: int | None) -> dict:
    rows = [json.loads(line) for line in open(bench / SETS[name], encoding="utf-8")]
    if limit:
        rows = rows[:limit]
    records = tmp / f"{name}.jsonl"
    with open(records, "w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps({"id": r["doc_id"], "text": r["text"], "published": r.get("published"),
                                  "url": r.get("url")}) + "\n")
    db = tmp / f"{name}.db"
    start = time.perf_counter()
    sitroom("ingest", str(records), "--db", str(db), "--no-progress")
    seconds = time.perf_counter() - start
    events = [json.loads(line) for line in sitroom("events", "--db", str(db), "-f", "json", "--modality", "all",
                                                   "--limit", "100000000").splitlines() if line.strip()]
    incidents = [json.loads(line) for line in sitroom("incidents", "--db", str(db), "-f", "json", "--modality", "all",
                                                      "--limit", "100000000").splitlines() if line.strip()]
    pred = tmp / f"{name}.events.jsonl"
    pred.write_text("".join(json.dumps(e) + "\n" for e in events), encoding="utf-8")
    result: dict = {"articles": len(rows), "events": len(events), "incidents": len(incidents),
                    "ingest_seconds": round(seconds, 1)}
    for part in ("even", "odd", "all"):
        chosen = [r for r in rows if part == "all" or half(r["doc_id"]) == part]
        gold = tmp / f"{name}.{part}.gold.jsonl"
        gold.write_text("".join(json.dumps({k: r[k] for k in ("doc_id", "incident") if k in r}) + "\n"
                                for r in chosen), encoding="utf-8")
        result[part] = score(bench, gold, pred)
    if name == "gva":
        fat = {i["id"]: i.get("fatalities") for i in incidents}
        result["fatalities"] = {part: fatalities_agree([r for r in rows if part == "all" or half(r["doc_id"]) == part],
                                                       events, fat) for part in ("even", "odd", "all")}
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", default=str(ROOT.parent / "shared" / "bench"))
    ap.add_argument("--only", action="append", choices=sorted(SETS))
    ap.add_argument("--limit", type=int, help="the first N documents of each set")
    ap.add_argument("--json", help="write the figures here")
    ap.add_argument("--keep", help="keep the stores and predictions in this folder")
    args = ap.parse_args(argv)
    bench = Path(args.bench)
    if not (bench / "score_incidents.py").exists():
        print(f"skipped: no ../shared/bench here ({bench}/score_incidents.py is missing; give --bench)", file=sys.stderr)
        return 0
    report = {}
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(args.keep) if args.keep else Path(t)
        tmp.mkdir(parents=True, exist_ok=True)
        for name in args.only or list(SETS):
            report[name] = run_set(name, bench, tmp, args.limit)
            r = report[name]
            line = " | ".join(f"{part} F1 {r[part]['bcubed_f1']:.3f} P {r[part]['bcubed_precision']:.3f} "
                              f"R {r[part]['bcubed_recall']:.3f} pairP {r[part]['pair_precision']}"
                              for part in ("even", "odd", "all"))
            print(f"{name}: {r['articles']} articles, {r['incidents']} incidents, {r['ingest_seconds']} s | {line}",
                  file=sys.stderr)
    return emit(report, args.json, indent=1)


if __name__ == "__main__":
    sys.exit(main())
