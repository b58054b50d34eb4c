"""Control changes: the coded events that move a place from one actor to another.

A takeover ("the Taliban overran the post"), a recapture ("troops retook the town") or a
transfer ("the army withdrew from the district", "the city fell to the Taliban") becomes a ``Change``: the place, the date, who
holds the place afterwards by this account and who lost it, how firmly it is told (asserted, a
party's claim, or a denial) and by whom, with the sentence it was read in. Which events count,
and which trigger words give the place to actor2, are data (``data/control.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

import yaml

from ..coder.when import parse_iso
from ..model import REPORTED


@dataclass(frozen=True)
class ControlRules:
    changes: dict[str, str]  # sub-event type -> the role that holds the place afterwards
    to_actor2: tuple[str, ...]  # trigger words after which actor2 holds the place (actor1 left it)
    coarsest_precision: int
    same_change_days: int
    unnamed_prefixes: tuple[str, ...] = ()
    denial: tuple[str, str] = ("REJECT", "deny")  # the PLOVER type and mode of a denial
    not_holders: frozenset[int] = frozenset()  # actor types that hold no territory

    def unnamed(self, actor: str | None) -> bool:
        return actor is None or actor.startswith(self.unnamed_prefixes)


@cache
def load_control_rules() -> ControlRules:
    raw = yaml.safe_load(resources.files("sitroom.data").joinpath("control.yaml").read_text(encoding="utf-8"))
    changes = {str(k): str(v) for k, v in raw["changes"].items()}
    for kind, role in changes.items():
        if role not in ("actor1", "actor2"):
            raise ValueError(f"control.yaml: {kind!r} must name actor1 or actor2, not {role!r}")
    return ControlRules(changes=changes, to_actor2=tuple(str(w).lower() for w in raw["to_actor2"]),
                        coarsest_precision=int(raw["coarsest_precision"]), same_change_days=int(raw["same_change_days"]),
                        unnamed_prefixes=tuple(str(p) for p in raw.get("unnamed_prefixes", [])),
                        denial=(str(raw["denial"][0]), str(raw["denial"][1])),
                        not_holders=frozenset(int(t) for t in raw.get("not_holders", [])))


@dataclass(frozen=True)
class Change:
    """One account of a place changing hands."""

    place: str  # the place's key: "gn:<geonameid>", else "name|country"
    name: str
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    date: date
    time_precision: int | None
    gains: str | None  # who holds the place afterwards, by this account (None: nobody named)
    loses: str | None  # who held it before
    kind: str  # the ACLED sub-event type
    modality: str  # asserted, claimed (by a party), denied
    source: str | None
    event: int | None  # the event's id in the store
    incident_id: int | None
    doc_id: str | None
    sentence: str | None
    gains_type: int | None = None  # ACLED's actor type (1: state forces)
    loses_type: int | None = None
    mention: str | None = None  # the place as the text told it ("Arandu town of Chitral" for Naray, across from it)

    def named(self, wanted: str) -> bool:
        """Whether a user's name for a place (any case) is this change's: its gazetteer name, or
        the name the text told it by ("Arandu" for the post across the border from Arandu)."""
        wanted = wanted.strip().casefold()
        told = (self.mention or "").casefold()
        return self.name.casefold() == wanted or told == wanted or told.startswith(wanted + " ")

    @property
    def holder(self) -> str | None:
        """Who holds the place by this account: the gainer, or for a denial the side that was said
        to have lost it."""
        return self.loses if self.modality == "denied" else self.gains

    @property
    def holder_type(self) -> int | None:
        return self.loses_type if self.modality == "denied" else self.gains_type

    def to_dict(self) -> dict:
        return {"place": self.name, "country": self.country, "date": self.date.isoformat(),
                "time_precision": self.time_precision, "gains": self.gains,
                "loses": self.loses, "kind": self.kind, "modality": self.modality, "source": self.source,
                "event": self.event, "incident_id": self.incident_id, "doc_id": self.doc_id,
                "sentence": self.sentence, "mention": self.mention}


def _name(actor: dict | None) -> str | None:
    return (actor or {}).get("name") or None


def place_key(location: dict) -> str:
    if location.get("geonameid"):
        return f"gn:{location['geonameid']}"
    return f"{location.get('name')}|{location.get('country') or ''}"


def change_of(record: dict) -> Change | None:
    """The control change an event record tells, or None when it tells none (another kind of
    event, no place finer than a province, no date, or a modality that is not a report: future,
    hypothetical...)."""
    rules = load_control_rules()
    role = rules.changes.get(record.get("sub_event_type") or "")
    location = record.get("location") or {}
    when = parse_iso(record.get("event_date"))
    attribution = record.get("attribution") or {}
    modality = attribution.get("modality") or "asserted"
    if role is None or not location.get("name") or when is None or modality not in REPORTED:
        return None
    if (location.get("geo_precision") or 4) > rules.coarsest_precision:
        return None
    first = (record.get("evidence") or [{}])[0]
    trigger = (first.get("trigger") or "").lower()
    actor1, actor2 = record.get("actor1") or {}, record.get("actor2") or {}
    if any(word in trigger for word in rules.to_actor2) or role == "actor2":
        gaining, losing = actor2, actor1
    else:
        gaining, losing = actor1, actor2
    if gaining.get("actor_type") in rules.not_holders:
        gaining = {}  # civilians, protesters and rioters hold no territory
    stored = record.get("store") or {}
    return Change(
        place=place_key(location), name=location["name"], country=location.get("country"),
        admin1=location.get("admin1"), admin2=location.get("admin2"), lat=location.get("lat"),
        lon=location.get("lon"), date=when, time_precision=record.get("time_precision"), gains=_name(gaining),
        loses=_name(losing), kind=record["sub_event_type"], modality=modality, source=attribution.get("source"),
        event=stored.get("id"), incident_id=record.get("incident_id"), doc_id=record.get("doc_id"),
        sentence=first.get("sentence"), gains_type=gaining.get("actor_type"), loses_type=losing.get("actor_type"),
        mention=location.get("mention"),
    )


def changes_of(records) -> list[Change]:
    return [c for c in map(change_of, records) if c is not None]
