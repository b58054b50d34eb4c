"""The country a story is about: what its dateline, names and places vote for (document_coder
places its actors and reads its places in that country)."""

from __future__ import annotations

from collections import Counter

from ..geo.abbreviations import abbreviations
from ..geo.names import fold, keys
from .codebook import Codebook
from .locating import dateline_town, sizeable_in_one_country
from .places import (NAMESAKE_TOWN, CountryFocus, bureau_dateline, country_or_capital, divisions_written, name_before, name_country,
                     place_country, shared_division, telling_name)
from .sentence_coder import SentenceInfo
from .web_address import web_country
from .when import MONTHS, WEEKDAYS


def story_country(codebook: Codebook, infos: list[SentenceInfo], dateline: str | None, resolver=None,
                  outlet_town: str | None = None, web: tuple = ()) -> str | None:
    """The country a story is about, by the votes of what it writes: its dateline's country (twice), the
    local outlet's town its page title closes with ("... - Columbia, South Carolina", twice) and
    the one country of the cities its web address names (once), the countries, capitals, peoples,
    groups and institutions it names, the states it writes out or abbreviates, and the places
    whose names tell one country. (A local page's teasers name other countries: "a soldier
    returns from Afghanistan".)"""
    focus = CountryFocus()
    placed: Counter[str] = Counter()  # the countries of places, states and countries the story names
    shared: list[tuple[str | None, tuple[str, ...], float]] = []  # votes of capitals whose names towns abroad share
    if outlet_town and resolver is not None:
        town = dateline_town(resolver, outlet_town)
        focus.add(town.place.country if town is not None else None, 2.0)
    focus.add(web_country(web), 1.0)
    if dateline:
        country = name_country(codebook, dateline)
        if country is None and resolver is not None:
            # "MEMPHIS, Tenn. (AP) -": a town the gazetteer knows with its state names the country
            town = dateline_town(resolver, dateline)
            country = town.place.country if town is not None and town.country_certain else None
        # (a wire bureau's town counts as one mention: "CAIRO (AP) - ... in Sudan's Darfur" was filed
        # there, and the places told outweigh it)
        focus.add(country, 1.0 if bureau_dateline(dateline) else 2.0)
    for info in infos:
        # a state written out ("a Tennessee highway") tells its country; one that is also a
        # country's or capital's name ("Georgia", "Victoria") tells neither, and a country's name
        # inside a state's ("New Mexico") is no mention of that country
        states = divisions_written(info.tokens)
        for _, _, division, state_country in states:
            if country_or_capital(codebook, division) is None:
                focus.add(state_country, 1.0)
                placed[state_country] += 1
        for a in abbreviations().find(info.text):  # "Bristol, Tenn.", "N.C."
            focus.add(a.country, 1.0)
            if a.country:
                placed[a.country] += 1
        for m in info.mentions:
            if any(m.start < end and start < m.end and country_or_capital(codebook, division) != of_state
                   for start, end, division, of_state in states) or _in_longer_name(info.tokens, m):
                continue
            if m.kind in ("country", "capital", "people") or m.nationality:
                if any(t.low in codebook.shared_adjectives for t in info.tokens[m.start:m.end]):
                    continue  # "Congolese" tells no one country: the places told decide
                abroad = _capital_abroad(codebook, resolver, m.text, m.country) \
                    if m.kind == "capital" and resolver is not None else ()
                if abroad:
                    shared.append((m.country, abroad, 0.5))
                    continue
                focus.add(m.country or m.nationality, 1.0 if m.kind != "capital" else 0.5)
                if m.kind in ("country", "capital") and m.country:
                    placed[m.country] += 1
            elif m.country and m.kind in ("group", "institution", "state") and not m.extras.get("local"):
                focus.add(m.country, 0.5)
        for p in info.places:
            iso3 = place_country(codebook, p)
            if iso3 and p.context and resolver is not None:
                iso3 = _read_with_context(codebook, resolver, p, iso3)
            if iso3 and resolver is not None and shared_division(codebook, resolver, p, iso3):
                continue
            if iso3 and _told_by_state(codebook, p, states):
                continue  # counted with the states above
            abroad = _capital_abroad(codebook, resolver, p.name, iso3) if iso3 and resolver is not None and not p.context else ()
            if abroad:
                shared.append((iso3, abroad, 1.0))
                continue
            focus.add(iso3, 1.0)
            if iso3:
                placed[iso3] += 1
        if codebook.country_phrases is not None:
            # "the 900 block of Erie Street": only one country's news writes it
            for phrase in codebook.country_phrases.find(info.tokens):
                iso3, written = phrase.payload
                if written is None or ([t.text for t in info.tokens[phrase.start:phrase.end]] == written
                                       and not _named_abroad(resolver, info.tokens, phrase.start, iso3)):
                    focus.add(iso3, 1.0)
    if shared:
        for info in infos:
            for p in info.places:
                iso3 = sizeable_in_one_country(resolver, p.name)
                if iso3 is not None:
                    placed[iso3] += 1
    for iso3, abroad, weight in shared:
        # "protesters blocked the Tripoli-Beirut highway", "in Tripoli and in Zahle": a capital's name
        # that is also a town's of a country whose places the story names is that town
        here = [c for c in abroad if placed.get(c)]
        focus.add(max(here, key=lambda c: placed[c]) if here else iso3, weight)
    return focus.best()


def _capital_abroad(codebook: Codebook, resolver, name: str, iso3: str | None) -> tuple[str, ...]:
    """The other countries that hold a town of at least NAMESAKE_TOWN people named as the capital
    ``name`` of ``iso3`` ("Tripoli": Lebanon's; "Kingston": Canada's), when ``name`` is a capital's."""
    return tuple(sorted({c.country for c in resolver.candidates(name) if c.kind == "city" and c.country
                         and c.country != iso3 and c.population >= NAMESAKE_TOWN})) \
        if iso3 is not None and _is_capital_of(codebook, name, iso3) else ()


def _is_capital_of(codebook: Codebook, name: str, iso3: str) -> bool:
    country = codebook.countries.get(iso3)
    return country is not None and country.capital is not None and fold(country.capital) == fold(name)


def _named_abroad(resolver, tokens, start: int, iso3: str) -> bool:
    """Whether the title at token ``start`` is a force of a town that the gazetteer knows, but not
    in the country the title tells ("the Taichung City Police Department"); a town unknown to it
    ("the Kearns Police Department") or one it also knows there ("Panama City") is no sign."""
    begin, end = name_before(tokens, start)
    if resolver is None or begin == end:
        return False
    found = resolver.candidates(" ".join(t.text for t in tokens[begin:end]))
    return bool(found) and all(place.country != iso3 for place in found)


def _read_with_context(codebook: Codebook, resolver, p, iso3: str) -> str:
    """The country of a town named with the divisions around it, read with them, where only its
    own name told one ("El Callao, Bolivar state" is the Venezuelan town in Bolivar, though "El
    Callao" alone is a region of Peru): the town read with its context must lie in a division
    the context names."""
    if any(name_country(codebook, c) for c in p.context):
        return iso3  # the context itself tells the country ("San Cristobal, Bogota")
    found = resolver.resolve(p.name, p.context)
    if found is None or found.place.kind != "city" or found.place.country in (None, iso3):
        return iso3
    admins = set(keys(found.place.admin1 or "")) | set(keys(found.place.admin2 or ""))
    return found.place.country if any(admins & set(keys(c)) for c in p.context) else iso3


def _in_longer_name(tokens, m) -> bool:
    """A country's name that begins a longer capitalised name ("Jordan Ellis", "Malaysia
    Airlines", "Armenia Avenue") names a person, a firm or a street, not where the story is. (In
    text written all in capitals the next word tells nothing.)"""
    if m.kind != "country" or m.end >= len(tokens):
        return False
    after = tokens[m.end]
    return after.capitalized and after.text[0].isalpha() and not after.text.isupper() \
        and after.low not in WEEKDAYS and after.low not in MONTHS


def _told_by_state(codebook: Codebook, p, states: list) -> bool:
    """Whether the name that tells a place's country is a state written out ("Augusta, Georgia")."""
    name = telling_name(codebook, p)
    return any(fold(name) == fold(division) for _, _, division, _ in states)
