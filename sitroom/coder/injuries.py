"""The injured of an event, counted apart from its dead (ACLED counts only fatalities; the
injured are what users ask next): "nine people hurt", "five others were wounded", "wounding four
men", "six others with gunshot wounds". The words are quantities.yaml's ``injured_words`` and
``no_injury_phrases``."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from .parts import before_part
from .quantities import SUBSET_CUES, Quantity, lexicon, word_after
from .tokens import Token, lows_of

# words that start another clause between a figure and an injury word after it ("two are dead and
# two are in hospital" tells no injury); a determiner opens another noun phrase ("Deputies tell 59
# News the injuries are minor": a TV channel)
# a negation between tells that no one was hurt ("The deputy was not injured")
_STOPS = frozenset({"and", ",", ".", ";", ":", "including", "while", "but", "the", "his", "her", "their", "its",
                    "not", "never", "n't"})
_REACH = 4  # words between a figure and the injury word that counts it ("5 others were seriously wounded")
_SUBJECT_REACH = 10  # words between a figure and the auxiliary of its passive injury verb
_AUXILIARIES = frozenset({"was", "were", "been", "are", "is", "got", "get"})
_OWNERS = frozenset({"his", "her", "their"})  # "wounded a man and his two sons"
# verbs of a clause of their own after a figure joined by "and" ("wounded a guard and two suspects
# fled"), besides auxiliaries and words ending in "-ed"
_CLAUSE_VERBS = frozenset({"ran", "got", "went", "escaped", "fled", "left", "drove", "took", "came"})


def injured_count(tokens: list[Token], quantities: list[Quantity], dead: list[tuple[list[Quantity], int]],
                  carried: bool = True) -> int | None:
    """The people a sentence tells injured: the sum of its figures of the injured, 0 where it says
    no one was hurt, None where it tells nothing of injuries. ``dead`` are the sentence's death
    figures (quantities.death_figures): a figure counted there is not one of the injured."""
    lex = lexicon()
    lows = lows_of(tokens)
    counted_dead = {(q.start, q.end) for chain, _ in dead for q in chain}
    subjects = _passive_subjects(lows, quantities, lex, carried, bool(dead))
    starts = {q.start for q in quantities}
    total: int | None = _one_more(lows, lex, starts) or None
    objects: list[Quantity] = []  # figures counted as the object of an injury verb, in order
    for q in quantities:
        if q.start == q.end or (q.start, q.end) in counted_dead:
            continue  # (a death told without a figure has an empty span)
        if q.start and lows[q.start - 1] in SUBSET_CUES:
            continue  # a part of a figure told before it
        if _counts_the_dead(lows, q.start, lex):
            continue  # "the bodies of 2 civilians with gunshot wounds", "killed 2 and wounded 3": the dead
        if _counts_wounds(lows, q.end, lex):
            continue  # "found the man with multiple gunshot wounds": wounds, not people
        if _wounds_others(lows, q.end, starts, lex):
            continue  # "A man wounded two people": he did the wounding
        opens = _approximated_from(lows, q.start, lex)  # "wounding as many as 20"
        if (opens and lows[opens - 1] in lex.injured_words) or (objects and _joined_after(lows, objects[-1], q)):
            objects.append(q)
            total = (total or 0) + q.small
        elif id(q) in subjects or word_after(lows, q.end, lex.injured_words, _STOPS, lex, _REACH):
            total = (total or 0) + q.small
    if total is None and lex.no_injuries.find(tokens):
        return 0
    return total


def carried_count(tokens: list[Token], quantities: list[Quantity],
                  dead: list[tuple[list[Quantity], int]]) -> int | None:
    """The people a sentence tells carried to a hospital ("Two others were taken to a hospital"),
    for a sentence that tells no figure of the injured (``injured_count(..., carried=False)`` is
    None): None at once where no word of carrying stands in it."""
    if not may_tell_care(lows_of(tokens)):
        return None
    return injured_count(tokens, quantities, dead)


def may_tell_care(lows: list[str]) -> bool:
    """A cheap test: could this sentence tell people carried to or under care ("taken to a
    hospital", "being treated", "receiving treatment")?"""
    lex = lexicon()
    return not (lex.carried_words.isdisjoint(lows) and lex.treated_words.isdisjoint(lows)
                and lex.treatment_words.isdisjoint(lows))


def _approximated_from(lows: list[str], start: int, lex) -> int:
    """Where the figure at ``start`` begins with the words that approximate it ("as many as 20",
    "some 30", "a few dozen"): ``start`` itself when none do."""
    for k in range(max(0, start - 3), start):
        if any(m.end == start for index in (lex.approximators, lex.vague) for m in index.at(lows, k)):
            return k
    return start


def _wounds_others(lows: list[str], end: int, starts: set[int], lex) -> bool:
    """Whether the figure ending at ``end`` is the subject of an active injury verb, whose object
    is another figure right after it: "A man wounded two people", "the gunman injured a woman"."""
    k = end + 1 if end < len(lows) and lows[end] in lex.wounding_agents else end
    return k + 1 < len(lows) and lows[k] in lex.injured_words and k + 1 in starts



def _counts_wounds(lows: list[str], end: int, lex) -> bool:
    """A figure of the wounds themselves: "two gunshot wounds", "multiple stab wounds"."""
    while end < len(lows) and lows[end] in lex.wound_kinds:
        end += 1
    return end < len(lows) and lows[end] in lex.wound_nouns


def _counts_the_dead(lows: list[str], start: int, lex) -> bool:
    """A figure right after a death word, or after one and "of" ("killed 2", "the bodies of 2")."""
    before = lows[max(0, start - 2):start]
    return bool(before) and (lex.deaths.starts(before[-1]) or (before[-1] == "of" and len(before) == 2
                                                                 and lex.deaths.starts(before[0])))


def _passive_subjects(lows: list[str], quantities: list[Quantity], lex, carried: bool = True,
                      dead_told: bool = False) -> set[int]:
    """The figures that are the subjects of a passive injury verb further on ("Two men, ages 19 and
    23, were wounded"): the last figure within _SUBJECT_REACH words before the auxiliary, with no
    full stop, semicolon or death word between."""
    found: set[int] = set()
    for i, w in enumerate(lows):
        # "A 17-year-old was also shot in the leg": one more shot than the dead told before, hurt
        # (not "were also shot at", nor in a sentence that tells deaths: "two were also shot, one fatally")
        also_shot = w in _SHOT and i >= 2 and lows[i - 1] == "also" and lows[i - 2] in _AUXILIARIES \
            and (i + 1 >= len(lows) or lows[i + 1] not in _NOT_WOUNDED_AFTER) and not dead_told
        if i == 0 or (w not in lex.injured_words and not also_shot
                      and not (carried and (_carried_to_care(lows, i, lex) or _under_care(lows, i, lex)))):
            continue
        # (or a participle coordinated with another that has the auxiliary: "were shot and wounded";
        # or a progressive: "were being treated")
        aux = i - 2 if also_shot else i - 1 if lows[i - 1] in _AUXILIARIES else \
            i - 3 if i >= 3 and lows[i - 1] == "and" and lows[i - 3] in _AUXILIARIES else \
            i - 2 if i >= 2 and lows[i - 1] == "being" and lows[i - 2] in _AUXILIARIES else None
        if aux is None:
            continue
        q = _subject_before(lows, quantities, aux, lex.deaths.starts)
        if q is not None:
            found.update(id(x) for x in (q, *_joined_before(lows, quantities, q)))
    return found


def _joined_before(lows: list[str], quantities: list[Quantity], q: Quantity) -> list[Quantity]:
    """The figures joined to the subject figure ``q`` by "and" before it, each with at most two
    words of its own before the "and" ("A man and his 12-year-old son were wounded": the man too),
    and by commas before that ("a man, a woman and three girls were shot")."""
    out: list[Quantity] = []
    while True:
        p = next((x for x in reversed(quantities) if x.end <= q.start - 1 and x.start < x.end), None)
        joint = ("and",) if not out else ("and", ",")
        if p is None or lows[q.start - 1] not in joint or q.start - 1 - p.end > 2 \
                or any(w in lexicon().joined_clause_words or not w[:1].isalpha() for w in lows[p.end:q.start - 1]):
            return out
        out.append(p)
        q = p


def _joined_after(lows: list[str], p: Quantity, q: Quantity) -> bool:
    """Whether the figure ``q`` is joined by "and" (and a possessive) to the object figure ``p``
    before it, with at most two words of ``p``'s own before the "and" ("wounded a woman and a
    child", "injured two officers and a bystander", "wounded a man and his two sons"), and is no
    subject of a clause of its own ("wounded a man and a woman was arrested", "wounded a guard and
    two suspects fled")."""
    joint = q.start - 2 if q.start >= 2 and lows[q.start - 1] in _OWNERS else q.start - 1
    return joint >= p.end and lows[joint] == "and" and joint - p.end <= 2 \
        and not any(w in lexicon().joined_clause_words or not w[:1].isalpha() for w in lows[p.end:joint]) \
        and not any(w in _AUXILIARIES or w in _CLAUSE_VERBS or w.endswith("ed") for w in lows[q.end:q.end + 3])


def one_more(tokens: list[Token], quantities: list[Quantity]) -> int:
    """The injured a sentence tells as one more than those told before it (``_one_more``)."""
    return _one_more(lows_of(tokens), lexicon(), {q.start for q in quantities})


def _one_more(lows: list[str], lex, counted: AbstractSet[int] = frozenset()) -> int:
    """The people a sentence tells injured as one more than those told before it: the subject
    "another" or "a fourth" of a passive injury verb ("One man was killed and another was
    wounded", "Three people died and a fourth was hurt"), unless a figure at one of ``counted``
    (the sentence's figures' first words) counts it already."""
    found = 0
    for i, w in enumerate(lows):
        if w not in lex.injured_words or i < 2 or lows[i - 1] not in _AUXILIARIES:
            continue
        before = lows[max(0, i - 4):i - 1]
        if before[-1:] == ["another"] and i - 2 in counted:
            continue  # "another" read as a figure already (quantities: one more of those told before)
        if before[-1:] == ["another"] or (len(before) >= 2 and before[-2] in ("a", "an")
                                          and before[-1] in lex.ordinal_words):
            found += 1
    return found


def _carried_to_care(lows: list[str], i: int, lex) -> bool:
    """ "Two others were taken to a hospital": a participle of carrying (quantities.yaml
    ``carried_words``) with a word of care within four words after "to", and no death told
    after it ("was taken to a hospital, where he died" counts a death, not an injury)."""
    if lows[i] not in lex.carried_words or i + 1 >= len(lows) or lows[i + 1] != "to":
        return False
    if not any(w in lex.care_words for w in lows[i + 2:i + 6]):
        return False
    return not any(lex.deaths.starts(lows[k]) and lex.deaths.at(lows, k) for k in range(i + 2, len(lows)))


def _under_care(lows: list[str], i: int, lex) -> bool:
    """ "Two others were being treated for burns", "Eleven others are receiving treatment at the
    hospital": a passive of treating (quantities.yaml ``treated_words``) or a progressive of
    ``treatment_words`` before "treatment", with no death told after it."""
    treated = lows[i] in lex.treated_words and lows[i + 1:i + 2] not in (["as"], ["like"])  # ("treated as accomplices")
    receiving = lows[i] in lex.treatment_words and lows[i + 1:i + 3] and "treatment" in lows[i + 1:i + 3]
    if not (treated or receiving):
        return False
    return not any(lex.deaths.starts(lows[k]) and lex.deaths.at(lows, k) for k in range(i + 1, len(lows)))


def _subject_before(lows: list[str], quantities: list[Quantity], aux: int, stops=None,
                    skip: frozenset = frozenset()) -> Quantity | None:
    """The figure that is the subject of the passive whose auxiliary stands at ``aux``: the last
    figure within _SUBJECT_REACH words before it (not one after "including": "Five people,
    including a boy, were"; not one of ``skip``'s spans), with no full stop, semicolon, colon or
    word ``stops`` accepts between."""
    # ("Ten people, including two women and a minor, were injured": the ten, before the part)
    aux = before_part(lows, aux)
    before = [q for q in quantities if q.end <= aux and q.start < q.end and aux - q.end <= _SUBJECT_REACH
              and (q.start, q.end) not in skip and not (q.start and lows[q.start - 1] in SUBSET_CUES)]
    if not before:
        return None
    q = before[-1]
    if any(x in (".", ";", ":") or (stops is not None and stops(x)) for x in lows[q.end:aux]):
        return None
    return q


# what makes "was shot" no wound: "shot dead", "shot and killed", "shot at" (fired upon), "shot down"
_NOT_WOUNDED_AFTER = frozenset({"dead", "at", "down", "to", "and", "fatally"})
_SHOT = frozenset({"shot"})


def _and_others(lows: list[str], k: int) -> bool:
    """ "were shot and a third was grazed": the "and" at ``k`` joins other people, not a second
    verb of the same people ("shot and killed")."""
    return lows[k] == "and" and k + 2 < len(lows) and lows[k + 1] in ("a", "an", "another") \
        and (lows[k + 1] == "another" or lows[k + 2] in lexicon().ordinal_words)


def shot_count(tokens: list[Token], quantities: list[Quantity], dead: list[tuple[list[Quantity], int]]) -> int | None:
    """The people a sentence tells were shot, dead or not ("Four people were shot", "A woman was
    shot in the leg"): the subjects of a passive "shot" that no death word of the sentence counts.
    The event's injured are those shot less its dead, where no figure of the injured is told
    ("Four people were shot, one fatally": three injured). None where no one is told shot."""
    lows = lows_of(tokens)
    counted_dead = {(q.start, q.end) for chain, _ in dead for q in chain}
    total: int | None = None
    for i, w in enumerate(lows):
        if w not in _SHOT or i == 0 or lows[i - 1] not in _AUXILIARIES:
            continue
        after = lows[i + 1] if i + 1 < len(lows) else ""
        if after in _NOT_WOUNDED_AFTER and not _and_others(lows, i + 1):
            continue
        q = _subject_before(lows, quantities, i - 1, skip=frozenset(counted_dead))
        if q is not None:
            total = (total or 0) + sum(x.small for x in (q, *_joined_before(lows, quantities, q)))
    return total
