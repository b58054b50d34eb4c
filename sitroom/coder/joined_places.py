"""Place names that go on past "and": "in Jammu and Kashmir", "Kohgiluyeh and Boyer-Ahmad
province", "Trinidad and Tobago". Mentions are read without the gazetteer, so a name stops at
"and" ("in Gumla and Ranchi" names two towns); once the gazetteer is at hand, two names joined by
"and" are read as one where it knows the whole as a country or a province or district."""

from __future__ import annotations

import re
from dataclasses import replace

from .places import PlaceMention

_AND_NAME = re.compile(r"[ \t]+and[ \t]+")
_CAPITALISED_WORDS = re.compile(r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*")  # "Boyer-Ahmad", "Nicobar Islands"
JOINED_KINDS = frozenset({"country", "adm1", "adm2"})  # a town's name rarely holds "and"; a division's does


def join_and_names(infos, resolver) -> None:
    """Read each mention followed by "and" and another name as one place where the gazetteer
    knows the whole as a country or an administrative division; the second name's own mention
    (with its kind word and the places written after it) becomes part of the joined one."""
    if resolver is None:
        return
    for info in infos:
        if not info.places:
            continue
        joined: list[PlaceMention] = []
        taken: set[int] = set()
        for k, place in enumerate(info.places):
            if k in taken:
                continue
            merged = _joined(info.text, place, info.places[k + 1:], resolver)
            if merged is None:
                joined.append(place)
                continue
            whole, second = merged
            joined.append(whole)
            if second is not None:
                taken.add(k + 1 + info.places[k + 1:].index(second))
        info.places = joined


def _joined(text: str, place: PlaceMention, after: list[PlaceMention], resolver):
    """The mention of ``place`` joined with the name after "and", and the later mention it took
    in (None when that name was no mention of its own); None when they are not one place."""
    name_end = place.start + len(place.name)
    if place.text != place.name or text[place.start:name_end] != place.name:
        return None  # a mention with a kind word or places of its own ends its name there
    gap = _AND_NAME.match(text, name_end)
    if gap is None:
        return None
    second = next((p for p in after if p.start == gap.end()), None)
    if second is not None:
        second_name = second.name
    else:
        words = _CAPITALISED_WORDS.match(text, gap.end())
        if words is None:
            return None
        second_name = words.group(0)
    whole = f"{place.name} and {second_name}"
    if not any(candidate.kind in JOINED_KINDS for candidate in resolver.candidates(whole)):
        return None
    if second is None:
        end = gap.end() + len(second_name)
        return replace(place, name=whole, text=text[place.start:end], end=end), None
    return replace(second, name=whole, text=text[place.start:second.end], start=place.start,
                   token=place.token), second
