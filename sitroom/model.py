"""The records sitroom produces: articles, and the events coded from them.

Every type is a plain dataclass with ``to_dict()`` giving the JSON form written to
JSONL.  The event form is published as a JSON Schema in ``sitroom/schema``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from functools import cache
from importlib.resources import files
from typing import Any, get_args, get_origin, get_type_hints


_LEAVES = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    """JSON-ready copy of a dataclass tree (dataclasses, lists and dicts)."""
    if isinstance(value, _LEAVES):  # most values: tested first, as a store writes an event's record
        return value
    names = _field_names(type(value))
    if names is not None:
        # a leaf is taken as it is here, without a call: most fields are leaves
        return {name: item if isinstance(item := getattr(value, name), _LEAVES) else _plain(item)
                for name in names}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """The names of a dataclass's fields, in their order; None for any other type
    (``dataclasses.fields`` costs more than copying the value it is asked for)."""
    if not hasattr(kind, "__dataclass_fields__"):
        return None
    return tuple(f.name for f in fields(kind))


class Record:
    """Mixin: JSON form of a dataclass, and back."""

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        """The record written by ``to_dict`` (nested records rebuilt; unknown keys ignored)."""
        hints = _hints(cls)
        values = {}
        for f in fields(cls):
            if f.name in data:
                values[f.name] = _revive(hints[f.name], data[f.name])
        return cls(**values)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _revive(hint: Any, value: Any) -> Any:
    """``value`` as the type ``hint`` names: Records from dicts, lists of Records from lists."""
    if value is None:
        return None
    for arg in (hint, *get_args(hint)):
        if isinstance(arg, type) and issubclass(arg, Record) and isinstance(value, dict):
            return arg.from_dict(value)
        if get_origin(arg) is list and isinstance(value, list):
            (item,) = get_args(arg) or (Any,)
            return [_revive(item, v) for v in value]
    return value


@dataclass
class Sentence(Record):
    """One sentence of an article's text, with character offsets into it."""

    index: int
    start: int
    end: int
    text: str


@dataclass
class Article(Record):
    """A cleaned news article with its metadata, ready for event coding.

    ``text`` is the article body only (title, boilerplate and navigation removed).
    ``published`` is an ISO date (YYYY-MM-DD) or None when no source gave one;
    ``published_from`` says which source: html-metadata, record, feed, text or option.
    """

    doc_id: str
    content_hash: str = ""
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    outlet_from: str | None = None
    published: str | None = None
    published_from: str | None = None
    dateline: str | None = None
    language: str | None = None
    source_path: str | None = None
    source_format: str | None = None
    locator: str | None = None
    credits: list[str] = field(default_factory=list)
    text: str = ""


@dataclass
class Skip(Record):
    """An input, or a part of one, that produced no article, and why."""

    source_path: str
    reason: str
    code: str
    locator: str | None = None


@dataclass
class Actor(Record):
    """An actor in ACLED's naming conventions, with its PLOVER view."""

    name: str
    country: str | None = None
    actor_type: int | None = None  # ACLED inter code 1-8
    sector: str | None = None  # PLOVER sector: GOV, MIL, REB, COP, CVL, ...
    mention: str | None = None  # the text that named it


@dataclass
class Location(Record):
    """The place of an event: a gazetteer entry, or only its mention until resolved."""

    name: str
    mention: str | None = None
    country: str | None = None  # ISO3
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature_code: str | None = None
    geo_precision: int | None = None  # ACLED: 1 town, 2 near/part of region, 3 region, 4 country


@dataclass
class Evidence(Record):
    """Where a fact was read: the sentence and character offsets into the article text."""

    sentence: str
    start: int
    end: int
    sentence_index: int | None = None
    trigger: str | None = None


MODALITIES = ("asserted", "claimed", "denied", "future", "hypothetical", "negated", "generic")
# What every default output and export holds: events told as having happened, firmly, as a
# party's claim, or denied. Future, hypothetical and negated ones stay in the store, shown on request.
REPORTED = ("asserted", "claimed", "denied")
# What --modality takes: "reported" (the default), "all", or one modality.
MODALITY_CHOICES = ("reported", "all") + MODALITIES


def modality_allows(choice: str | None, modality: str | None) -> bool:
    """Whether an event of ``modality`` is shown under the --modality ``choice``."""
    choice = choice or "reported"
    if choice == "all":
        return True
    if choice == "reported":
        return modality in REPORTED
    return modality == choice


@dataclass
class Attribution(Record):
    """Who says so, and how firmly."""

    modality: str = "asserted"
    source: str | None = None  # "ISPR", "military sources", "a tribal elder"
    cue: str | None = None  # the words that mark it: "said", "claimed", "denied"
    anonymous: bool = False


@dataclass
class Place(Record):
    """One end of a movement."""

    country: str | None = None
    name: str | None = None


@dataclass
class Movement(Record):
    """People moving: flight, crossing, refuge, relocation."""

    kind: str | None = None  # flight, crossing, refuge, relocation, return
    origin: Place = field(default_factory=Place)
    destination: Place = field(default_factory=Place)
    count: int | None = None


@dataclass
class Plover(Record):
    type: str | None = None
    mode: str | None = None


@dataclass
class Review(Record):
    """What analysts decided about an event (sitroom.review): corrections are records of their
    own, applied over the coded event when it is read; this says what they came to."""

    status: str | None = None  # confirmed, corrected or rejected (the latest decision)
    corrections: int = 0  # decisions recorded for the event
    by: str | None = None  # who made the latest
    at: str | None = None  # when (ISO timestamp)
    note: str | None = None


@dataclass
class Event(Record):
    """Who did what to whom, where, when, how many; with its evidence and attribution."""

    event_id: str
    doc_id: str
    rank: int
    event_type: str | None  # ACLED; None for verbal events ACLED does not code
    sub_event_type: str | None
    plover: Plover = field(default_factory=Plover)
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor1: list[Actor] = field(default_factory=list)
    assoc_actor2: list[Actor] = field(default_factory=list)
    location: Location | None = None
    event_date: str | None = None  # ISO date
    time_precision: int | None = None  # ACLED: 1 day, 2 week, 3 month
    fatalities: int | None = None
    # whether the text told the toll (a figure, a death without one, "no casualties"); False when
    # the 0 is ACLED's default for a toll not told, which incidents do not take for a credible 0
    fatalities_told: bool | None = None
    injured: int | None = None  # people told injured (not counted in fatalities); None: not told
    count: int | None = None
    movement: Movement | None = None
    attribution: Attribution = field(default_factory=Attribution)
    evidence: list[Evidence] = field(default_factory=list)
    # what the coder read and did not count, in words ("figure 99999999999999999999 not counted: ...")
    notes: list[str] = field(default_factory=list)
    review: Review | None = None  # set only on events read from a store that analysts reviewed

    def to_dict(self) -> dict[str, Any]:
        out = _plain(self)
        if out["review"] is None:
            del out["review"]  # the coder's output has no review; the key appears once there is one
        return out


__all__ = [
    "MODALITIES",
    "MODALITY_CHOICES",
    "REPORTED",
    "modality_allows",
    "Actor",
    "Review",
    "Article",
    "Attribution",
    "Event",
    "Evidence",
    "Location",
    "Movement",
    "Place",
    "Plover",
    "Sentence",
    "Skip",
    "schema",
]


def schema(name: str) -> dict[str, Any]:
    """The published JSON Schema ``name`` ("event" or "article") as a dict."""
    return json.loads((files("sitroom") / "schema" / f"{name}.schema.json").read_text(encoding="utf-8"))
