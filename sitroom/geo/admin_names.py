"""The English name of a subdivision, from GeoNames' local name and its other names.

Rules (word lists in ``data/geo/admin_names.yaml``):
1. An other name made of a name and an English kind word ("Aleppo Governorate") gives the
   English name before the word; the shortest such name wins ("Anbar" over "Al-Anbar"); a
   number before the word is no name ("6th Province").  The
   name must also be given alone or look like the local one, or the local one must be written
   with letters English does not use: "Golden State" does not rename California.
2. Otherwise, for a local name written with letters English does not use ("Bayrūt"), a
   single other name in plain letters, without kind words or formal titles
   ("Beirut" for "Bayrut", "Attica" for "Attiki"); never a longer title made of the local
   name ("Mkoa wa Ituri").  A shortening of the local name counts only
   where the local name goes on with "de" ("Michoacan" for "Michoacan de Ocampo"; "Kashmir"
   does not replace "Jammu and Kashmir").
3. Otherwise the local name.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from ..knowledge import KnowledgeError, load_yaml, require, text_list
from .names import fold

FILE = "geo/admin_names.yaml"
ACLED_FILE = "geo/acled_admin1.yaml"
TERRITORIES_FILE = "geo/acled_territories.yaml"
SPLIT_FILE = "geo/acled_split_regions.yaml"


@cache
def word_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_yaml(FILE)
    kinds = text_list(FILE, "english_kinds", require(FILE, data, "english_kinds", list))
    foreign = text_list(FILE, "not_english", require(FILE, data, "not_english", list))
    joins = text_list(FILE, "honorific_joins", require(FILE, data, "honorific_joins", list))
    return frozenset(kinds), frozenset(fold(w) for w in foreign), frozenset(fold(w) for w in joins)


def _latin(name: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def _vouched(head: str, name: str, aliases: list[str]) -> bool:
    """ "Aleppo" of "Aleppo Governorate" is a name when it is also given alone, looks like the
    local name ("Kabul" for "Kābul"), or the local name is not in plain letters; "Golden" of
    California's nickname "Golden State" is none of these."""
    folded = fold(head)
    return (any(fold(a) == folded for a in aliases) or folded[:3] == fold(name)[:3]
            or not name.isascii())


def english_name(name: str, aliases: list[str]) -> str:
    kinds, foreign, joins = word_lists()
    latin = [a for a in aliases if a and _latin(a)]
    before_kind = []
    for alias in latin:
        head, _, last = alias.rpartition(" ")
        if head.startswith("The "):
            head = head[4:]
        # a number is no name: Khuzestan's old "6th Province" (Ostan-e Sheshom) does not make it "6th"
        if head[:1].isalpha() and last in kinds and not set(fold(head).split()) & foreign \
                and _vouched(head, name, latin):
            before_kind.append(head)
    if before_kind:
        return min(before_kind, key=len)
    own = fold(name).split()
    bare = []
    for alias in latin:
        words = fold(alias).split()
        if not words or set(words) & foreign or alias.isupper() or "," in alias:
            continue
        if set(own) <= set(words):
            continue  # the same name, or a longer title made of it ("Mkoa wa Ituri" for Ituri)
        if own[:len(words)] == words:
            if own[len(words)] in joins:
                return alias  # "Michoacán" for "Michoacán de Ocampo"
            continue  # a shortening: "Kashmir" for "Jammu and Kashmir" is not the English name
        if len(words) < len(own) and own[len(own) - len(words):] == words:
            continue
        if alias.isascii() and not name.isascii():
            bare.append(alias)  # "Beirut" for "Bayrūt"; "Beograd" and "Koper" stay as written
    if len(bare) == 1:
        return bare[0]
    if bare:
        shortest = min(bare, key=len)
        if all(fold(b).startswith(fold(shortest)) for b in bare):
            return shortest  # "Veracruz" beside "Veracruz-Llave"
    return name


@cache
def _leading_kinds(key: str = "leading_kinds") -> tuple[str, ...]:
    data = load_yaml(FILE)
    kinds = text_list(FILE, key, require(FILE, data, key, list))
    # the longest first: "caza de" before "caza"
    return tuple(sorted({fold(k) for k in kinds}, key=len, reverse=True))


LEADING_KIND_REST_SHORTEST = 3  # letters of the name after the kind words ("Comuna 12" names none)


def without_leading_kind(names: list[str], town: bool = False) -> list[str]:
    """The names of ``names`` written after a kind word of the division's own tongue ("Tyr" for
    "Caza de Tyr", "Pa Daet" for "Amphoe Pa Daet"), or with ``town`` of the town's ("Obregón"
    for "Ciudad Obregón"), folded; none for a name without one."""
    joins = word_lists()[2]
    out = []
    for name in names:
        folded = fold(name)
        for kind in _leading_kinds("leading_town_kinds" if town else "leading_kinds"):
            rest = folded[len(kind) + 1:] if folded.startswith(kind + " ") else ""
            if sum(c.isalpha() for c in rest) >= LEADING_KIND_REST_SHORTEST and rest[:1].isalpha() \
                    and not (town and rest.split(" ", 1)[0] in joins):
                out.append(rest)
                break
    return out


@cache
def acled_names() -> dict[str, dict[str, str]]:
    """ACLED's names of first-level divisions where they differ from the gazetteer's, by country
    (``data/geo/acled_admin1.yaml``): {ISO3: {the gazetteer's name: ACLED's}}."""
    data = load_yaml(ACLED_FILE) or {}
    if not isinstance(data, dict):
        raise KnowledgeError(f"{ACLED_FILE}: must map ISO3 codes to tables of names")
    out: dict[str, dict[str, str]] = {}
    for iso3, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
            raise KnowledgeError(f"{ACLED_FILE}: {iso3} must map the gazetteer's names to ACLED's, as text")
        out[str(iso3)] = {fold(k): v for k, v in table.items()}
    return out


def acled_admin1(iso3: str | None, name: str) -> str:
    """ACLED's name of the first-level division the gazetteer calls ``name`` in ``iso3``."""
    return acled_names().get(iso3 or "", {}).get(fold(name), name)


@cache
def acled_territories() -> dict[str, dict[str, str]]:
    """ACLED's first-level divisions that hold several of the gazetteer's, by country
    (``data/geo/acled_territories.yaml``): {ISO3: {the gazetteer's division, folded: ACLED's}}."""
    data = load_yaml(TERRITORIES_FILE) or {}
    if not isinstance(data, dict):
        raise KnowledgeError(f"{TERRITORIES_FILE}: must map ISO3 codes to ACLED's divisions")
    out: dict[str, dict[str, str]] = {}
    for iso3, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, list) for k, v in table.items()):
            raise KnowledgeError(f"{TERRITORIES_FILE}: {iso3} must map each of ACLED's divisions to a list of the "
                                 "gazetteer's divisions inside it")
        inner: dict[str, str] = {}
        for territory, divisions in table.items():
            for division in text_list(TERRITORIES_FILE, f"{iso3}: {territory}", divisions):
                if fold(division) in inner:
                    raise KnowledgeError(f"{TERRITORIES_FILE}: {iso3}: {division} is in both "
                                         f"{inner[fold(division)]} and {territory}")
                inner[fold(division)] = territory
        out[str(iso3)] = inner
    return out


def acled_territory(iso3: str | None, name: str) -> str | None:
    """ACLED's first-level division that holds the gazetteer's first-level division ``name`` of
    ``iso3``, where ACLED's is the larger (None elsewhere)."""
    return acled_territories().get(iso3 or "", {}).get(fold(name))


@cache
def acled_split_regions() -> dict[str, frozenset[str]]:
    """The gazetteer's first-level divisions that ACLED writes as their second-level ones, by
    country (``data/geo/acled_split_regions.yaml``): {ISO3: the divisions' names, folded}."""
    data = load_yaml(SPLIT_FILE) or {}
    if not isinstance(data, dict):
        raise KnowledgeError(f"{SPLIT_FILE}: must map ISO3 codes to lists of the gazetteer's divisions")
    return {str(iso3): frozenset(fold(n) for n in text_list(SPLIT_FILE, str(iso3), names))
            for iso3, names in data.items()}


def split_by_acled(iso3: str | None, name: str) -> bool:
    """Whether ACLED writes the places of the gazetteer's first-level division ``name`` of ``iso3``
    in its second-level divisions instead (Iraq's Kurdistan Region: "Dahuk", "Erbil")."""
    return fold(name) in acled_split_regions().get(iso3 or "", frozenset())
