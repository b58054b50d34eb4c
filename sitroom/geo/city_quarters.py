"""Quarters of big cities from ``data/geo/city_quarters.yaml``: places of their own at their city's
point, added to the gazetteer on every load (cities500 lists towns, not a city's quarters)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..knowledge import KnowledgeError, load_yaml, text_list
from .distance import km
from .gazetteer import Gazetteer, Place

FILE = "geo/city_quarters.yaml"
# a quarter weighs as a town of this many people: more than a namesake village, less than a
# namesake city (see the file's header)
QUARTER_POPULATION = 50_000
QUARTER_KM = 20.0  # a town of a quarter's name this near its city is that quarter, placed by GeoNames
QUARTER_CODE = "PPLX"  # GeoNames' feature code for a section of a populated place


@dataclass(frozen=True)
class CityQuarters:
    city: int  # the city's GeoNames id
    quarters: tuple[tuple[str, ...], ...]  # each quarter's spellings, the first naming it


@cache
def load_city_quarters() -> tuple[CityQuarters, ...]:
    data = load_yaml(FILE)
    if not isinstance(data, list):
        raise KnowledgeError(f"{FILE}: must be a list of entries with city and quarters")
    out = []
    for i, entry in enumerate(data):
        where = f"{FILE}: entry {i + 1}"
        if not isinstance(entry, dict) or not isinstance(entry.get("city"), int):
            raise KnowledgeError(f"{where}: give city: GEONAMEID (a whole number) and quarters: [[names], ...]")
        quarters = entry.get("quarters")
        if not isinstance(quarters, list) or not quarters:
            raise KnowledgeError(f"{where}: quarters must be a non-empty list of lists of names")
        out.append(CityQuarters(entry["city"], tuple(tuple(text_list(f"{where}, quarter {j + 1}", "names", q))
                                                     for j, q in enumerate(quarters))))
    return tuple(out)


def add_city_quarters(gaz: Gazetteer) -> int:
    """Add every quarter of the cities the gazetteer holds; returns how many were added (a city
    the gazetteer lacks, as in a small test gazetteer, adds none)."""
    wanted = []
    for entry in load_city_quarters():
        row = gaz.by_id.get(entry.city)
        if row is None:
            continue
        city = gaz.place(row)
        # (a quarter the gazetteer places itself keeps its own point)
        wanted += [(city, names) for names in entry.quarters if not _held_near(gaz, names, city)]
    for city, names in wanted:
        row = gaz.add(Place(None, f"{city.name}-{names[0]}", city.country, city.admin1, city.admin2, city.lat,
                            city.lon, QUARTER_POPULATION, "city", QUARTER_CODE), list(names))
        gaz.exact_only.add(row)  # (never spelled otherwise: "Ashrafieh" is no "Ashrafiyah")
    return len(wanted)


def _held_near(gaz: Gazetteer, names: tuple[str, ...], city: Place) -> bool:
    """Whether the gazetteer holds a town of one of these names in the city's province within
    QUARTER_KM of its point: a quarter GeoNames lists as a town of its own, at its own point."""
    if city.lat is None or city.lon is None:
        return False
    for name in names:
        for p in gaz.lookup_exact(name):
            if p.kind == "city" and p.country == city.country and p.admin1 == city.admin1 \
                    and p.lat is not None and p.lon is not None and km(p.lat, p.lon, city.lat, city.lon) <= QUARTER_KM:
                return True
    return False
