"""Sites told without a place, placed by a later sentence about sites of the same kind.

"Their border post was overrun by the Taliban" names no place; the statement goes on: "the
commander opposite Arandu said they could not hold their posts". A deed at an unnamed site
(site_nouns in places.yaml: a post, a checkpoint, a base) is at the place that a sentence soon
after gives a site of the same kind, as a reader takes it.
"""

from __future__ import annotations

from functools import cache

from ..knowledge import load_yaml, text_list
from .places import FILE, PlaceMention

LOOK_AHEAD = 6  # sentences after the deed's own in which its site may be placed


@cache
def site_nouns() -> frozenset[str]:
    data = load_yaml(FILE)
    return frozenset(text_list(FILE, "site_nouns", data.get("site_nouns") if isinstance(data, dict) else None))


def _sites(info) -> set[str]:
    """The kinds of site a sentence names in lower case ("posts" -> "post"; "the Post" is a paper)."""
    nouns = site_nouns()
    return {t.low.rstrip("s") for t in info.tokens if t.low in nouns and t.text.islower()}


OBJECT_REACH = 4  # words from a deed's verb to the site it took: "retook the army's border post"


def site_object(tokens, end: int) -> bool:
    """Whether a place_object deed ending at token ``end`` took a site ("retook the checkpost",
    "overran an army post"): a lower-case site noun within OBJECT_REACH words, before any stop."""
    nouns = site_nouns()
    for t in tokens[end:end + OBJECT_REACH]:
        if not t.text[:1].isalnum():
            return False
        if t.low in nouns and t.text.islower():
            return True
    return False


def site_place(infos: list, position: int) -> PlaceMention | None:
    """The place of the unnamed site that the sentence at ``position`` tells of: the first place
    of the first sentence within LOOK_AHEAD after it that names a site of the same kind and a place."""
    mine = _sites(infos[position])
    if not mine:
        return None
    for later in infos[position + 1:position + 1 + LOOK_AHEAD]:
        if later.places and mine & _sites(later):
            return later.places[0]
    return None
