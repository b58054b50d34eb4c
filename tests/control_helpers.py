"""The written control and movement reports (tests/data/control_reports.jsonl) and how their
expectations are checked against a store they were ingested into."""

from __future__ import annotations

import json
from pathlib import Path

REPORTS = Path(__file__).parent / "data" / "control_reports.jsonl"


def reports() -> list[dict]:
    return [json.loads(line) for line in REPORTS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _same_place(found: str, expected: str) -> bool:
    """A name as the gazetteer spells it and as the expectation writes it ("Musa Qalah", "Musa
    Qala"); an expectation may give several spellings, "Sheberghan|Shibirghan"."""
    def key(s):
        return "".join(ch for ch in s.casefold() if ch.isalnum())
    a = key(found)
    return any(a == b or (min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a)))
               for b in map(key, expected.split("|")))


def expectations_met(report: dict, intervals: list[dict], movements: list[dict]) -> list[bool]:
    """For each expectation of ``report``: whether the store's control intervals (history, as
    ``sitroom control --history -f json`` writes them) and movements (as ``sitroom movements -f
    json``) hold it, looking only at what this report's document told."""
    mine = [i for i in intervals if any(a["doc_id"] == report["id"] for a in i["accounts"])]
    moves = [m for m in movements if m["doc_id"] == report["id"]]
    out = []
    for place, holder in report["expect"].get("control", []):
        out.append(any(_same_place(i["place"], place) and i["status"] == "held"
                       and (holder is None or i["holder"] == holder) for i in mine))
    for place in report["expect"].get("control_contested", []):
        out.append(any(_same_place(i["place"], place) and i["status"] == "contested" for i in mine))
    for origin, destination, count in report["expect"].get("movement", []):
        out.append(any(m["origin"]["country"] == origin and (destination is None or m["destination"]["country"]
                                                              == destination)
                       and (count is None or m["count"] == count) for m in moves))
    return out
