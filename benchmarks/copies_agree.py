"""The compiled coder against its sources: the same events from every text, or where they differ.

    python benchmarks/copies_agree.py [--bench ../shared/bench] [--noise 2000] [--seed 7]

mypyc checks type annotations at run time, so a value the sources let pass ("None" where a
``str`` is declared) stops the compiled coder. This codes every text of ../shared/bench (the
ACLED sets, the geoparsing sets, the seeds and the raw boilerplate pages) and generated noise
(words of the trade mixed with any characters), with geocoding, once with the compiled coder and
once with ``SITROOM_PURE_PYTHON=1``, each in its own process, and compares them document by
document. Run it after changing sitroom/coder/ and rebuilding (``pip install -e .``). Without
../shared it codes the sample articles and the noise. Exit status 1 when a document differs, or
fails in either copy.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitroom.compiled import child_environment  # noqa: E402

TRADE = ("killed wounded 12 dozens Taliban attacked Kabul on Sunday police protesters fled into Pakistan , . 's "
         "TTP militants near Chitral the an 3,000 1.5 U.S. -- \u2019s said no one was hurt May 2021").split()


def corpus(bench: Path, noise: int, seed: int) -> list[str]:
    texts: list[str] = []
    for path in sorted(bench.glob("acled/*.jsonl")) + sorted(bench.glob("geo/*.jsonl")):
        with open(path, encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    pages = sorted(bench.glob("seeds/*.txt")) + sorted(p for p in bench.glob("boilerplate/**/*") if p.is_file())
    if not pages:
        pages = sorted(p for p in (ROOT / "samples" / "articles").rglob("*") if p.is_file())
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in pages]
    rnd = random.Random(seed)
    for _ in range(noise):
        words = [rnd.choice(TRADE) if rnd.random() < 0.8
                 else "".join(chr(rnd.randint(1, 0x2FFFF)) for _ in range(rnd.randint(1, 6)))
                 for _ in range(rnd.randint(0, 300))]
        texts.append(" ".join(words))
    return texts


def code(src: Path, out: Path) -> None:
    """One line a document: its skip, or its events."""
    import sitroom.coder
    from sitroom.api import pipe
    from sitroom.pipeline import EVENT_STAGES

    with open(out, "w", encoding="utf-8") as sink:
        sink.write(json.dumps({"coder": sitroom.coder.RUNNING}) + "\n")
        for doc in pipe([src], stages=EVENT_STAGES, languages=(), min_text_chars=1):
            if doc.skip is not None:
                line = {"at": doc.skip.locator, "skip": doc.skip.code, "reason": doc.skip.reason}
            else:
                line = {"at": doc.article.locator, "events": [e.to_dict() for e in doc.events]}
            sink.write(json.dumps(line, sort_keys=True) + "\n")  # ASCII: no line breaks inside


def run_copy(src: Path, out: Path, pure: bool) -> tuple[str, list[dict], float]:
    start = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--code", str(src), str(out)], env=child_environment(pure), check=True)
    secs = time.perf_counter() - start
    head, *docs = (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
    return head["coder"], docs, secs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench")
    ap.add_argument("--noise", type=int, default=2000, help="generated noisy texts to add")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--code", nargs=2, type=Path, metavar=("SRC", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.code:
        code(*args.code)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        texts = corpus(args.bench, args.noise, args.seed)
        with open(src, "w", encoding="utf-8") as sink:
            for i, text in enumerate(texts):
                # every other text without a publication date, as many real ones are
                record = {"id": f"t{i}", "text": text, "published": "2021-07-26" if i % 2 else None}
                sink.write(json.dumps(record) + "\n")
        compiled, ours, secs_compiled = run_copy(src, Path(tmp) / "compiled.jsonl", pure=False)
        if compiled != "compiled":
            print(f"the coder is not compiled here ({compiled}); nothing to compare")
            return 0
        sources, theirs, secs_sources = run_copy(src, Path(tmp) / "sources.jsonl", pure=True)
    differ = [a["at"] for a, b in zip(ours, theirs) if a != b]
    failed = {name: [d["at"] + ": " + d["reason"] for d in docs if d.get("skip") == "error"]
              for name, docs in (("compiled", ours), ("sources", theirs))}
    report = {
        "texts": len(texts), "documents": [len(ours), len(theirs)],
        "events": sum(len(d.get("events", ())) for d in ours),
        "differ": len(differ) + abs(len(ours) - len(theirs)), "differ_first": differ[:10],
        "failed": {k: len(v) for k, v in failed.items()}, "failed_first": {k: v[:5] for k, v in failed.items()},
        "seconds": {"compiled": round(secs_compiled, 1), "sources": round(secs_sources, 1)},
        "sources_copy": sources,
    }
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 1 if report["differ"] or any(failed.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
