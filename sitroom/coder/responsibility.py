"""Who claimed a violent event, or is said to be behind it, told after it: "An IED killed two
soldiers near Turbat. The BLA claimed responsibility for the attack", "It is suspected that
Baloch separatists are behind the attack". ACLED codes the claimant or the suspect as the
event's first actor where the report names no other; sitroom does the same for an event whose
first actor is unidentified (a named one is never replaced)."""

from __future__ import annotations

from typing import Callable

from .claims import CLAIMANT_PARTICIPLES, cues
from .sentence_coder import SentenceInfo

UNIDENTIFIED = "Unidentified"  # the generic first actor's name begins so (generic.yaml)


def claimant(info: SentenceInfo):
    """The armed group a sentence says claimed an event or is behind it, and where the words of
    the claim end (token index); None when it says none."""
    # "no one claimed responsibility, but IS militants have carried out similar attacks": no claim
    said = [m for m in cues().responsibility.find(info.tokens) if not _denied_claim(info, m.start)]
    if not said:
        return None
    # (a group that claimed it and is the source of what follows is the claimant: "the TTP claimed
    # responsibility for the attack, saying its fighters had killed 15 soldiers")
    telling = info.source is not None and info.source.cue in CLAIMANT_PARTICIPLES
    cue = said[0]
    # (the group right before the cue claims, whether or not it is read as the sentence's source:
    # "Al Shabaab claimed the attack")
    groups = [m for m in info.mentions if m.armed and m.kind == "group" and m.actor_type in (2, 3)
              and (telling or not m.is_source or 0 <= cue.start - m.end <= CLAIMANT_REACH)
              and m.name and not m.name.startswith(UNIDENTIFIED)]
    if info.tokens[cue.end - 1].low in _BLAMED_ON:
        # "blamed the attack on the TTP", "was planted by suspected Al Shabaab militants", "blamed
        # FARC dissidents": the group is the object of the cue's last word ("A raid was carried out
        # by the army against ISWAP" names ISWAP as no one's agent)
        groups = [m for m in groups if cue.end <= m.start <= cue.end + BLAMED_REACH
                  and not any(cue.end <= o.start < m.start for o in info.mentions)]
    return (groups[0], cue.end) if len(groups) == 1 else None


CLAIMANT_REACH = 2  # words between a group and the claim after it ("Al Shabaab later claimed the attack")
_BLAMED_ON = frozenset({"by", "on", "to", "from", "blamed", "blames", "blaming"})
BLAMED_REACH = 3  # words between "by"/"on" and the group it names ("by suspected Al Shabaab militants")


# "no one has yet claimed"; "the TTP denied that the attack was carried out by its fighters"
_NO_CLAIM = frozenset({"no", "nobody", "none", "not", "n't", "never", "yet", "denied", "denies", "deny", "denying",
                       "rejected", "dismissed"})


def _denied_claim(info: SentenceInfo, start: int) -> bool:
    """Whether the words just before a claim of responsibility say no one made it."""
    return any(t.low in _NO_CLAIM for t in info.tokens[max(0, start - 4):start])


def credit_claimants(drafts: list, infos: list[SentenceInfo], to_actor: Callable) -> list:
    """Give each violent event with an unidentified first actor the group that a sentence after
    it, before the next violent event, says claimed it or is behind it; the event the claim
    itself names ("claimed responsibility for the attack") is that event told again, and goes.
    ``to_actor(mention, draft)`` makes the actor of a mention in a draft's country. The drafts
    left, in their order."""
    gone: set[int] = set()
    for info in infos:
        found = claimant(info)
        if found is None:
            continue
        group, cue_end = found
        violent = [d for d in drafts if d.first.rule.family == "violence" and id(d) not in gone
                   and d.first.info.index <= info.index]
        if not violent:
            continue
        d = max(violent, key=lambda x: x.first.info.index)
        earlier = [x for x in violent if x.first.info.index < info.index]
        if d.first.info.index == info.index and d.first.trigger[0] >= cue_end and earlier \
                and not d.figures and d.explicit is None:
            gone.add(id(d))  # "... claimed responsibility for the attack": the attack told before
            d = max(earlier, key=lambda x: x.first.info.index)
        if d.actor1 is None or d.actor1.name.startswith(UNIDENTIFIED):
            d.actor1 = to_actor(group, d)
            if d.actor2 is not None and d.actor1 is not None and d.actor2.name == d.actor1.name:
                # "a landmine suspected to have been planted by ISWAP hit a vehicle, killing four
                # passengers": the group named with the weapon is no target; those hurt after it are
                victims = [m for m in d.first.info.mentions if m.start >= cue_end and m is not group
                           and m.name != group.name] if d.first.info is info else []
                d.actor2 = to_actor(victims[0], d) if victims else None
    return [d for d in drafts if id(d) not in gone]
