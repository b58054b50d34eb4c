"""Attribution and modality: who says an event happened, and how firmly.

A source is the phrase that a reporting verb introduces ("ISPR said", "according to
military sources", "a tribal elder ... told The Nation"). Modality is read from cues
before the trigger: a denial ("It is not true that ..."), a future or hypothetical
("would probably settle"), a negation ("did not attack"), or a claim ("claimed to have
killed").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ..knowledge import KnowledgeError, load_yaml, text_list
from ..model import Attribution
from .phrases import PhraseIndex
from .tokens import Token, lows_of

FILE = "codebook/attribution.yaml"
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "being", "be"})
_BOUNDARY = frozenset({",", ";", ":", ".", '"', "\u201c", "\u201d", "(", ")", "that", "while", "but", "as", "when", "after"})


@dataclass
class Cues:
    reporting: PhraseIndex
    claim: PhraseIndex
    denial: PhraseIndex
    future: PhraseIndex
    hypothetical: PhraseIndex
    negation: PhraseIndex
    anonymous: PhraseIndex
    party_outlets: PhraseIndex
    not_source_words: frozenset[str] = frozenset()
    tally: PhraseIndex = field(default_factory=PhraseIndex)
    habit: PhraseIndex = field(default_factory=PhraseIndex)
    roundup: PhraseIndex = field(default_factory=PhraseIndex)
    responsibility: PhraseIndex = field(default_factory=PhraseIndex)
    past: PhraseIndex = field(default_factory=PhraseIndex)
    kind_words: frozenset[str] = frozenset()
    war_nouns: frozenset[str] = frozenset()
    source_titles: frozenset[str] = frozenset()
    future_after_nouns: frozenset[str] = frozenset()
    future_after: PhraseIndex = field(default_factory=PhraseIndex)
    future_before_gathering: PhraseIndex = field(default_factory=PhraseIndex)  # "ahead of a planned rally"
    statistic_words: frozenset[str] = frozenset()  # "Shootings are down 22 percent": counts, no deed
    flight_verbs: frozenset[str] = frozenset()  # "fleeing the fighting in Nangarhar"
    character_nouns: frozenset[str] = frozenset()  # "has been the epicentre of kidnappings"
    fled_describers: frozenset[str] = frozenset()  # "fled the heavy fighting": words before the deed fled
    lives_claimed: PhraseIndex = field(default_factory=PhraseIndex)  # "claimed the lives of": deaths, no claim
    naming_verbs: frozenset[str] = frozenset()  # "in what police called a murder-suicide": police name it


@cache
def cues() -> Cues:
    data = load_yaml(FILE)
    if not isinstance(data, dict):
        raise KnowledgeError(f"{FILE}: must be a mapping")

    def index(key: str) -> PhraseIndex:
        return PhraseIndex.of(text_list(FILE, key, data.get(key)))

    return Cues(index("reporting"), index("claim_cues"), index("denial_cues"), index("future_cues"),
                index("hypothetical_cues"), index("negation_cues"), index("anonymous_cues"), index("party_outlets"),
                frozenset(w.lower() for w in text_list(FILE, "not_source_words", data.get("not_source_words"))),
                index("tally_cues"), index("habit_cues"), index("roundup_cues"),
                index("responsibility_cues"), index("past_cues"),
                frozenset(w.lower() for w in text_list(FILE, "kind_words", data.get("kind_words"))),
                frozenset(w.lower() for w in text_list(FILE, "war_nouns", data.get("war_nouns"))),
                future_after=index("future_after_cues"),
                future_before_gathering=index("future_before_gathering"),
                source_titles=frozenset(w.lower() for w in text_list(FILE, "source_titles",
                                                                     data.get("source_titles"))),
                future_after_nouns=frozenset(w.lower() for w in text_list(FILE, "future_after_nouns",
                                                                          data.get("future_after_nouns"))),
                statistic_words=frozenset(w.lower() for w in text_list(FILE, "statistic_words",
                                                                       data.get("statistic_words"))),
                flight_verbs=frozenset(w.lower() for w in text_list(FILE, "flight_verbs", data.get("flight_verbs"))),
                fled_describers=frozenset(w.lower() for w in text_list(FILE, "fled_describers",
                                                                       data.get("fled_describers"))),
                character_nouns=frozenset(w.lower() for w in text_list(FILE, "character_nouns",
                                                                       data.get("character_nouns"))),
                lives_claimed=index("lives_claimed"),
                naming_verbs=frozenset(w.lower() for w in text_list(FILE, "naming_verbs", data.get("naming_verbs"))))


def _claims_lives(tokens: list[Token], end: int, c: Cues) -> bool:
    """Whether the claim or reporting cue ending at token ``end`` takes lives as its object ("The
    shooting claimed the lives of two teenagers"): a death told, no one claiming it."""
    return end < len(tokens) and c.lives_claimed.starts(tokens[end].low) \
        and bool(c.lives_claimed.at(lows_of(tokens), end))


@dataclass
class Source:
    start: int  # token span of the source phrase
    end: int
    text: str
    cue: str
    anonymous: bool
    cue_at: int = -1  # token where the reporting cue begins


def find_source(tokens: list[Token], text: str) -> Source | None:
    """The reporting clause of a sentence, if any."""
    c = cues()
    anonymous = bool(c.anonymous.find(tokens))
    owner = None  # who claimed responsibility: the speaker of a ", saying ..." after it
    for m in c.reporting.find(tokens):
        cue = m.payload
        if m.end < len(tokens) and tokens[m.end].low in ("to", "responsibility", "credit"):
            # "a civilian claimed to be an informer" reports nothing; who "claimed responsibility"
            # for an attack is its actor, not a source, but tells what it says after it: "the TTP
            # claimed responsibility for the attack, saying its fighters had killed 15 soldiers"
            if tokens[m.end].low != "to" and owner is None:
                owner = _backward(tokens, m.start)
            continue
        if m.start > 0 and tokens[m.start - 1].low in _PASSIVE_AUX and cue not in ("according to", "citing"):
            continue  # "an airstrike was reported": what is reported, not who reports
        if _claims_lives(tokens, m.end, c):
            continue
        if attributive(tokens, m.start):
            continue  # "fired at an alleged informer": an adjective, no one alleges
        if cue in ("according to", "citing"):
            span = _forward(tokens, m.end)
        elif owner is not None and cue in CLAIMANT_PARTICIPLES and m.start > 0 and tokens[m.start - 1].text == ",":
            span = owner
        else:
            span = _backward(tokens, m.start) or _forward(tokens, m.end)  # "officials said", "said the ISPR"
            if span is not None and m.start > 0 and tokens[m.start - 1].low == "and":
                span = _first_subject(tokens, span, c)  # "The ministry denied the base had fallen and said"
            elif span is not None and span[1] <= m.start and _holds_cue(tokens, span, c):
                # "The Taliban denied Pakistani claims that ...": who denies speaks, not "The Taliban
                # denied Pakistani"
                cut = _first_subject(tokens, span, c)
                span = cut if cut is not None and _naming(tokens, cut, c.not_source_words) is not None else span
        span = _naming(tokens, span, c.not_source_words) if span is not None else None
        if span is None:
            continue  # "It is also reported", "he said": no one named
        start, end = span
        return Source(start, end, text[tokens[start].start:tokens[end - 1].end], cue, anonymous, m.start)
    return _denier(tokens, text, c, anonymous)


def _denier(tokens: list[Token], text: str, c: Cues, anonymous: bool) -> Source | None:
    """Who denies, in a sentence with no reporting clause: the one named right before the denial
    ("A Taliban spokesman denied the figure, saying ..."), who speaks for the sentence."""
    for m in c.denial.find(tokens):
        if m.start == 0 or any(t.low in _PASSIVE_AUX for t in tokens[max(0, m.start - 2):m.start]):
            continue  # ("was denied bail", "were unfairly dismissed": no one speaks)
        span = _backward(tokens, m.start)
        span = _naming(tokens, span, c.not_source_words) if span is not None else None
        if span is not None and span[1] == m.start and names_speaker(tokens[span[0]:span[1]]):
            start, end = span
            return Source(start, end, text[tokens[start].start:tokens[end - 1].end], m.payload, anonymous, m.start)
    return None


def names_speaker(words: list[Token]) -> bool:
    """Whether the words of a denier name one who speaks: a name (a capitalised word past the
    first: "The AA", "A Taliban spokesman", or one capitalised word alone) or a title ("the police
    spokesman"); not a crowd told of ("a group of taxi drivers rejected the restrictions") or a
    clause ("something the journalist")."""
    return any(t.capitalized for t in words[1:]) or (len(words) == 1 and words[0].capitalized) \
        or not cues().source_titles.isdisjoint(t.low for t in words)


# ", saying ...": told by the subject of the clause before, one that claimed responsibility
CLAIMANT_PARTICIPLES = frozenset({"saying", "adding", "claiming"})


def _first_subject(tokens: list[Token], span: tuple[int, int], c: Cues) -> tuple[int, int] | None:
    """The speaker of a reporting verb joined by "and" to an earlier one ("The defence ministry
    denied the base had fallen and said ..."): the words before that earlier verb (a reporting,
    denial or claim cue); None when the words before the "and" hold no such verb (a clause, not
    a name)."""
    start, end = span
    lows = lows_of(tokens)
    for k in range(start + 1, end):
        if _cue_at(lows, k, c):
            return start, k
    return span if not any(t.low in _CLAUSE_WORDS for t in tokens[start:end]) else None


def _holds_cue(tokens: list[Token], span: tuple[int, int], c: Cues) -> bool:
    """Whether a reporting, denial or claim cue stands inside the words of a speaker's span, after
    its first word, as a verb (not an adjective, "The alleged shooter", nor an adverb, "who was
    reportedly shot")."""
    lows = lows_of(tokens)
    return any(_cue_at(lows, k, c) and not attributive(tokens, k) and lows[k - 1] not in _PASSIVE_AUX
               and not lows[k].endswith("ly") for k in range(span[0] + 1, span[1]))


def _cue_at(lows: list[str], k: int, c: Cues) -> bool:
    """Whether a reporting, denial or claim cue begins at word ``k``."""
    return any(index.starts(lows[k]) and bool(index.at(lows, k)) for index in (c.reporting, c.denial, c.claim))


def _naming(tokens: list[Token], span: tuple[int, int], empty: frozenset[str]) -> tuple[int, int] | None:
    """The part of a reporting clause that names someone: "although diplomats" is "diplomats";
    None when it names no one ("It is also", "he")."""
    start, end = span
    while start < end and (tokens[start].low in empty or not tokens[start].text[:1].isalnum()):
        start += 1
    while end > start and (tokens[end - 1].low in empty or not tokens[end - 1].text[-1:].isalnum()):
        end -= 1
    return (start, end) if start < end else None


def _backward(tokens: list[Token], start: int) -> tuple[int, int] | None:
    stop = _past_apposition(tokens, start)
    j = stop
    while j > 0 and start - j < 10 and tokens[j - 1].low not in _BOUNDARY:
        j -= 1
    if j == stop:
        return None
    # skip trailing time words: "the ISPR said Monday" is handled by stopping at the verb
    return j, stop


APPOSITION_LONGEST = 4  # tokens between the commas of "Police in Paterson, N.J., said"
RELATIVE_LONGEST = 12  # tokens between the commas of "an elder, who asked not to be named, said"


def _past_apposition(tokens: list[Token], start: int) -> int:
    """Where the speaker's words end before a reporting verb: before a state, an age or a title
    set off by commas ("Police in Paterson, N.J., said", "John Reyes, 45, said") or a short name in
    brackets ("the Balochistan Liberation Army (BLA) claimed"), else ``start``."""
    if start >= 3 and tokens[start - 1].text == ")" and tokens[start - 3].text == "(" \
            and tokens[start - 2].text[:1].isupper():
        return start - 3
    if start < 2 or tokens[start - 1].text != ",":
        return start
    k = start - 2
    while k >= 0 and start - 1 - k <= RELATIVE_LONGEST and tokens[k].text != ",":
        k -= 1
    if k <= 0 or tokens[k].text != "," or k >= start - 2:
        return start
    inner = tokens[k + 1:start - 1]
    if inner[0].low in ("who", "whom", "whose", "which"):
        return k  # "A tribal elder, who asked not to be named, said", "the army, which rarely comments, said"
    if inner[0].low in _APPOSITION_OPENERS and len(inner) > 1:
        return k  # "Zabihullah Mujahid, a Taliban spokesman, said", "Voice of Jihad, the Taliban website, said"
    if len(inner) <= APPOSITION_LONGEST and all(t.text[:1].isupper() or t.text[:1].isdigit() or t.text == "."
                                                for t in inner):
        return k
    return start


_CLAUSE_WORDS = frozenset({"was", "were", "is", "are", "has", "have", "had", "been"})
_APPOSITION_OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her"})


def _forward(tokens: list[Token], end: int) -> tuple[int, int] | None:
    j = end
    while j < len(tokens) and j - end < 8 and tokens[j].low not in _BOUNDARY:
        j += 1
    if j == end or any(t.low in _CLAUSE_WORDS for t in tokens[end:j]):
        return None  # ("said a teenager was shot": what was said, not who said it)
    return end, j


_LISTED = frozenset({"or", "and", "nor", ","})
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "two", "three", "several"})


def attributive(tokens: list[Token], j: int) -> bool:
    """ "an alleged informer", "the suspected gunman": a cue after a determiner is an adjective of
    the noun after it, not a verb of saying."""
    return j > 0 and tokens[j - 1].low in _DETERMINERS


def _names_the_trigger(tokens: list[Token], after_no: int, trigger_start: int) -> bool:
    """Whether "no" stands before the trigger itself, alone or in a list of nouns: "no clashes
    were reported", "no arrests or clashes were reported"."""
    between = lows_of(tokens)[after_no:trigger_start]
    return not between or (len(between) == 2 and between[1] in _LISTED)


_RESPONSIBILITY = frozenset({"the", "a", "an", "responsibility", "for", "of", "this", "that", "yesterday's"})


def _owns_up_to(tokens: list[Token], after_claim: int, trigger_start: int) -> bool:
    """Whether a claim cue takes the event itself as its object ("claimed the attack",
    "claimed responsibility for the blast"): a claim of responsibility, not of the event."""
    between = lows_of(tokens)[after_claim:trigger_start]
    return bool(between) and all(w in _RESPONSIBILITY for w in between)


_PERFECT = frozenset({"has", "have", "had"})
_TALLIED = frozenset({"killed", "left", "claimed", "displaced", "wounded", "injured", "forced", "cost", "taken",
                      "been", "died", "fled", "seen", "caused",
                      # a campaign waged since ("has waged an insurgency since 2009, killing 40,000")
                      "waged", "fought", "battled", "carried", "conducted",
                      # a place that has lived through many ("Kurram has witnessed repeated bouts of violence
                      # over the past year")
                      "witnessed", "experienced", "suffered"})
# the perfect of violence or protest that goes on, with no day told, is no one event ("Small protests
# have continued in several cities", "attacks have persisted in Zamfara")
_GONE_ON = frozenset({"continued", "persisted"})
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                   "today", "tonight"})


_COPULAS = frozenset({"is", "are", "was", "were", "been", "remains", "remain"})
CHARACTER_REACH = 4  # words from the copula to "of": "has been the epicentre of", "is a hotbed of"


def _characterised(lows: list[str], t0: int) -> bool:
    """ "Zamfara has been the epicentre of kidnappings", "the district is a hotbed of clashes": a
    plural deed (its trigger at ``t0``) after "<copula> the <noun> of", the noun one of a place's
    character (attribution.yaml ``character_nouns``), tells what a place is like, not one event
    (one describing word may stand before the deed: "the scene of frequent clashes"; "This was the
    first day of protests" tells the event)."""
    j = t0 - 1 if t0 > 0 and lows[t0 - 1] == "of" else t0 - 2
    if j < 2 or lows[j] != "of":
        return False
    nouns = cues().character_nouns
    return any(lows[k] in _COPULAS and lows[k + 1] in ("the", "a", "an") and nouns.intersection(lows[k + 2:j])
               for k in range(max(0, j - CHARACTER_REACH), j - 1))


def _generic(tokens: list[Token], trigger_start: int, c: Cues) -> str | None:
    """The cue of a tally or a habit ("Fighting has killed thousands since 2021", "every year"),
    if any; a sentence that names the day of its event ("on Monday") tells one event."""
    lows = lows_of(tokens)
    if not _DAYS.isdisjoint(lows):
        return None
    for m in c.habit.find(tokens):
        return m.payload
    # "have carried out similar attacks", "the 28 deadliest shootings since 1949": others of its
    # kind, or a ranking of many (one word may stand between: "the worst mass shootings")
    if lows[trigger_start].endswith("s"):
        for k in range(trigger_start - 1, max(-1, trigger_start - 3), -1):
            if lows[k] in c.kind_words:
                return lows[k]
        if _characterised(lows, trigger_start):
            return "characterised"

    # (the tally's verb may come well before a deed joined to it: "Violence has killed thousands
    # since 2012 and forced two million to flee")
    window = lows[:trigger_start + 12]
    if any(w in _PERFECT and nxt in _GONE_ON for w, nxt in zip(window, window[1:])):
        return next(w for w in window if w in _GONE_ON)
    perfect = any(w in _PERFECT and nxt in _TALLIED for w, nxt in zip(window, window[1:]))
    # ("the number of policemen killed in the area this year now stands at 19": a count, told as a noun)
    counted = any(lows[k:k + 2] == ["number", "of"] for k in range(max(0, trigger_start - NUMBER_OF_REACH),
                                                                   trigger_start))
    if not perfect and not counted:
        return None
    for m in c.tally.find(tokens):
        return m.payload
    # "The war between the army and the RSF has killed more than 40,000 people": a war told as
    # the subject of the perfect, at the sentence's opening, is counted over its whole course
    opening = lows[:min(trigger_start, WAR_SUBJECT_REACH)]
    if "overnight" in lows or "latest" in lows:
        return None  # ("a Russian strike has killed 9 people overnight", "the war's latest strike")
    for k, w in enumerate(opening):
        # the war itself the subject: no colon, comma or possessive between it and its verb
        between = lows[k + 1:trigger_start]
        if w in c.war_nouns and not _BREAKS.intersection(between) \
                and not any(a == "," and b in _NEW_SUBJECT for a, b in zip(between, between[1:])):
            return w
    return None


NUMBER_OF_REACH = 4  # words from "number of" to the deed it counts ("the number of security personnel killed")
_BREAKS = frozenset({":", "'s", "’s", ";", "-", "—"})
_NEW_SUBJECT = frozenset({"a", "an", "the", "its", "their"})  # ("Two years into the war, a strike has killed")


WAR_SUBJECT_REACH = 5  # words from a sentence's start within which a war is the subject of its tally


_HEDGES = frozenset({"possible", "apparent", "suspected", "likely"})
_ARTICLES = frozenset({"a", "an", "the"})


def _hedged_kind(tokens: list[Token], start: int, end: int, trigger_start: int) -> bool:
    """ "a possible accidental shooting", "the possible murder-suicide": a hedge between an
    article and the trigger, at most one word before it, doubts what kind of event it was, not
    that it happened."""
    return tokens[start].low in _HEDGES and start > 0 and tokens[start - 1].low in _ARTICLES \
        and end <= trigger_start <= end + 1


# the future cues that tell a call, a plan or a ban: they hold only the deed they govern
_CALLS = frozenset({"urged", "urging", "called for", "calling for", "called on", "calling on", "appealed to",
                    "preparing for", "banned", "banning"})
_CALLED_FOR = frozenset({"a", "an", "the", "further", "more", "new", "fresh", "all", "mass", "nationwide", "general",
                         "any", "street", "more", "another", "weekly", "daily", "planned", "its", "their"})


def _calls_for(tokens: list[Token], end: int, trigger_start: int) -> bool:
    """Whether a call or a ban ending at token ``end`` governs the trigger: its object ("called for
    further demonstrations", "banned all demonstrations") or an infinitive after who is urged
    ("urged supporters to rally"), with no comma between."""
    between = [t.low for t in tokens[end:trigger_start]]
    if "," in between or len(between) > 3:
        return False
    return "to" in between or all(w in _CALLED_FOR for w in between)


def roundup(tokens: list[Token]) -> bool:
    """A sentence that counts victims across a city or a span of days ("39 people were shot across
    the city over the holiday weekend"): its figures are a tally of many incidents. Not a cue in a
    clause set off after the deed ("killing three people, as anger ... spread across the country")."""
    return any(not _in_aside(tokens, m.start) for m in cues().roundup.find(tokens))


# ("when 39 people were shot across the city": a "when" clause may hold the tally itself)
_ASIDE_OPENERS = frozenset({"as", "amid", "while"})


def _in_aside(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` lies in a clause opened after a comma by one of _ASIDE_OPENERS, or set
    off by a dash after the deed ("killed a couple and shot two others - a scene that brought to
    40 the number of homicides this year")."""
    j = k - 1
    while j > 0 and tokens[j].text != "," and tokens[j].text not in _DASHES:
        j -= 1
    if j > 0 and tokens[j].text in _DASHES:
        return True
    return j > 0 and j + 1 < k and tokens[j + 1].low in _ASIDE_OPENERS


_DASHES = frozenset({"\u2014", "\u2013"})  # em and en dashes (a spaced hyphen may open a dateline)


FUTURE_AFTER_REACH = 5  # words after a trigger within which "is planned for" tells it is to come


def modality(tokens: list[Token], trigger_start: int, source: Source | None,
             trigger_end: int | None = None) -> tuple[str, str | None]:
    """The modality of an event whose trigger spans tokens [trigger_start, trigger_end)."""
    c = cues()
    # cues inside a long trigger count too: "troops would soon leave"
    base = max(0, trigger_start - 5)
    stop = trigger_end or trigger_start  # the window before: tokens [base, stop)
    # "It is not true that we have spared ...", "denied that ..."
    for m in c.denial.find(tokens, stop=trigger_start):
        return "denied", m.payload
    for m in c.negation.find(tokens, start=base, stop=stop):
        if m.payload == "without" and m.start >= trigger_start:
            continue  # "took the town without a fight": the trigger's own words tell how, not whether
        if m.payload in ("no", "without") and m.end < stop and tokens[m.end].low not in ("one", "longer") \
                and not _names_the_trigger(tokens, m.end, trigger_start):
            continue  # "no group claimed the attack" negates the group, not the attack
        return "negated", m.payload
    for m in c.hypothetical.find(tokens, start=base, stop=stop):
        if tokens[m.start].text[:1].isupper() and tokens[m.start].low == "may":
            continue  # "On 2 May" is a date, not a possibility
        if _hedged_kind(tokens, m.start, m.end, trigger_start):
            continue  # "investigating a possible drive-by shooting": what kind, not whether
        return "hypothetical", m.payload
    for m in c.future.find(tokens, start=base, stop=stop):
        if m.payload in _CALLS and not _calls_for(tokens, m.end, trigger_start):
            continue  # "Students calling for lower fees marched": the call is not the march
        return "future", m.payload
    # "A candlelight vigil is planned for Saturday": what is still to come, told after its noun
    after = trigger_end or trigger_start + 1
    if any(t.low in c.future_after_nouns for t in tokens[trigger_start:after]):
        for m in c.future_before_gathering.find(tokens, start=base, stop=trigger_start):
            return "future", m.payload  # ("ahead of a planned rally", "an upcoming march in")
    if tokens[after - 1].low in c.future_after_nouns:  # ("Sentencing in the shooting is set for August")
        for m in c.future_after.find(tokens, start=after, stop=after + FUTURE_AFTER_REACH):
            if m.start <= after + 1:
                return "future", m.payload
    generic = _generic(tokens, trigger_start, c)
    if generic is not None:
        return "generic", generic
    start = max(0, trigger_start - 8)
    for m in c.claim.find(tokens, start=start, stop=trigger_start):
        if attributive(tokens, m.start):
            continue  # "killed the alleged informer": who was killed is doubted, not the killing
        if _claims_lives(tokens, m.end, c):
            continue  # "a blast that claimed the lives of five people wounded 12"
        if _owns_up_to(tokens, m.end, trigger_start):
            continue  # "the group claimed the attack": who did it is claimed, not that it happened
        return "claimed", m.payload
    if source is not None and source.cue in ("claimed", "claims", "claiming", "alleged", "alleges", "suggested", "suggests"):
        cue_at = next((k for k in range(trigger_start - 1, start - 1, -1) if tokens[k].low == source.cue), None)
        if cue_at is None or not _owns_up_to(tokens, cue_at + 1, trigger_start):
            return "claimed", source.cue
    return "asserted", None


def attribution(tokens: list[Token], trigger_start: int, source: Source | None,
                trigger_end: int | None = None) -> Attribution:
    mode, cue = modality(tokens, trigger_start, source, trigger_end)
    if source is None:
        return Attribution(modality=mode, cue=cue)
    return Attribution(modality=mode, source=source.text, cue=cue or source.cue, anonymous=source.anonymous)
