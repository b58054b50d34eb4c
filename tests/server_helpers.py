"""A small store for the server and dashboard tests: news written for these tests, a border
crossing, and one story whose outlet, names and text carry markup that must stay text."""

from __future__ import annotations

import json
from pathlib import Path

from sitroom.store.api import open_store

TOKEN = "test-token-0123456789abcdef"

STORIES = [
    {"id": "strike-a", "outlet": "Frontier Post", "published": "2024-03-11",
     "url": "https://frontier-post.example/strike-a",
     "text": "MIRAN SHAH: Military jets struck hideouts of the Tehreek-e-Taliban Pakistan in Mir Ali, North "
             "Waziristan, on Sunday, killing 12 militants, security officials said.\n\nThe officials said the "
             "hideouts had been used to plan attacks on security posts in the district."},
    {"id": "strike-b", "outlet": "Valley Times", "published": "2024-03-11",
     "url": "https://valley-times.example/strike-b",
     "text": "PESHAWAR: At least 10 militants were killed when fighter jets bombed a compound near Mir Ali in "
             "North Waziristan district on Sunday, the military's media wing said."},
    {"id": "raid", "outlet": "Valley Times", "published": "2024-05-08", "url": "https://valley-times.example/raid",
     "text": "PESHAWAR: Soldiers killed four Tehreek-e-Taliban Pakistan militants during a raid in Datta Khel on "
             "Tuesday, the military said.\n\nTwo soldiers were wounded in the raid."},
    {"id": "chaman", "outlet": "Quetta Voice", "published": "2024-06-04", "url": "https://quetta-voice.example/chaman",
     "text": "CHAMAN: Afghan Taliban fighters fired mortar shells at a Pakistani border post near Chaman on Monday, "
             "wounding three soldiers, officials said."},
    {"id": "crossing", "outlet": "Mountain Herald", "published": "2024-07-09",
     "url": "https://mountain-herald.example/crossing",
     "text": "PESHAWAR: Forty Afghan soldiers crossed the border into Chitral district of Pakistan on Monday night "
             "after Taliban fighters overran their post, Pakistani officials said.\n\nThe soldiers will be handed "
             "back to Afghan authorities, the officials said."},
    {"id": "protest", "outlet": "Quetta Voice", "published": "2024-04-02", "url": "https://quetta-voice.example/march",
     "text": "QUETTA: Hundreds of traders marched peacefully through Quetta on Monday to protest against power "
             "cuts, blocking the main road for two hours."},
]
# markup in the outlet, the url and the text: the API returns it as data, the dashboard as text
HOSTILE = {"id": "hostile", "outlet": "<img src=x onerror=alert(1)>", "published": "2024-08-01",
           "url": "javascript:alert(1)",
           "text": "BANNU: Gunmen killed two policemen at a checkpoint in Bannu on Wednesday, police said. "
                   "<script>alert(1)</script> The attackers, who called themselves <img src=x onerror=alert(2)>, "
                   "escaped."}


def build_store(folder: Path) -> str:
    news = folder / "news.jsonl"
    news.write_text("".join(json.dumps(s) + "\n" for s in [*STORIES, HOSTILE]), encoding="utf-8")
    path = str(folder / "events.db")
    with open_store(path) as store:
        store.ingest([news])
    return path
