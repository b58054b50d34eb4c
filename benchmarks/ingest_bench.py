"""Benchmark: article extraction quality and ingest throughput.

    python benchmarks/ingest_bench.py [--shared ../shared] [--json results.json]

Quality: on ../shared/bench/boilerplate (181 real news pages with their true
article body), token-level precision, recall and F1 of the article text, averaged
per page (each page weighs the same, as in the benchmark's own evaluation); also
the benchmark's 4-token shingle measure. The peer, plain trafilatura with default
settings, is measured in the same run on the same pages.

Throughput: articles per second through the whole article pipeline (read, extract,
clean, metadata, language, identity, sentences), for the HTML pages and for the
reference text articles (../shared/bench/seeds, repeated), in one process.

Skips cleanly (exit 0, a message) when ../shared is not there.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import trafilatura

import sitroom
from sitroom.api import text_document

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent.parent / "shared"
TOKEN = re.compile(r"\w+")


def grams(text: str, n: int) -> Counter:
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


def page_scores(true: str, pred: str, n: int) -> tuple[float, float, float]:
    """(tp, fp, fn) for one page, normalised to sum 1 so every page weighs the same."""
    t, p = grams(true, n), grams(pred, n)
    tp = sum((t & p).values())
    fp, fn = sum(p.values()) - tp, sum(t.values()) - tp
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def prf(scores: list[tuple[float, float, float]]) -> dict[str, float]:
    precision = statistics.mean(1.0 if fp == fn == 0 else tp / (tp + fp) for tp, fp, fn in scores if tp + fp > 0)
    recall = statistics.mean(1.0 if fp == fn == 0 else tp / (tp + fn) for tp, fp, fn in scores if tp + fn > 0)
    f1 = 2 * precision * recall / (precision + recall)
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def evaluate(truth: dict[str, str], predicted: dict[str, str]) -> dict[str, dict[str, float]]:
    return {
        "tokens": prf([page_scores(truth[k], predicted.get(k, ""), 1) for k in truth]),
        "shingles4": prf([page_scores(truth[k], predicted.get(k, ""), 4) for k in truth]),
    }


def boilerplate(shared: Path) -> dict:
    root = shared / "bench" / "boilerplate"
    truth = {k: v.get("articleBody", "") for k, v in json.loads((root / "ground-truth.json").read_text()).items()}
    files = sorted((root / "html").glob("*.html.gz"))

    started = time.perf_counter()
    ours: dict[str, str] = {}
    skipped = Counter()
    for doc in sitroom.pipe(files, languages=(), dedupe=False):
        if doc.ok:
            ours[doc.article.doc_id] = doc.article.text
        else:
            skipped[doc.skip.code] += 1
    ours_seconds = time.perf_counter() - started

    started = time.perf_counter()
    peer = {}
    for path in files:
        peer[path.name.split(".")[0]] = trafilatura.extract(gzip.decompress(path.read_bytes())) or ""
    peer_seconds = time.perf_counter() - started

    return {
        "pages": len(files),
        "sitroom": {**evaluate(truth, ours), "articles_per_second": round(len(files) / ours_seconds, 1),
                    "skipped": dict(skipped)},
        "trafilatura_default": {**evaluate(truth, peer), "articles_per_second": round(len(files) / peer_seconds, 1)},
        "speed_ratio_sitroom_to_trafilatura": round(peer_seconds / ours_seconds, 2),
    }  # fmt: skip


def text_throughput(shared: Path, copies: int = 200) -> dict:
    seeds = sorted((shared / "bench" / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    words = statistics.mean(len(t.split()) for t in texts)
    docs = [text_document(f"{t}\n\nCopy {i}.", doc_id=f"{n}-{i}") for i in range(copies) for n, t in enumerate(texts)]
    started = time.perf_counter()
    done = sum(1 for d in sitroom.pipe(docs, dedupe=False) if d.ok)
    seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:  # the same through files on disk
        for i in range(copies):
            for n, t in enumerate(texts):
                Path(tmp, f"{n}-{i}.txt").write_text(f"{t}\n\nCopy {i}.", encoding="utf-8")
        started = time.perf_counter()
        from_files = sum(1 for d in sitroom.pipe([tmp], dedupe=False) if d.ok)
        file_seconds = time.perf_counter() - started
    return {
        "articles": done,
        "mean_words": round(words),
        "in_memory_articles_per_second": round(done / seconds, 1),
        "from_files_articles_per_second": round(from_files / file_seconds, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    if not (args.shared / "bench" / "boilerplate" / "ground-truth.json").exists():
        print(f"skipped: no benchmark data at {args.shared}/bench (it lives beside the project, in ../shared)")
        return 0
    results = {"date": time.strftime("%Y-%m-%d"), "boilerplate": boilerplate(args.shared),
               "text_throughput": text_throughput(args.shared)}  # fmt: skip
    print(json.dumps(results, indent=2))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
