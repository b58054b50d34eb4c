"""Event coder benchmark: ../shared/bench/score.py on the seeds, the ACLED dev sets and CASE.

    python benchmarks/coder_bench.py [--bench ../shared/bench] [--out DIR] [--limit N]

Seeds run through the whole article job (extract ... events), as a user's files would.
ACLED notes run as JSONL records (doc_id and text), scored in notes mode.  CASE snippets
are scored on the sub-event type their label maps to.  Throughput is measured on the
seed articles, repeated, through the whole job in one process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitroom.api import pipe  # noqa: E402
from sitroom.model import REPORTED  # noqa: E402
from sitroom.pipeline import EVENT_STAGES  # noqa: E402

ACLED_SETS = ("dev_global_2020", "dev_balochistan_2020_2022", "dev_balochistan_protests_2022")
# CASE 2021 labels and the ACLED sub-event type each corresponds to.
CASE_TO_ACLED = {
    "ARMED_CLASH": "Armed clash",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "AIR_STRIKE": "Air/drone strike",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "CHEM_WEAP": "Chemical weapon",
    "GRENADE": "Grenade",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SUIC_BOMB": "Suicide bomb",
    "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "SEX_VIOL": "Sexual violence",
    "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence",
    "AGREEMENT": "Agreement",
    "ARREST": "Arrests",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
}
# The other CASE labels (MAN_MADE_DISASTER, NATURAL_DISASTER, DIPLO, ORG_CRIME, ATTRIB) are outside
# ACLED's taxonomy: the right answer there is no ACLED event.


def write_events(docs, path: Path) -> tuple[int, int, float]:
    start = time.perf_counter()
    n_docs = n_events = 0
    with open(path, "w", encoding="utf-8") as out:
        for doc in docs:
            n_docs += 1
            for ev in doc.events:
                if ev.attribution.modality not in REPORTED:
                    continue  # what a user gets by default: no future, hypothetical or negated events
                n_events += 1
                out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
    return n_docs, n_events, time.perf_counter() - start


def records(src: Path, dst: Path, limit: int | None) -> int:
    n = 0
    with open(src, encoding="utf-8") as fh, open(dst, "w", encoding="utf-8") as out:
        for line in fh:
            if limit and n >= limit:
                break
            row = json.loads(line)
            out.write(json.dumps({"id": row["doc_id"], "text": row["text"], "published": row.get("published")}) + "\n")
            n += 1
    return n


def score(bench: Path, gold: Path, pred: Path, mode: str) -> dict:
    out = subprocess.run([sys.executable, str(bench / "score.py"), str(gold), str(pred), "--mode", mode, "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def run_notes(bench: Path, name: str, tmp: Path, limit: int | None) -> dict:
    gold = bench / "acled" / f"{name}.jsonl"
    rec = tmp / f"{name}.records.jsonl"
    n = records(gold, rec, limit)
    pred = tmp / f"{name}.events.jsonl"
    docs = pipe([rec], stages=EVENT_STAGES, languages=(), min_text_chars=1)
    n_docs, n_events, secs = write_events(docs, pred)
    if limit:
        lim_gold = tmp / f"{name}.gold.jsonl"
        with open(gold, encoding="utf-8") as fh, open(lim_gold, "w", encoding="utf-8") as out:
            for i, line in enumerate(fh):
                if i >= n:
                    break
                out.write(line)
        gold = lim_gold
    result = score(bench, gold, pred, "notes")
    result["throughput"] = {"documents": n_docs, "events": n_events, "seconds": round(secs, 2)}
    return result


def run_case(bench: Path, tmp: Path, limit: int | None) -> dict:
    gold = bench / "acled" / "dev_case2021_snippets.jsonl"
    rec = tmp / "case.records.jsonl"
    rows = [json.loads(line) for line in open(gold, encoding="utf-8")][: limit or None]
    with open(rec, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps({"id": row["doc_id"], "text": row["text"]}) + "\n")
    best: dict[str, str | None] = {}
    for doc in pipe([rec], stages=EVENT_STAGES, languages=(), min_text_chars=1):
        if doc.article is None:
            continue
        coded = [e for e in doc.events if e.event_type is not None]
        top = min(coded, key=lambda e: e.rank, default=None)
        best[doc.article.doc_id] = top.sub_event_type if top else None
    hit = total = 0
    out_of_scope = correct_none = 0
    confusion: Counter = Counter()
    for row in rows:
        want = CASE_TO_ACLED.get(row["sub_type"])
        got = best.get(row["doc_id"])
        if want is None:
            out_of_scope += 1
            correct_none += got is None
            continue
        total += 1
        hit += got == want
        if got != want:
            confusion[(want, got)] += 1
    return {
        "sub_event_type": {"hit": hit, "total": total, "rate": round(hit / total, 3) if total else None},
        "out_of_scope_left_uncoded": {"hit": correct_none, "total": out_of_scope,
                                      "rate": round(correct_none / out_of_scope, 3) if out_of_scope else None},
        "top_confusions": [{"gold": g, "pred": p, "n": n} for (g, p), n in confusion.most_common(12)],
    }


def run_seeds(bench: Path, tmp: Path) -> dict:
    gold_rows = [json.loads(line) for line in open(bench / "seeds" / "gold.jsonl", encoding="utf-8")]
    pred = tmp / "seeds.events.jsonl"
    files = [bench / "seeds" / row["file"] for row in gold_rows]
    published = {row["file"]: row.get("published") for row in gold_rows}
    docs = []
    for path in files:
        docs.extend(pipe([path], stages=EVENT_STAGES, published=published[path.name]))
    write_events(docs, pred)
    return score(bench, bench / "seeds" / "gold.jsonl", pred, "articles")


def throughput(bench: Path, tmp: Path, copies: int) -> dict:
    texts = [p.read_text(encoding="utf-8") for p in sorted((bench / "seeds").glob("*.txt"))]
    words = sum(len(t.split()) for t in texts) / len(texts)
    src = tmp / "throughput.jsonl"
    with open(src, "w", encoding="utf-8") as out:
        for i in range(copies):
            for j, t in enumerate(texts):
                # a distinct first line keeps the content-hash dedupe from dropping copies
                out.write(json.dumps({"id": f"copy{i}-{j}", "text": f"Copy {i}.\n\n{t}", "published": "2021-07-26"}) + "\n")
    from sitroom.pipeline import ARTICLE_STAGES

    from sitroom.coder import RUNNING  # the compiled coder, or its sources and why

    out = {"articles": copies * len(texts), "mean_words": round(words), "coder": RUNNING}
    list(pipe([src], stages=EVENT_STAGES))  # warm up: loads the codebook and the gazetteer
    for label, stages, options in (("ingestion only", ARTICLE_STAGES, {}),
                                   ("coder, no geocoding", EVENT_STAGES, {"geocode": False}),
                                   ("coder and geocoding", EVENT_STAGES, {})):
        start = time.perf_counter()
        n = sum(1 for _ in pipe([src], stages=stages, **options))
        secs = time.perf_counter() - start
        out[label] = {"seconds": round(secs, 2), "articles_per_second": round(n / secs, 1),
                      "per_600_words": round(n / secs * words / 600, 1)}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N rows of each set")
    ap.add_argument("--only", choices=["seeds", "acled", "case", "speed"], action="append")
    ap.add_argument("--copies", type=int, default=200)
    args = ap.parse_args(argv)
    if not (args.bench / "score.py").exists():
        print(f"benchmark data not found at {args.bench}; skipping (pass --bench PATH)")
        return 0
    only = set(args.only or ["seeds", "acled", "case", "speed"])
    report: dict = {}
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        if "seeds" in only:
            report["seeds"] = run_seeds(args.bench, tmp)["metrics"]
        if "acled" in only:
            for name in ACLED_SETS:
                r = run_notes(args.bench, name, tmp, args.limit)
                report[name] = {k: v["rate"] for k, v in r["metrics"].items()}
                report[name]["throughput"] = r["throughput"]
                report[name]["confusion"] = r["confusion"][:10]
        if "case" in only:
            report["case2021"] = run_case(args.bench, tmp, args.limit)
        if "speed" in only:
            report["throughput"] = throughput(args.bench, tmp, args.copies)
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
