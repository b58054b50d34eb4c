"""The incident rules of ``sitroom/data/incidents.yaml``, read and checked once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..knowledge import KnowledgeError, data_path, load_yaml, require, text_list

FILE = "incidents.yaml"
CHECKS = ("type", "date", "place", "actors")


@dataclass(frozen=True)
class IncidentRules:
    threshold: float
    weights: dict[str, float]
    same_type: float
    compatible_type: float
    compatible: frozenset[frozenset[str]]
    days: dict[int, int]  # time precision -> most days apart
    days_written: dict[int, int]  # the same, when no report has a publication date to count from
    distance_km: dict[int, float]  # geo precision -> most km apart
    generic_prefixes: tuple[str, ...]
    revision_cues: tuple[re.Pattern[str], ...]
    credible_modalities: frozenset[str]
    fallback_modalities: frozenset[str]
    same_article_threshold: float = 1.0  # reports of one article join only at this score or more
    finest_unknown_place: int = 4  # a place this coarse (4: a country) or unknown is no place to match
    most_candidates: int = 200  # incidents read for one report, nearest in time first
    one_source_apart: bool = True  # rows without outlet or publication date are two events (incidents.py)
    news_days: int | None = None  # figures published this many days after the first are follow-ups (None: all count)
    leads_first: bool = False  # a side event's figure counts only when no lead event tells a toll

    def is_generic(self, actor: str) -> bool:
        return actor.startswith(self.generic_prefixes)

    def is_revision(self, sentence: str) -> bool:
        return any(p.search(sentence) for p in self.revision_cues)


def _number(source: str, key: str, value, low: float = 0.0, high: float | None = None) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < low or (high and value > high):
        span = f"between {low} and {high}" if high else f"at least {low}"
        raise KnowledgeError(f"{source}: {key} must be a number {span}, got {value!r}")
    return float(value)


def _levels(source: str, key: str, table) -> dict[int, float]:
    if not isinstance(table, dict) or not table:
        raise KnowledgeError(f"{source}: {key} must map precision levels (1, 2, 3) to numbers")
    out = {}
    for level, value in table.items():
        if not isinstance(level, int):
            raise KnowledgeError(f"{source}: {key} has the level {level!r}; levels are the numbers 1, 2, 3")
        out[level] = _number(source, f"{key}[{level}]", value)
    return out


@cache
def load_incident_rules() -> IncidentRules:
    source = str(data_path(FILE))
    raw = load_yaml(FILE)
    weights = require(source, raw, "weights", dict)
    missing = [c for c in CHECKS if c not in weights]
    if missing:
        raise KnowledgeError(f"{source}: weights needs a number for each check: {', '.join(missing)}")
    pairs = require(source, raw, "compatible", list)
    for pair in pairs:
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(t, str) for t in pair)):
            raise KnowledgeError(f"{source}: compatible has {pair!r}; each entry is a pair [type, type]")
    cues = []
    for i, cue in enumerate(text_list(source, "revision_cues", raw.get("revision_cues"))):
        try:
            cues.append(re.compile(cue, re.IGNORECASE))
        except re.error as exc:
            raise KnowledgeError(f"{source}: revision_cues[{i}] {cue!r} is not a valid pattern: {exc}") from None
    return IncidentRules(
        threshold=_number(source, "threshold", require(source, raw, "threshold", (int, float)), 0, 1),
        weights={c: _number(source, f"weights.{c}", weights[c]) for c in CHECKS},
        same_type=_number(source, "same_type", require(source, raw, "same_type", (int, float)), 0, 1),
        compatible_type=_number(source, "compatible_type", require(source, raw, "compatible_type", (int, float)), 0, 1),
        compatible=frozenset(frozenset(p) for p in pairs),
        days={k: int(v) for k, v in _levels(source, "days", raw.get("days")).items()},
        days_written={k: int(v) for k, v in _levels(source, "days_written", raw.get("days_written")).items()},
        distance_km=_levels(source, "distance_km", raw.get("distance_km")),
        generic_prefixes=tuple(text_list(source, "generic_actor_prefixes", raw.get("generic_actor_prefixes"))),
        revision_cues=tuple(cues),
        credible_modalities=frozenset(text_list(source, "credible_modalities", raw.get("credible_modalities"))),
        fallback_modalities=frozenset(text_list(source, "fallback_modalities", raw.get("fallback_modalities"), False)),
        same_article_threshold=_number(source, "same_article_threshold",
                                       require(source, raw, "same_article_threshold", (int, float)), 0, 1),
        finest_unknown_place=int(_number(source, "unknown_place_precision",
                                         require(source, raw, "unknown_place_precision", int), 1, 5)),
        most_candidates=int(_number(source, "most_candidates", require(source, raw, "most_candidates", int), 1)),
        one_source_apart=require(source, raw, "one_source_apart", bool),
        news_days=None if raw.get("news_days") is None else
        int(_number(source, "news_days", require(source, raw, "news_days", int))),
        leads_first=require(source, raw, "leads_first", bool) if "leads_first" in raw else False,
    )
