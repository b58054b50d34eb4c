"""The sample articles that ship with sitroom come out clean (the README's first command)."""

from __future__ import annotations

import subprocess
import sys

from .conftest import SAMPLES

BOILERPLATE = ["Advertisement", "Leave a Reply", "Please enter", "Must Read", "Share this", "Home »",
               "Related stories", "Copyright", "Senate committee reviews", "KARACHI: The Sindh"]  # fmt: skip


def test_samples_through_the_installed_command(tmp_path):
    out = tmp_path / "articles.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "sitroom", "articles", str(SAMPLES), "-o", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "articles written" in proc.stderr and "6 ->" in proc.stderr
    import json

    records = {r["doc_id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert len(records) == 6
    for record in records.values():
        for junk in BOILERPLATE:
            assert junk not in record["text"], (record["doc_id"], junk)
        assert record["source_path"].startswith(str(SAMPLES))
    kurram = records["kurram_border_clash"]
    assert kurram["dateline"] == "Parachinar" and kurram["outlet"] == "Daily Times"
    assert kurram["text"].endswith("had fled their homes after the firing began.")
    assert kurram["text"].count("\n\n") == 4  # five body paragraphs, all kept
    assert records["quetta_protest"]["published"] == "2022-06-14"
    assert records["wire-2021-0716-nimruz"]["dateline"] == "Zaranj, Afghanistan"
