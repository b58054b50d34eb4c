"""What tells no event ACLED codes, whatever its verbs say: deaths by accident or by nature, a
review's plot or an obituary's life, and a match report's play (event_rules.yaml ``accidents``
and ``not_news``)."""

from __future__ import annotations

import re

from .rules import RuleSet
from .sentence_coder import Finding, SentenceInfo

# a headline's label ends at its first colon or dash: "Film review: ...", "Obituary - ..."
_LABEL_END = re.compile(r"\s*(?::|\s[-\u2013\u2014|]\s)")


def without_accidents(rules: RuleSet, findings: list[Finding], info: SentenceInfo) -> list[Finding]:
    """ "Four people were killed when a bus collided with a truck", "Flash floods killed six
    people": a violence trigger that tells only a death (accidents.bare_deaths) in a sentence
    that tells an accident or a disaster as its cause is no event, as ACLED codes none, and
    neither is a flight or an evacuation told with it ("displaced 3,000 people"); a sentence
    that tells violence by another trigger keeps its events."""
    if not any(f.rule.family in ("violence", "movement") for f in findings):
        return findings
    lows = info.tokens.lows

    def bare(f: Finding) -> bool:
        # (the first and last words: a pattern's gap may hold any, "his body was recovered")
        return f.rule.family == "violence" and lows[f.trigger[0]] in rules.bare_deaths \
            and lows[f.trigger[1] - 1] in rules.bare_deaths

    if any(f.rule.family == "violence" and not bare(f) for f in findings) \
            or not rules.accident_causes.find(info.tokens):
        return findings
    return [f for f in findings if not bare(f) and f.rule.family != "movement"]


def review_or_obituary(rules: RuleSet, title: str | None) -> bool:
    """A headline labelled as a review or an obituary ("Book review: ...", "Obituary: ...")."""
    if not title:
        return False
    found = _LABEL_END.search(title)
    return found is not None and " ".join(title[:found.start()].lower().split()) in rules.title_labels


def match_report(rules: RuleSet, infos: list[SentenceInfo]) -> bool:
    """A story that tells a game being played: ``gameplay_least`` different words of play."""
    seen: set[str] = set()
    for info in infos:
        if rules.gameplay.positions(info.tokens.lows):
            seen.update(info.tokens.lows[m.start] for m in rules.gameplay.find(info.tokens))
            if len(seen) >= rules.gameplay_least:
                return True
    return False


def told_beside_play(rules: RuleSet, f: Finding) -> bool:
    """In a match report, a finding is play unless its sentence tells no play and tells people
    killed or injured ("Fans clashed with police outside the stadium; 14 were injured")."""
    if rules.gameplay.positions(f.info.tokens.lows) and rules.gameplay.find(f.info.tokens):
        return True
    harmed = any(n for n, _ in f.figures) or bool(f.injured) or bool(f.explicit)
    return not harmed
