"""The coder on run-on text without full stops: time and peak memory against length, up to 20 MB.

    python benchmarks/long_text_bench.py [--sizes 80K,160K,320K,1M,4M,20M]

A hostile or broken input may be one sentence of megabytes. The coder codes a sentence longer
than 2,000 characters in windows (document_coder.coding_windows) and compares a report with at
most 64 earlier ones (merging.LOOK_BACK), so its time grows in proportion to the length: the
seconds per megabyte should stay about level from the smallest size to the largest. Each size
runs in a process of its own, whose peak resident memory is reported. Needs nothing from ../shared.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import resource
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitroom.api import pipe, text_document  # noqa: E402
from sitroom.pipeline import EVENT_STAGES  # noqa: E402
from sitroom.settings import MB  # noqa: E402

CLAUSE = "gunmen attacked a police post near the market killing 5 policemen and 3 militants on Monday, "


def size(text: str) -> int:
    units = {"K": 1024, "M": 1024 * 1024}
    return int(float(text[:-1]) * units[text[-1].upper()]) if text[-1].upper() in units else int(text)


def run(n_bytes: int) -> dict:
    text = "Officials said " + CLAUSE * (n_bytes // len(CLAUSE))
    doc_in = text_document(text, doc_id="runon", published="2024-01-02")
    start = time.perf_counter()
    docs = list(pipe([doc_in], stages=EVENT_STAGES, geocode=False, max_document_bytes=max(n_bytes * 2, 20 * MB)))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # this process's high-water mark
    doc = docs[0]
    mb = len(text.encode()) / MB
    return {"megabytes": round(mb, 3), "seconds": round(seconds, 2), "seconds_per_mb": round(seconds / mb, 2),
            "peak_memory_mb": round(peak / MB, 1), "events": len(doc.events), "ok": doc.ok}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="80K,160K,320K,1M,4M,20M")
    ap.add_argument("--one", help=argparse.SUPPRESS)  # one size, in a process of its own
    args = ap.parse_args(argv)
    if args.one:
        list(pipe([text_document("Gunmen killed two policemen in Bannu.", doc_id="warm")], stages=EVENT_STAGES,
                  geocode=False))  # loads the codebook before the clock starts
        print(json.dumps(run(size(args.one))), flush=True)
        return 0
    # each size in its own process: its peak memory is its own (the process's high-water mark)
    for item in args.sizes.split(","):
        done = subprocess.run([sys.executable, __file__, "--one", item], capture_output=True, text=True)
        print(done.stdout.strip() or f'{{"size": "{item}", "failed": {done.returncode}}}', flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
