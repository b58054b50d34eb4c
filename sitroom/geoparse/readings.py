"""What a capitalised name written in text denotes, before any resolution: itself, the place
after "of" in an institution's name, a street or building in the story's town, or the known
opening of a longer name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..coder.places import name_run
from ..geo.name_parts import direction_words, is_local_feature
from ..geo.names import fold, has_kind_word
from ..geo.resolve import Resolver

_HYPHENATED = re.compile(r"-[a-z]+(?=\s|$)")  # "Abu Dhabi-based", "Texas-born"


@dataclass(frozen=True)
class Reading:
    name: str  # the place name to resolve
    offset: int = 0  # where it starts in the written name
    # for a street or building the gazetteer lacks ("Royal Street"), the known opening of its
    # name: the town it stands for when that town fits the story, else the story's town does
    local: str | None = None


def joined(resolver: Resolver, tokens, sentence: str, k: int, end: int, stop: set[int],
           reading: Reading | None) -> tuple[Reading | None, int]:
    """A name that goes on past "and" or "'s": "Trinidad and Tobago" is one country, and "Eva's
    Village" a building in the story's town. Returns the reading and where the name ends."""
    if end + 1 >= len(tokens) or tokens[end].low not in ("and", "'s", "’s") or not tokens[end + 1].capitalized:
        return reading, end
    last = name_run(tokens, end + 1, stop)
    if last == end + 1:
        return reading, end
    whole = sentence[tokens[k].start:tokens[last - 1].end]
    if resolver.candidates(whole):
        return Reading(whole), last
    if tokens[end].low != "and" and reading is not None and is_local_feature(whole):
        return Reading(whole, local=reading.local or reading.name), last
    return reading, end


def read_name(resolver: Resolver, written: str) -> Reading | None:
    """What a capitalised name denotes: itself if the gazetteer knows it; the place after "of"
    in an institution's name ("the Bank of England" names England, not a town called Bank); a
    spot in the story's town if it ends with a street's or building's word ("Royal Street");
    else its known opening ("the Texas Fire Service" names Texas); else nothing."""
    suffix = _HYPHENATED.search(written)
    if suffix:
        written = written[:suffix.start()]  # "the Abu Dhabi-based agency" names Abu Dhabi
    if " " not in written and fold(written) in direction_words():
        return None  # "Western" and "West" alone are directions, not the towns named so
    if resolver.candidates(written) or resolver.without_particles(written):
        return Reading(written)
    part = resolver.known_part(written)
    if part is None:
        return None
    rest = written[len(part):]
    # ("the Texas Department of Highways" stays Texas: a place and a kind word come before "of")
    if rest.startswith(" of ") and not has_kind_word(part) and resolver.candidates(rest[4:]):
        return Reading(rest[4:], len(part) + 4)
    if is_local_feature(written):
        return Reading(written, local=part)
    return Reading(part)
