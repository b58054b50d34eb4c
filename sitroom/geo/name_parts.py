"""Words that decide what the opening of an unknown capitalised name is (``data/geo/name_parts.yaml``):
"Northeast Georgia Medical Center" names no town called Northeast, and "Royal Street" is a
street, not the town of Royal."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .names import fold

SOURCE = "geo/name_parts.yaml"


@dataclass(frozen=True)
class NameParts:
    directions: frozenset[str]  # a lone direction word never counts as a place
    local_features: frozenset[str]  # last words of streets, buildings and grounds inside a town
    streets: frozenset[str]  # last words of streets and roads
    town_parts: frozenset[str]  # words naming a part of a town, before or after its name
    municipality_words: frozenset[str]  # "Twp", "Borough" after a municipality's name
    standalone_cities: dict[str, frozenset[str]]  # ISO3 -> folded names news writes without a state
    spelled_as_written: frozenset[str]  # ISO3 of countries whose names are never transliterated
    state_name_towns: frozenset[str] = frozenset()  # "City" after a state's name: "Kansas City"
    town_sides: frozenset[str] = frozenset()  # "Side", "End" after a direction: "the South Side"
    town_side_qualifiers: frozenset[str] = frozenset()  # "Near", "Far" before it: "the Near West Side"
    natural_features: frozenset[str] = frozenset()  # "mountains", "valley": land, no settlement


@lru_cache(maxsize=1)
def name_parts() -> NameParts:
    from ..knowledge import KnowledgeError, load_yaml, require, text_list

    data = load_yaml(SOURCE)
    lists = {key: frozenset(fold(w) for w in text_list(SOURCE, key, require(SOURCE, data, key, list)))
             for key in ("directions", "local_features", "streets", "town_parts", "municipality_words")}
    standalone = data.get("standalone_cities") or {}
    if not isinstance(standalone, dict):
        raise KnowledgeError(f"{SOURCE}: standalone_cities must map ISO3 codes to lists of city names")
    cities = {iso3: frozenset(fold(c) for c in text_list(SOURCE, f"standalone_cities.{iso3}", names))
              for iso3, names in standalone.items()}
    written = frozenset(text_list(SOURCE, "spelled_as_written", data.get("spelled_as_written") or []))
    towns = frozenset(fold(w) for w in text_list(SOURCE, "state_name_towns", data.get("state_name_towns") or []))
    sides, qualifiers, natural = (frozenset(fold(w) for w in text_list(SOURCE, key, data.get(key) or []))
                                  for key in ("town_sides", "town_side_qualifiers", "natural_features"))
    return NameParts(**lists, standalone_cities=cities, spelled_as_written=written, state_name_towns=towns,
                     town_sides=sides, town_side_qualifiers=qualifiers, natural_features=natural)


def named_alone(country: str | None, name: str) -> bool:
    """Whether news of ``country`` names the city ``name`` without its state ("DETROIT -")."""
    return fold(name) in name_parts().standalone_cities.get(country or "", frozenset())


def states_written(country: str | None) -> bool:
    """Whether news of ``country`` writes a town with its state but for the cities it names alone
    (``standalone_cities``; the AP stylebook's rule): a town of another state is written "Flint,
    Mich.", so a town's dateline written bare ("HARTFORD -") is a local outlet's own town."""
    return (country or "") in name_parts().standalone_cities


def without_municipality_word(written: str) -> str | None:
    """ "Lancaster Twp" -> "Lancaster"; None when the name does not end with such a word."""
    head, _, last = written.strip().rstrip(".").rpartition(" ")
    return head.strip() if head.strip() and fold(last) in name_parts().municipality_words else None


def direction_words() -> frozenset[str]:
    return name_parts().directions


def is_local_feature(written: str) -> bool:
    return fold(written.rsplit(" ", 1)[-1]) in name_parts().local_features


def is_street(written: str) -> bool:
    """A street or road ("Pearl Street", "N. 14th Ave"): never the town of its first word."""
    return " " in written.strip() and fold(written.rstrip(". ").rsplit(" ", 1)[-1]) in name_parts().streets


def is_street_word(word: str | None) -> bool:
    """Whether a kind word written after a name makes it a street or road ("Murree road")."""
    return fold(word or "") in name_parts().streets


def is_town_part(written: str, feature: str | None = None) -> bool:
    """A part of a town: "Vale Verde neighborhood", "the Sossego neighbourhood", "Colonia Vallejo"."""
    words = fold(written).split()
    parts = name_parts().town_parts
    return fold(feature or "") in parts or (len(words) > 1 and (words[0] in parts or words[-1] in parts))


def is_town_side(written: str) -> bool:
    """A side of a town named by its direction: "South Side", "Near West Side", "East End"."""
    words, parts = fold(written).split(), name_parts()
    return len(words) >= 2 and words[-1] in parts.town_sides and words[-2] in parts.directions \
        and all(w in parts.directions or w in parts.town_side_qualifiers for w in words[:-2])


def names_other_than_state(following: str) -> bool:
    """Whether the word after a state's name makes the name a town's ("Kansas City"), not the
    state's."""
    word = fold(following.strip(" .,;:"))
    return word in name_parts().state_name_towns
