"""Gazetteer build/load, geoparsing quality (score_geo.py) and resolution speed.

    python benchmarks/geo_bench.py [--bench ../shared/bench]

Build time, file size and load time of the embedded gazetteer; `sitroom geoparse` on
GeoWebNews and LGL scored by ../shared/bench/score_geo.py; mentions resolved per second
(place mentions found by the coder in the ACLED dev notes, resolved one after the other).
The location fields of the ACLED dev sets are scored by coder_bench.py (notes mode).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitroom.annotate.sentences import split_sentences  # noqa: E402
from sitroom.coder.codebook import load_codebook  # noqa: E402
from sitroom.coder.sentence_coder import analyse  # noqa: E402
from sitroom.geo.gazetteer import _load_file, add_aliases, add_country_names, build_embedded, save  # noqa: E402
from sitroom.geoparse import geoparse  # noqa: E402
from sitroom.geo.resolve import Resolver  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench")
    args = ap.parse_args(argv)
    args.bench = args.bench.resolve()  # the scorer runs from there: a relative path would not name it
    out: dict = {}
    start = time.perf_counter()
    gaz = build_embedded()
    out["build_seconds"] = round(time.perf_counter() - start, 2)
    with tempfile.TemporaryDirectory() as tmp:
        path = save(gaz, Path(tmp) / "gazetteer.pickle")
        out["file_mb"] = round(path.stat().st_size / 1e6, 1)
        start = time.perf_counter()
        gaz = _load_file(path)
        out["load_seconds"] = round(time.perf_counter() - start, 2)
    out["gazetteer"] = gaz.stats()
    add_country_names(gaz)
    add_aliases(gaz)
    for name in ("dev_geowebnews", "dev_lgl"):
        gold = args.bench / "geo" / f"{name}.jsonl"
        if not gold.exists():
            continue
        resolver = Resolver(gaz)
        with tempfile.TemporaryDirectory() as tmp:
            pred = Path(tmp) / "places.jsonl"
            start = time.perf_counter()
            n = 0
            with open(pred, "w", encoding="utf-8") as fh:
                for line in open(gold, encoding="utf-8"):
                    doc = json.loads(line)
                    for place in geoparse(doc["text"], doc["doc_id"], resolver):
                        fh.write(json.dumps(place) + "\n")
                        n += 1
            secs = time.perf_counter() - start
            scored = subprocess.run([sys.executable, str(args.bench / "score_geo.py"), str(gold), str(pred), "--json"],
                                    capture_output=True, text=True, check=True, cwd=args.bench)
        out[name] = json.loads(scored.stdout) | {"mentions": n, "seconds": round(secs, 1)}
    notes = args.bench / "acled" / "dev_global_2020.jsonl"
    if notes.exists():
        codebook = load_codebook()
        mentions = []
        for line in open(notes, encoding="utf-8"):
            text = json.loads(line)["text"]
            for s in split_sentences(text):
                mentions.extend(analyse(codebook, s.index, s.start, s.text, None, None).places)
        resolver = Resolver(gaz)
        start = time.perf_counter()
        found = sum(1 for p in mentions if resolver.resolve(p.name, p.context, None, p.feature, p.near) is not None)
        secs = time.perf_counter() - start
        out["mentions"] = len(mentions)
        out["resolved"] = found
        out["mentions_per_second"] = round(len(mentions) / secs)
    else:
        print(f"benchmark data not found at {args.bench}; resolution speed skipped", file=sys.stderr)
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
