"""Places that agree: the names of one story point to one area.

A local story that names "Paris", "Lamar County" and "Texas" is about Paris, Texas, not the
French capital: each reading of an ambiguous name gains support from the other names of the
story that have a reading inside it, around it or close to it. A name that many states share
("Washington", "Springfield") says little about where the story is, so its support is divided
among the states it may lie in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from math import floor

from .gazetteer import Place

CELL_DEGREES = 0.5  # readings in the same or a touching cell of this size (about 55 km) are neighbours


@dataclass
class _Readings:
    """Where one name may be: its states, the counties it names or lies in, and the map cells
    around its readings."""

    places: list[Place]
    states: set[tuple] = field(default_factory=set)  # (country, admin1) of every reading
    named_states: set[tuple] = field(default_factory=set)  # (country, admin1) of the states it names
    named_counties: set[tuple] = field(default_factory=set)  # (country, admin1, admin2) of counties it names
    in_counties: set[tuple] = field(default_factory=set)  # (country, admin1, admin2) of its other readings
    near: set[tuple[int, int]] = field(default_factory=set)  # the cells of its readings and the cells touching them


def support(candidates: dict[str, Iterable[Place]], cell_degrees: float = CELL_DEGREES) -> dict[Place, float]:
    """For each reading of each name, how many of the story's other names agree with it.

    A reading agrees with another name when it lies in a state or county that name denotes,
    when it is a state or county holding one of that name's readings, or when the two lie in
    the same or touching map cells. Each other name gives 1 divided by the number of states it
    may lie in. Countries and world regions neither give nor get support: the story's country
    is decided elsewhere."""
    readings: dict[str, _Readings] = {}
    for name, places in candidates.items():
        r = _Readings([p for p in places if p.lat is not None and p.lon is not None
                       and p.kind not in ("country", "region")])
        for p in r.places:
            r.states.add((p.country, p.admin1))
            if p.kind == "adm1":
                r.named_states.add((p.country, p.admin1))
            elif p.kind == "adm2":
                r.named_counties.add((p.country, p.admin1, p.admin2))
            else:
                r.in_counties.add((p.country, p.admin1, p.admin2))
            lat, lon = _cell(p, cell_degrees)
            r.near.update((lat + a, lon + b) for a in (-1, 0, 1) for b in (-1, 0, 1))
        if r.places:
            readings[name] = r
    out: dict[Place, float] = {}
    for name, own in readings.items():
        others = [(other, 1.0 / len(other.states)) for other_name, other in readings.items() if other_name != name]
        for p in own.places:
            cell = _cell(p, cell_degrees)
            total = sum(share for other, share in others if _agrees(p, cell, other))
            if total:
                out[p] = out.get(p, 0.0) + total
    return out


def _cell(p: Place, size: float) -> tuple[int, int]:
    return floor(p.lat / size), floor(p.lon / size)  # type: ignore[operator]


def _agrees(p: Place, cell: tuple[int, int], other: _Readings) -> bool:
    state = (p.country, p.admin1)
    if p.kind == "adm1":
        return state in other.states
    county = (p.country, p.admin1, p.admin2)
    if state in other.named_states or county in other.named_counties:
        return True
    if p.kind == "adm2" and county in other.in_counties:
        return True
    return cell in other.near


__all__ = ["CELL_DEGREES", "support"]
