"""Those hurt in a violent event as its victims, where no passive verb stands before the trigger:
"Four people were wounded in a shooting" (the trigger is the event's noun), "Three people died
and two were wounded in a shooting", "two women killed in a Tuesday shooting" (a participle
after its subject, with no auxiliary). The words are event_rules.yaml's ``harmed_in``."""

from __future__ import annotations

from .actors import Mention
from .parts import past_part
from .quantities import lexicon
from .rules import RuleSet

_BREAKS = frozenset({",", ";", ":", "and", "but", "while", "when", "as", "who", "which", "that"})
_ARTICLES = frozenset({"a", "an", "the"})


def harmed_in(rules: RuleSet | None, lows: list[str], left: list[Mention], t0: int, t1: int) -> bool:
    """Whether the last actor before the trigger at [t0, t1) is told hurt in it: a participle of
    harm after it (an auxiliary, an adverb or another hurt group between: "were seriously", "died
    and two were"), then a preposition within four words ("wounded early Sunday morning in") and
    the trigger within four words of that ("in an apparent drive-by shooting"); or the trigger
    itself a participle of harm right after the actor and before a preposition ("people killed
    in", "four people shot outside a bar"). Not where others were told hurt before the actor
    ("one soldier was martyred while two others were injured in the blast")."""
    if rules is None or not rules.harmed_participles or not left:
        return False
    victims = left[-1]
    if victims.end == t0 and t1 - t0 == 1 and lows[t0] in rules.harmed_participles:
        after = lows[t1:t1 + 2]
        # ("killed at least eight militants" has its object after it; "shot at" is the shooters' deed)
        return bool(after) and after[0] in rules.harmed_after and not (
            after[0] == "at" and (lows[t0] == "shot" or after[1:] in (["least"], ["most"])))
    near = next((j for j in range(t0 - 1, max(victims.end, t0 - 5) - 1, -1) if lows[j] in rules.harmed_before), None)
    if near is None:
        return False
    hurt = next((k for k in range(near - 1, max(victims.end, near - 5) - 1, -1) if lows[k] in rules.harmed_participles),
                None)
    # (the preposition or "when" itself opens the deed's words: "wounded when a mortar shell landed";
    # after "when" only the deed itself, not a clause with a subject of its own: "wounded when they
    # attacked")
    if hurt is None or any(w in _BREAKS for w in lows[hurt + 1:near] + lows[near + 1:t0]):
        return False
    if lows[near] == "when" and not (t0 == near + 1 or t0 == near + 2 and lows[near + 1] in _ARTICLES):
        return False
    end = past_part(lows, victims.end)  # ("Nine Maoists, including three women, were killed in")
    told_hurt = end + 1 < len(lows) and lows[end] in rules.harmed_auxiliaries \
        and lows[end + 1] in rules.harmed_participles  # "two other people were wounded after"
    if not told_hurt and any(w in rules.harmed_first for w in lows[:victims.start]):
        return False  # others told hurt before them: whose event the trigger is, is not plain
    return all(_filler(rules, w) for w in lows[end:hurt])


def _filler(rules: RuleSet, word: str) -> bool:
    """A word that may stand between the hurt and the participle: an auxiliary, an adverb, a
    word of harm, a number or "others" ("were seriously", "died and two others were")."""
    return word in rules.harmed_auxiliaries or word.endswith("ly") or word in rules.harmed_first \
        or word in rules.harmed_others or word.isdigit() or word in lexicon().units


def armed_among_hurt(lows: list[str], left: list[Mention]) -> Mention | None:
    """ "two FC personnel and one civilian were injured": the forces among the hurt, as the target."""
    if len(left) < 2 or not left[-1].civilians or not left[-2].armed:
        return None
    between = lows[left[-2].end:left[-1].start]
    return left[-2] if between[:1] == ["and"] and len(between) <= 2 else None
