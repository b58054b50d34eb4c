"""Gazetteer aliases from ``data/geo/aliases.yaml``, validated."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..knowledge import KnowledgeError, load_yaml, text_list
from .gazetteer import KINDS, Place

FILE = "geo/aliases.yaml"


@dataclass(frozen=True)
class Alias:
    names: list[str]
    same_as: int | None
    place: Place | None


@cache
def load_aliases() -> tuple[Alias, ...]:
    data = load_yaml(FILE)
    if not isinstance(data, list):
        raise KnowledgeError(f"{FILE}: must be a list of entries")
    out = []
    for i, entry in enumerate(data):
        where = f"{FILE}: entry {i + 1}"
        if not isinstance(entry, dict):
            raise KnowledgeError(f"{where}: must be a mapping with names and same_as or place")
        names = text_list(where, "names", entry.get("names"))
        if "same_as" in entry:
            if not isinstance(entry["same_as"], int):
                raise KnowledgeError(f"{where}: same_as must be a GeoNames id (a whole number)")
            out.append(Alias(names, entry["same_as"], None))
            continue
        spec = entry.get("place")
        if not isinstance(spec, dict):
            raise KnowledgeError(f"{where}: give same_as: GEONAMEID or place: {{name, country, lat, lon, kind}}")
        try:
            lat, lon = float(spec["lat"]), float(spec["lon"])
        except (KeyError, TypeError, ValueError):
            raise KnowledgeError(f"{where}: place needs numeric lat and lon") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise KnowledgeError(f"{where}: lat/lon out of range")
        kind = spec.get("kind", "city")
        if kind not in KINDS:
            raise KnowledgeError(f"{where}: kind must be one of {KINDS}")
        country = spec.get("country")
        if not (isinstance(country, str) and len(country) == 3):
            raise KnowledgeError(f"{where}: place needs an ISO3 country (\"---\" for a region across countries)")
        if country == "---":
            country = None
        code = {"city": "PPL", "adm1": "ADM1", "adm2": "ADM2", "adm3": "ADM3", "country": "PCLI", "region": "RGN"}[kind]
        place = Place(None, str(spec.get("name") or names[0]), country, spec.get("admin1"), spec.get("admin2"),
                      lat, lon, 0, kind, code)
        out.append(Alias(names, None, place))
    return tuple(out)
