"""Articles for the store tests (all sentences written for these tests) and ways to write them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

# One airstrike told by three outlets, with different figures (12, at least 10, 15), spellings
# (Mir Ali / Mirali; Tehreek-e-Taliban Pakistan / TTP / "terrorists") and publication dates.
AIRSTRIKE = {
    "frontier": ("Frontier Post", "2024-03-11",
                 "MIRAN SHAH: Military jets struck hideouts of the Tehreek-e-Taliban Pakistan in Mir Ali, North "
                 "Waziristan, on Sunday, killing 12 militants, security officials said.\n\nThe officials said the "
                 "hideouts had been used to plan attacks on security posts in the district."),
    "valley": ("Valley Times", "2024-03-11",
               "PESHAWAR: At least 10 terrorists were killed when fighter jets bombed a compound near Mirali in North "
               "Waziristan district on Sunday, the military's media wing said.\n\nIt said weapons and explosives "
               "were recovered from the compound."),
    "courier": ("Capital Courier", "2024-03-12",
                "ISLAMABAD: Pakistani fighter jets pounded TTP positions in Mir Ali on Sunday night, killing 15 "
                "fighters, officials said.\n\nResidents said they heard loud explosions late into the night."),
}
# A later report that revises the airstrike's toll.
REVISION = {
    "update": ("Tribal Herald", "2024-03-13",
               "PESHAWAR: The death toll from Sunday's airstrike on militant hideouts in Mir Ali rose to 18 after "
               "six more bodies were pulled from the rubble, officials said on Tuesday."),
}
# Two clashes in North Waziristan on the same day, with different actors and towns: two incidents.
TWO_CLASHES = {
    "station": ("Frontier Post", "2024-05-08",
                "MIRAN SHAH: Militants attacked a police station in Miran Shah on Tuesday, killing two policemen, a "
                "police official said.\n\nThe attackers escaped before reinforcements arrived."),
    "raid": ("Valley Times", "2024-05-08",
             "PESHAWAR: Soldiers killed four Tehreek-e-Taliban Pakistan militants during a raid in Datta Khel on "
             "Tuesday, the military said.\n\nTwo soldiers were wounded in the raid."),
}
# The same kind of clash on the same day in two towns 30 km apart: two incidents.
TWO_TOWNS = {
    "dattakhel": ("Capital Courier", "2024-06-12",
                  "BANNU: Troops killed three militants in an exchange of fire in Datta Khel on Tuesday, the military "
                  "said."),
    "mirali": ("Tribal Herald", "2024-06-12",
               "BANNU: Troops killed five militants in an exchange of fire in Mir Ali on Tuesday, the military said."),
}
# Elsewhere: a protest in Quetta, so that filters have something to leave out.
PROTEST = {
    "quetta": ("Quetta Voice", "2024-04-02",
               "QUETTA: Hundreds of traders marched peacefully through Quetta on Monday to protest against power "
               "cuts, blocking the main road for two hours.\n\nThe protest ended without incident."),
}


def records(*stories: dict) -> list[dict]:
    out = []
    for story in stories:
        for key, (outlet, published, text) in story.items():
            out.append({"id": key, "outlet": outlet, "published": published, "text": text,
                        "url": f"https://{outlet.lower().replace(' ', '-')}.example/{key}"})
    return out


def write_jsonl(path: Path, *stories: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records(*stories)), encoding="utf-8")
    return path


def write_many(folder: Path, count: int, start: int = 0) -> list[Path]:
    """``count`` distinct one-article files: a clash in a different town and month each time."""
    towns = ["Bannu", "Tank", "Wana", "Miran Shah", "Datta Khel", "Parachinar", "Khar", "Landi Kotal", "Chitral",
             "Dir", "Mardan", "Kohat", "Hangu", "Karak", "Lakki Marwat"]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        town = towns[n % len(towns)]
        day = 1 + n % 27
        text = (f"{town.upper()}: Militants attacked a security post in {town} on {day} March 2023, killing "
                f"{n % 5 + 1} soldiers, officials said. Report number {n} said troops returned fire for an hour.")
        path = folder / f"article-{n:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def sitroom_in_small_batches() -> list[str]:
    """The command ``python -m sitroom``, with the store's write batches made 64 articles or one
    second first (the default is 512 or two seconds): a test that watches an ingest from another
    process sees its commits land several times in a few hundred articles. What a batch
    guarantees does not depend on its size."""
    return [sys.executable, "-c", "import sitroom.store.batch as batch; batch.MOST_ARTICLES = 64; "
                                  "batch.MOST_SECONDS = 1.0; from sitroom.cli import main; main()"]
