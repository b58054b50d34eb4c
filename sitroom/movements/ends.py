"""A movement's ends placed on the map: the named place in its country, else the country."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def placed(name: str | None, country: str | None) -> tuple[str, float, float] | None:
    """(name, lat, lon) of a movement's end: the named place in its country, else the country
    (its capital's or main town's point, as the gazetteer resolves the country's name)."""
    from ..coder.codebook import load_codebook
    from ..geo.resolve import default_resolver

    known = load_codebook().countries.get(country or "")
    country_name = known.name if known else None
    resolver = default_resolver()
    for wanted, context in ((name, [country_name] if country_name else []), (country_name, [])):
        if not wanted:
            continue
        found = resolver.resolve(wanted, context=context)
        if found is not None and found.place.lat is not None and (not country or found.place.country == country):
            return wanted, found.place.lat, found.place.lon
    return None
