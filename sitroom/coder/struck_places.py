"""Places named as what was struck: "Russian forces attacked Kharkiv with a ballistic missile".
Mentions are read without the gazetteer, and a capitalised word after "attacked" or "struck" is
as often a person ("a car struck Reid"), so such a word is not read as a place there; once the
gazetteer is at hand, a name after one of those verbs is read as the place struck where the
gazetteer knows it as a country, a province or a city of 100,000 people or more (not a county:
news says a storm or a crime wave "hit" one)."""

from __future__ import annotations

from functools import cache

from ..knowledge import load_yaml, text_list
from .places import FILE, PlaceMention, name_run
from .tokens import lows_of


STRUCK_KINDS = frozenset({"country", "adm1", "city"})


@cache
def struck_verbs() -> frozenset[str]:
    """The verbs after which a known big place is the place struck (places.yaml struck_verbs)."""
    data = load_yaml(FILE)
    return frozenset(text_list(FILE, "struck_verbs", data.get("struck_verbs") if isinstance(data, dict) else None))


def add_struck_places(infos, resolver) -> None:
    """Add to each sentence's places the big known place named right after a verb of striking,
    unless a place or an actor is already read there."""
    if resolver is None:
        return
    from ..geo.resolve import prominent  # the coder does not import geo at load time

    verbs = struck_verbs()
    for info in infos:
        tokens = info.tokens
        lows = lows_of(tokens)
        taken = {k for m in info.mentions for k in range(m.start, m.end)}
        placed = {p.token for p in info.places}
        for k in range(len(tokens) - 1):
            j = k + 1
            if lows[k] not in verbs or not tokens[j].capitalized or j in taken or j in placed:
                continue
            end = name_run(tokens, j, taken)
            if end == j:
                continue
            name = info.text[tokens[j].start:tokens[end - 1].end]
            found = resolver.resolve(name, (), None)
            if found is None or not prominent(found.place) or found.place.kind not in STRUCK_KINDS:
                continue
            if len({p.country for p in resolver.candidates(name)}) > 1:
                continue  # a name of towns in several countries ("Bristol") may be a person's or a team's
            info.places = sorted([*info.places, PlaceMention(name, name, tokens[j].start, tokens[end - 1].end, j)],
                                 key=lambda p: p.start)
