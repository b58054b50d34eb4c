"""What tells no event ACLED codes, whatever its verbs say: deaths by accident or by nature, a
review's plot or an obituary's life, and a match report's play (event_rules.yaml ``accidents``
and ``not_news``)."""

from __future__ import annotations

import re

from .quantities import may_state_deaths
from .rules import RuleSet
from .sentence_coder import Finding, SentenceInfo

# a headline's label ends at its first colon or dash: "Film review: ...", "Obituary - ..."
_LABEL_END = re.compile(r"\s*(?::|\s[-\u2013\u2014|]\s)")


def without_accidents(rules: RuleSet, findings: list[Finding], info: SentenceInfo,
                      accident_story: bool = False) -> tuple[list[Finding], bool]:
    """ "Four people were killed when a bus collided with a truck", "Flash floods killed six
    people": a violence trigger that tells only a death or only a blast (accidents.bare_deaths,
    bare_blasts) in a sentence that tells an accident or a disaster as its cause is no event, as
    ACLED codes none, and neither is a flight, an evacuation or a response told with it
    (accidents.responses: "Troops were deployed to rescue flood victims"; a looting or an arson
    is a deed). In a later sentence of an ``accident_story``, which tells no cause of its own,
    only a blast, a flight and a response are the accident's ("The explosion brought down the
    roof"): a death told there may be another's. A sentence that tells violence by another
    trigger keeps its events. Returns the findings kept and whether a death or a blast was read
    as an accident's."""
    if not findings or any(f.rule.family == "violence" and not bare_violence(rules, f) for f in findings):
        return findings, False
    caused = bool(rules.accident_causes.find(info.tokens))
    if not (caused or accident_story):
        return findings, False

    def accidental(f: Finding) -> bool:
        if f.rule.family == "violence":
            return caused or bare_blast(rules, f)
        return f.rule.family == "movement" or f.rule.id in rules.accident_responses

    kept = [f for f in findings if not accidental(f)]
    return kept, any(f.rule.family == "violence" and accidental(f) for f in findings)


def bare_violence(rules: RuleSet, f: Finding) -> bool:
    """A trigger that tells only a death or a body, or only a blast (accidents.bare_deaths,
    bare_blasts): "were killed", "recovered the bodies", "the explosion"."""
    words = f.info.tokens.lows[f.trigger[0]:f.trigger[1]]
    # (the first and last words: a pattern's gap may hold any, "his body was recovered")
    return (words[0] in rules.bare_deaths and words[-1] in rules.bare_deaths) or bare_blast(rules, f)


def bare_blast(rules: RuleSet, f: Finding) -> bool:
    """A trigger that tells only a blast ("the explosion", "a huge blast ripped"), no weapon."""
    words = f.info.tokens.lows[f.trigger[0]:f.trigger[1]]
    return not rules.bare_blasts.isdisjoint(words) \
        and all(w in rules.bare_blasts or w in rules.blast_fillers for w in words)


def accidental_deaths(rules: RuleSet, info: SentenceInfo) -> bool:
    """A sentence that tells deaths with no trigger of its own and an accident as their cause
    ("Six people died and nine were injured when a gas cylinder exploded")."""
    return may_state_deaths(info.tokens.lows) and bool(rules.accident_causes.find(info.tokens))


def review_or_obituary(rules: RuleSet, title: str | None) -> bool:
    """A headline labelled as a review or an obituary ("Book review: ...", "Obituary: ...")."""
    if not title:
        return False
    found = _LABEL_END.search(title)
    return found is not None and " ".join(title[:found.start()].lower().split()) in rules.title_labels


SCORE_DIGITS = 3  # a side's score in a scoreline ("3-1", "24-2", "108-97"); a year has four


def _play_words(rules: RuleSet, info: SentenceInfo) -> set[str]:
    """The words of play a sentence tells (the first word of each, "scoreline" for a score)."""
    lows = info.tokens.lows
    found = {lows[m.start] for m in rules.gameplay.find(info.tokens)} if rules.gameplay.positions(lows) else set()
    if any(lows[k] == "-" and _score(lows[k - 1]) and _score(lows[k + 1]) for k in range(1, len(lows) - 1)):
        found.add("scoreline")
    return found


def _score(word: str) -> bool:
    return word.isdigit() and len(word) <= SCORE_DIGITS


def match_report(rules: RuleSet, infos: list[SentenceInfo]) -> bool:
    """A story that tells a game being played: ``gameplay_least`` different words of play."""
    seen: set[str] = set()
    for info in infos:
        seen |= _play_words(rules, info)
        if len(seen) >= rules.gameplay_least:
            return True
    return False


def told_beside_play(rules: RuleSet, f: Finding) -> bool:
    """In a match report, a finding is play unless its sentence tells no play and tells people
    killed or injured ("Fans clashed with police outside the stadium; 14 were injured")."""
    if _play_words(rules, f.info):
        return True
    harmed = any(n for n, _ in f.figures) or bool(f.injured) or bool(f.explicit)
    return not harmed
