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


@cache
def site_harm_words() -> frozenset[str]:
    """Words after a deed at a site naming the men it killed or hurt (places.yaml site_harm_words)."""
    data = load_yaml(FILE)
    return frozenset(text_list(FILE, "site_harm_words", data.get("site_harm_words") if isinstance(data, dict) else None))


@cache
def owned_site_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The site nouns that name an armed men's site only after one of their owners' words
    (``owned_site_nouns`` in places.yaml), and those words."""
    data = load_yaml(FILE)
    section = data.get("owned_site_nouns") if isinstance(data, dict) else None
    section = section if isinstance(section, dict) else {}
    where = "owned_site_nouns"
    return (frozenset(text_list(FILE, f"{where}.nouns", section.get("nouns", []))),
            frozenset(text_list(FILE, f"{where}.owners", section.get("owners", []))))


def _sites(info) -> set[str]:
    """The kinds of site a sentence names in lower case ("posts" -> "post"; "the Post" is a paper)."""
    nouns = site_nouns()
    return {t.low.rstrip("s") for t in info.tokens if t.low in nouns and t.text.islower()}


OBJECT_REACH = 5  # words from a deed's verb to the site it took: "seized the Nawng Lang military camp"


def site_object(tokens, end: int) -> bool:
    """Whether a place_object deed ending at token ``end`` took a site ("retook the checkpost",
    "overran an army post"): a lower-case site noun within OBJECT_REACH words, before any stop."""
    nouns = site_nouns()
    owned, owners = owned_site_nouns()
    for k in range(end, min(end + OBJECT_REACH, len(tokens))):
        t = tokens[k]
        if not t.text[:1].isalnum() and t.low not in ("'s", "’s"):  # ("retook the army's border post")
            return False
        if t.text.islower() and (t.low in nouns or (t.low in owned and k > end and tokens[k - 1].low in owners)):
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
