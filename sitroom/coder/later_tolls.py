"""What a story tells of an attack's victims in sentences after it that code no event of their own:
a death told later ("He was pronounced dead at a hospital"), the attacker's own death ("The gunman
then took his own life"), one of the wounded who died, and the injured ("Four other policemen were
wounded")."""

from __future__ import annotations

from itertools import islice

from .claims import cues, roundup
from .injuries import carried_count, injured_count, may_tell_care
from .merging import LOOK_BACK, Draft, opens_separately
from .quantities import (ANY_VICTIM, NOT_ATTACKER, PERPETRATOR, WOUNDED_DIED, death_figures, death_spans, figures,
                         find_quantities, lexicon, may_state_deaths, person_noun, self_death, with_deaths_in_turn,
                         wounded_died, wounded_died_spans)
from .rules import RuleSet
from .sentence_coder import Finding, SentenceInfo

FOLLOW_UP = 5  # sentences after an attack in which "he later died" still tells of its victims


def later_deaths(drafts: list[Draft], info: SentenceInfo, infos: list[SentenceInfo]) -> None:
    """ "A man was shot on Main Street. ... He was pronounced dead at a hospital": a death told
    without an event of its own, a few sentences after an attack that counted none, is its toll.
    Further on, only a death of someone the story told of since the attack ("UPDATE: The man died
    at the hospital Sunday"): ``infos`` are the story's sentences."""
    if not may_state_deaths(info.tokens.lows):
        return
    violent = [d for d in islice(reversed(drafts), LOOK_BACK) if d.first.rule.family == "violence"][::-1]
    if not violent:
        return
    target = violent[-1]
    near = info.index - max(f.info.index for f in target.findings) <= FOLLOW_UP
    if near and target.injured and target.figures and target.explicit is None and wounded_died(info.tokens) \
            and not any(v == WOUNDED_DIED for _, v in target.figures):
        # "A man was shot and killed and a woman was critically wounded ... The woman died of her
        # injuries on Monday": one of the injured is one more dead
        _one_wounded_died(target)
        return
    subject = death_subject(info)
    begun = min(f.info.index for d in violent for f in d.findings)
    since = [i for i in infos if begun <= i.index < info.index]
    hurt = next((d for d in reversed(violent) if d.injured and d.figures), None)
    if hurt is not None and subject is not None and _told_in(subject, since, alive=True) \
            and all(d.explicit is None and all(v != WOUNDED_DIED for _, v in d.figures) for d in violent):
        # "A woman was killed and a boy wounded. ... The boy was listed in critical condition. ...
        # The boy died Saturday": one told alive since the attack is one of its wounded
        _one_wounded_died(hurt)
        return
    if not near and (subject is None or not _told_in(subject, since, alive=False)):
        return  # further on, only the death of one the story told of since the attack
    if any(any(v != PERPETRATOR for _, v in d.figures) or d.explicit is not None for d in violent):
        return  # the dead are counted already: a later death is one of them
    if _only_case_kind(info.tokens.lows) \
            and (target.injured or target.told_alive or any(tells_alive(f.info) for f in target.findings)):
        return  # "She was listed in critical condition. ... Homicide detectives were called": the unit's name
    beside_attacker = any(v == PERPETRATOR for _, v in target.figures)
    if beside_attacker and (self_death(info.tokens) or not _ATTACKER_WORDS.isdisjoint(info.tokens.lows)):
        return  # the attacker's death told again
    victim = target.first.actor2.name if target.first.actor2 is not None else ANY_VICTIM
    if beside_attacker and victim == ANY_VICTIM:
        victim = NOT_ATTACKER  # not the attacker (checked above): the two add up
    deaths = death_figures(info.tokens, info.quantities)
    # ("One died at the scene and the other later died at a hospital": 2)
    later = with_deaths_in_turn(figures(deaths, False, victim), deaths, info.tokens, False, victim)
    if beside_attacker and not _EVERYONE_TOLD.isdisjoint(info.tokens.lows[:3]):
        # "... then turned the gun on himself. Both died": everyone told, the attacker among them
        later = [(n - 1, key) for n, key in later if n > 1]
    target.figures = target.figures + later


def without_wound_deaths(findings: list[Finding], info: SentenceInfo, drafts: list[Draft]) -> list[Finding]:
    """A sentence after a story's violence that tells a death of its wounds ("The woman died of
    gunshot wounds Monday") tells no attack of its own: the wound is no trigger (its death is read
    by ``later_deaths``, its day is no day of the attack)."""
    if not findings or not any(d.first.rule.family == "violence" for d in drafts):
        return findings
    spans = wounded_died_spans(info.tokens)
    return [f for f in findings if not any(start <= f.trigger[0] < end for start, end in spans)] if spans else findings


SUBJECT_REACH = 4  # words between "the" and the noun of a death's subject ("the 6-year-old boy")
# words between a death's subject and its verb ("Holt has died", "The man later died")
_BEFORE_DEATH = frozenset({"has", "had", "later", "then", "also", "eventually", "subsequently"})
_NOT_NAMED = frozenset({"he", "she", "they", "it", "police", "officials", "authorities", "update"})


def death_subject(info: SentenceInfo) -> str | None:
    """Who died, in a sentence whose death is told of its subject: the person noun after "the"
    ("The boy died Saturday": "boy"; "The 6-year-old boy later died") or a capitalised name ("Holt
    has died of her injuries": "Holt"); the noun lowered, the name as written. None otherwise."""
    lex = lexicon()
    tokens, lows = info.tokens, info.tokens.lows
    for start, _ in death_spans(tokens):
        if not lex.intransitive_deaths.starts(lows[start]):
            continue
        k = start - 1
        while k >= 0 and lows[k] in _BEFORE_DEATH:
            k -= 1
        if k < 0:
            continue
        if person_noun(lows[k], lex) and "the" in lows[max(0, k - SUBJECT_REACH):k]:
            return lows[k]
        word = tokens[k].text
        if word[:1].isupper() and word[1:].islower() and word.isalpha() and lows[k] not in _NOT_NAMED:
            return word
    return None


def _told_in(subject: str, infos: list[SentenceInfo], alive: bool) -> bool:
    """Whether the person ``death_subject`` found is told of in ``infos``: a noun anywhere, a name
    past a sentence's first word; with ``alive``, only in a sentence that tells a living victim's
    condition or an injury and no death ("The boy was listed in critical condition")."""
    lex = lexicon()
    for i in infos:
        lows = i.tokens.lows
        if subject.islower():
            told = subject in lows
        else:
            told = any(t.text == subject for t in i.tokens[1:])
        if told and (not alive or tells_alive(i)
                     or (not lex.injured_words.isdisjoint(lows) and lex.death_words.isdisjoint(lows))):
            return True
    return False


def _one_wounded_died(target: Draft) -> None:
    """One of the injured of ``target`` died: one more dead, added to those counted, one fewer injured."""
    target.figures = [(n, NOT_ATTACKER if key == ANY_VICTIM else key) for n, key in target.figures]
    target.figures.append((1, WOUNDED_DIED))
    target.injured = (target.injured or 1) - 1


def tells_alive(info: SentenceInfo) -> bool:
    """Whether the sentence tells a victim's condition as a living person's (quantities.yaml
    ``alive_conditions``: "She was listed in critical condition")."""
    return bool(lexicon().alive_conditions.find(info.tokens))


def later_condition(drafts: list[Draft], info: SentenceInfo) -> None:
    """ "A girl shot herself in the head. ... She was listed in critical condition": the last
    violent event's victim was told alive, a few sentences after it."""
    if not tells_alive(info):
        return
    target = _recent_violence(drafts, info, FOLLOW_UP)
    if target is not None:
        target.told_alive = True


def _only_case_kind(lows: list[str]) -> bool:
    """Whether the only words of the dead in a sentence name the kind of case a unit works
    (quantities.yaml ``case_kinds``: "Homicide detectives were called to the scene")."""
    lex = lexicon()
    told = lex.death_words.intersection(lows)
    return bool(told) and told <= lex.case_kinds


# words opening a sentence that counts everyone the story told of ("Both died", "All three were
# pronounced dead")
_EVERYONE_TOLD = frozenset({"both", "all"})
# words that name the attacker in a sentence telling a death after his own was counted
_ATTACKER_WORDS = frozenset({"suspect", "gunman", "shooter", "attacker", "assailant", "himself", "herself"})


def later_self_death(drafts: list[Draft], info: SentenceInfo) -> None:
    """ "A man shot and killed his wife and son. ... The gunman then took his own life": the
    attacker's death told a few sentences after the killings he did is one more dead (ACLED
    counts perpetrators killed), when his attack counted its victims and not yet him."""
    if not self_death(info.tokens):
        return
    target = _recent_violence(drafts, info, FOLLOW_UP)
    if target is None:
        return
    if target.first.actor1 is None or not target.figures or any(v == PERPETRATOR for _, v in target.figures):
        return  # nobody named as the attacker, no victims counted yet, or his death counted already
    guards = lexicon().self_death_guards
    if any(not guards.isdisjoint(f.info.tokens.lows) for f in target.findings):
        return  # "three died, including the gunman": he is among them
    # (the dead his attack counted are his victims, not he: "A gunman killed two co-workers. ... He
    # later took his own life" is 3)
    target.figures = [(n, NOT_ATTACKER if key == ANY_VICTIM else key) for n, key in target.figures] \
        + [(1, PERPETRATOR)]


def _recent_violence(drafts: list[Draft], info: SentenceInfo, reach: int,
                     families: tuple[str, ...] = ("violence",)) -> Draft | None:
    """The last violent event (or one of ``families``) before the sentence ``info``, if it was
    told at most ``reach`` sentences before it."""
    target = next((d for d in islice(reversed(drafts), LOOK_BACK) if d.first.rule.family in families), None)
    if target is None or info.index - max(f.info.index for f in target.findings) > reach:
        return None
    return target


INJURED_FOLLOW_UP = 2  # sentences after an attack in which a figure of the injured is still its own


def later_injured(rules: RuleSet, drafts: list[Draft], info: SentenceInfo) -> None:
    """ "Gunmen attacked a checkpoint, killing three policemen. Four other policemen were wounded":
    the injured told in one of the next sentences, which codes no event of its own, are the
    attack's, when its own sentences told none. Not a sentence that opens another story ("In a
    separate attack, ..."), tells an earlier year or counts across a city ("Eight other people were
    wounded across the city overnight")."""
    # (and a protest's or a riot's: "Police fired tear gas at the marchers ... At least 12 people
    # were injured, the Red Cross said")
    target = _recent_violence(drafts, info, INJURED_FOLLOW_UP, ("violence", "protest"))
    if target is None or target.injured is not None or target.shot is not None:
        return  # (those told shot, less the dead, are its injured already)
    if opens_separately(rules, info) or cues().past.find(info.tokens) or roundup(info.tokens):
        return  # another story, an earlier year, a tally across a city
    lex = lexicon()
    lows = info.tokens.lows
    if lex.injured_words.isdisjoint(lows) and not may_tell_care(lows) and not lex.no_injuries.find(info.tokens):
        return
    # (a sentence that may tell no death had its figures left unread)
    quantities = info.quantities or find_quantities(info.tokens)
    dead = death_figures(info.tokens, quantities)
    hurt = injured_count(info.tokens, quantities, dead, carried=False)
    if hurt is not None:
        target.injured = hurt
    elif target.carried is None:  # "Two others were taken to a hospital"
        target.carried = carried_count(info.tokens, quantities, dead)
