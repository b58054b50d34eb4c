"""Events as PLOVER JSONL: one event a line, laid out as the PLOVER manual (draft 0.8) lays it out.

PLOVER's own fields hold PLOVER's values only: ``event`` and ``mode`` are lists of its 16
categories and their modes, ``context`` lists its contexts, ``source`` and ``recipient`` are
lists of actor objects (``code``: ISO3 or a non-state code, ``sector``, ``actor_text``,
``identifier_text``), ``event_loc`` is a GeoNames-style place, ``dead`` the fatalities,
``link`` the incident, ``text_info``/``cite_info`` the sentence and the article.  sitroom's
finer values (its own mode, the ACLED view, the claim and its source, the evidence, the store
ids) are kept under the extension field ``sitroom``, as the manual allows.  The mapping is
data: ``sitroom/data/interchange/plover.yaml``; the layout is checked by
``sitroom/schema/plover.schema.json``.

An event needs a PLOVER category and a date to be written (``date`` is required by PLOVER);
the others are counted in ``left_out`` with their reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import IO

from .. import __version__
from ..knowledge import KnowledgeError, load_yaml
from ..model import Actor, Event, Location
from .base import Writer


@dataclass(frozen=True)
class PloverView:
    """An event in PLOVER's vocabulary."""

    event: str
    mode: str | None
    contexts: tuple[str, ...]


@cache
def plover_tables() -> dict:
    """plover.yaml, checked: every mapping lands on a PLOVER category, mode, context and sector."""
    tables = load_yaml("interchange/plover.yaml")
    where = "interchange/plover.yaml"
    events, contexts, sectors = tables["events"], set(tables["contexts"]), set(tables["sectors"])
    for fine, mapped in tables["modes"].items():
        kind, mode = mapped["as"]
        if kind not in events or (mode is not None and mode not in events[kind]["modes"]):
            raise KnowledgeError(f"{where}: modes: {fine} maps to {kind}/{mode}, which PLOVER does not have")
        if not set(mapped.get("contexts", [])) <= contexts:
            raise KnowledgeError(f"{where}: modes: {fine} names a context PLOVER does not have")
    for fine, kind in tables["types"].items():
        if kind not in events:
            raise KnowledgeError(f"{where}: types: {fine} maps to {kind}, which PLOVER does not have")
    for target in [*tables["sector_map"].values(), *tables["sector_by_name_start"].values()]:
        if target is not None and target not in sectors:
            raise KnowledgeError(f"{where}: {target} is not a PLOVER sector")
    return tables


def plover_view(event: Event) -> PloverView | None:
    """sitroom's PLOVER-style type and mode, mapped onto PLOVER's lists (None: no PLOVER type)."""
    tables = plover_tables()
    fine_type, fine_mode = event.plover.type, event.plover.mode
    if fine_type is None:
        return None
    mapped = tables["modes"].get(f"{fine_type}/{fine_mode}")
    if mapped is not None:
        kind, mode = mapped["as"]
        contexts = list(mapped.get("contexts", []))
    else:
        kind, mode, contexts = tables["types"].get(fine_type, fine_type), fine_mode, []
    if kind not in tables["events"]:
        return None
    if mode not in tables["events"][kind]["modes"]:
        mode = None
    contexts += tables["context_from"]["modality"].get(event.attribution.modality, [])
    if event.movement is not None:
        contexts += tables["context_from"]["movement"]
    for actor in (event.actor1, event.actor2):
        if actor is not None and actor.sector:
            contexts += tables["context_from"]["sector"].get(actor.sector, [])
    return PloverView(kind, mode, tuple(dict.fromkeys(contexts)))


def plover_actor(actor: Actor) -> dict:
    """PLOVER's actor object: top-level code, sector, the text that named it, the canonical name."""
    tables = plover_tables()
    sector = actor.sector
    unidentified = [v for start, v in tables["sector_by_name_start"].items() if actor.name.startswith(start)]
    if unidentified:
        sector = unidentified[0]
    elif sector in tables["sector_map"]:
        sector = tables["sector_map"][sector]
    elif sector not in tables["sectors"]:
        sector = None
    code = actor.country or tables["code_without_country"].get(actor.sector or "")
    record: dict = {"code": code, "sector": sector, "actor_text": actor.mention or actor.name,
                    "identifier_text": actor.name}
    return {k: v for k, v in record.items() if v is not None}


def _feature_class(feature_code: str | None) -> str | None:
    if not feature_code:
        return None
    for letter, starts in plover_tables()["feature_classes"]:
        if feature_code.startswith(tuple(starts)):
            return letter
    return None


@cache
def _alpha2(iso3: str | None) -> str | None:
    if not iso3:
        return None
    import pycountry

    found = pycountry.countries.get(alpha_3=iso3)
    return found.alpha_2 if found else None


def event_loc(loc: Location) -> dict:
    """The place as the manual's location object: GeoNames' field names, and cc3 for ISO3."""
    record = {
        "name": loc.name,
        "geonameid": loc.geonameid,
        "latitude": loc.lat,
        "longitude": loc.lon,
        "feature class": _feature_class(loc.feature_code),
        "feature code": loc.feature_code,
        "country code": _alpha2(loc.country),
        "cc3": loc.country,
    }
    return {k: v for k, v in record.items() if v is not None}


def _fine(event: Event, provenance) -> dict:
    """What sitroom knows beyond PLOVER's fields (the manual allows named extensions)."""
    loc = event.location
    return {
        "event_id": event.event_id,
        "plover": {"event": event.plover.type, "mode": event.plover.mode},
        "acled": {"event_type": event.event_type, "sub_event_type": event.sub_event_type},
        "time_precision": event.time_precision,
        "location": None if loc is None else {
            "mention": loc.mention, "admin1": loc.admin1, "admin2": loc.admin2, "geo_precision": loc.geo_precision},
        "count": event.count,
        "movement": event.movement.to_dict() if event.movement else None,
        "modality": event.attribution.modality,
        "claim_source": event.attribution.source,
        "evidence": [e.to_dict() for e in event.evidence],
        "store": None if provenance.id is None else {
            "id": provenance.id, "incident_id": provenance.incident_id, "reports": provenance.reports,
            "fatalities_basis": provenance.fatalities_basis},
        "sources": provenance.outlets,
        "urls": provenance.urls,
    }


def plover_record(event: Event, provenance, view: PloverView) -> dict:
    """One PLOVER JSON object for ``event`` (which has a date)."""
    spec = plover_tables()["events"][view.event]
    record: dict = {
        "id": event.event_id,
        "date": event.event_date,
        "source": [plover_actor(event.actor1)] if event.actor1 else [],
        "event": [view.event],
        "mode": [view.mode] if view.mode else None,
        "context": list(view.contexts) or None,
        "quad_code": spec["quad"],
        "event_scale": spec["scale"],
    }
    if event.actor2 is not None:
        record["recipient"] = [plover_actor(event.actor2)]
    if event.location is not None:
        record["event_loc"] = event_loc(event.location)
    if event.fatalities is not None and (view.event == "ASSAULT" or event.fatalities):
        record["dead"] = event.fatalities
    if event.injured is not None:
        record["injured"] = event.injured
    if provenance.incident_id is not None:
        record["link"] = str(provenance.incident_id)
    if event.evidence:
        first = event.evidence[0]
        record["event_text"] = [e.sentence for e in event.evidence]
        record["text_info"] = {k: v for k, v in
                               {"sequence": first.sentence_index, "start": first.start, "end": first.end}.items()
                               if v is not None}
    cite = {"url": provenance.urls[0] if provenance.urls else None,
            "publication": provenance.source or None, "coder": f"sitroom {__version__}",
            "codebook": plover_tables()["codebook"]}
    record["cite_info"] = {k: v for k, v in cite.items() if v is not None}
    record["sitroom"] = _fine(event, provenance)
    return record


class PloverJsonlWriter(Writer):
    def __init__(self, stream: IO[str]):
        self.stream = stream
        super().__init__()

    def add(self, event: Event, provenance) -> None:
        view = plover_view(event)
        if view is None:
            self.left_out["no PLOVER category"] += 1
            return
        if not event.event_date:
            self.left_out["no date"] += 1
            return
        self.stream.write(json.dumps(plover_record(event, provenance, view), ensure_ascii=False) + "\n")
        self.written += 1

