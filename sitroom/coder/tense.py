"""Deeds told in a tense that makes them no single event: the past perfect of a story's
background ("fighters had joined the group"), the present progressive of a campaign
("operations are targeting every militant group") and the present perfect of talks summed over
a span ("the two sides have met several times in recent weeks"). Their findings are generic:
kept in the store with that modality, out of the default outputs."""

from __future__ import annotations

from .phrases import PhraseIndex
from .tokens import Tokens

BACKGROUND_FAMILIES = frozenset({"strategic", "verbal"})  # material violence "had been shot" is always an event
_PAST_PERFECT = frozenset({"had"})
_PRESENT_PERFECT = frozenset({"has", "have"})
_PROGRESSIVE = frozenset({"is", "are", "am"})
_BETWEEN_PROGRESSIVE = frozenset({"also", "still", "now", "increasingly"})


def background_deed(tokens: Tokens, t0: int, dated: bool, reporting: PhraseIndex) -> bool:
    """ "Hundreds of foreign fighters had joined the group", "Kabul had recalled its envoy": a
    deed in the past perfect (its trigger at token ``t0``), in a sentence with no day and no
    reporting verb before it, is the background of the story's events, not one of them ("the
    spokesman said the group had seized the town" reports a deed in the past perfect of reported
    speech, and "had signed on 3 May" is dated)."""
    lows = tokens.lows
    if dated or not any(w in _PAST_PERFECT for w in lows[max(0, t0 - 2):t0]):
        return False
    return not any(reporting.starts(lows[j]) and reporting.at(lows, j) for j in range(t0))


def ongoing(lows: list[str], starts: list[int]) -> bool:
    """ "The operations are targeting all militant groups", "gangs are still killing shopkeepers":
    a trigger (starting at one of ``starts``) in the present progressive tells an ongoing
    campaign; the caller keeps it for sentences that name no day."""
    for k in starts:
        if not lows[k].endswith("ing") or k == 0:
            continue
        j = k - 1 if lows[k - 1] not in _BETWEEN_PROGRESSIVE else k - 2
        if j >= 0 and lows[j] in _PROGRESSIVE:
            return True
    return False


def summed_talk(tokens: Tokens, t0: int, dated: bool, spans: PhraseIndex) -> bool:
    """ "Negotiators have met in the capital in recent weeks", "the two governments have traded
    accusations since the spring": a verbal deed (its trigger at token ``t0``) in the present
    perfect, in a sentence with no day and a span of time (``spans``: attribution.yaml's
    tally_cues), sums many meetings or statements; it is none of them."""
    lows = tokens.lows
    if dated or not any(w in _PRESENT_PERFECT for w in lows[max(0, t0 - 2):t0]):
        return False
    return bool(spans.find(tokens))
