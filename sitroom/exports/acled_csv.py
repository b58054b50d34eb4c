"""Events as ACLED's CSV: its 31 columns, in its order.

Only events with an ACLED event type are written (verbal events such as accusations or
ambassador recalls have a PLOVER type only and no place in ACLED's table).  Columns the
coder does not know (region, admin3, tags) are left empty rather than guessed.
"""

from __future__ import annotations

import csv
import time
from datetime import date
from functools import cache
from typing import IO, Iterable

from ..model import Event

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)


@cache
def _country(iso3: str) -> tuple[str, str]:
    """(numeric ISO code, name) of a country."""
    import pycountry

    from ..coder.codebook import load_codebook

    found = pycountry.countries.get(alpha_3=iso3)
    name = load_codebook().country_name(iso3) or (found.name if found else iso3)
    return (str(int(found.numeric)) if found else ""), name


def disorder_type(event: Event) -> str:
    if event.event_type == "Protests" or event.sub_event_type == "Violent demonstration":
        return "Demonstrations"
    if event.event_type == "Strategic developments":
        return "Strategic developments"
    return "Political violence"


def row(event: Event, source: str | None = None) -> dict[str, object]:
    a1, a2 = event.actor1, event.actor2
    inter1 = a1.actor_type if a1 and a1.actor_type else 0
    inter2 = a2.actor_type if a2 and a2.actor_type else 0
    pair = sorted(x for x in (inter1, inter2))
    loc = event.location
    iso3 = (loc.country if loc else None) or (a1.country if a1 else None)
    numeric, country = _country(iso3) if iso3 else ("", "")
    when = date.fromisoformat(event.event_date) if event.event_date else None
    notes = " ".join(e.sentence for e in event.evidence)
    return {
        "event_id_cnty": event.event_id,
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
        "inter2": inter2,
        "interaction": pair[0] * 10 + pair[1] if pair[0] else pair[1],
        "civilian_targeting": "Civilian targeting" if inter2 == 7 else "",
        "iso": numeric,
        "region": "",
        "country": country,
        "admin1": (loc.admin1 if loc else None) or "",
        "admin2": (loc.admin2 if loc else None) or "",
        "admin3": "",
        "location": loc.name if loc else "",
        "latitude": loc.lat if loc and loc.lat is not None else "",
        "longitude": loc.lon if loc and loc.lon is not None else "",
        "geo_precision": (loc.geo_precision if loc else None) or "",
        "source": source or "",
        "source_scale": "",
        "notes": notes,
        "fatalities": event.fatalities if event.fatalities is not None else 0,
        "tags": "",
        "timestamp": int(time.time()),
    }


class AcledCsvWriter:
    def __init__(self, stream: IO[str]):
        self._writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
        self._writer.writeheader()
        self.written = 0

    def write(self, events: Iterable[Event], source: str | None = None) -> None:
        for event in events:
            if event.event_type is None:
                continue
            self._writer.writerow(row(event, source))
            self.written += 1

    def add(self, event: Event, provenance) -> None:
        """One stored event or incident, its sources named by ``provenance``."""
        self.write([event], provenance.source)

    def close(self) -> None:
        pass
