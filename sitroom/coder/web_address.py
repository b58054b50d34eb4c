"""The town or state a local news outlet's web address names: "chicagotribune.com",
"nbcphiladelphia.com", "denver.cbslocal.com", "delawareonline.com". A local outlet names itself
after the big city or the state it covers; its address is a weak cue for where a story is when
the text names no state (see locating.py).

A part of the host name (split at dots and hyphens) names a place when it is the place's name
written without spaces ("sanantonio"), that name followed by a newspaper's word ("sentinel",
"dailynews"; places.yaml outlet_words and web_words), or that name after a broadcaster's short
prefix ("abc7", "fox32", "click2"). Only a city of 100,000 people or more, or a first-level
division, is read so: small towns' names hide inside too many words.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..geo.gazetteer import Place
from ..geo.names import fold
from ..geo.resolve import Resolved, prominent
from .places import cues as place_cues

PREFIX_LONGEST = 7  # characters of a broadcaster's prefix before a city's name ("clickon", "fox32")
SHORTEST = 4  # letters of the shortest name read in a host
_HOST = re.compile(r"https?://([^/?#]+)", re.IGNORECASE)
_COMPACT = re.compile(r"[^a-z]")


def host_of(url: str | None) -> str | None:
    """The host of the page an address shows, past an archive's own address
    ("web.archive.org/web/2016.../http://www.wsmv.com:80/..." is www.wsmv.com)."""
    hosts = _HOST.findall(url or "")
    if not hosts:
        return None
    return hosts[-1].split("@")[-1].split(":")[0].lower()


def web_places(gaz, url: str | None, country: str | None = None) -> list[Place]:
    """The places (of ``country``, when given) the outlet's host names: the cities of the
    longest name read (several namesakes may share it), else the first-level divisions."""
    host = host_of(url)
    if host is None:
        return []
    names = _names(gaz)
    words = _web_words()
    found: list[str] = []
    for label in host.split(".")[:-1]:
        for part in label.split("-"):
            for end in range(len(part), SHORTEST - 1, -1):
                head, rest = part[:end], part[end:]
                if head in names and (not rest or rest in words or rest.isdigit()):
                    found.append(head)
            for start in range(1, min(PREFIX_LONGEST, len(part) - SHORTEST) + 1):
                if part[start:] in names:
                    found.append(part[start:])
    for key in sorted(set(found), key=len, reverse=True):
        places = [p for p in names[key] if country in (None, p.country)]
        cities = [p for p in places if p.kind == "city"]
        if cities or places:
            return cities or places
    return []


SLUG_WORDS = 3  # words of a city's name read in a page's address ("san-antonio", "new-york-city")
_SLUG_SPLIT = re.compile(r"[-_/.+]+")


def path_places(gaz, url: str | None, country: str | None = None) -> list[Place]:
    """The big city (of ``country``, when given) a page's address names in its path, the words of
    its headline ("/news/child-shot-in-parking-lot-southeast-atlanta/"): the first read, when
    only one city of that name is a big one; [] when none. The weakest cue of a story's town: an
    editor's words, read only when the text tells no town of its own (locating.py)."""
    hosts = _HOST.findall(url or "")
    if not hosts:
        return []
    tail = (url or "").split(hosts[-1], 1)[-1].lower()
    words = [w for w in _SLUG_SPLIT.split(tail.split("?")[0].split("#")[0]) if w.isalpha()]
    names = _names(gaz)
    for i in range(len(words)):
        for n in range(min(SLUG_WORDS, len(words) - i), 0, -1):
            key = "".join(words[i:i + n])
            cities = [p for p in names.get(key, ()) if p.kind == "city" and country in (None, p.country)]
            if len(cities) == 1:
                return cities
            if cities:
                return []
    return []


@cache
def _web_words() -> frozenset[str]:
    c = place_cues()
    return frozenset(_COMPACT.sub("", fold(w)) for w in c.outlet_words + c.web_words)


@lru_cache(maxsize=4)  # a process uses one gazetteer; tests make a few small ones
def _names(gaz) -> dict[str, list[Place]]:
    """Big cities and first-level divisions by their names written without spaces, built once a
    gazetteer."""
    table: dict[str, list[Place]] = {}
    cols = gaz.cols
    for i, (kind, population) in enumerate(zip(cols["kind"], cols["population"])):
        if kind == "adm1" or (kind == "city" and population >= 100_000):
            p = gaz.place(i)
            if prominent(p):
                key = _COMPACT.sub("", fold(p.name))
                if len(key) >= SHORTEST:
                    table.setdefault(key, []).append(p)
    return table


def web_state(web: tuple, country: str | None) -> str | None:
    """The one state of ``country`` that the places an outlet's address names lie in, else None."""
    states = {p.admin1 for p in web if p.country == country and p.admin1}
    return states.pop() if len(states) == 1 else None


def web_told(web: tuple, country: str | None) -> list:
    """The one city of ``country`` (of any, when the story's country is unknown) an outlet's
    address names, as a town the story tells (times told, first sentence, reading): [] when it
    names none or several."""
    cities = [p for p in web if p.kind == "city" and country in (None, p.country)]
    if len(cities) != 1:
        return []
    return [(0, 10 ** 6, Resolved(cities[0], 0.0, 1))]


OUTWEIGHS = 10  # times the people of a namesake: a big city read alone beats a weak cue's village


def outweighs(alone: Resolved, hinted: Resolved) -> bool:
    """Whether a town read without a weak cue's state (a big city, "Newark") is so much bigger
    than its namesake in that state (a village) that the cue does not move it."""
    a, h = alone.place, hinted.place
    return a is not h and a.kind == "city" and prominent(a) and a.population >= OUTWEIGHS * max(h.population, 1)


SMALL_TOWN = 50_000  # people: a town no bigger, of another state than the outlet's, is a stray guess


def stray_town(home: Resolved | None, web: tuple, country: str | None) -> Resolved | None:
    """The city an outlet's address names, in place of a guess at the story's town (a dateline
    without its state, a town named most) that is a small town of another state, when the story
    names no state: "MT. WASHINGTON" in a Pittsburgh station's story is no Kentucky town. None
    when the guess stands."""
    told = web_told(web, country)
    if home is None or not told:
        return None
    p, city = home.place, told[0][2].place
    if p.kind != "city" or p.country != city.country or p.admin1 == city.admin1 or prominent(p) \
            or p.population >= SMALL_TOWN:
        return None
    return told[0][2]


def web_country(web: tuple) -> str | None:
    """The one country of the cities an outlet's address names ("cincinnati.com"), else None."""
    countries = {p.country for p in web if p.kind == "city"}
    return countries.pop() if len(countries) == 1 else None
