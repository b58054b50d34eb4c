"""Theatres of war with two known sides (``data/codebook/theatres.yaml``): an armed clash or
shelling reported on their front line without naming who fought gets the theatre's sides, and
a report naming one side gets the other as its opponent.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from ..geo.names import keys
from ..knowledge import KnowledgeError, load_yaml
from ..model import Actor, Event
from .codebook import Codebook, check_sector, check_type, load_codebook, state_entry

FILE = "codebook/theatres.yaml"


def runs_through(line: frozenset[str], admin1: str | None) -> bool:
    """Whether a front line (index keys of its provinces) runs through the province ``admin1``."""
    return admin1 is not None and admin1 != "" and bool(set(keys(admin1)) & line)


@dataclass(frozen=True)
class Theatre:
    name: str
    countries: frozenset[str]
    admin1: frozenset[str]  # index keys of the provinces' names
    start: date | None
    end: date | None
    event_types: frozenset[str]
    sides: tuple[Actor, Actor]
    unplaced: bool = False  # also covers its countries' places the gazetteer does not know
    line: tuple[tuple[float, float], ...] = ()  # points along the front line, (lat, lon)

    def covers(self, event: Event) -> bool:
        loc = event.location
        if event.event_type not in self.event_types or loc is None or loc.country not in self.countries:
            return False
        unknown = loc.lat is None and loc.geo_precision != 4  # a place named but not found
        inside = runs_through(self.admin1, loc.admin1)
        if not (inside or (self.unplaced and unknown)) or not event.event_date:
            return False
        return self.holds(date.fromisoformat(event.event_date[:10]))

    def holds(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


def _line(where: str, value) -> tuple[tuple[float, float], ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(p, list) and len(p) == 2
                                              and all(isinstance(x, (int, float)) for x in p) for p in value):
        raise KnowledgeError(f"{where}: a line is a list of [latitude, longitude] points")
    return tuple((float(p[0]), float(p[1])) for p in value)


def _flag(where: str, value) -> bool:
    if not isinstance(value, bool):
        raise KnowledgeError(f"{where}: must be true or false")
    return value


def _date(where: str, value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise KnowledgeError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _side(where: str, entry, codebook: Codebook) -> Actor:
    if not isinstance(entry, dict):
        raise KnowledgeError(f"{where}: a side is {{state, country}} or {{name, country, type, sector}}")
    iso3 = entry.get("country")
    if "state" in entry:
        name, actor_type, sector = state_entry(where, "state", entry["state"], iso3, codebook.state_kinds,
                                               codebook.countries)
        return Actor(name, iso3, actor_type, sector, None)
    if iso3 not in codebook.countries:
        raise KnowledgeError(f"{where}: country {iso3!r} is not in countries.yaml")
    if not isinstance(entry.get("name"), str):
        raise KnowledgeError(f"{where}: a group side needs a name")
    return Actor(entry["name"], iso3, check_type(where, entry.get("type"), codebook.taxonomy),
                 check_sector(where, entry.get("sector"), codebook.taxonomy), None)


@cache
def load_theatres() -> tuple[Theatre, ...]:
    codebook = load_codebook()
    data = load_yaml(FILE) or []
    if not isinstance(data, list):
        raise KnowledgeError(f"{FILE}: must be a list of theatres")
    out = []
    for i, entry in enumerate(data):
        where = f"{FILE}: theatre {i + 1}"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise KnowledgeError(f"{where}: needs a name")
        where = f"{FILE}: {entry['name']}"
        sides = entry.get("sides")
        if not isinstance(sides, list) or len(sides) != 2:
            raise KnowledgeError(f"{where}: needs exactly two sides")
        types = entry.get("event_types")
        if not isinstance(types, list) or not types or any(t not in codebook.taxonomy["acled"] for t in types):
            raise KnowledgeError(f"{where}: event_types must list ACLED event types; see taxonomy.yaml")
        countries = entry.get("countries")
        admin1 = entry.get("admin1")
        if not isinstance(countries, list) or not isinstance(admin1, list) or not admin1:
            raise KnowledgeError(f"{where}: needs countries and admin1 lists")
        out.append(Theatre(
            name=entry["name"],
            countries=frozenset(countries),
            admin1=frozenset(k for a in admin1 for k in keys(str(a))),
            start=_date(f"{where}: from", entry.get("from")),
            end=_date(f"{where}: until", entry.get("until")),
            event_types=frozenset(types),
            unplaced=_flag(f"{where}: unplaced", entry.get("unplaced", False)),
            line=_line(f"{where}: line", entry.get("line")),
            sides=(_side(f"{where}: side 1", sides[0], codebook), _side(f"{where}: side 2", sides[1], codebook)),
        ))
    return tuple(out)


@dataclass(frozen=True)
class Front:
    admin1: frozenset[str]  # index keys of the provinces the front lines run through
    unplaced: bool  # a theatre that was the country's one war: its villages may be missing
    line: tuple[tuple[float, float], ...] = ()  # points along the front line, where one is drawn


def front_line(event_type: str | None, country: str | None, day: str | None) -> Front | None:
    """The front lines of ``country`` for fighting of ``event_type`` on ``day`` (ISO), or None."""
    if not (event_type and country and day):
        return None
    when = date.fromisoformat(day[:10])
    found = [t for t in load_theatres() if event_type in t.event_types and country in t.countries and t.holds(when)]
    if not found:
        return None
    return Front(frozenset(k for t in found for k in t.admin1), any(t.unplaced for t in found),
                 next((t.line for t in found if t.line), ()))


def _left_out(actor: Actor | None) -> bool:
    """No actor, or the unnamed armed group put in where the text names none."""
    return actor is None or (actor.mention is None and actor.name.startswith("Unidentified Armed Group"))


def fill_sides(event: Event) -> None:
    for theatre in load_theatres():
        if not theatre.covers(event):
            continue
        first, second = theatre.sides
        names = {first.name: second, second.name: first}
        a1, a2 = event.actor1, event.actor2
        if a1 is not None and a1.name in names and _left_out(a2):
            event.actor2 = replace(names[a1.name])
        elif a2 is not None and a2.name in names and _left_out(a1):
            event.actor1 = replace(names[a2.name])
        elif _left_out(a1) and _left_out(a2):
            event.actor1, event.actor2 = replace(first), replace(second)
        return
