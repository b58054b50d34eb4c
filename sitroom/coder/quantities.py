"""Numbers in a sentence, and fatality figures by ACLED's rules.

ACLED codes the lowest figure reported: "more than 150" is 150, "dozens" 12,
"hundreds" 100, "between 10 and 15" 10; "several"/"many" are 3 for a small attack
and 10 for a heavy-weapon attack or a battle; injuries are not fatalities.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache

from ..knowledge import KnowledgeError, load_yaml, text_list
from .claims import cues
from .parts import OF_THEM
from .phrases import PhraseIndex
from .when import MONTHS
from .tokens import Token, lows_of, may_hold_digits, vocabulary, word_positions, words

FILE = "codebook/quantities.yaml"
# Auxiliaries that make the verb after them passive ("were killed", "got shot").
PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "got", "get"})


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int  # token indices [start, end)
    end: int
    small: int  # the value for a small-scale event
    large: int  # the value for a large-scale event (differs only for vague words)

    def value(self, large_scale: bool = False) -> int:
        return self.large if large_scale else self.small


_POSSESSIVES = frozenset({"his", "her", "their"})
_DEMONSTRATIVES = ("the", "this", "that")
_NEGATORS = frozenset({"no", "without", "neither", "nobody", "no-one"})  # words before a zero toll
_TOLD_DEAD = frozenset({"casualties", "killed"})  # words an explicit toll cue may hold


COMPOUND_HEAD = 5  # letters of the shortest person noun that heads a compound ("owner" in "shopowner")


@dataclass
class Lexicon:
    units: dict[str, int]
    multipliers: dict[str, int]
    vague: PhraseIndex
    approximators: PhraseIndex
    deaths: PhraseIndex
    injuries: frozenset[str]
    zeros: PhraseIndex
    explicit: frozenset[str]
    explicit_cues: PhraseIndex
    singular: frozenset[str]
    pronouns: frozenset[str]
    tolls: PhraseIndex
    toll_cues: PhraseIndex
    ages: PhraseIndex = field(default_factory=PhraseIndex)
    age_cues: frozenset[str] = frozenset()
    parents_of: frozenset[str] = frozenset()  # "a mother of three": her children are counted
    not_people_after: frozenset[str] = frozenset()
    not_people_before: frozenset[str] = frozenset()
    singular_passive: tuple[tuple[str, ...], ...] = ()
    singular_intransitive: frozenset[str] = frozenset()
    one_more_people: frozenset[str] = frozenset()  # "the other", "the other man": one more person
    other_alone_before: frozenset[str] = frozenset()  # "the other later died": "the other" counts one
    intransitive_deaths: PhraseIndex = field(default_factory=PhraseIndex)
    counted_before: frozenset[str] = frozenset()  # deaths whose dead are their subject ("three soldiers died")
    one_death: PhraseIndex = field(default_factory=PhraseIndex)
    lethal_events: PhraseIndex = field(default_factory=PhraseIndex)
    counted_killings: PhraseIndex = field(default_factory=PhraseIndex)
    residence_before: frozenset[str] = frozenset()
    residence_after: frozenset[str] = frozenset()
    not_deaths_after: frozenset[str] = frozenset()
    not_fatal_before: frozenset[str] = frozenset()  # "wounded, not fatally": no death
    sentencing_words: frozenset[str] = frozenset()  # "sentenced three men to death": no one died
    sentencing_breaks: frozenset[str] = frozenset()  # "condemned the mob that beat a man to death"
    not_lethal_after: frozenset[str] = frozenset()  # "the homicide rate": deaths over time, not one
    case_kinds: frozenset[str] = frozenset()  # "homicide detectives": the kind of case a unit works
    alive_conditions: PhraseIndex = field(default_factory=PhraseIndex)  # "in critical condition"
    not_tolls_after: frozenset[str] = frozenset()
    natural_cause_links: frozenset[str] = frozenset()
    natural_causes: frozenset[str] = frozenset()
    attempts: frozenset[str] = frozenset()
    perpetrator_deaths: PhraseIndex = field(default_factory=PhraseIndex)
    wounded_died: PhraseIndex = field(default_factory=PhraseIndex)  # "the woman died of her injuries"
    killed_by_force: PhraseIndex = field(default_factory=PhraseIndex)  # quantities.yaml attacker_killed_by_force
    adjective_people: frozenset[str] = frozenset()  # quantities.yaml adjective_people
    people_after_status: frozenset[str] = frozenset()
    carried_words: frozenset[str] = frozenset()  # quantities.yaml carried_words
    care_words: frozenset[str] = frozenset()
    died_at_words: frozenset[str] = frozenset()  # "died at Highland Hospital": the hospital is no scene
    treated_words: frozenset[str] = frozenset()  # quantities.yaml treated_words: "are being treated"
    running_total_words: frozenset[str] = frozenset()  # quantities.yaml running_total_words: "since"
    treatment_words: frozenset[str] = frozenset()  # and treatment_words: "are receiving treatment"
    wound_kinds: frozenset[str] = frozenset()  # quantities.yaml wound_kinds
    finite_deaths: frozenset[str] = frozenset()  # quantities.yaml finite_deaths
    in_turn_words: frozenset[str] = frozenset()
    reflexives: frozenset[str] = frozenset()
    attacker_nouns: frozenset[str] = frozenset()  # quantities.yaml attacker_nouns
    joined_clause_words: frozenset[str] = frozenset()
    wound_nouns: frozenset[str] = frozenset()
    wounding_agents: frozenset[str] = frozenset()  # "A man wounded two people": the man wounded them
    noun_phrase_ends: frozenset[str] = frozenset()
    self_death_guards: frozenset[str] = frozenset()
    grievances: PhraseIndex = field(default_factory=PhraseIndex)
    most_people: int = 100_000_000  # quantities.yaml most_people
    years: tuple[int, int] = (1800, 2100)  # four bare digits in this range are a year
    years_counted_by: frozenset[str] = frozenset()
    ordinal_suffixes: frozenset[str] = frozenset()
    ordinal_words: frozenset[str] = frozenset()  # quantities.yaml ordinal_words
    ordinal_ranks: dict[str, int] = field(default_factory=dict)  # "third": 3
    trailing_deaths: frozenset[str] = frozenset()
    longest_bare_count: int = 4  # more digits without a separator count nobody
    starters: frozenset[str] = frozenset()  # words a quantity may start with, besides numbers
    death_words: frozenset[str] = frozenset()  # words a figure of the dead (or of none) may start with
    injured_words: frozenset[str] = frozenset()  # quantities.yaml injured_words
    no_injuries: PhraseIndex = field(default_factory=PhraseIndex)
    remains: frozenset[str] = frozenset()  # quantities.yaml remains_words
    abbreviated: frozenset[str] = frozenset()  # abbreviations.yaml: words whose period ends no sentence
    person_tails: frozenset[str] = frozenset()  # the last COMPOUND_HEAD letters of the person nouns
    grievance_breaks: frozenset[str] = frozenset()  # quantities.yaml grievance_breaks
    grievance_subjects: frozenset[str] = frozenset()  # quantities.yaml grievance_subjects

    def __post_init__(self) -> None:
        self.person_tails = frozenset(w[-COMPOUND_HEAD:] for w in self.singular if len(w) >= COMPOUND_HEAD)
        self.starters = self.vague.first_words() | set(_DEMONSTRATIVES) | _POSSESSIVES | self.pronouns | set(self.units)
        self.death_words = (self.deaths.first_words() | self.explicit | self.zeros.first_words()
                            | self.explicit_cues.first_words() | self.one_death.first_words()
                            | self.intransitive_deaths.first_words() | self.lethal_events.first_words()
                            | self.counted_killings.first_words())


@cache
def lexicon() -> Lexicon:
    data = load_yaml(FILE)
    if not isinstance(data, dict):
        raise KnowledgeError(f"{FILE}: must be a mapping")
    vague = PhraseIndex()
    for phrase, value in (data.get("vague") or {}).items():
        pair = value if isinstance(value, list) else [value, value]
        if len(pair) != 2 or not all(isinstance(v, int) and v >= 0 for v in pair):
            raise KnowledgeError(f"{FILE}: vague.{phrase} must be a number or [small, large]")
        vague.add(words(phrase), tuple(pair))
    counted = PhraseIndex()
    for phrase, value in (data.get("counted_killings") or {}).items():
        if not isinstance(value, int) or value < 1:
            raise KnowledgeError(f"{FILE}: counted_killings.{phrase} must be a whole number of dead")
        counted.add(words(phrase), value)

    def phrases(key: str) -> PhraseIndex:
        return PhraseIndex.of(text_list(FILE, key, data.get(key)))

    def patterns(key: str) -> PhraseIndex:
        index = PhraseIndex()
        for pattern in text_list(FILE, key, data.get(key)):
            index.add_pattern(pattern.lower(), pattern)
        return index

    def lowered(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in text_list(FILE, key, data.get(key)))

    units = data.get("units") or {}
    multipliers = data.get("multipliers") or {}
    for key, table in (("units", units), ("multipliers", multipliers)):
        if not table or not all(isinstance(v, int) for v in table.values()):
            raise KnowledgeError(f"{FILE}: {key} must map words to whole numbers")
    return Lexicon(
        units={str(k).lower(): v for k, v in units.items()},
        multipliers={str(k).lower(): v for k, v in multipliers.items()},
        vague=vague,
        approximators=phrases("approximators"),
        deaths=phrases("death_words"),
        injuries=frozenset(w.lower() for w in text_list(FILE, "injury_words", data.get("injury_words"))),
        zeros=phrases("zero_phrases"),
        explicit=frozenset(w.lower() for w in text_list(FILE, "explicit_words", data.get("explicit_words"))),
        singular=frozenset(w.lower() for w in text_list(FILE, "singular_people", data.get("singular_people"))),
        explicit_cues=phrases("explicit_cues"),
        pronouns=frozenset(w.lower() for w in text_list(FILE, "singular_pronouns", data.get("singular_pronouns"))),
        tolls=phrases("toll_words"),
        toll_cues=phrases("toll_cues"),
        ages=phrases("ages"),
        age_cues=lowered("age_cues"),
        parents_of=lowered("parents_of"),
        not_people_after=lowered("not_people_after"),
        not_people_before=lowered("not_people_before"),
        singular_passive=tuple(tuple(words(p)) for p in text_list(FILE, "singular_passive", data.get("singular_passive"))),
        singular_intransitive=lowered("singular_intransitive"),
        one_more_people=lowered("one_more_people"),
        other_alone_before=lowered("other_alone_before"),
        intransitive_deaths=phrases("intransitive_deaths"),
        counted_before=frozenset(" ".join(words(p)) for p in text_list(FILE, "counted_before",
                                                                      data.get("counted_before") or [])),
        one_death=patterns("one_death"),
        lethal_events=phrases("lethal_events"),
        counted_killings=counted,
        residence_before=lowered("residence_before"),
        residence_after=lowered("residence_after"),
        not_deaths_after=lowered("not_deaths_after"),
        not_fatal_before=lowered("not_fatal_before"),
        sentencing_words=lowered("sentencing_words"),
        sentencing_breaks=lowered("sentencing_breaks"),
        not_lethal_after=lowered("not_lethal_after"),
        case_kinds=lowered("case_kinds"),
        alive_conditions=phrases("alive_conditions"),
        not_tolls_after=lowered("not_tolls_after"),
        natural_cause_links=lowered("natural_cause_links"),
        natural_causes=lowered("natural_causes"),
        attempts=lowered("attempt_words"),
        perpetrator_deaths=phrases("perpetrator_deaths"),
        wounded_died=patterns("wounded_died"),
        killed_by_force=patterns("attacker_killed_by_force"),
        adjective_people=lowered("adjective_people"),
        people_after_status=lowered("people_after_status"),
        carried_words=lowered("carried_words"),
        care_words=lowered("care_words"),
        died_at_words=lowered("died_at_words"),
        treated_words=lowered("treated_words"),
        running_total_words=lowered("running_total_words"),
        treatment_words=lowered("treatment_words"),
        wound_kinds=lowered("wound_kinds"),
        finite_deaths=lowered("finite_deaths"),
        in_turn_words=lowered("in_turn_words"),
        reflexives=lowered("reflexives"),
        attacker_nouns=lowered("attacker_nouns"),
        joined_clause_words=lowered("joined_clause_words"),
        wound_nouns=lowered("wound_nouns"),
        wounding_agents=lowered("wounding_agents"),
        noun_phrase_ends=lowered("noun_phrase_ends"),
        self_death_guards=lowered("self_death_included") | lowered("self_death_attempts")
        | lowered("self_death_accidents"),
        grievances=phrases("grievance_cues"),
        grievance_breaks=lowered("grievance_breaks"),
        grievance_subjects=lowered("grievance_subjects"),
        most_people=_most_people(data.get("most_people")),
        years=_years(data.get("years")),
        years_counted_by=lowered("years_counted_by"),
        ordinal_suffixes=lowered("ordinal_suffixes"),
        ordinal_words=lowered("ordinal_words"),
        ordinal_ranks={w.lower(): k
                       for k, w in enumerate(text_list(FILE, "ordinal_words", data.get("ordinal_words")), 1)},
        trailing_deaths=lowered("trailing_deaths"),
        longest_bare_count=_digit_count(data.get("longest_bare_count")),
        injured_words=lowered("injured_words"),
        no_injuries=phrases("no_injury_phrases"),
        remains=lowered("remains_words"),
        abbreviated=_abbreviated(),
    )


ABBREVIATIONS = "abbreviations.yaml"
_ABBREVIATED_KINDS = ("titles", "months", "other", "dateline_states")


def _abbreviated() -> frozenset[str]:
    """The words of abbreviations.yaml (the sentence splitter's) whose period ends no sentence:
    "Sept. 18", "St. Louis", "Mr. Hill"."""
    data = load_yaml(ABBREVIATIONS)
    return frozenset(str(w).lower() for kind in _ABBREVIATED_KINDS
                     for w in text_list(ABBREVIATIONS, kind, data.get(kind) if isinstance(data, dict) else None))


def _years(value) -> tuple[int, int]:
    if not (isinstance(value, dict) and all(isinstance(value.get(k), int) for k in ("from", "to"))
            and value["from"] <= value["to"]):
        raise KnowledgeError(f"{FILE}: years must be {{from: YEAR, to: YEAR}} with from <= to, got {value!r}")
    return value["from"], value["to"]


def _digit_count(value) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 18:
        raise KnowledgeError(f"{FILE}: longest_bare_count must be a number of digits from 1 to 18, got {value!r}")
    return value


def _most_people(value) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 2**31 - 1:
        raise KnowledgeError(f"{FILE}: most_people must be a whole number from 1 to 2147483647")
    return value


_LONGEST = 12  # digits: a longer figure is no count of people, and is not even converted


def _digits(low: str) -> int | None:
    plain = low.replace(",", "")
    # not isdigit: "²" and "⑦" are digits that int() refuses; and a figure too big to mean
    # people is no count (int() of 100,000 digits would even fail)
    if plain.isdecimal() and len(plain) <= _LONGEST:
        value = int(plain)
        return value if value <= lexicon().most_people else None
    return None


def implausible_figures(tokens: list[Token]) -> list[str]:
    """The figures of a sentence too big to count people, as written: they are not counted."""
    most = lexicon().most_people
    out = []
    for t in tokens:
        plain = t.low.replace(",", "")
        if plain[:1].isdecimal() and plain.isdecimal() and (len(plain) > _LONGEST or int(plain) > most):
            out.append(t.text if len(t.text) <= 40 else t.text[:20] + "..." + t.text[-10:])
    return out


def _may_count(lows: list[str], lex: Lexicon) -> list[int]:
    """The positions where a quantity may start: a number, a number word, a range or vague
    phrase ("dozens"), "the"/"this" before a singular noun, a singular pronoun."""
    starters = lex.starters
    joined = "".join(lows)
    if "-" not in joined and not may_hold_digits(joined):  # most sentences: only the starter words
        return word_positions(lows, starters.intersection(vocabulary(lows)))
    return [i for i, w in enumerate(lows) if w in starters or w[:1].isdigit() or "-" in w]


def _one_more_person(lows: list[str], i: int, lex: Lexicon) -> Quantity | None:
    """ "the other man", "the other" before a verb ("One died at the scene and the other later
    died"): one person more than those told before."""
    if lows[i] != "the" or i + 2 >= len(lows) or lows[i + 1] not in lex.one_more_people:
        return None
    if person_noun(lows[i + 2], lex):
        return Quantity(i, i + 3, 1, 1)
    if lows[i + 2] in lex.other_alone_before:
        return Quantity(i, i + 2, 1, 1)
    return None


def _with_bare_partner(out: list[Quantity], lows: list[str], noun: int, lex: Lexicon) -> int | None:
    """ "A man and woman", "a father and son", "the husband and wife": the person noun joined by
    "and" to the one at ``noun`` without a determiner of its own is one more person, counted
    beside it (added to ``out``). Where the next quantity may start after it; None if there is none."""
    k = noun + 2
    if k >= len(lows) or lows[noun + 1] != "and":
        return None
    end = k + 1
    if lows[k] in lex.adjective_people and end < len(lows) and person_noun(lows[end], lex):
        end += 1  # "a man and police officer"
    elif not person_noun(lows[k], lex) or _adjective_use(lows, k, lex):
        return None
    if end < len(lows) and (person_noun(lows[end], lex) or lows[end] == "of"):
        return None  # ("a man and father of three": one person)
    out.append(Quantity(k, end, 1, 1))
    return end


def _town_word(t: Token) -> bool:
    """A capitalised word that may name a person's town before the person ("the Wichita man")."""
    return t.text[:1].isupper() and t.text[1:].islower() and t.text.isalpha()


def find_quantities(tokens: list[Token]) -> list[Quantity]:
    lex = lexicon()
    lows = lows_of(tokens)
    out: list[Quantity] = []
    n = len(lows)
    free = 0  # the first position after the last quantity found
    for i in _may_count(lows, lex):
        if i < free:
            continue
        # "between 10 and 15", "10 to 15", "10-15": the lowest figure
        vague = lex.vague.at(lows, i) if lex.vague.starts(lows[i]) else []
        if vague:
            best = max(vague, key=lambda m: m.end)
            small, large = best.payload
            if _approximates(lows, best.end, lex):
                continue  # "as many as 20", "some 30 others": the figure after it counts them
            owned = _owned_person(lows, i, best.end, lex)
            if owned is not None:  # "the couple's toddler": one person, not the couple
                out.append(owned)
                free = owned.end
                continue
            if best.end >= n or lows[best.end] not in lex.not_people_after:  # "shot multiple times": no one
                out.append(Quantity(i, best.end, small, large))
            free = best.end
            continue
        if _in_date(lows, i):
            continue
        if lows[i] in _ONE_OF and i + 1 < n:
            age_end = _age_end(lows, i + 1, lex)
            if age_end is not None:  # "a 27-year-old man", "the 18-year-old": one person
                out.append(Quantity(i, age_end, 1, 1))
                free = age_end
                continue
        if lows[i] in _DEMONSTRATIVES and i + 2 < n and person_noun(lows[i + 2], lex) and _town_word(tokens[i + 1]):
            # "The Wichita man who was shot Friday died": one person, named by his town
            out.append(Quantity(i, i + 3, 1, 1))
            free = i + 3
            continue
        if lows[i] in _DEMONSTRATIVES and i + 1 < n and person_noun(lows[i + 1], lex):
            out.append(Quantity(i, i + 2, 1, 1))
            free = _with_bare_partner(out, lows, i + 1, lex) or i + 2
            continue
        one_more = _one_more_person(lows, i, lex)
        if one_more is not None:  # "the other later died", "the other man": one person
            out.append(one_more)
            free = one_more.end
            continue
        if lows[i] in _POSSESSIVES:  # "killed his brother", "her young son", "his 6-year-old son": one person
            after = (_age_end(lows, i + 1, lex) if i + 1 < n else None) or i + 1
            k = next((k for k in (after, after + 1) if k < n and person_noun(lows[k], lex)), None)
            if k is not None:
                out.append(Quantity(i, k + 1, 1, 1))
                free = k + 1
            continue
        if lows[i] in lex.pronouns and i + 1 < n and lows[i + 1] in ("was", "had", "has", "died"):
            out.append(Quantity(i, i + 1, 1, 1))
            free = i + 1
            continue
        w = lows[i]
        if not (w[:1].isdigit() or w in lex.units or "-" in w):
            continue
        if w in ("both", "all") and i and lows[i - 1] == "," and out and out[-1].end >= i - 2:
            continue  # "A couple, both in their 70s,": the couple again, not two more
        age_end = _age_end(lows, i, lex)
        if age_end is not None:  # "16-year-old boys": counted by the words before, if any
            free = age_end
            if i and lows[i - 1] in ("and", ",") and age_end < n and person_noun(lows[age_end], lex):
                # "his 2-year-old son and 8-month-old daughter": one more person of the list
                out.append(Quantity(i, age_end + 1, 1, 1))
                free = age_end + 1
            continue
        value, end = _number(lows, i, lex)
        listed = _ages_listed(tokens, lows, i, end, lex) if value is not None else None
        if listed is not None:  # "two brothers, 15 and 17, were shot": their ages, all of them
            free = listed
            continue
        if value is not None and _counts_nobody(tokens, lows, i, end, value, lex):
            free = _list_end(lows, end) if i and lows[i - 1] in lex.age_cues else end  # "aged 19, 20 and 41"
            continue
        owned = _owned_person(lows, i, end, lex) if value is not None else None
        if owned is not None:  # "the two men's father": one person, not the two
            out.append(owned)
            free = owned.end
            continue
        if value is not None:
            # "a"/"an"/"one" count only before a singular person noun ("a soldier")
            if lows[i] in ("a", "an", "single", "lone", "another") and not _before_person(lows, end, lex) \
                    and not _elliptic_another(lows, i, out, lex):
                continue
            out.append(Quantity(i, end, value, value))
            free = end
            if value == 1 and lows[i] in ("a", "an", "one"):
                noun = next((k for k in range(end, min(end + 3, n)) if person_noun(lows[k], lex)), None)
                if noun is not None:
                    free = _with_bare_partner(out, lows, noun, lex) or end
            continue
        if "-" in lows[i]:
            # "10-15" written as one token
            parts = lows[i].split("-")
            first, second = (_digits(parts[0]), _digits(parts[1])) if len(parts) == 2 else (None, None)
            if first is not None and second is not None:
                low = min(first, second)
                out.append(Quantity(i, i + 1, low, low))
    return _parts_of_groups(lows, out, lex)


GROUP_NOUN_REACH = 3  # words after a group's figure to its participle ("the three young men killed")


def _parts_of_groups(lows: list[str], found: list[Quantity], lex: Lexicon) -> list[Quantity]:
    """A figure of part of a group told after it counts the part: "One of the three people shot"
    is one person, "two of the five victims" two (the whole figure is not counted again); a part
    set off after the group ("20 people, 11 of them children") is not counted at all; not
    where a word of death or injury tells the group itself ("one of the two men killed was a
    teenager": two dead; "two of the five people wounded were children": five wounded)."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and q.start >= 1 and lows[q.start - 1] == "," and q.end + 1 < len(lows) \
                and lows[q.end] == "of" and lows[q.end + 1] in OF_THEM \
                and not any(w in ".;:" for w in lows[prev.end:q.start]) \
                and not any(lex.deaths.at(lows, k) or lows[k] in lex.injured_words
                            for k in range(q.end + 2, min(q.end + 2 + GROUP_NOUN_REACH, len(lows)))):
            # "killing 20 people, 11 of them children": the 11 are among the 20 (but "Four people were
            # shot, one of them fatally" tells the one's own death)
            continue
        if prev is not None and prev.end + 1 <= q.start <= prev.end + 2 and lows[prev.end] == "of" \
                and lows[prev.end + 1:q.start] in ([], ["the"]) and prev.end - prev.start == 1 \
                and not any((lows[k] not in lex.finite_deaths and lex.deaths.at(lows, k))
                            or lows[k] in lex.injured_words
                            for k in range(q.end, min(q.end + GROUP_NOUN_REACH, len(lows)))):
            out[-1] = Quantity(prev.start, q.end, prev.small, prev.large)
            continue
        out.append(q)
    return out


def _approximates(lows: list[str], end: int, lex: Lexicon) -> bool:
    """Whether a vague word ending at ``end`` only qualifies the figure after it ("as many as
    20", "some 30 others", "a few dozen"), rather than counting people of its own."""
    if end < len(lows) and lows[end] == "as":
        end += 1
    if end >= len(lows):
        return False
    return _number(lows, end, lex)[0] is not None or (lex.vague.starts(lows[end]) and bool(lex.vague.at(lows, end)))


def _owned_person(lows: list[str], i: int, end: int, lex: Lexicon) -> Quantity | None:
    """The one person whom the group at tokens ``i:end`` possesses ("the couple's toddler", "the
    family's young son"), from the group's determiner to the person's noun; None when no
    possessive "'s" and person noun follow."""
    if end >= len(lows) or lows[end] not in ("'s", "’s"):
        return None
    noun_end = next((k + 1 for k in (end + 1, end + 2) if k < len(lows) and person_noun(lows[k], lex)), None)
    if noun_end is None:
        return None
    return Quantity(i - 1 if i and lows[i - 1] in _DETERMINERS else i, noun_end, 1, 1)


_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


_ONE_OF = ("a", "an", "the", "one", "this", "that")
_CLOSERS = frozenset({",", ")", ".", ";", "—", "–", "-"})
# (";": "Keyonna Smith, 17; her cousin, Derrick Smith, 22; and"; a dash: "The man — Tom Hill, 51 — died")


def age_end(lows: list[str], i: int) -> int | None:
    """Where an age starting at token ``i`` ends ("19 - year-old", "five-year-old"), or None."""
    return _age_end(lows, i, lexicon()) if i < len(lows) else None


def _age_end(lows: list[str], i: int, lex: Lexicon) -> int | None:
    """Where an age starting at ``i`` ends: "27 - year-old", "5 years old", "five-year-old"."""
    w = lows[i]
    if "-" in w and not w[:1].isdigit():  # "five-year-old" is one word
        head, _, rest = w.partition("-")
        if head in lex.units and lex.ages.starts(rest) and lex.ages.at([rest], 0):
            return i + 1
        return None
    if not (w[:1].isdigit() or w in lex.units):
        return None
    j = i + 1
    if j < len(lows) and lows[j] in ("-", "\u2010", "\u2011"):
        j += 1
        if j + 1 < len(lows) and lows[j] in ("and", "or", "to", ","):
            # "his 12- and 10-year-old sons": the first age's unit is told with the second
            return _age_end(lows, j + 1, lex)
    if j < len(lows) and lex.ages.starts(lows[j]):
        found = lex.ages.at(lows, j)
        if found:
            return max(m.end for m in found)
    return None


def _after_dateline(tokens: list[Token], colon: int) -> bool:
    """Whether the colon at ``colon`` ends a dateline: after a town in capitals ("KABUL:"), a
    filing day ("Imphal, Nov 8:") or an agency ("(APP):"), with a space after it (not "6:45")."""
    if colon < 1 or colon + 1 >= len(tokens) or tokens[colon + 1].start == tokens[colon].end:
        return False
    word = tokens[colon - 1].text
    if word.isalpha() and word.isupper():
        return True
    return word == ")" or (word.isdigit() and colon >= 2 and tokens[colon - 2].low.rstrip(".") in MONTHS)


def _counts_nobody(tokens: list[Token], lows: list[str], i: int, end: int, value: int, lex: Lexicon) -> bool:
    """A figure that counts no people: an age ("aged 29", "Smith, 29,"), a time ("6:45"), a
    phone number, an address ("the 2600 block", "11700 Robertson"), a year ("the 2014 spree"),
    money, a calibre, a distance or a span of time."""
    before = lows[i - 1] if i else ""
    after = lows[end] if end < len(lows) else ""
    if before in lex.age_cues or before in lex.not_people_before or after in lex.not_people_after:
        return True
    if before in ("of", "from", "between") and i > 1 and lows[i - 2] in lex.age_cues:
        return True  # "a child under the age of 10", "ranging in age from 19 to 27": an age
    if before == "of" and i > 1 and lows[i - 2] in lex.parents_of:
        return True  # "a mother of three was killed": her children, not the dead
    if before in ("both", "all") and i > 1 and lows[i - 2] == "," and value < 120 and after in _CLOSERS:
        return True  # "Jose and Luis Ramirez, both 19,": their age
    if before in _AGE_HEDGES and i > 1 and lows[i - 2] == "," and value < 120 and after in _CLOSERS:
        return True  # "His friend, also 16, was shot", "her uncle, then 34,": an age
    if (before == ":" and not _after_dateline(tokens, i - 1)) \
            or (after == ":" and end + 1 < len(lows) and lows[end + 1][:1].isdigit()):
        # a time ("6:45"); but a figure opens the story after a dateline ("KABUL: Three soldiers",
        # "Imphal, Nov 8: Two villagers", "Quetta, Jan 5 (APP): Two policemen")
        return True
    if lows[i][:1].isdigit() and after.partition("-")[0] in lex.ordinal_suffixes:
        return True  # "8th-grader", "the 21st": a rank
    if lows[i][:1].isdigit() and end < len(tokens) and tokens[end].start == tokens[end - 1].end \
            and tokens[end].text[:1].isalpha():
        return True  # "a 10TV News report", "a 4x4": digits glued to letters name a thing
    written = lows[i]
    if written.isdecimal() and end == i + 1:
        if len(written) > lex.longest_bare_count:
            return True  # "on 11700 Robertson": an address, a postal code, a case number
        first, last = lex.years
        if len(written) == 4 and first <= value <= last and after not in lex.years_counted_by:
            return True  # "the 2014 killing spree": a year
    if after == "-" and len(lows[i]) >= 3 and end + 1 < len(lows) and len(lows[end + 1]) >= 3 \
            and lows[end + 1].isdecimal():
        return True  # a phone number
    # "Tremaine Wilbourn, 29, is accused", "Ali Khan (35)", "one man, 34, died": the age of the
    # person just named, or just told by a noun for one person ("the other, 29,")
    if value < 120 and i >= 2 and before in (",", "(") and after in _CLOSERS and lows[i][:1].isdigit() \
            and ((tokens[i - 2].capitalized and not _weekday_or_month(lows[i - 2]))
                 or person_noun(lows[i - 2], lex) or lows[i - 2] == "other"):
        return True
    return False


_AGE_HEDGES = frozenset({"also", "then", "now", "just", "only"})


def _ages_listed(tokens: list[Token], lows: list[str], i: int, end: int, lex: Lexicon) -> int | None:
    """Where a list of ages ends that starts at the figure ``i``..``end``: two or more figures
    under 120 set off by commas or brackets right after the people they describe ("his sons,
    10 and 12, were", "two brothers (15 and 17)", "Julian Ruiz Jr., 12, and"); None when the
    figure starts none. (One figure so set off after a name or a person noun is
    ``_counts_nobody``'s.)"""
    if i < 2 or lows[i - 1] not in (",", "(") or not lows[i].isdecimal() or end != i + 1:
        return None
    last = _list_end(lows, end)
    if last >= len(lows) or lows[last] not in _CLOSERS:
        return None
    if any(int(w) >= 120 for w in lows[i:last] if w.isdecimal()):
        return None
    person = lows[i - 2]
    if person == "." and i >= 3 and tokens[i - 3].capitalized and tokens[i - 3].text.isalpha():
        return last  # a name that ends with an abbreviation: "Julian Ruiz Jr., 12,"
    if last == end:
        return None
    named = tokens[i - 2].capitalized and not _weekday_or_month(person)
    return last if named or _person_noun(person, lex) else None


def _person_noun(low: str, lex: Lexicon) -> bool:
    """A noun for one person or for several ("son", "sons", "brothers", "men")."""
    return person_noun(low, lex) or low in _PLURAL_PEOPLE or (low.endswith("s") and person_noun(low[:-1], lex)) \
        or (low.endswith("es") and person_noun(low[:-2], lex))


_PLURAL_PEOPLE = frozenset({"men", "women", "children", "people", "persons", "policemen", "gunmen", "kids"})


def _list_end(lows: list[str], end: int) -> int:
    """Where a list of figures that goes on from ``end`` ("..., 20 and 41") ends."""
    while end + 1 < len(lows) and lows[end] in (",", "and", "or") and lows[end + 1].isdecimal():
        end += 2
    return end


def _weekday_or_month(low: str) -> bool:
    return low in _MONTHS or low in _WEEKDAYS


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _in_date(lows: list[str], i: int) -> bool:
    """A day or year written as part of a date ("9 May 2020", "May 9, 2020", "Jan. 30") is not a count."""
    if not lows[i][:1].isdigit():
        return False
    prev = lows[i - 1] if i else ""
    prev2 = lows[i - 2] if i > 1 else ""
    nxt = lows[i + 1] if i + 1 < len(lows) else ""
    if nxt in _MONTHS or prev in _MONTHS or (prev == "." and prev2 in _MONTHS):  # "Jan. 30"
        return True
    if len(lows[i]) == 4 and lows[i].isdecimal() and 1900 <= int(lows[i]) <= 2100:
        return prev in _MONTHS or prev2 in _MONTHS or prev in ("in", "of", "since", "until", ",") or nxt in (",", ".")
    return False


_ELLIPSIS_OPENERS = frozenset({"and", "while", "but"})


def _elliptic_another(lows: list[str], i: int, found: list[Quantity], lex: Lexicon) -> bool:
    """ "left one man dead and another injured", "killed one villager and wounded another":
    "another" standing for one more of the people a figure told just before."""
    return lows[i] == "another" and i > 0 and (lows[i - 1] in _ELLIPSIS_OPENERS or lows[i - 1] in lex.injured_words) \
        and bool(found) and i - found[-1].end <= ELLIPSIS_REACH


ELLIPSIS_REACH = 6  # words between a figure of people and the "another" that stands for one more


def _before_person(lows: list[str], end: int, lex: Lexicon) -> bool:
    for j in range(end, min(end + 3, len(lows))):
        if person_noun(lows[j], lex) and not _adjective_use(lows, j, lex):
            return True
    return False


def _adjective_use(lows: list[str], j: int, lex: Lexicon) -> bool:
    """ "a local medical group": a person noun that also qualifies the word after it."""
    if lows[j] not in lex.adjective_people or j + 1 >= len(lows):
        return False
    after = lows[j + 1]
    return after.isalpha() and after not in lex.noun_phrase_ends


def _number(lows: list[str], i: int, lex: Lexicon) -> tuple[int | None, int]:
    low = lows[i]
    value = _digits(low)
    if value is None:
        if "-" in low:  # twenty-five
            parts = low.split("-")
            if len(parts) == 2 and parts[0] in lex.units and parts[1] in lex.units:
                value = lex.units[parts[0]] + lex.units[parts[1]]
        elif low in lex.units:
            value = lex.units[low]
    if value is None:
        return None, i
    j = i + 1
    if low in lex.units and value in _TENS and j < len(lows) and lex.units.get(lows[j], 0) in _DIGITS:
        value += lex.units[lows[j]]  # "twenty seven" written without its hyphen
        j += 1
    # "two hundred", "3 thousand", "two hundred and fifty"
    while j < len(lows) and lows[j] in lex.multipliers:
        value *= lex.multipliers[lows[j]]
        j += 1
        if value > lex.most_people:
            return None, j  # "9000 million million": no count of people
        if j + 1 < len(lows) and lows[j] == "and" and (lows[j + 1] in lex.units or _digits(lows[j + 1])):
            extra, j2 = _number(lows, j + 1, lex)
            if extra is not None and extra < 100:
                value += extra
                j = j2
    # "10 to 15" / "between 10 and 15": keep the lower figure, consume the range
    joiners = ("to", "-", "or", "and") if i > 0 and lows[i - 1] == "between" else ("to", "-", "or")
    if j + 1 < len(lows) and lows[j] in joiners and (_digits(lows[j + 1]) is not None or lows[j + 1] in lex.units):
        other, j2 = _number(lows, j + 1, lex)
        if other is not None and other > value:
            j = j2
    return value, j


def zero_stated(tokens: list[Token]) -> bool:
    lows = lows_of(tokens)
    return bool(lexicon().zeros.find(tokens)) if not vocabulary(lows).isdisjoint(_NEGATORS) else False


def explicit_fatalities(tokens: list[Token], quantities: list[Quantity]) -> int | None:
    """ "2 fatalities", "1 fatality", "fatalities coded as three": the count stated outright. The
    coder's figure comes first: "Fatalities coded as 0 (the ministry reported 5 fatalities)" is 0."""
    lex = lexicon()
    lows = lows_of(tokens)
    vocab = vocabulary(lows)
    if not vocab.isdisjoint(lex.explicit) or not vocab.isdisjoint(_TOLD_DEAD):
        for m in lex.explicit_cues.find(tokens):
            stated = next((q for q in quantities if q.start == m.end), None)
            if stated is not None:
                return stated.small
    for q in quantities:
        if q.end < len(tokens) and tokens[q.end].low in lex.explicit:
            return q.small
    return toll_figure(tokens, quantities)


def toll_figure(tokens: list[Token], quantities: list[Quantity], reach: int = 16) -> int | None:
    """ "The death toll from the blast rose to 18", "bringing the death toll to 59": the figure a
    toll cue gives the toll (a bare "to" only right after the toll word)."""
    lex = lexicon()
    for toll in lex.tolls.find(tokens):
        for cue in lex.toll_cues.find(tokens):
            between = lows_of(tokens)[toll.end:cue.start]
            if cue.start < toll.end or len(between) > reach or any(w in ".;" for w in between) \
                    or (cue.end - cue.start == 1 and tokens[cue.start].low == "to" and between):
                continue
            q = next((q for q in quantities if q.start == cue.end), None)
            if q is not None and lex.running_total_words.isdisjoint(
                    lows_of(tokens)[toll.end:min(len(tokens), q.end + RUNNING_TOTAL_REACH)]):
                return q.small
    return None


RUNNING_TOTAL_REACH = 6  # words after a toll's figure that may tell it is counted over a span


def grieved(tokens: list[Token], deaths: list[tuple[list[Quantity], int]]) -> list[tuple[list[Quantity], int]]:
    """The figures of ``death_figures`` that are not told as what a crowd protests: "protested
    against the killing of two students" counts no death at the protest."""
    cues = lexicon().grievances.find(tokens)
    # (the cue may come before the figure, "against the killing of two students", or after it,
    # "hundreds marched to protest the death of ...": the crowd is not the dead)
    return [(chain, start) for chain, start in deaths
            if not (after_grievance(tokens, min(start, chain[0].start), 3, cues)
                    or after_grievance(tokens, start, 3, cues))]


def after_grievance(tokens: list[Token], at: int, reach: int, cues=None) -> bool:
    """Whether word ``at`` comes at most ``reach`` words after a crowd's word of grievance
    ("against", "protesting", "justice for": quantities.yaml grievance_cues), in its clause: not
    across a comma ("during a protest in Lahore, killing one policeman" tells a death) nor a word
    that opens another clause (quantities.yaml grievance_breaks: "against the governor as police
    opened fire")."""
    lex = lexicon()
    cues = lex.grievances.find(tokens) if cues is None else cues
    return any(m.end <= at and at - m.end <= reach and not _clause_opens(tokens, m.end, at, lex) for m in cues)


def _clause_opens(tokens: list[Token], start: int, stop: int, lex: Lexicon) -> bool:
    """Whether another clause opens between tokens ``start`` and ``stop``: a mark or a word of
    quantities.yaml grievance_breaks, or "and" before a side that acts (grievance_subjects: "and
    police opened fire", "and the troops")."""
    for i in range(start, stop):
        low = tokens[i].low
        if low in lex.grievance_breaks:
            return True
        if low == "and" and i + 1 < len(tokens):
            j = i + 2 if tokens[i + 1].low == "the" and i + 2 < len(tokens) else i + 1
            if tokens[j].low in lex.grievance_subjects:
                return True
    return False


def may_state_deaths(lows: list[str]) -> bool:
    """A cheap test: could this sentence give a figure of the dead (or say there were none)?"""
    return not lexicon().death_words.isdisjoint(vocabulary(lows))


def death_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    lex = lexicon()
    lows = lows_of(tokens)
    return [(m.start, m.end) for m in lex.deaths.find(tokens) if not _other_sense(lows, m.start, m.end, lex)]


def _other_sense(lows: list[str], start: int, end: int, lex: Lexicon) -> bool:
    """A death word that tells no death: "a man who lives nearby" (where he lives), "accused of
    trying to kill two officers" (not done). See residence_* and attempt_words in quantities.yaml."""
    w = lows[start]
    if end < len(lows) and lows[end] in lex.not_deaths_after and w in ("death", "deaths"):
        return True  # "a death sentence", "death threats": no one died
    if w == "fatally" and start and (lows[start - 1] in lex.not_fatal_before
                                     or start >= 3 and lows[start - 2:start] == ["of", "them"]
                                     and lows[start - 3] in lex.not_fatal_before):
        return True  # "Six people were shot but none (of them) fatally", "a man was wounded, not fatally"
    if w == "death" and start and lows[start - 1] == "to" and _sentenced(lows[max(0, start - 1 - SENTENCED_REACH):start - 1], lex):
        return True  # "sentenced three men to death": a court's sentence
    if w == "toll" and end - start == 1 and end < len(lows) and lows[end] in lex.not_tolls_after:
        return True  # "demonstrated at the toll booth": a road's charge
    if end < len(lows) and lows[end] in lex.natural_cause_links and w in _DYING \
            and not lex.natural_causes.isdisjoint(lows[end + 1:end + 1 + NATURAL_CAUSE_WORDS]):
        return True  # "died after crashing into a guardrail", "died of cancer": no one was killed
    if w == "lives" and end - start == 1:
        after = lows[end] if end < len(lows) else ""
        before = lows[start - 1] if start else ""
        return after in lex.residence_after or before in lex.residence_before
    return w in _KILLING_VERBS and not lex.attempts.isdisjoint(lows[max(0, start - 3):start])


def _sentenced(before: list[str], lex: Lexicon) -> bool:
    """Whether the words ``before`` "to death" hold a court's verb with no relative clause after it
    ("sentenced three men", not "condemned the mob that beat a man")."""
    k = next((i for i in range(len(before) - 1, -1, -1) if before[i] in lex.sentencing_words), None)
    return k is not None and lex.sentencing_breaks.isdisjoint(before[k + 1:])


def self_death(tokens: list[Token]) -> bool:
    """The attacker's own death told beside the victims' ("shot his wife, then turned the gun on
    himself"), which the sentence does not count already, was not only tried and was no accident."""
    lex = lexicon()
    return bool(lex.perpetrator_deaths.find(tokens)) and lex.self_death_guards.isdisjoint(lows_of(tokens))


def killed_himself_after(tokens: list[Token]) -> bool:
    """Whether the attacker's own death is told as what came after his deed ("shot a co-worker
    before killing himself", "and then took his own life"), not as the deed itself ("a boy
    fatally shot himself")."""
    lows = lows_of(tokens)
    return any(_AFTERWARDS.intersection(lows[max(0, m.start - 2):m.start])
               for m in lexicon().perpetrator_deaths.find(tokens))


_AFTERWARDS = frozenset({"before", "then", "later", "after"})


PERPETRATOR = "perpetrator"  # the victim key of an attacker's own death: added to the victims'
NOT_ATTACKER = "victims"  # the victim key of deaths told beside the attacker's that are not his
WOUNDED_DIED = "wounded who died"  # the victim key of one of the injured dying later


def killed_by_force(tokens: list[Token]) -> list[tuple[int, int]]:
    """The token spans that tell an attacker killed by the force that stopped him ("before he was
    shot and killed by police"; quantities.yaml ``attacker_killed_by_force``)."""
    return [(m.start, m.end) for m in lexicon().killed_by_force.find(tokens)]


def wounded_died(tokens: list[Token]) -> bool:
    """ "The woman died of her injuries on Monday": one of the wounded died later."""
    return bool(wounded_died_spans(tokens))


def wounded_died_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """The token spans of the deaths of wounds ``wounded_died`` finds ("died of gunshot wounds")."""
    return [(m.start, m.end) for m in lexicon().wounded_died.find(tokens)]


_KILLING_VERBS = frozenset({"kill", "killing", "murder", "murdering"})
_DYING = frozenset({"died", "dies", "die", "dying", "death", "deaths", "perished"})
SENTENCED_REACH = 8  # words before "to death" read for a court's sentencing verb ("sentenced five men to death")
NATURAL_CAUSE_WORDS = 4  # words after "died after" / "died of" read for a cause that is no violence


WEAK = "~"  # a victim key's mark for a death counted without a figure ("was fatally shot")
ALSO = "+"  # a victim key's mark for the dead told as more than those told before ("was also killed")
AT_LEAST = "#"  # a victim key's mark for a floor of the toll told by an ordinal ("A third person died")
_ALSO_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "has", "have", "had"})


def victim_of(key: str) -> str:
    """A victim key without the marks of a toll's floor or of more dead (AT_LEAST, ALSO)."""
    if key.startswith(ALSO):
        return key.partition(":")[2]
    return key[len(AT_LEAST):] if key.startswith(AT_LEAST) else key


def ordinal_rank(tokens: list[Token], chain: list[Quantity]) -> int | None:
    """The rank an ordinal gives the one dead of ``chain`` ("A third person has died": 3); None
    where it has none."""
    lows = lows_of(tokens)
    first = chain[0]
    if first.small != 1 or first.end >= len(lows):
        return None
    return lexicon().ordinal_ranks.get(lows[first.end])


def dying(tokens: list[Token], death: int) -> bool:
    """Whether the death word at token ``death`` tells a death, not a killing ("has died")."""
    return lows_of(tokens)[death] in _DYING


def told_also(tokens: list[Token], death: int) -> bool:
    """Whether the death word at token ``death`` is told as one more than those told before: "A
    woman was also killed", "a second man also died" ("also" right before it, or before its
    auxiliary)."""
    lows = lows_of(tokens)
    return death >= 1 and (lows[death - 1] == "also" or death >= 2 and lows[death - 2] == "also"
                           and lows[death - 1] in _ALSO_AUXILIARIES)


def unify_victims(figures: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``figures`` with a victim key written for no country ("Military Forces of {country}":
    "three soldiers") read as the one key of those victims that names one ("Military Forces of
    Iraq": "four Iraqi soldiers"), so that the same dead told twice are one group, not two."""
    filled = {victim for _, victim in figures if "{country}" not in victim}

    def named(victim: str) -> str:
        head, _, tail = victim.partition("{country}")
        if not _:
            return victim
        matches = [v for v in filled if v.startswith(head) and v.endswith(tail) and len(v) > len(head) + len(tail)]
        return matches[0] if len(matches) == 1 else victim

    return [(n, named(victim)) for n, victim in figures]
ANY_VICTIM = "any"  # the victim key of a figure whose victims the sentence does not name


def figures(deaths: list[tuple[list[Quantity], int]], large_scale: bool, victim: str = ANY_VICTIM) -> list[tuple[int, str]]:
    """(figure, victim key) of each of ``death_figures``. A death told without a figure ("the
    victim was fatally shot", "a fatal shooting": no token counts it) is keyed as weak: it
    counts only where no figure is told of the event."""
    return [(sum(c.value(large_scale) for c in chain), WEAK + victim if all(c.start == c.end for c in chain) else victim)
            for chain, _ in deaths]


def with_deaths_in_turn(told: list[tuple[int, str]], deaths: list[tuple[list[Quantity], int]], tokens: list[Token],
                        large_scale: bool, victim: str) -> list[tuple[int, str]]:
    """``told`` (the ``figures`` of ``deaths``) with the deaths told in turn (``deaths_told_in_turn``)
    summed into one figure of ``victim``: "one man died at the scene and a boy died later" is 2."""
    in_turn = deaths_told_in_turn(deaths, tokens, large_scale) if len(deaths) > 1 else None
    if in_turn is None:
        return told
    toll, joined = in_turn
    return [(toll, victim)] + [x for k, x in enumerate(told) if k not in joined]


def deaths_told_in_turn(deaths: list[tuple[list[Quantity], int]], tokens: list[Token],
                        large_scale: bool) -> tuple[int, set[int]] | None:
    """ "One man died at the scene and a 17-year-old boy died later", "killed his neighbour and
    then killed a clerk": deaths told one after another, each figure coming at most IN_TURN_GAP
    words after the end of the death words of the one before and joined to it by "and", are
    that many people: (their sum, the indexes of ``deaths`` summed), or None where fewer than two
    are so joined. (Not an attacker's own death, which is counted apart: "and killed himself".)"""
    lex = lexicon()
    lows = lows_of(tokens)
    ends = {start: end for start, end in death_spans(tokens)}
    order = sorted(range(len(deaths)), key=lambda k: deaths[k][0][0].start)
    joined: list[int] = []
    for a, b in zip(order, order[1:]):
        (first, death_a), (second, death_b) = deaths[a], deaths[b]
        start = second[0].start
        # the first clause ends after its figure and its death words; the second opens with its
        # death words ("and then killed a clerk") or its figure, whose death words follow it with
        # at most auxiliaries between ("and a boy died later", not "and striking two students
        # before killing himself")
        between = lows[max(first[-1].end, ends.get(death_a, death_a + 1)):min(start, death_b)]
        after = lows[second[-1].end:death_b] if death_b > start else []
        told = all(q.start < q.end for q in first + second)
        own = any(lows[k] in lex.reflexives for k in range(start, min(second[-1].end + 1, len(lows))))
        if told and not own and death_a < start and "and" in between and len(between) <= IN_TURN_GAP \
                and all(w in lex.in_turn_words or _person_noun(w, lex) for w in after) \
                and SUBSET_CUES.isdisjoint(between) \
                and not any(w in (".", ";", ":") for w in between):
            joined += [k for k in (a, b) if k not in joined]
    if len(joined) < 2:
        return None
    return sum(c.value(large_scale) for k in joined for c in deaths[k][0]), set(joined)


IN_TURN_GAP = 4  # words between one death and the next ("at the scene and", "and then")


def counted_dead(deaths: list[tuple[list[Quantity], int]]) -> set[int]:
    """Token starts of the figures of ``death_figures`` ("150 militants were killed")."""
    return {c.start for chain, _ in deaths for c in chain}


def death_figures(tokens: list[Token], quantities: list[Quantity]) -> list[tuple[list[Quantity], int]]:
    """Each death word with a figure: the figures it counts (one, or several joined by "and")
    and the death word's token index."""
    lex = lexicon()
    lows = lows_of(tokens)
    found: list[tuple[list[Quantity], int]] = []
    used: set[int] = set()
    for start, end in death_spans(tokens):
        if start >= 3 and lows[start - 3] in ("was", "is") \
                and lows[start - 2:start] in (["among", "the"], ["among", "those"]):
            # "the gunman was among the dead": one of the dead, who may be counted elsewhere: a
            # death told without a figure
            found.append(([Quantity(start, start, 1, 1)], start))
            continue
        passive = any(w in PASSIVE for w in lows[max(0, start - 2):start])
        if passive:
            q = _before(quantities, lows, start, lex)
            if q is None:
                q = _after(quantities, lows, end, lex)
                if q is not None and id(q) not in used and _joined_group(lows[end:q.start]):
                    # "a grocer was killed along with his two daughters": the subject is one more
                    used.add(id(q))
                    found.append(([Quantity(start, start, 1, 1), q], start))
                    continue
        elif " ".join(lows[start:end]) in lex.counted_before and _subject_count(quantities, lows, start, lex):
            # "three soldiers died while five terrorists were killed": the dead are the subject, a
            # figure and its noun right before the verb
            q = _subject_count(quantities, lows, start, lex)
        else:
            q = _after(quantities, lows, end, lex)
            if q is None and end + 1 < len(lows) and lows[end] in lex.reflexives and lows[end + 1] == "and":
                # "killing herself and 11 civilians": the others (her own death is told apart, as
                # the attacker's: perpetrator_deaths)
                nxt = next((c for c in quantities if c.start > end), None)
                # (no harm of its own between: "killing herself and wounding 11" wounded the 11)
                if nxt is not None and 2 <= nxt.start - end <= 3 \
                        and not any(w in lex.injuries or w.endswith("ing") for w in lows[end + 2:nxt.start]):
                    q = nxt
            if q is None and end < len(lows) and lows[end] in _OBJECT_PRONOUNS and tokens[start].text.islower():
                # "killing him and his two sons": the one the pronoun stands for, and those joined to him
                chain = [Quantity(end, end + 1, 1, 1)]
                nxt = next((c for c in quantities if c.start > end), None)
                if nxt is not None and id(nxt) not in used and lows[end + 1:end + 2] == ["and"] \
                        and 2 <= nxt.start - end <= 3 and all(w in _JOINING for w in lows[end + 1:nxt.start]):
                    chain.append(nxt)
                used.update(id(c) for c in chain)
                found.append((chain, start))
                continue
            # (a capitalised verb is a title's or a charge's: "Assault with Intent to Kill Inflicting ...")
            people = _people_named(tokens, lows, start, end, lex) if q is None and tokens[start].text.islower() else 0
            if people:  # "a man shot and killed Ana Ruiz and her son": the man is who killed them
                found.append(([Quantity(end, end, people, people)], start))
                continue
            q = q or _before(quantities, lows, start, lex)
            if q is None and " ".join(lows[start:end]) in lex.counted_before and _subject_carried(lows, start):
                # "A woman was shot in the early hours of Friday in Memphis and died two days later":
                # "and died" has the sentence's opening subject, however far back
                q = next((c for c in quantities if c.start <= SUBJECT_OPENING and c.end <= start), None)
        if q is None:
            continue
        trailing = " ".join(lows[start:end]) in lex.trailing_deaths
        chain = [q] if trailing else [c for c in _coordinated(quantities, q, lows)
                                      if c is q or not _across(c, q, start, lows, lex)]
        if id(q) in used:
            continue
        # a figure joined to this one that an earlier death word counts is that word's: "killed 12
        # soldiers, and 5 militants were also killed" tells 5 more dead here
        chain = [c for c in chain if id(c) not in used]
        used.update(id(c) for c in chain)
        if len(chain) == 1 and lows[q.start] in lex.pronouns:
            chain = [Quantity(q.start, q.start, 1, 1)]  # "he was killed": one already told, as a weak death
        found.append((chain, start))
    # "a double homicide": the killing's name counts its dead, also where the sentence names
    # fewer of them ("Ana Ruiz was killed in a double homicide": she is one of the two)
    m = next((m for m in lex.counted_killings.find(tokens) if not _attempted(lows, m.start)), None)
    # (unless the killer's death is told apart: "killed his wife in a murder-suicide, then himself")
    if m is not None and sum(c.small for chain, _ in found for c in chain) < m.payload \
            and not (found and lex.perpetrator_deaths.find(tokens)):
        found = [([Quantity(m.start, m.end, m.payload, m.payload)], m.start)]
    if not found:
        one = _one_death(tokens, lows, lex)
        if one is not None:
            at, people = one
            found.append(([Quantity(at, at, people, people)], at))
    return found


SUBJECT_WORDS = 2  # words between a figure and a death verb it is the subject of: "three Afghan soldiers died"
_OBJECT_PRONOUNS = frozenset({"him", "her"})
_JOINING = frozenset({"and", "his", "her", "their"})
SUBJECT_OPENING = 2  # where a sentence's opening subject's figure starts at the latest ("A woman", "The two men")
_THEN = frozenset({"later", "then", "subsequently", "eventually", "since"})
_PERFECT = frozenset({"has", "have", "had"})
_CARRIED_BETWEEN = 2  # words between "and" and a death verb with no subject of its own ("and has since died")


def _subject_carried(lows: list[str], start: int) -> bool:
    """A death verb coordinated with the sentence's first verb, with no subject of its own:
    "... and died", "... and later died", "... and has since died"."""
    k = start - 1
    while k >= 0 and start - k <= _CARRIED_BETWEEN and (lows[k] in _THEN or lows[k] in _PERFECT):
        k -= 1
    return k >= 1 and lows[k] == "and"


def _named_subject(tokens: list[Token], lows: list[str], k: int) -> bool:
    """Whether a person's name stands right before token ``k`` (a death verb), past an age set
    off by commas and "later": "Jaylen Moss, 17, died", "Moss later died"."""
    j = k - 1
    if j >= 0 and lows[j] in _THEN:
        j -= 1
    if j >= 2 and lows[j] == "," and lows[j - 1].isdigit() and lows[j - 2] == ",":
        j -= 3  # ", 17,"
    if j < 1:  # (the sentence's first word is capitalised whatever it is)
        return False
    t = tokens[j]
    return t.text[:1].isupper() and t.text[1:2].islower() and t.text.isalpha() \
        and not _weekday_or_month(lows[j]) and lows[j] not in _NOT_NAMES


_NOT_NAMES = frozenset({"police", "officials", "authorities", "he", "she", "i", "we", "they"})


def _subject_count(quantities: list[Quantity], lows: list[str], start: int, lex: Lexicon) -> Quantity | None:
    """The figure that counts the subject of the death verb at ``start``: right before it, with at
    most SUBJECT_WORDS words of its noun between ("three soldiers died"; not "Image 8 of 8: a boy
    who shot himself dies", nor "the three charged in the death of a girl who died")."""
    q = _before(quantities, lows, start, lex)
    if q is None:
        return None
    if 0 <= start - q.end <= SUBJECT_WORDS:
        return q
    # "Four soldiers of the Frontier Corps embraced martyrdom": the noun's own "of" phrase between
    between = lows[q.end:start]
    k = between.index("of") if "of" in between else -1
    if 1 <= k <= SUBJECT_WORDS and 0 < len(between) - k - 1 <= OF_PHRASE \
            and all(w.isalpha() and w not in _OF_PHRASE_STOPS for w in between[k + 1:]):
        return q
    return None


OF_PHRASE = 4  # words of a subject's "of" phrase before its death verb ("of the Frontier Corps")
_OF_PHRASE_STOPS = frozenset({"who", "that", "which", "whom", "whose", "and", "or", "were", "was", "had", "have"})


_NEGATED = frozenset({"no", "not", "never", "nobody", "none", "neither", "nor", "no-one"})


def _one_death(tokens: list[Token], lows: list[str], lex: Lexicon) -> tuple[int, int] | None:
    """A death told without a figure: "the victim was fatally shot", "the owner later died", "the
    gunman took his own life" (one person), "shot and killed Ana Ruiz and her mother" (the people
    named after the killing verb). The token index of its death word and the number of dead."""
    own = None  # "then turned the gun on himself": the attacker's, counted only when no victim's is told
    for m in lex.one_death.find(tokens):
        if not _NEGATED.intersection(lows[max(0, m.start - 3):m.start]):
            if not _own_death(tokens, m.start):
                return m.start, 1
            own = own or (m.start, 1)
    for start, end in death_spans(tokens):
        if _NEGATED.intersection(lows[max(0, start - 4):start]):
            continue
        k = start - 1 if start and lows[start - 1].endswith("ly") else start  # "was fatally shot"
        aux = any(at >= len(p) and tuple(lows[at - len(p):at]) == p
                  for p in lex.singular_passive for at in (k, _coordinated_participle(lows, k)))
        if aux and lows[start] not in ("dead", "death", "deaths", "toll", "bodies", "corpses", "lives"):
            return start, 1
        if lex.intransitive_deaths.starts(lows[start]) and k and lows[k - 1] in lex.singular_intransitive:
            return start, 1
        if lex.intransitive_deaths.starts(lows[start]) and _subject_carried(lows, start):
            return start, 1  # "Tom Hill, 41, was shot on Monday and died at the hospital": he died
        if lex.intransitive_deaths.starts(lows[start]) and _named_subject(tokens, lows, k):
            return start, 1  # "Jaylen Moss, 17, died after being shot": the person named died
        listed = _listed_before(tokens, lows, k, lex)  # "Ana Ruiz, 39, and Tom Hill were shot and killed"
        if listed:
            return start, listed
        # "accused of killing officer Sean Bolton", "shot and killed his wife and her mother"
        if lows[start] in _ACTIVE_KILLS and tokens[start].text.islower():
            people = _people_after(tokens, lows, end, lex)
            if people:
                return start, people
    for m in lex.lethal_events.find(tokens):
        if not _attempted(lows, m.start) and not (m.end < len(lows) and lows[m.end] in lex.not_lethal_after) \
                and not _ordinal_before(lows, m.start, lex):
            return m.start, 1
    return own


def _ordinal_before(lows: list[str], start: int, lex: Lexicon) -> bool:
    """ "the city's 40th homicide of the year", "its third killing this month": a count of the
    place's killings, not a death of this event."""
    if not start:
        return False
    w = lows[start - 1]
    if w in lex.ordinal_words:
        return True
    if w in lex.ordinal_suffixes and start > 1 and lows[start - 2].isdigit():
        return True  # "40th" read as "40" and "th"
    digits = w.rstrip("abcdefghijklmnopqrstuvwxyz")
    return bool(digits) and digits.isdigit() and w[len(digits):] in lex.ordinal_suffixes


def counts_attacker(tokens: list[Token], chain: list[Quantity], death: int = -1) -> bool:
    """Whether a death figure stands inside a phrase of the attacker's own death ("the bomber
    was also killed"), or is the subject of one whose death word (at token ``death``) the phrase
    holds, right before it or but for an adverb ("The shooter then killed himself"; not "shot two
    children before killing himself"): he is counted apart, as PERPETRATOR, not as a victim."""
    phrases = lexicon().perpetrator_deaths.find(tokens)
    return any(m.start <= q.start < m.end for m in phrases for q in chain) \
        or any(m.start <= death < m.end and chain[-1].end <= death
               and all(w in _SUBJECT_ADVERBS for w in lows_of(tokens)[chain[-1].end:death]) for m in phrases)


_SUBJECT_ADVERBS = frozenset({"then", "later", "also", "apparently", "reportedly", "subsequently", "allegedly"})


PLURAL_SELVES = frozenset({"themselves"})
ATTACKERS_REACH = 4  # words between a number and the attackers' own death ("Two suicide bombers blew themselves up")


def attackers_dead(tokens: list[Token]) -> int:
    """How many attackers a phrase of their own death counts: the number told before a plural
    one ("Two suicide bombers blew themselves up": 2), else one."""
    lex = lexicon()
    lows = lows_of(tokens)
    for m in lex.perpetrator_deaths.find(tokens):
        if PLURAL_SELVES.isdisjoint(lows[m.start:m.end]):
            continue
        for k in range(m.start - 1, max(-1, m.start - 1 - ATTACKERS_REACH), -1):
            word = lows[k]
            value = int(word) if word.isdigit() else lex.units.get(word)
            # (the figure of the attackers, not of their vehicles: "Two suicide bombers in three vehicles")
            if value is not None and value > 1 and any(w in lex.attacker_nouns for w in lows[k + 1:k + 3]):
                return value
            if word in (",", ";", "and", "or"):
                break
    return 1


ATTACKER_NOUN_REACH = 2  # words between a figure and its attackers' noun ("6 suspected attackers")


def attackers_figures(deaths: list[tuple[list[Quantity], int]], tokens: list[Token]) -> list[bool]:
    """For each of ``deaths``, whether its figure counts the attackers ("6 attackers also died"):
    a figure right before one of quantities.yaml ``attacker_nouns``."""
    lex = lexicon()
    lows = lows_of(tokens)
    out = []
    for chain, _ in deaths:
        end = chain[-1].end if chain and chain[-1].start < chain[-1].end else None
        out.append(end is not None and any(w in lex.attacker_nouns for w in lows[end:end + 1 + ATTACKER_NOUN_REACH]))
    return out


def _own_death(tokens: list[Token], at: int) -> bool:
    """The death word at ``at`` is inside a phrase of the attacker's own death ("took his own life")."""
    return any(m.start <= at < m.end for m in lexicon().perpetrator_deaths.find(tokens))


def own_death_counted(tokens: list[Token], deaths: list[tuple[list[Quantity], int]]) -> bool:
    """The sentence's deaths (``death_figures``) count the attacker's own death already, as a death
    without a figure ("the gunman then took his own life" told alone), not a victim's ("a woman was
    fatally shot by her husband, who then turned the gun on himself")."""
    return any(_own_death(tokens, at) for chain, at in deaths if all(c.start == c.end for c in chain))


_PARTICLES = frozenset({"up", "down", "out", "off"})


def _coordinated_participle(lows: list[str], k: int) -> int:
    """Where the participle coordinated before token ``k`` starts ("was attacked and beaten to
    death", "was tied up and shot"): the two share its auxiliary. ``k`` itself when there is none."""
    j = k - 2
    if j < 0 or lows[k - 1] != "and":
        return k
    if lows[j] in _PARTICLES:
        j -= 1
    return j if j >= 0 and lows[j].endswith(("ed", "en")) else k


def _people_named(tokens: list[Token], lows: list[str], start: int, end: int, lex: Lexicon) -> int:
    """The people named one by one as killed by the death word at ``start``..``end``: after a
    killing verb ("shot and killed Ana Ruiz and her son") or after "of" when it is a noun ("in
    the death of 54-year-old Ana Ruiz", "the killing of his neighbor and her son", "the bodies
    of a man and his wife")."""
    if end < len(lows) and lows[end] == "of" and (lows[start] in _DEATH_NOUNS or lows[start] in lex.remains):
        # ("found the bodies of Tom Hill, 45, his wife and her two daughters")
        return _people_after(tokens, lows, end + 1, lex)
    return _people_after(tokens, lows, end, lex) if lows[start] in _ACTIVE_KILLS else 0


_DEATH_NOUNS = frozenset({"death", "deaths", "killing", "killings", "murder", "murders", "slaying", "slayings"})
NAMED_LIST_LONGEST = 6  # people named one by one after a killing verb: a longer list is no list


def _people_after(tokens: list[Token], lows: list[str], end: int, lex: Lexicon) -> int:
    """How many people are named one by one after a killing verb: "his wife" 1, "39-year-old Ana
    Ruiz and another man" 2, "Ana Ruiz, 39, her son and a neighbor" 3. Each is a person noun
    after a determiner, or a name of two or three capitalised words; an age before or after it is
    part of it. 0 when what follows is no person."""
    n, k, people = len(lows), end, 0
    after_noun = False  # the last one was a person noun and a bare comma follows: a name next is his
    aged = _aged_group(lows, k, lex)
    if aged:
        return aged  # "shot and killed his sons, ages 3 and 4"
    while k < n and people < NAMED_LIST_LONGEST:
        age = _age_end(lows, k, lex)
        if age is not None:
            k = age
        noun = _person_noun_end(tokens, lows, k, lex)
        nxt = noun if noun is not None else _person_end(tokens, lows, k, lex)
        if nxt is None and people:
            if lows[k - 1] == "and":
                # "Khalil Haqqani and five other people": a group counted after those named
                people += _numbered_group(lows, k, lex)[0]
            break
        if nxt is None:
            break
        # "another man, 43-year-old Tom Hill": the name is the man's
        people, k = people + (0 if after_noun and noun is None else 1), nxt
        after_noun = noun is not None and k + 1 < n and lows[k] == "," and lows[k + 1] != "and"
        if k + 2 < n and lows[k] == "," and lows[k + 1][:1].isdigit() and lows[k + 2] == ",":
            k += 3  # "Ana Ruiz, 39, her son ...": the age's commas join the next one
            if k < n and lows[k] == "and":
                k += 1
        elif k < n and lows[k] == "," and k + 1 < n and lows[k + 1] == "and":
            k += 2
        elif k < n and lows[k] in ("and", ","):
            k += 1
        elif k + 2 < n and lows[k:k + 3] == ["as", "well", "as"]:
            k += 3
        elif _joined_group(lows[k:k + 2]):
            k += 2
            group, k = _numbered_group(lows, k, lex)
            people += group  # "killed a farmer along with his two sons" (nobody when they were only hurt)
            if not group:
                continue
            break
        else:
            break
    return people


def _aged_group(lows: list[str], k: int, lex: Lexicon) -> int:
    """ "his sons, ages 3 and 4", "their daughters, aged 5, 7 and 9": people of a plural noun
    after a determiner, counted by the ages listed after it (two or more); 0 otherwise."""
    n = len(lows)
    if k < n and lows[k] in _DETERMINERS:
        k += 1
    if not (k < n and lows[k].endswith("s") and person_noun(lows[k][:-1], lex)):
        return 0
    k += 1
    if not (k + 1 < n and lows[k] == "," and lows[k + 1] in _AGES_LISTED):
        return 0
    k += 2
    ages = 0
    while k < n and lows[k].isdigit():
        ages += 1
        k += 1
        if k + 1 < n and lows[k] == "," and lows[k + 1] == "and":
            k += 2
        elif k < n and lows[k] in (",", "and"):
            k += 1
        else:
            break
    return ages if ages >= 2 else 0


_AGES_LISTED = frozenset({"ages", "aged"})
_ALONG = (["along", "with"], ["together", "with"])


def _joined_group(words: list[str]) -> bool:
    """Whether ``words`` end with "along with" or "together with" (and a determiner), which join
    a group to the people before."""
    if words and words[-1] in _DETERMINERS:
        words = words[:-1]
    return words[-2:] in _ALONG


def _own_predicate(lows: list[str], end: int, lex: Lexicon) -> bool:
    """Whether the group whose figure ends at ``end`` is told hurt within the next words ("two
    women who were wounded", "two others in critical condition"): then it does not share the
    death word before it ("two students who were walking home" do)."""
    window = []
    for w in lows[end:end + 8]:
        if w in ".;:":
            break
        window.append(w)
    if any(w in lex.injuries or w in ("critical", "wounds") for w in window):
        return True
    # "two women who had been shot too": a group that has its own verb of harm survived it
    return "who" in window[:4] and any(w in _HARMED for w in window)


_HARMED = frozenset({"shot", "stabbed", "hit", "struck", "grazed"})


def _numbered_group(lows: list[str], k: int, lex: Lexicon) -> tuple[int, int]:
    """The size of a group written with a figure at ``k`` ("his two sons", "three other men") and
    where it ends; 0 when none stands there or it has a predicate of its own."""
    at = k + 1 if k < len(lows) and lows[k] in _DETERMINERS else k
    if at >= len(lows):
        return 0, k
    value, end = _number(lows, at, lex)
    if value is None or value > lex.most_people:
        return 0, k
    end += 1 if end < len(lows) and lows[end] in ("other", "more") else 0
    end += 1  # the noun
    return (0, k) if _own_predicate(lows, end, lex) else (value, end)


# People listed by name as the subject of a plural death ("Ana Ruiz, 39, and Tom Hill, 41, were
# shot and killed"): as many dead as names, when the sentence gives no figure.
_PLURAL_PASSIVES = (("were",), ("were", "found"), ("have", "been"), ("had", "been"))


def _listed_before(tokens, lows: list[str], k: int, lex) -> int:
    """How many people the sentence names one by one from its start up to the plural auxiliary
    that ends at token ``k`` (before the death word): 0 unless the list fills all of it."""
    aux = next((k - len(p) for p in _PLURAL_PASSIVES if k >= len(p) and tuple(lows[k - len(p):k]) == p), None)
    if aux is None:
        return 0
    i, people = 0, 0
    while i < aux and people < NAMED_LIST_LONGEST:
        age = _age_end(lows, i, lex)
        i = age if age is not None else i
        nxt = _person_end(tokens, lows, i, lex)
        if nxt is None:
            return 0
        people, i = people + 1, nxt
        if i + 2 < aux and lows[i] == "," and lows[i + 1][:1].isdigit() and lows[i + 2] == ",":
            i += 3  # "Ana Ruiz, 39, and ...": the age's commas
        if i < aux and lows[i] == ",":
            i += 1
        if i < aux and lows[i] == "and":
            i += 1
    return people if i == aux and people >= 2 else 0


def _person_end(tokens: list[Token], lows: list[str], k: int, lex: Lexicon) -> int | None:
    """Where one person named at ``k`` ends: "his wife", "another man", "Ana Ruiz"; None if none is."""
    noun = _person_noun_end(tokens, lows, k, lex)
    if noun is not None:
        return noun
    run = k
    while run < len(tokens) and run - k < 3 and tokens[run].capitalized and tokens[run].text.isalpha():
        run += 1
    return run if run - k >= 2 else None


def _person_noun_end(tokens: list[Token], lows: list[str], end: int, lex: Lexicon) -> int | None:
    """ "his wife", "gunned down an Eastern Washington University student": where a person noun
    ends that stands at ``end`` or after a determiner and up to three capitalised words. The name
    that follows the noun at once is the same person's ("Officer Ana Ruiz", "his neighbor Tom Hill")."""
    if end < len(lows) and person_noun(lows[end], lex):
        return _name_of_noun(tokens, lows, end + 1)
    if end >= len(lows) or lows[end] not in _DETERMINERS:
        return None
    for k in range(end + 1, min(end + 5, len(lows))):
        if person_noun(lows[k], lex):
            return _name_of_noun(tokens, lows, k + 1)
        if not tokens[k].capitalized:
            return None
    return None


def _name_of_noun(tokens: list[Token], lows: list[str], end: int) -> int:
    """Where the name that follows a person noun ending at ``end`` ends: two or three capitalised
    words ("his neighbor Tom Hill"), or one after a title written with a capital ("Officer Ruiz");
    ``end`` when none does (a weekday or a month is no name: "killed his wife Sunday")."""
    run = end
    while (run < len(tokens) and run - end < 3 and tokens[run].capitalized and tokens[run].text.isalpha()
           and not _weekday_or_month(lows[run])):
        run += 1
    return run if run - end >= 2 or (run > end and tokens[end - 1].capitalized) else end


def _attempted(lows: list[str], start: int) -> bool:
    """ "attempted murder", "attempted double homicide": the killing named at ``start`` was not done."""
    return not _ATTEMPTED.isdisjoint(lows[max(0, start - 2):start])


_ATTEMPTED = frozenset({"attempted", "attempt"})
_DETERMINERS = frozenset({"his", "her", "their", "its", "the", "a", "an", "my", "our", "your", "another"})
_ACTIVE_KILLS = frozenset({"killed", "killing", "kill", "kills", "murdered", "murdering", "shot", "slain",
                           "executed", "beheaded", "lynched", "gunned"})


def _after(quantities, lows, end, lex) -> Quantity | None:
    for q in quantities:
        if q.start < end:
            continue
        between = lows[end:q.start]
        if len(between) > 3 or any(w in lex.injuries or w in ".;:" or w == "and" or w in SUBSET_CUES
                                   for w in between):
            return None  # "four people dead, including a gunman": the gunman is among the four
        if "by" in between:
            return None  # "shot dead by two armed men": the agent's figure counts the attackers
        if "," in between and q.end < len(lows) and cues().reporting.starts(lows[q.end]) \
                and cues().reporting.at(lows, q.end):
            return None  # "was among the dead, the sheriff said": the speaker
        if _joined_group(between) and _own_predicate(lows, q.end, lex):
            return None  # "a man shot dead, along with two women who were wounded": they are not dead
        if _injury_figure(lows, q.end, lex) and not (between == ["of"] and lows[end - 1] in lex.remains):
            # ("the bodies of 2 civilians with gunshot wounds": the wounds are the dead's)
            return None
        return q
    return None


def _injury_figure(lows: list[str], end: int, lex) -> bool:
    """The figure ending at ``end`` counts injured people: "5 injured", "5 others were wounded"; not
    "11 displaced persons" or "dozens of displaced people" (who they were)."""
    if end < len(lows) and lows[end] == "of":
        end += 1
    if end + 1 < len(lows) and lows[end] in lex.injuries and lows[end] not in lex.injured_words \
            and lows[end + 1] in lex.people_after_status:
        return False
    return word_after(lows, end, lex.injuries, _INJURY_STOPS, lex)


_INJURY_STOPS = frozenset({"and", ",", ".", ";", "including"})


def word_after(lows: list[str], end: int, words: frozenset[str], stops: frozenset[str], lex: Lexicon,
               reach: int = 4) -> bool:
    """Whether one of ``words`` follows the figure ending at ``end`` within ``reach`` words, before
    one of ``stops`` or a death word ("5 others were wounded"; "two are dead and two ..." stops)."""
    for w in lows[end:end + reach]:
        if w in words:
            return True
        if w in stops or lex.deaths.starts(w):
            return False
    return False


def _before(quantities, lows, start, lex) -> Quantity | None:
    best = None
    for q in quantities:
        if q.end > start:
            break
        between = lows[q.end:start]
        if len(between) > 12 or _breaks(between, lex, lows[start] in lex.counted_before):
            continue
        if q.start and lows[q.start - 1] in lex.injuries:
            continue  # "wounding four men and killing another": the four are the wounded
        if best is not None and q.start and lows[q.start - 1] in SUBSET_CUES and "and" not in lows[best.end:q.start] \
                and q.end < start:
            # "14 militants including 3 commanders were killed": the 3 are among the 14; but in
            # "five were shot, including one dead" the death word tells the one
            continue
        best = q
    return best


def _breaks(between: list[str], lex: Lexicon, dead_subject: bool) -> bool:
    """Words between a figure and a death verb after it that part them: a word of injury (the
    figure counts the hurt), or a stop, but not an abbreviation's period ("A man shot on Sept. 18
    died"). With ``dead_subject`` (a verb whose subject is the dead: "died"), a wound told of that
    subject parts nothing: "A man wounded in a shooting last month died Monday"."""
    for k, w in enumerate(between):
        if w in lex.injuries and not (dead_subject and _wound_of_subject(between, k)):
            return True
        if w in ";:" or (w == "." and (k == 0 or between[k - 1] not in lex.abbreviated)):
            return True
    return False


SUBJECT_WOUND_AT = 5  # words from a figure to a wound told of its noun: "A man who was critically wounded in"
_WOUND_THEN = frozenset({"in", "during", "at", "on", "by", "when", "while", ","})
_WOUND_RELATIVES = frozenset({"who", "that"})
_WOUND_BARE_AFTER = frozenset({"was", "were", "is", "are", "been", "be", "and", "or", "but"})


def _wound_of_subject(between: list[str], k: int) -> bool:
    """Whether the word of injury at ``k`` (``between`` starts right after a figure) tells of the
    figure's noun, in a clause of its own followed by where, when or how: "man wounded in",
    "man who was critically injured during" (not "were wounded and", nor the active "wounded
    two people")."""
    if k == 0 or k > SUBJECT_WOUND_AT or k + 1 >= len(between) or between[k + 1] not in _WOUND_THEN:
        return False
    j = k - 1
    while j > 0 and between[j].endswith("ly"):
        j -= 1  # "critically", "seriously"
    if between[j] in ("was", "were"):
        return j > 0 and between[j - 1] in _WOUND_RELATIVES
    return between[j] not in _WOUND_BARE_AFTER


def person_noun(low: str, lex: Lexicon) -> bool:
    """A noun for one person (quantities.yaml ``singular_people``), or a compound that ends with
    one of five letters or more ("schoolteacher", "firefighter", "shopowner")."""
    if low in lex.singular:
        return True
    # (most words are no compound of one: their last five letters end no person noun)
    return len(low) > COMPOUND_HEAD + 1 and low[-COMPOUND_HEAD:] in lex.person_tails and low.isalpha() \
        and any(low[-k:] in lex.singular for k in range(COMPOUND_HEAD, len(low) - 1))


SUBSET_CUES = frozenset({"including", "among", "incl"})
_TENS = frozenset({20, 30, 40, 50, 60, 70, 80, 90})
_DIGITS = frozenset(range(1, 10))


def _speaker(lows: list[str], end: int) -> bool:
    """The figure ending at ``end`` counts a speaker: "..., a police official said" (not a victim)."""
    reporting = cues().reporting
    for w in lows[end:end + 3]:
        if w == ",":
            return False  # "... and her son, police said": the speaker is another
        if reporting.starts(w):
            return True
    return False


def _across(c: Quantity, q: Quantity, death: int, lows: list[str], lex: Lexicon) -> bool:
    """A figure joined to ``q`` across the death word itself ("two are dead and two are in critical
    condition") or across a word of injury ("nine injured and one dead") counts other people."""
    lo, hi = (c.end, q.start) if c.start < q.start else (q.end, c.start)
    if _joined_group(lows[lo:hi]):
        return False  # "a woman was killed along with her son": both are the dead
    return lo <= death < hi or any(w in lex.injuries for w in lows[lo:hi])


def _coordinated(quantities: list[Quantity], q: Quantity, lows: list[str]) -> list[Quantity]:
    """ "two soldiers and three civilians were killed", "killed two guards and a driver": all count."""
    chain = [q]
    idx = quantities.index(q)
    lex = lexicon()
    for nxt in quantities[idx + 1:]:
        between = lows[chain[-1].end:nxt.start]
        if _apposition(lows, chain[-1], nxt, quantities):
            break  # "The victim, a man from Gary, was shot": one person, described
        along = between[-3:] == ["as", "well", "as"] or _joined_group(between)
        joined = _and_joined(between) or along
        # ("a woman was killed along with her son": the death word may stand between them)
        if 1 <= len(between) <= (7 if along else 4) and joined and "including" not in between \
                and not _injury_figure(lows, nxt.end, lex) and not any(w in lex.injuries for w in between) \
                and not _speaker(lows, nxt.end) and not (along and _own_predicate(lows, nxt.end, lex)):
            chain.append(nxt)
        else:
            break
    while idx > 0:
        prev = quantities[idx - 1]
        between = _without_ages(lows[prev.end:chain[0].start])
        if 1 <= len(between) <= 4 and _and_joined(between) and not any(w in ("were", "was", "killed") for w in between) \
                and not _apposition(lows, prev, chain[0], quantities):
            chain.insert(0, prev)
            idx -= 1
        else:
            break
    return chain


def _apposition(lows: list[str], prev: Quantity, nxt: Quantity, quantities: list[Quantity]) -> bool:
    """Whether one person told with "the" and "a ..." after a bare comma are one ("The victim, a
    man from Gary, was shot and killed": the second describes the first), not a list, which goes
    on with "and" ("the driver, a passenger and a child were killed")."""
    if lows[prev.start] != "the" or prev.small != 1 or lows[nxt.start] not in ("a", "an") \
            or lows[prev.end:nxt.start] != [","]:
        return False
    after = next((c for c in quantities if c.start >= nxt.end), None)
    between = lows[nxt.end:after.start] if after is not None else []
    return after is None or len(between) > 4 or not _and_joined(between)


def _and_joined(between: list[str]) -> bool:
    """Whether the words between two figures join them: "and" or a comma last, or before a
    possessive that opens the next group ("a woman and her two children")."""
    return between[-1:] in (["and"], [","]) or (between[-2:-1] in (["and"], [","]) and between[-1] in _POSSESSIVES)


def _without_ages(words: list[str]) -> list[str]:
    """Words between two figures with any age between commas left out ("a man, 45, and a woman")."""
    out: list[str] = []
    k = 0
    while k < len(words):
        if words[k] == "," and k + 2 < len(words) and words[k + 1].isdecimal() and words[k + 2] == ",":
            k += 2  # the age and its first comma; the closing comma stays as a joiner
            continue
        out.append(words[k])
        k += 1
    return out


def count_before(quantities: list[Quantity], start: int, lows: list[str], window: int = 6,
                 dead: AbstractSet[int] = frozenset()) -> int | None:
    """The figure that counts the people named at token ``start`` ("46 members of ..."); none
    where that figure counts the dead (``dead``: their token starts), who went nowhere."""
    best = None
    for q in quantities:
        if q.end > start:
            break
        if start - q.end <= window and not any(w in ".;:" for w in lows[q.end:start]):
            best = q
    return best.small if best and best.start not in dead else None
