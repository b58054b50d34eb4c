"""A store of varied events for the interchange tests (every sentence written for these tests)."""

from __future__ import annotations

from sitroom.store.api import open_store

from .store_helpers import AIRSTRIKE, PROTEST, TWO_CLASHES, write_jsonl

# Besides an airstrike, two clashes and a protest: civilians shot (violence against civilians),
# arrests (a strategic development with a target that is not civilian), an accusation (PLOVER only),
# a mob killing (a riot that targets a civilian), and a report with no date anywhere.
VARIED = {
    "turbat": ("Makran Monitor", "2024-02-10",
               "TURBAT: Unidentified gunmen shot dead two shopkeepers in the main bazaar of Turbat on Friday "
               "evening, police said.\n\nThe attackers fled on a motorcycle."),
    "arrests": ("Frontier Post", "2024-02-11",
                "PESHAWAR: Police arrested eleven suspected militants during raids in Peshawar on Saturday, "
                "officials said."),
    "accuse": ("Capital Courier", "2024-02-12",
               "ISLAMABAD: Pakistan's foreign ministry on Monday accused Afghanistan of sheltering militants."),
    "mob": ("Quetta Voice", "2024-02-14",
            "QUETTA: An angry mob beat a man to death in Quetta on Tuesday, police said."),
    "nodate": ("Valley Times", None,
               "Militants attacked a police checkpoint in Bannu, killing three policemen, officials said."),
}


def varied_store(path) -> str:
    """A SQLite store holding the varied stories; returns its path."""
    db = str(path / "varied.db")
    with open_store(db) as store:
        store.ingest([write_jsonl(path / "varied.jsonl", AIRSTRIKE, TWO_CLASHES, PROTEST, VARIED)])
    return db


def ogrinfo_summary(path):
    """`ogrinfo -ro -so -al PATH` as run by GDAL's own tool; the test skips without it, except in
    CI, where .ci/run installs Debian's gdal-bin and its absence is a failure."""
    import os
    import shutil
    import subprocess

    import pytest

    ogrinfo = shutil.which("ogrinfo")
    if ogrinfo is None and os.environ.get("CI"):
        pytest.fail("ogrinfo is missing; .ci/run installs Debian's gdal-bin")
    if ogrinfo is None:
        pytest.skip("GDAL's ogrinfo is not installed (apt-get install gdal-bin; .ci/run does)")
    return subprocess.run([ogrinfo, "-ro", "-so", "-al", str(path)], capture_output=True, text=True, timeout=60)
