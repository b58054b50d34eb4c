"""Every dev set in halves: ../shared/bench/score.py (notes mode) on the news/ and acled/ sets.

    python benchmarks/news_bench.py [--bench ../shared/bench] [--only gvdb|gva|global|balochistan|protests]
                                    [--keep DIR] [--json FILE]

Every dev set is split in two: GVDB and ACLED's global notes by the parity of the number their id
ends with, the Balochistan notes by the parity of their hexadecimal id, GVA by the parity of half
its incident number (every dev incident number is even; halving keeps the reports of one incident
on one side). Rules are tuned on the even half; a change that helps only that half is overfitting.
The script reports both halves and the whole, plus events per article and the share of articles
that yield any event, counting what a user gets by default (reported events: not future,
hypothetical or negated ones).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitroom.api import pipe  # noqa: E402
from sitroom.model import REPORTED  # noqa: E402
from sitroom.pipeline import EVENT_STAGES  # noqa: E402

NEWS_SETS = {"gvdb": "news/dev_gvdb.jsonl", "gva": "news/dev_gva_incidents.jsonl",
             "global": "acled/dev_global_2020.jsonl", "balochistan": "acled/dev_balochistan_2020_2022.jsonl",
             "protests": "acled/dev_balochistan_protests_2022.jsonl"}
_TRAILING_NUMBER = re.compile(r"(\d+)$")


def half(doc_id: str) -> str:
    """'even' or 'odd': "gvdb:dev:46" and "global:ISR1786" by their number, "baloch:acde0b8da236"
    by its hexadecimal value, "gva:95550:..." by half its incident number."""
    parts = doc_id.split(":")
    if parts[0] == "gva":
        number = int(parts[1]) // 2
    else:
        last = parts[-1]
        match = _TRAILING_NUMBER.search(last)
        number = int(match.group(1)) if match else int(last, 16)
    return "even" if number % 2 == 0 else "odd"


def score(bench: Path, gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(bench / "score.py"), str(gold), str(pred), "--mode", "notes", "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def code(gold_rows: list[dict], tmp: Path, name: str) -> tuple[list[dict], float]:
    rec = tmp / f"{name}.records.jsonl"
    with open(rec, "w", encoding="utf-8") as out:
        for row in gold_rows:
            out.write(json.dumps({"id": row["doc_id"], "text": row["text"], "published": row.get("published"),
                                  "url": row.get("url")}) + "\n")
    start = time.perf_counter()
    # what a user gets by default: the reported events (not future, hypothetical or negated ones)
    events = [ev.to_dict() for doc in pipe([rec], stages=EVENT_STAGES, languages=(), min_text_chars=1)
              for ev in doc.events if ev.attribution.modality in REPORTED]
    return events, time.perf_counter() - start


def evaluate(bench: Path, name: str, tmp: Path, keep: Path | None) -> dict:
    gold_rows = [json.loads(line) for line in open(bench / NEWS_SETS[name], encoding="utf-8")]
    events, secs = code(gold_rows, tmp, name)
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
        with open(keep / f"{name}.events.jsonl", "w", encoding="utf-8") as out:
            for ev in events:
                out.write(json.dumps(ev, ensure_ascii=False) + "\n")
    report: dict = {"seconds": round(secs, 1)}
    for part in ("even", "odd", "all"):
        rows = [r for r in gold_rows if part == "all" or half(r["doc_id"]) == part]
        ids = {r["doc_id"] for r in rows}
        evs = [e for e in events if e["doc_id"] in ids]
        gold, pred = tmp / f"{name}.{part}.gold.jsonl", tmp / f"{name}.{part}.pred.jsonl"
        gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        pred.write_text("".join(json.dumps(e) + "\n" for e in evs), encoding="utf-8")
        metrics = score(bench, gold, pred)["metrics"]
        coded = [e for e in evs if e.get("event_type")]
        report[part] = {
            "articles": len(rows),
            "metrics": {k: (v["rate"] if isinstance(v, dict) and "rate" in v else v) for k, v in metrics.items()},
            "events_per_article": round(len(coded) / max(1, len(rows)), 2),
            "articles_with_event": round(len({e["doc_id"] for e in coded}) / max(1, len(rows)), 3),
        }
    return report


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench")
    ap.add_argument("--only", choices=sorted(NEWS_SETS), action="append")
    ap.add_argument("--keep", type=Path, help="also write each set's predicted events to this folder")
    ap.add_argument("--json", type=Path, help="write the report here too")
    args = ap.parse_args(argv)
    if not (args.bench / "score.py").exists():
        print(f"benchmark data not found at {args.bench}; skipping (pass --bench PATH)")
        return 0
    report = {}
    with tempfile.TemporaryDirectory() as t:
        for name in args.only or sorted(NEWS_SETS):
            report[name] = evaluate(args.bench, name, Path(t), args.keep)
    text = json.dumps(report, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
