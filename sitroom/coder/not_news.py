"""What tells no event ACLED codes, whatever its verbs say: deaths by accident or by nature, a
review's plot or an obituary's life, a match report's play and a markets story's trade
(event_rules.yaml ``accidents`` and ``not_news``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from .quantities import ANY_VICTIM, may_state_deaths, victim_of
from .phrases import PhraseIndex
from .rules import RuleSet
from .sentence_coder import Finding, SentenceInfo

# a headline's label ends at its first colon or dash: "Film review: ...", "Obituary - ..."
_LABEL_END = re.compile(r"\s*(?::|\s[-\u2013\u2014|]\s)")


ACCIDENT, BLAST = "accident", "blast"  # the kinds of an accident's story (see without_accidents)


def without_accidents(rules: RuleSet, findings: list[Finding], info: SentenceInfo,
                      story: str | None = None, bombs: bool = False) -> tuple[list[Finding], str | None]:
    """ "Four people were killed when a bus collided with a truck", "Flash floods killed six
    people": a violence trigger that tells only a death (accidents.bare_deaths) in a sentence that
    tells an accident or a disaster as its cause is no event, as ACLED codes none, and neither is
    a flight, an evacuation or a response told with it (accidents.responses: "Troops were
    deployed to rescue flood victims"; a looting or an arson is a deed). A blast (bare_blasts) is
    an accident's only where a blast's cause tells it ("a gas cylinder exploded"); else it is the
    violence that caused the rest ("An explosion overturned a military vehicle, killing four
    soldiers"). A sentence that tells violence by another trigger keeps its events, and one that
    names a weapon or an attacker its deaths and blasts ("Gunmen killed four passengers after
    their bus overturned"). In a later sentence of an accident's ``story`` (ACCIDENT or BLAST),
    which tells no cause of its own, its flights and responses are the accident's, and its blasts
    where the story's cause was one ("The explosion brought down the roof"): a death told there
    may be another's. In a story
    that names ``bombs`` (accidents.blast_weapons) anywhere, no blast is an accident's ("Police
    later said the explosion was a bomb"). Returns the findings kept, and the kind of accident its
    deaths or blasts were read as (None: none)."""
    if not findings or any(f.rule.family == "violence" and not bare_violence(rules, f) for f in findings):
        return findings, None
    blast_caused = not bombs and bool(rules.blast_causes.find(info.tokens))
    caused = blast_caused or bool(rules.accident_causes.find(info.tokens))
    if any(bare_blast(rules, f) for f in findings) and not blast_caused and not (story == BLAST and not caused):
        return findings, None  # the blast is the violence that caused the rest
    if not (caused or story):
        return findings, None
    named = _violence_named(rules, info, findings)
    # (a later sentence that tells deaths of its own tells another deed: "Hours later, a powerful
    # explosion hit a mosque, killing 14 worshippers")
    passed_on = not caused and any(n for f in findings for n, _ in f.figures)

    def accidental(f: Finding) -> bool:
        if passed_on:
            return False
        if f.rule.family == "violence":
            return not named and (caused or (story == BLAST and bare_blast(rules, f)))
        return f.rule.family == "movement" or f.rule.id in rules.accident_responses

    kept = [f for f in findings if not accidental(f)]
    read = caused and any(f.rule.family == "violence" and accidental(f) for f in findings)
    return kept, (BLAST if blast_caused else ACCIDENT) if read else None


def _violence_named(rules: RuleSet, info: SentenceInfo, findings: list[Finding]) -> bool:
    """A sentence that names a weapon (accidents.weapon_words) or an armed agent of its deaths
    ("Gunmen killed four passengers after their bus overturned"; not armed dead: "Four soldiers
    were killed when their truck overturned")."""
    return names_weapon(rules, info) or any(f.actor1 is not None and f.actor1.armed and not f.actor1.is_source
                                            for f in findings)


def names_weapon(rules: RuleSet, info: SentenceInfo, weapons: frozenset[str] | None = None) -> bool:
    """A sentence that names one of ``weapons`` (accidents.weapon_words by default; not a squad's
    name: "bomb disposal squad", accidents.not_weapons_before)."""
    lows = info.tokens.lows
    listed = rules.weapon_words if weapons is None else weapons
    return any(w in listed and (k + 1 >= len(lows) or lows[k + 1] not in rules.not_weapons_before)
               for k, w in enumerate(lows))


def bare_violence(rules: RuleSet, f: Finding) -> bool:
    """A trigger that tells only a death or a body, or only a blast (accidents.bare_deaths,
    bare_blasts): "were killed", "recovered the bodies", "the explosion"."""
    words = f.info.tokens.lows[f.trigger[0]:f.trigger[1]]
    # (the first and last words: a pattern's gap may hold any, "his body was recovered")
    return bool(words) and ((words[0] in rules.bare_deaths and words[-1] in rules.bare_deaths) or bare_blast(rules, f))


def bare_blast(rules: RuleSet, f: Finding) -> bool:
    """A trigger that tells only a blast ("the explosion", "a huge blast ripped"), no weapon."""
    words = f.info.tokens.lows[f.trigger[0]:f.trigger[1]]
    return not rules.bare_blasts.isdisjoint(words) \
        and all(w in rules.bare_blasts or w in rules.blast_fillers for w in words)


def accidental_deaths(rules: RuleSet, info: SentenceInfo, bombs: bool = False) -> str | None:
    """The kind of accident (ACCIDENT, BLAST) of a sentence that tells deaths with no trigger of
    its own and an accident as their cause ("Six people died and nine were injured when a gas
    cylinder exploded"), or None (and None for a blast in a story that names ``bombs``)."""
    if not may_state_deaths(info.tokens.lows) or names_weapon(rules, info):
        return None
    if rules.blast_causes.find(info.tokens):
        return None if bombs else BLAST
    return ACCIDENT if rules.accident_causes.find(info.tokens) else None


LABELLED_DAYS = 7  # days before publication within which a labelled story's deed is news


def told_days_before(days: list, published: date | None) -> bool:
    """Whether one of ``days`` (the dates its deed's sentences write on it: ``When``) is a day or a
    week within LABELLED_DAYS before ``published``: in an obituary, "was shot dead on Monday" or
    "last week" is news; the deeds of a life or of a film's plot, told with no day of their own,
    are not."""
    if published is None:
        return False
    low = published - timedelta(days=LABELLED_DAYS)
    # (a week is dated by its first day: "last week" ends within the days)
    return any(w is not None and w.precision <= 2
               and low <= date.fromisoformat(w.date) + timedelta(days=6 if w.precision == 2 else 0)
               and date.fromisoformat(w.date) <= published for w in days)


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
    if any(_scoreline(rules, lows, k) for k in range(1, len(lows) - 1) if lows[k] in _SCORE_DASHES):
        found.add("scoreline")
    return found


_SCORE_DASHES = frozenset({"-", "\u2013"})


def _scoreline(rules: RuleSet, lows: list[str], k: int) -> bool:
    """ "won 3-1", "a 24-2 run": two scores about a dash at ``k``; not a range of people ("10-12
    others": not_news.not_scores) nor a part of a date ("2025-06-10")."""
    return _score(lows[k - 1]) and _score(lows[k + 1]) and not (k > 1 and lows[k - 2] in _SCORE_DASHES) \
        and not (k + 2 < len(lows) and (lows[k + 2] in _SCORE_DASHES or lows[k + 2] in rules.not_scores))


def _score(word: str) -> bool:
    return word.isdigit() and len(word) <= SCORE_DIGITS


def tells_fiction(rules: RuleSet, infos: list[SentenceInfo]) -> bool:
    """A story that writes ``fiction_least`` different words of a work's plot ("the novel begins",
    "by the third chapter", "the narrator"): a review, labelled or not."""
    return _enough(infos, rules.fiction_least, lambda info: _last_words(rules.fiction, info))


def markets_story(rules: RuleSet, infos: list[SentenceInfo]) -> bool:
    """A story that writes ``markets_least`` different words of trading ("the stock exchange",
    "stocks fell", "the benchmark index")."""
    return _enough(infos, rules.markets_least, lambda info: _last_words(rules.markets, info))


def match_report(rules: RuleSet, infos: list[SentenceInfo]) -> bool:
    """A story that tells a game being played: ``gameplay_least`` different words of play."""
    return _enough(infos, rules.gameplay_least, lambda info: _play_words(rules, info))


def _enough(infos: list[SentenceInfo], least: int, words_of: Callable[[SentenceInfo], set[str]]) -> bool:
    """Whether the sentences ``infos`` tell ``least`` different words, each sentence's given by
    ``words_of(info)``."""
    seen: set[str] = set()
    for info in infos:
        seen |= words_of(info)
        if len(seen) >= least:
            return True
    return False


def _last_words(index: PhraseIndex, info: SentenceInfo) -> set[str]:
    """The phrases of ``index`` a sentence writes, each by its last word ("the first episode of"
    and "the third episode of" are one)."""
    lows = info.tokens.lows
    return {lows[m.end - 1] for m in index.find(info.tokens)} if index.positions(lows) else set()


def tells_harm(f: Finding) -> bool:
    """Whether ``f`` tells people killed or injured: in a markets story, "Bank stocks were
    massacred" does not."""
    return bool(f.injured or f.explicit or any(n for n, _ in f.figures))


def told_beside_play(rules: RuleSet, f: Finding) -> bool:
    """In a match report, a finding is play unless it tells people injured ("Fans clashed with
    police after the final whistle, leaving 14 people injured"), the dead of a named group ("one
    supporter was killed in the crush"), or its sentence tells no play and people killed: a
    figure of the dead of no one named beside play may be a game's ("a 62-yard strike killed
    their hopes")."""
    if f.injured or any(n and victim_of(key) != ANY_VICTIM for n, key in f.figures):
        return False  # (people injured, or the dead of a named group: "one supporter was killed")
    return bool(_play_words(rules, f.info)) or not tells_harm(f)
