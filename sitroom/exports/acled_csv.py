"""Events as ACLED's CSV: its 31 columns, in its order, by its codebook's conventions.

The conventions are data (``sitroom/data/interchange/acled.yaml``): the country names and
regions ACLED writes, the disorder type of each sub-event type, which events count as civilian
targeting.  ``interaction`` is ACLED's two-digit code (the lower actor type first; a one-actor
event is its type times ten), ``geo_precision`` runs 1-3, and ``event_id_cnty`` is the ISO3
code of the event's country followed by digits: the store's id of the row (an incident's id,
or a report's with ``--unit events``), or, for events coded without a store, a stable number
drawn from the event's own id.

Rows an ACLED user would reject (no ACLED type, no date, no actor1, no place below the
country) are left out and counted in ``left_out`` by reason, unless ``include_incomplete``;
then a country-level place is written as ACLED writes a region-level one (precision 3).
"""

from __future__ import annotations

import csv
import hashlib
import time
from datetime import date
from functools import cache
from typing import IO

from ..knowledge import KnowledgeError, load_yaml
from ..model import Event
from .base import Writer

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)


DISORDER_TYPES = ("Political violence", "Demonstrations", "Strategic developments",
                  "Political violence; Demonstrations")


@cache
def acled_tables() -> dict:
    """acled.yaml, checked: every country's region is one of ACLED's, every disorder type one of its four."""
    tables = load_yaml("interchange/acled.yaml")
    where = "interchange/acled.yaml"
    regions = set(tables["regions"])
    for iso3, entry in tables["countries"].items():
        if not (isinstance(entry, list) and len(entry) == 3 and entry[1] in regions and isinstance(entry[2], int)):
            raise KnowledgeError(f"{where}: countries: {iso3} must be [name, one of the regions, numeric ISO code]")
    for sub, kind in {**tables["disorder_types"], **tables["disorder_by_event_type"]}.items():
        if kind not in DISORDER_TYPES:
            raise KnowledgeError(f"{where}: {sub}: {kind!r} is not one of {', '.join(DISORDER_TYPES)}")
    return tables


@cache
def country(iso3: str) -> tuple[str, str, str]:
    """(numeric ISO code, ACLED's name, ACLED's region) of a country."""
    import pycountry

    entry = acled_tables()["countries"].get(iso3)
    if entry is not None:
        name, region, numeric = entry
        return str(numeric), name, region
    from ..coder.codebook import load_codebook

    found = pycountry.countries.get(alpha_3=iso3)
    name = load_codebook().country_name(iso3) or (found.name if found else iso3)
    return (str(int(found.numeric)) if found else ""), name, ""


def disorder_type(event: Event) -> str:
    tables = acled_tables()
    return tables["disorder_types"].get(event.sub_event_type) or tables["disorder_by_event_type"][event.event_type]


def civilian_targeting(event: Event) -> bool:
    """Whether civilians were the main target: always for violence against civilians, and for
    explosions and riots whose actor2 is civilians (the rule is data: acled.yaml)."""
    rule = acled_tables()["civilian_targeting"]
    if event.sub_event_type in rule["always"]:
        return True
    a2 = event.actor2
    return event.event_type in rule["when_target"] and a2 is not None and a2.actor_type in rule["target_types"]


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's interaction code: both actor types, the lower first (17); one actor: its type and 0 (10)."""
    if not inter1:
        return inter2 * 10
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def event_id_cnty(iso3: str, event: Event, store_id: int | None) -> str:
    """ISO3 letters and digits: the store's id, else a stable number from the event's own id."""
    if store_id is not None:
        return f"{iso3}{store_id}"
    digest = hashlib.blake2b(event.event_id.encode("utf-8"), digest_size=6).digest()
    return f"{iso3}{int.from_bytes(digest, 'big') % 10**12}"


# reasons a row is left out that --include-incomplete overrides (an event with no ACLED type has no row)
INCLUDABLE = ("no date", "no actor1", "no location", "country only")


def incomplete(event: Event) -> str | None:
    """Why an ACLED user would reject the row, or None."""
    if event.event_type is None:
        return "no ACLED type"
    if not event.event_date:
        return "no date"
    if event.actor1 is None:
        return "no actor1"
    loc = event.location
    if loc is None or loc.lat is None or loc.lon is None or not loc.country:
        return "no location"
    if (loc.geo_precision or 4) > 3:
        return "country only"
    return None


def row(event: Event, source: str | None = None, store_id: int | None = None,
        timestamp: int | None = None) -> dict[str, object]:
    a1, a2 = event.actor1, event.actor2
    inter1 = a1.actor_type if a1 and a1.actor_type else 0
    inter2 = a2.actor_type if a2 and a2.actor_type else 0
    loc = event.location
    iso3 = (loc.country if loc else None) or (a1.country if a1 else None)
    numeric, name, region = country(iso3) if iso3 else ("", "", "")
    when = date.fromisoformat(event.event_date) if event.event_date else None
    return {
        "event_id_cnty": event_id_cnty(iso3 or "XXX", event, store_id),
        "event_date": event.event_date or "",
        "year": when.year if when else "",
        "time_precision": event.time_precision or "",
        "disorder_type": disorder_type(event),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": a1.name if a1 else "",
        "assoc_actor_1": "; ".join(a.name for a in event.assoc_actor1),
        "inter1": inter1,
        "actor2": a2.name if a2 else "",
        "assoc_actor_2": "; ".join(a.name for a in event.assoc_actor2),
        "inter2": inter2,  # 0: no actor2, as ACLED writes it
        "interaction": interaction(inter1, inter2) if inter1 or inter2 else "",
        "civilian_targeting": "Civilian targeting" if civilian_targeting(event) else "",
        "iso": numeric,
        "region": region,
        "country": name,
        "admin1": (loc.admin1 if loc else None) or "",
        "admin2": (loc.admin2 if loc else None) or "",
        "admin3": "",
        "location": loc.name if loc else "",
        "latitude": loc.lat if loc and loc.lat is not None else "",
        "longitude": loc.lon if loc and loc.lon is not None else "",
        "geo_precision": min(loc.geo_precision, 3) if loc and loc.geo_precision else "",
        "source": source or "",
        "source_scale": "",
        "notes": " ".join(e.sentence for e in event.evidence),
        "fatalities": event.fatalities if event.fatalities is not None else 0,
        "tags": "",
        "timestamp": timestamp if timestamp is not None else int(time.time()),
    }


class AcledCsvWriter(Writer):
    def __init__(self, stream: IO[str], include_incomplete: bool = False):
        self._writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
        self._writer.writeheader()
        self._include_incomplete = include_incomplete
        self._timestamp = int(time.time())  # one export, one time of writing
        super().__init__()

    def add(self, event: Event, provenance) -> None:
        """One event or incident, its sources and store id named by ``provenance``."""
        reason = incomplete(event)
        if reason and (reason not in INCLUDABLE or not self._include_incomplete):
            self.left_out[reason] += 1
            return
        self._writer.writerow(row(event, provenance.source, provenance.id, self._timestamp))
        self.written += 1

