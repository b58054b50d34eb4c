"""One sentence: its triggers, actors, places, dates, figures and source, then its events.

The output is a list of ``Finding``s, one per event family that fired, with the roles
filled from the sentence alone; ``document_coder`` places them in the story (countries,
dates, merging reports of the same event).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from .actors import Mention, find_mentions
from .both_sides import both_sides_toll
from ..model import Attribution
from .claims import Source, attribution, cues, find_source, modality, roundup
from .coordination import coordinated_agent
from .harmed_in import armed_among_hurt, harmed_in
from .injuries import carried_count, injured_count, one_more, shot_count
from .parts import in_part
from .codebook import Codebook
from .places import PlaceMention, ends_spot_name, find_places, is_adjective, is_country, name_country, place_country
from .places import cues as place_cues
from .quantities import (
    ALSO,
    ANY_VICTIM,
    AT_LEAST,
    ATTACKER_NOUN_REACH,
    attackers_figures,
    attackers_dead,
    NOT_ATTACKER,
    PASSIVE,
    PERPETRATOR,
    WEAK,
    Quantity,
    age_end,
    count_before,
    counted_dead,
    death_figures,
    explicit_fatalities,
    figures,
    find_quantities,
    grieved,
    implausible_figures,
    killed_by_force,
    killed_himself_after,
    lexicon,
    may_state_deaths,
    counts_attacker,
    dying,
    ordinal_rank,
    own_death_counted,
    self_death,
    told_also,
    zero_stated,
    with_deaths_in_turn,
)
from .phrases import PhraseScan
from .shouting import read_case
from .sites import site_harm_words, site_nouns, site_object
from .rules import Rule, RuleSet
from .tokens import Token, Tokens, lows_of, may_hold_digits, tokenize, vocabulary
from .tense import BACKGROUND_FAMILIES, background_deed, ongoing, summed_talk
from .trigger_day import own_day, state_day
from .when import (MONTHS, WEEKDAYS, When, anniversary_phrases, clause_openers, dated_deeds, day_speech, deed_scope,
                   find_dates, follow_up_words, follows_violence, happening_verbs, legal_process_words, mourning_words,
                   page_stamps, passive_words, photo_captions, relative_phrases, relative_words, sentence_adverbs,
                   sequence_phrases, span_start_clauses, stamp_line_words)

_LARGE_SCALE = frozenset({"air_strike", "shelling", "armed_clash", "security_operation", "government_regains_territory",
                          "nonstate_overtakes_territory", "suicide_bomb", "chemical_weapon"})
_TOWARD = frozenset({"into", "to", "towards", "toward"})
_SUB_TOWN = frozenset({"neighbourhood", "neighborhood", "colony", "quarter", "market", "bazaar", "square", "road",
                       "highway", "chowk", "crossing", "checkpoint", "community", "sector"})
_FROM = frozenset({"from"})
# participles of having or running something: "a drone operated by", "a post manned by"
_HOLDING = frozenset({"operated", "manned", "owned", "run", "controlled", "held", "used", "flown", "piloted",
                      "guarded", "occupied", "staffed", "commanded", "backed", "supported", "funded"})
# "troops would soon leave Mali": the place left is where the movement starts
_LEAVING = frozenset({"leave", "leaves", "left", "leaving", "quit", "quits", "quitting", "exit", "exited", "exiting"})


@dataclass(eq=False, slots=True)
class SentenceInfo:
    index: int
    start: int  # offset of the sentence in the article text
    text: str
    tokens: Tokens  # the whole sentence's, with its lower-cased words
    mentions: list[Mention]
    places: list[PlaceMention]
    dates: list[When]
    quantities: list[Quantity]
    source: Source | None
    explicit_fatalities: int | None = None
    zero_fatalities: bool = False
    triggers: list | None = None  # the rule triggers found while analysing, when rules were given
    implausible: list[str] = field(default_factory=list)  # figures too big to count people, as written


@dataclass(eq=False, slots=True)
class Finding:
    rule: Rule
    info: SentenceInfo
    trigger: tuple[int, int]  # token span
    actor1: Mention | None = None
    actor2: Mention | None = None
    assoc1: list[Mention] = field(default_factory=list)
    assoc2: list[Mention] = field(default_factory=list)
    place: PlaceMention | None = None
    when: When | None = None
    own_day: bool = False  # the day is written on the trigger ("Monday's shooting", "shot Monday")
    figures: list[tuple[int, str]] = field(default_factory=list)  # (fatalities, victim key)
    injured: int | None = None  # the people its sentence tells injured (injuries.py); None: not told
    shot: int | None = None  # the people its sentence tells were shot, dead or not (injuries.shot_count)
    carried: int | None = None  # the people its sentence tells carried to a hospital (injuries.carried_count)
    party_claim: tuple[str, bool] | None = None  # (the party to the fighting telling its figures, through its outlet)
    explicit: int | None = None
    zero: bool = False
    count: int | None = None
    origin: str | None = None  # ISO3
    destination: str | None = None
    destination_place: PlaceMention | None = None
    origin_place: PlaceMention | None = None  # "fled from Jalalabad": the town they left
    target_armed: bool = False  # an armed actor is among those attacked
    # the victims were read as those hurt in the event ("Four people were wounded in a shooting");
    # its figures count anyone hurt in it, as when the victims are not read (harmed_in.py)
    hurt_in: bool = False
    place_destination_candidate: bool = False  # the place may be where they went ("crossed ... near Chitral")
    carried_places: list[PlaceMention] = field(default_factory=list)  # a place carried from the sentence before, and those told with it
    retold_far: bool = False  # merged as a retelling told far down the story from its event
    reaction: bool = False  # merged as a reaction to its event ("the embassy in Islamabad condemned the attack")
    separate: bool = False  # its sentence opens as another event's ("Separately, police said ...")
    # told in a year before the story's ("last year", "years ago": attribution.yaml past_cues)
    earlier_year: bool = False
    told_year: int | None = None  # the earlier year its sentence names for it ("In 2019, ...")
    attribution: Attribution = field(default_factory=Attribution)

    @property
    def trigger_text(self) -> str:
        t = self.info.tokens
        return self.info.text[t[self.trigger[0]].start:t[self.trigger[1] - 1].end]


SOURCE_TITLE_WORDS = 4  # words of rank between an agency and the speaker's name ("police Capt. ... said")


def analyse(codebook: Codebook, index: int, start: int, text: str, published: date | None,
            year_hint: int | None, rules: RuleSet | None = None, day_before: When | None = None) -> SentenceInfo:
    """What one sentence says. A sentence with no trigger and no figure of the dead only needs
    its actors, places and dates (for the story's country, coreference and discourse); its
    source and numbers are not looked for. A sentence in capitals throughout is read in lower
    case (shouting.py)."""
    text = read_case(text, codebook.index)
    tokens = tokenize(text)
    lows = tokens.lows
    if rules is not None:
        _scan(codebook, rules).run(lows)
    found = triggers(rules, tokens) if rules is not None else None
    mentions = find_mentions(codebook, tokens, text)
    if mentions:  # ("the Gilpin Court neighborhood": a spot's name, no court)
        mentions = [m for m in mentions if not (m.end == m.start + 1 and ends_spot_name(tokens, m.start))]
    busy = found is None or bool(found) or may_state_deaths(lows)
    source = find_source(tokens, text) if busy else None
    if source is not None:
        titles = cues().source_titles
        # (the speaker's agency with his rank counts only where he speaks after the deed is told)
        after_deed = bool(found) and source.start > min(t0 for _, t0, _ in found or ())
        for m in mentions:
            if m.start >= source.start and m.end <= source.end:
                m.is_source = True
            elif after_deed and m.end < source.start <= m.end + SOURCE_TITLE_WORDS \
                    and all(w in titles for w in lows[m.end:source.start]):
                m.is_source = True  # "Tulsa police Capt. Richard Meulenberg said": the police speak
            elif source.end < m.start and m.end < source.cue_at and lows[source.end] == "," \
                    and lows[source.cue_at - 1] == ",":
                m.is_source = True  # "Zabihullah Mujahid, a Taliban spokesman, said": whose spokesman speaks
    naming = cues().naming_verbs
    for m in mentions:
        # "in what police called a murder-suicide": who names the deed tells of it, did not do it
        if _word_before_token(lows, m.start) == "what" and m.end < len(lows) and lows[m.end] in naming:
            m.is_source = True
    actor_tokens = {k for m in mentions if not m.place_like and m.kind not in ("country", "capital")
                    for k in range(m.start, m.end)}
    # (a platform a statement is posted on, "said on Telegram", is read as a name but is no place)
    platforms = place_cues().platforms
    places = [p for p in find_places(tokens, text, actor_tokens, lambda name: is_adjective(codebook, name))
              if p.name not in platforms]
    dates = find_dates(text, published, year_hint, tokens, day_before)
    quantities = find_quantities(tokens) if busy else []
    if found and any(rule.place_object for rule, _, _ in found):
        found = [t for t in found if not t[0].place_object or object_place(tokens, t[2], places) is not None
                 or site_object(tokens, t[2])]
    info = SentenceInfo(index, start, text, tokens, mentions, places, dates, quantities, source)
    info.triggers = found
    if busy and may_hold_digits(text):
        info.implausible = implausible_figures(tokens)
    if quantities or "no" in lows.vocab or "without" in lows.vocab:
        info.explicit_fatalities = explicit_fatalities(tokens, quantities)
        info.zero_fatalities = zero_stated(tokens)
    return info


def _told_with(lows: list[str], rule: Rule) -> bool:
    """Whether the sentence holds one of the rule's ``not_with`` words or phrases ("small arms")."""
    if not vocabulary(lows).isdisjoint(rule.not_with):
        return True
    if not rule.not_with_phrases:
        return False
    joined = f" {' '.join(lows)} "
    return any(f" {p} " in joined for p in rule.not_with_phrases)


def object_place(tokens: Tokens, end: int, places: list[PlaceMention]) -> PlaceMention | None:
    """The place whose name starts at token ``end`` (or after a "the" there): the object of a
    place_object trigger ending there ("seized Spin Boldak"), or None."""
    lows = tokens.lows
    at = end + 1 if end < len(lows) and lows[end] == "the" else end
    found = next((p for p in places if p.token == at), None)
    if found is None:
        # "seized the border town of Spin Boldak": the place after its kind word and "of"
        found = next((p for p in places if p.feature and at < p.token <= at + OBJECT_KIND_WORDS + 1
                      and lows[p.token - 1] == "of"
                      and all(tokens[k].text.islower() for k in range(at, p.token))), None)
    return found


OBJECT_KIND_WORDS = 4  # lower-case words of a place's kind before "of" and its name ("the remote border town of")


# the phrase scans of the (codebook, rules) pairs in use, each kept with its pair; a few at most
_SCANS: dict[tuple[int, int], tuple[Codebook, RuleSet, PhraseScan]] = {}
_SCANS_KEPT = 4


def _scan(codebook: Codebook, rules: RuleSet) -> PhraseScan:
    """One scan for the phrase indexes read on every sentence (or on most): triggers, actors,
    place prepositions, relative dates, sources, modality, the figures of the dead, and the
    crime and off-duty cues. An index left out is still read, on its own."""
    key = (id(codebook), id(rules))
    got = _SCANS.get(key)
    if got is None or got[0] is not codebook or got[1] is not rules:
        said, lex = cues(), lexicon()
        indexes = [rules.index, codebook.index, place_cues().prepositions, relative_phrases(), said.anonymous,
                   said.reporting, said.denial, said.negation, said.hypothetical, said.future, said.claim,
                   lex.deaths, lex.tolls, lex.toll_cues, lex.explicit_cues, lex.zeros]
        indexes += [ix for ix in (codebook.crime_cues, codebook.hallmarks, codebook.off_duty) if ix is not None]
        while len(_SCANS) >= _SCANS_KEPT:
            del _SCANS[next(iter(_SCANS))]  # the oldest pair
        got = _SCANS[key] = (codebook, rules, PhraseScan(indexes))
    return got[2]


BACKGROUND_GAP = 3  # words between a phrase of background and the trigger ("plagued by years of")


def _after_background(lows: list[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a phrase of ``phrases`` ends at most BACKGROUND_GAP words before word ``i``, with no
    punctuation between."""
    for gap in range(min(BACKGROUND_GAP, i) + 1):
        end = i - gap
        if gap and not lows[end].isalpha():
            return False
        if any(end >= len(p) and tuple(lows[end - len(p):end]) == p for p in phrases):
            return True
    return False


def triggers(rules: RuleSet, tokens: list[Token]) -> list[tuple[Rule, int, int]]:
    """The longest trigger starting at each word. Triggers may overlap: in "fired 82mm mortars
    at the positions" both the fire-on-positions phrase and "mortars" count (see choose)."""
    lows = lows_of(tokens)
    out: list[tuple[Rule, int, int]] = []
    index = rules.index
    # ("officers executed a search warrant": the words of a plan or a law are no deed)
    not_deeds = {k for m in rules.not_deeds.find(tokens) for k in range(m.start, m.end)}
    for i in index.positions(lows):
        if i in not_deeds:
            continue
        if i > 0 and lows[i - 1] in _PLACE_PREPOSITIONS and tokens[i].capitalized and not tokens[i].all_caps:
            continue  # "in Tank", "near Raid Khel": a place's name, not a weapon or a deed
        if any(i >= len(p) and tuple(lows[i - len(p):i]) == p for p in rules.similes):
            continue  # "the street looked like a riot": a comparison, not a riot
        if _dated_month(tokens, lows, i):
            continue  # "on the night of 6 March in Latakia": the month, not a march
        if rules.background_before and _after_background(lows, i, rules.background_before):
            continue  # "in a region plagued by communal clashes": its history, not an event
        # a trigger cancelled by the word before or after it leaves the shorter ones standing:
        # "armed clashes between villagers" is no mob's fight, but still a clash
        found = [m for m in index.at(lows, i)
                 if not (m.payload.not_after and i > 0 and lows[i - 1] in m.payload.not_after)
                 and not (m.payload.not_before and (_word_after(lows, m.end) in m.payload.not_before
                                                    or _name_head_after(tokens, m.end) in m.payload.not_before))
                 and not (m.payload.not_with and _told_with(lows, m.payload))
                 and m.end - 1 not in not_deeds]  # ("found in the mother's arms": no weapons)
        if found:
            longest = max(m.end for m in found)
            out.extend((m.payload, m.start, m.end) for m in found if m.end == longest)
    return out


_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "outside", "into", "of", "around", "toward", "towards"})


def _dated_month(tokens: list[Token], lows: list[str], i: int) -> bool:
    """Whether word ``i`` is a month's name written with its day ("6 March", "March 6th")."""
    if lows[i] not in MONTHS or not tokens[i].capitalized:
        return False

    def day(k: int) -> bool:
        if not 0 <= k < len(lows):
            return False
        word = lows[k][:-2] if lows[k].endswith(("st", "nd", "rd", "th")) else lows[k]
        return word.isdigit() and 1 <= int(word) <= 31

    return day(i - 1) or day(i + 1)


NAME_HEAD_MOST = 4  # capitalised words read for the head of a name after a trigger


def _name_head_after(tokens: list[Token], end: int) -> str:
    """The last word of a capitalised name right after a trigger, past an article ("shifted to
    the District Headquarters Hospital": "hospital"); "" where no name follows."""
    n = len(tokens)
    k = end + 1 if end < n and tokens[end].low in ("a", "an", "the") else end
    last = ""
    for j in range(k, min(n, k + NAME_HEAD_MOST)):
        if not (tokens[j].capitalized and tokens[j].text.isalpha()):
            break
        last = tokens[j].low
    return last


_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its"})


def _word_after(lows: list[str], end: int) -> str:
    """The word after a trigger, past an article or a possessive and an age ("the fleeing
    19-year-old suspect", "shifted to a hospital", "demanded his wallet"); "" at the end."""
    if end < len(lows) and lows[end] in _DETERMINERS:
        end += 1
    end = (age_end(lows, end) if end < len(lows) else None) or end
    return lows[end] if end < len(lows) else ""


def choose(found: list[tuple[Rule, int, int]], lows: list[str] | None = None,
           aside: frozenset[int] = frozenset()) -> list[tuple[tuple[Rule, int, int], list[tuple[Rule, int, int]]]]:
    """One trigger per family, by ACLED's hierarchy (rank), after suppressions; with the
    family's other triggers, which may name the actors the chosen one leaves out. A movement told
    in a clause of what came before ("handed back 35 soldiers, two days after they crossed into
    Pakistan") gives way to the sentence's own, and so does a trigger at one of ``aside``, a past
    deed named by its month ("was stabbed in prison, where he was held over the June 2022
    attack")."""
    # (a trigger inside a longer one suppresses nothing: the protest a government "lodged" is no
    # demonstration, and the firing it protests against is still told)
    suppressed = {sid for item in found if not _inside_longer(item, found) for sid in item[0].suppresses}
    best: dict[str, tuple[Rule, int, int]] = {}
    others: dict[str, list[tuple[Rule, int, int]]] = {}

    def key(item: tuple[Rule, int, int]) -> tuple[bool, bool, int, bool]:
        told_before = lows is not None and (item[0].family == "movement" and _in_earlier_clause(lows, item[1])
                                            or _in_as_clause(lows, item[1]))
        return not told_before, item[1] not in aside, item[0].rank, not (lows and _in_opening_frame(lows, item[1]))

    for item in found:
        rule = item[0]
        if rule.id in suppressed or _inside_longer(item, found) or _listed_after(item, found, lows):
            continue
        others.setdefault(rule.family, []).append(item)
        cur = best.get(rule.family)
        if cur is None or key(item) > key(cur):
            best[rule.family] = item
    chosen = [(b, [o for o in others[fam] if o is not b]) for fam, b in best.items()]
    reply = _reply_to_charge(best.get("verbal"), others.get("verbal", []), lows)
    if reply is not None:
        chosen.append(reply)
    return sorted(chosen, key=lambda x: x[0][1])


_CHARGES = frozenset({"accuse"})  # the rules whose speaker a denial told after them answers
_DENIALS = frozenset({"reject"})


def _reply_to_charge(best: tuple[Rule, int, int] | None, verbal: list[tuple[Rule, int, int]],
                     lows: list[str] | None) -> tuple[tuple[Rule, int, int], list[tuple[Rule, int, int]]] | None:
    """ "Kabul accused Pakistani forces of firing rockets into Kunar, a charge Islamabad denied":
    a charge and its denial in one sentence are two deeds of speech, each with its speaker; the
    verbal trigger the sentence's chosen one leaves out, told after a comma from it, is kept too
    when one is a charge and the other its denial (``_CHARGES``, ``_DENIALS``)."""
    if best is None or lows is None:
        return None
    for item in verbal:
        if item is best or {item[0].id, best[0].id} != _CHARGES | _DENIALS:
            continue
        first, second = sorted((best, item), key=lambda x: x[1])
        if "," in lows[first[2]:second[1]]:
            return item, [o for o in verbal if o is not item and o is not best]
    return None


def _listed_after(item: tuple[Rule, int, int], found: list[tuple[Rule, int, int]], lows: list[str] | None) -> bool:
    """Whether the trigger ``item`` stands after one that overrides it there (``suppresses_after``),
    in the same clause: "police recovered rifles and two mortar shells" lists what was seized."""
    rule, start = item[0], item[1]
    for other, s, e in found:
        if rule.id in other.suppresses_after and s < start \
                and (lows is None or not any(w in (".", ";") for w in lows[e:start])):
            return True
    return False


_FRAME_OPENINGS = frozenset({"in", "during"})
_NEW_DEED = frozenset({"a", "an", "another"})


def _in_opening_frame(lows: list[str], start: int) -> bool:
    """Whether the trigger at ``start`` names a deed not told before in the phrase that opens its
    sentence, up to its first comma ("In a separate attack, bandits killed three farmers"): the
    clause after the comma tells that deed with its doers, so a trigger there of the same rank is
    read. A deed told before ("In the Pigtown shooting, police believe ...") keeps its own."""
    if len(lows) < 2 or lows[0] not in _FRAME_OPENINGS or lows[1] not in _NEW_DEED:
        return False
    return "," not in lows[:start] and "," in lows[start + 1:]


_EARLIER_CLAUSE = frozenset({"after", "since"})
CLAUSE_REACH = 4  # words from "after" to the verb of its clause: "after the soldiers had crossed"


def _clause_opener(lows: list[str], start: int, openers: frozenset[str]) -> int | None:
    """The token of the word of ``openers`` that opens the clause of the trigger at ``start``, at
    most CLAUSE_REACH words before it with no stop between; else None."""
    for k in range(start - 1, max(-1, start - 1 - CLAUSE_REACH), -1):
        if lows[k] in openers:
            return k
        if lows[k] in (",", ";", ":", "."):
            return None
    return None


def _in_earlier_clause(lows: list[str], start: int) -> bool:
    """Whether the trigger at ``start`` is the verb of an "after"/"since" clause: what came before."""
    return _clause_opener(lows, start, _EARLIER_CLAUSE) is not None


_AS = frozenset({"as"})


def _in_as_clause(lows: list[str], start: int) -> bool:
    """Whether the trigger at ``start`` is the verb's subject or verb of a clause opened by ", as"
    ("air strikes killed three fighters, the group said, as cross-border fire intensified"): the
    backdrop of the deed told before it, which its sentence's other triggers tell first."""
    k = _clause_opener(lows, start, _AS)
    return k is not None and k > 0 and lows[k - 1] == ","


def _inside_longer(item: tuple[Rule, int, int], found: list[tuple[Rule, int, int]]) -> bool:
    """ "troops leave the country" is a withdrawal: the "leave the country" that ends it is part
    of the longer, more specific trigger, not a second reading. A longer trigger of another family
    owns all its words (the "attack" of "arson attack targeting" is property destruction); one of
    the same family only its end ("mortars" in "fired 82mm mortars at the positions" still names
    the weapon of the shelling)."""
    rule, s, e = item
    for o in found:
        if o is item or not (o[1] <= s and e <= o[2] and o[2] - o[1] > e - s):
            continue
        if o[0].family != rule.family or e == o[2]:
            return True
    return False


_SITE_PREPOSITIONS = frozenset({"at", "near", "outside", "inside", "in", "on", "into", "onto", "behind", "beside",
                                "opposite", "around", "nearby"})
SITE_REACH = 3  # words between a place's preposition and the mention it governs ("near the heavily guarded")


def _at_a_site(lows: list[str], m: Mention) -> bool:
    """Whether the mention is the object of a place's preposition ("near the Somali parliament",
    "outside the Interior Ministry"): where something was done, not who did it."""
    for k in range(m.start - 1, max(-1, m.start - 1 - SITE_REACH), -1):
        if lows[k] in _SITE_PREPOSITIONS:
            return True
        if not lows[k].isalpha() or lows[k] in ("and", "or", "by", "with"):
            return False
    return False


COUNTED_REACH = 1  # words between a figure and the mention it counts ("three Pakistani soldiers")


def _names_attackers(target, chain) -> bool:
    """Whether the mention ``target`` is the attackers a figure (``chain``) counts: it spans the
    words right after the figure ("killed 20 attackers" with the attackers as the target)."""
    end = chain[-1].end
    return target.start <= end + ATTACKER_NOUN_REACH and end <= target.end


def _counted_mention(deaths, m: Mention) -> bool:
    """Whether a death figure counts the mention ``m`` itself: the figure written right before it."""
    return any(0 <= m.start - q.end <= COUNTED_REACH for chain, _ in deaths for q in chain)


_SHARED_SUBJECT = frozenset({"before", "then"})  # "killed four before fleeing", "and then fled"


def _heads(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.link is None]


def _members(mentions: list[Mention], pool: list[Mention], head: Mention) -> list[Mention]:
    """The usable mentions coordinated with head; links count in the sentence's whole list."""
    i = mentions.index(head)  # mentions compare by identity
    return [m for m in pool if m.link == i]


def _usable(m: Mention, rule: Rule, trigger_start: int) -> bool:
    if m.place_like:
        return False
    if rule.family == "verbal":
        return True  # the one who speaks is the actor of what is said
    if m.is_source or m.vague or m.kind == "capital":
        return False
    if m.kind == "country":
        # "Pakistan carried out airstrikes" names an actor; "the crossing with Pakistan" a place
        return m.end <= trigger_start
    return True


def _passive_before(tokens: Tokens, i: int) -> bool:
    """A passive auxiliary in the three words before token i ("were killed"), not one of a
    progressive verb before it ("police are investigating a shooting": police are no victims),
    nor an acronym written as one ("IS Sahel militants executed": the Islamic State)."""
    lows = tokens.lows
    first = max(0, i - 3)
    window = lows[first:i]
    if any(w in PASSIVE and not _acronym(tokens, first + k)
           and not any(x.endswith("ing") and x != "being" for x in window[k + 1:])
           for k, w in enumerate(window)):
        return True
    # the auxiliary left out after "and": "two people were wounded and one killed"
    joined = max((first + k for k, w in enumerate(window) if w == "and"), default=None)
    return joined is not None and joined >= 2 and lows[joined - 1].endswith("ed") \
        and _passive_before(tokens, joined - 1)


def _acronym(tokens: Tokens, k: int) -> bool:
    """A word in capitals in a sentence that is not: "IS" beside "Sahel" (but "WAS KILLED" in a
    headline written in capitals is a verb)."""
    return len(tokens[k].text) > 1 and tokens[k].all_caps and k + 1 < len(tokens) and not tokens[k + 1].all_caps


def _operation_agent(rules: RuleSet | None, lows: list[str], t1: int, right: list[Mention]) -> Mention | None:
    """ "was killed during a police raid": the state forces whose operation it happened in."""
    if rules is None or not rules.operation_before:
        return None
    for m in right:
        between = lows[t1:m.start]
        if between and between[-1] in ("a", "an", "the"):
            between = between[:-1]
        if len(between) != 1 or between[0] not in rules.operation_before:
            continue
        if m.kind == "state" and m.armed and m.end < len(lows) and rules.operation_after.at(lows, m.end):
            return m
        return None  # the first phrase after the trigger is the one that counts
    return None


def _named_again(lows: list[str], m: Mention, agent: Mention) -> bool:
    """Whether ``m``, told after ``agent``, names its men again by their head word alone
    ("militants" after "Taliban militants")."""
    return m.start >= agent.end and "{country}" in m.name and "{country}" not in agent.name \
        and lows[m.end - 1] == lows[agent.end - 1]


def _coordinated_passive_agent(lows: list[str], t1: int, right: list[Mention]) -> Mention | None:
    """ "a health worker was attacked and her car was torched by locals": the one named with "by"
    after a second passive joined to the first by "and" did both."""
    for m in right:
        between = lows[t1:m.start]
        if len(between) > COORDINATED_PASSIVE_REACH or "and" not in between:
            return None  # (an actor before "and" is the first verb's own: no second passive)
        if between[-1] != "by":
            continue  # the second passive's subject ("two of its guards were wounded by")
        return m if any(w in _AUXILIARIES for w in between[between.index("and"):]) else None
    return None


COORDINATED_PASSIVE_REACH = 10  # words from the first passive to "by" ("and her car was set on fire by")
_AUXILIARIES = frozenset({"is", "are", "was", "were", "been", "be"})
_OBJECT_WORDS = 3  # words between "investigating" and the event it names: "a fatal early shooting"


def _responding(rules: RuleSet | None, lows: list[str], start: int, t0: int) -> bool:
    """Whether the trigger at token ``t0`` is named as what those after token ``start`` answer or
    look into ("are investigating a fatal shooting", "responded to the stabbing"): a phrase of
    theirs, then at most a few words of description, none a comma or a "by" ("responded to the
    ambush by killing three militants" is their own deed)."""
    if rules is None:
        return False
    for i in range(start, t0):
        if lows[i].endswith("ing") and (i == 0 or lows[i - 1] not in _AUXILIARIES):
            continue  # "Troops investigating the attack killed two": a participle, not what they did
        if any(m.end <= t0 and _names_the_deed(lows[m.end:t0]) for m in rules.responders.at(lows, i)):
            return True
        if lows[t0] in rules.arrested_for and any(
                m.end <= t0 and _names_the_deed([w for w in lows[m.end:t0] if w != "."])  # ("the Aug. 2 killing")
                for m in rules.arrest_responders.at(lows, i)):
            return True  # "arrested a suspect Friday in the July 4 shooting"
    return False


def _names_the_deed(gap: list[str]) -> bool:
    """Whether the words between a responder's phrase and the trigger only describe the deed: a
    few words, none a comma or a "by" ("responded to the ambush by killing" is their own deed)."""
    return len(gap) <= _OBJECT_WORDS and not {",", "by", "and"} & set(gap)


_RANGE_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen",
                          "twenty", "thirty", "forty", "fifty", "dozens", "hundreds", "scores"})


def _count_word(low: str) -> bool:
    """A figure or a number word ("38", "twenty"): a bound of a range of people."""
    return low.isdigit() or low in _RANGE_WORDS


_APPOSITION_OPENERS = frozenset({"a", "an", "one", "the"})
# verbs and words by which the one named before a deed's noun did it or is held to have done it
_DONE_BY = frozenset({"carried", "carries", "carry", "carrying", "conducted", "conducts", "conduct", "launched",
                      "launches", "launch", "staged", "stages", "mounted", "mounts", "ordered", "orders", "led",
                      "executed", "blamed", "blames", "accused", "accuses", "behind", "claimed", "claims", "for",
                      "of", "made", "makes", "unleashed", "waged"})
APPOSITION_REACH = 10  # words of an apposition before the mention it names


def _in_apposition(lows: list[str], m: Mention, t0: int, left: list[Mention]) -> bool:
    """Whether ``m`` stands in an apposition to a mention before it, set off by commas before the
    trigger at ``t0``: "Al Shabaab, an al Qaeda affiliate, killed", "the ADF, a group affiliated
    with the Islamic State, killed"."""
    k = m.start - 1
    while k >= 0 and m.start - k <= APPOSITION_REACH and lows[k] != ",":
        k -= 1
    if k < 1 or lows[k] != "," or k + 1 >= len(lows) or lows[k + 1] not in _APPOSITION_OPENERS:
        return False
    # (an actor of its own right before the first comma, "(ADF)" written with it; and a comma
    # closing the apposition before the trigger)
    before = any(o is not m and o.end <= k and k - o.end <= 3 for o in left)
    return before and "," in lows[m.end:t0]


def _told_of_a_deed(lows: list[str], start: int, t0: int) -> bool:
    """Whether the trigger at ``t0`` opens a relative clause ("that killed", "which left") of a
    deed's noun told after token ``start`` ("Thursday's shooting at a bus stop that killed a man"):
    its agent is that deed's, not a person named before it."""
    if t0 < 2 or lows[t0 - 1] not in ("that", "which"):
        return False
    between = lows[start:t0 - 1]
    # (not a deed the one named before carried out or is blamed for: "Russian forces carried out a
    # strike that killed 9", "Hamas blamed Israel for the strike that killed 20")
    return "," not in between and bool(dated_deeds().intersection(between)) and _DONE_BY.isdisjoint(between)


def _after_by(lows: list[str], m: Mention) -> bool:
    """ "by armed men", "by the police": the mention is named as an agent."""
    k = m.start - 1
    if k >= 0 and lows[k] in ("a", "an", "the"):
        k -= 1
    return k >= 0 and lows[k] == "by"


def _described_by(lows: list[str], t1: int, agent: Mention, strategic: bool) -> bool:
    """Whether the "by" after the trigger's object describes the object, so that the agent is
    the trigger's subject: a participle of having or running something ("shot down a drone
    operated by the GNA", "attacked a checkpoint manned by soldiers"), or any participle after
    a seizure or a defusing ("police defused IEDs planted by Maoists"). Right after the trigger,
    "by" names the agent ("a joint patrol by Turkish forces"), as it does when the bomb itself
    is the trigger ("an IED planted by the BLF exploded")."""
    k = lows.index("by", t1, agent.start)
    return k > t1 and (strategic or lows[k - 1] in _HOLDING)


_DURING = frozenset({"during", "in", "amid", "throughout"})
_CLAUSE_BREAKS = frozenset({",", ";", "and", "but", "while", "when", "after", "before", "as", "who", "which", "that"})


def _during(lows: list[str], t0: int) -> bool:
    """The trigger at ``t0`` is a noun after "during" (with its article): "during an operation"."""
    k = t0 - 1 if t0 and lows[t0 - 1] in ("a", "an", "the") else t0
    return k > 0 and lows[k - 1] in _DURING


def _clause_sides(lows: list[str], left: list[Mention], t0: int) -> tuple[Mention, Mention] | None:
    """The subject and object of the clause that a trigger after "during" ends: the last pair of
    mentions before it with a verb between them and no break of the clause after them ("The
    CTD killed four terrorists affiliated with the banned TTP during a raid": the CTD and the
    terrorists)."""
    for k in range(len(left) - 1, 0, -1):
        if not _CLAUSE_BREAKS.isdisjoint(lows[left[k].end:t0]):
            return None
        if _verb_between(lows, left[k - 1], left[k]):
            return left[k - 1], left[k]
    return None


def _verb_between(lows: list[str], subject: Mention, obj: Mention) -> bool:
    """A few words of one clause, a verb among them, between ``subject`` and ``obj``: "Security
    forces killed six terrorists" (the figure is the object's)."""
    start = subject.end
    while start < obj.start and lows[start] in (")", "]"):
        start += 1  # "The Counter Terrorism Department (CTD) killed ..."
    gap = lows[start:obj.start]
    return 1 <= len(gap) <= 3 and _CLAUSE_BREAKS.isdisjoint(gap) and gap[0].isalpha() and gap[0] not in _NO_VERB


# words that open no transitive verb phrase: prepositions, articles, auxiliaries of a passive
_NO_VERB = frozenset({"in", "of", "from", "at", "on", "near", "with", "for", "to", "the", "a", "an", "were", "was",
                      "are", "is", "been", "being", "by", "said", "say", "says", "also", "along", "including", "or"})


def assign_roles(f: Finding, rules: RuleSet | None = None) -> None:
    info, rule = f.info, f.rule
    lows = lows_of(info.tokens)
    t0, t1 = f.trigger
    pool = [m for m in info.mentions if _usable(m, rule, t0)]
    heads = _heads(pool) if pool else []
    # a mention that begins before the trigger and runs into it ("French troops" in "troops
    # would soon leave") stands before it
    left = [m for m in heads if m.start < t0 and m.end <= t1]
    # "Nine Maoists, including three women, were killed": the part is among the group told first
    # (an armed part is the target as ACLED codes it: "three people including a policeman")
    left = [m for m in left if m.armed or not (in_part(lows, m.start) and any(o.end <= m.start for o in left))]
    # "Al Shabaab, an al Qaeda affiliate, killed 10 people": a group named in an apposition to the
    # agent ("a group affiliated with the Islamic State", "one of the most powerful armed groups")
    # describes it; it is not the agent
    left = [m for m in left if not _in_apposition(lows, m, t0, left)]
    # "M23 fighters, backed by Rwanda, took the town": the backer told after an armed agent is its
    # ally, not the agent (a crowd that backs men in a beating makes it theirs)
    left = [m for m in left if m.civilians or not (_backed_by(lows, m.start)
                                                   and any(o.end <= m.start and o.armed for o in left))]
    # "an airstrike in support of Afghan troops": an ally of the agent, never the target
    allies = [m for m in heads if m.start >= t1 and _in_support(lows, m.start)]
    # (a semicolon ends the trigger's clause: "exchanged fire at Torkham; one Afghan guard was
    # killed" has no object after it)
    clause_end = _clause_end(lows, t1)
    right = [m for m in heads if t1 <= m.start < clause_end and m not in allies]
    passive = _passive_before(info.tokens, t0) or rule.voice == "undergone"
    if not passive and rule.family == "violence" and harmed_in(rules, lows, left, t0, t1):
        passive = f.hurt_in = True
    by_agent = None
    for m in right:
        if m.start - t1 <= 5 and "by" in lows[t1:m.start]:
            by_agent = m
            break
    if passive and by_agent is None:
        by_agent = _operation_agent(rules, lows, t1, right)
    if passive and by_agent is None:
        by_agent = _coordinated_passive_agent(lows, t1, right)
    # "clashes between X and Y", "a clash erupted between X and Y"
    between = lows[t1 - 1] == "between" or "between" in lows[t1:t1 + 3]
    if between:
        # ("killed between 38 and 43 people": a range of the dead, not two sides)
        at = t1 - 1 if lows[t1 - 1] == "between" else lows.index("between", t1)
        between = not (at + 3 < len(lows) and _count_word(lows[at + 1]) and lows[at + 2] in ("and", "to")
                       and _count_word(lows[at + 3]))
    inside = [m for m in heads if m.start >= t0 and m.end <= t1]  # "Warplanes bombed": the agent is in the trigger
    if rule.voice == "found":
        # "Police recovered the body of a man", "Villagers found the bodies of five soldiers":
        # whoever found it did not kill; the dead is named with "of" right after the trigger
        # (not a mention further on: "recovered the bodies after militants attacked the village")
        dead = [m for m in right if lows[t1:t1 + 1] == ["of"] and m.start - t1 <= FOUND_DEAD_REACH]
        f.actor2 = dead[0] if dead else None
    elif rule.voice == "patient":
        # "soldiers fled": the one it happens to stands before the trigger; an actor after it
        # ("fled the military operation") is not the one who moved; one right after "before" or
        # "then" shares the sentence's subject ("Gunmen ambushed a patrol, killing four officers
        # before fleeing": the gunmen fled)
        shared = t0 > 0 and lows[t0 - 1] in _SHARED_SUBJECT
        f.actor1 = (left[0] if shared else left[-1]) if left else None
    elif between and len(right) >= 1:
        right = [m for m in right if m.start > lows.index("between", t1 - 1)] or right
        f.actor1 = right[0]
        members = _members(info.mentions, pool, right[0])
        f.actor2 = members[0] if members else (right[1] if len(right) > 1 else None)
    elif passive:
        f.actor2 = armed_among_hurt(lows, left) or _head_of_relative(lows, left, t0) or (left[-1] if left else None)
        f.actor1 = by_agent
        if f.actor1 is None and rule.voice == "mutual":
            # "three militants were killed in an encounter with security forces", "a gunman was
            # killed after exchanging fire with police": the other side ("with" may end the
            # trigger: "encounter with")
            f.actor1 = next((m for m in right if m.start - t1 <= 2 and "with" in lows[t1 - 1:m.start]
                             and m is not f.actor2), None)
        if f.actor1 is None and f.actor2 is not None and f.actor2.armed and rule.family == "violence":
            # "three soldiers died while five terrorists were killed": the other side's dead told
            # first name the side that fought them
            f.actor1 = next((m for m in reversed(left[:-1]) if m.armed and m.name != f.actor2.name
                             and "while" in lows[m.end:f.actor2.start]), None)
    else:
        if by_agent is not None and (left and _described_by(lows, t1, by_agent, rule.family == "strategic")
                                     or _described_by(lows, t1, by_agent, False)):
            # (the owner of what was struck is no agent, whether or not a subject is named: "The
            # strikes targeted compounds used by the Pakistani Taliban")
            by_agent = None
        if left and _responding(rules, lows, left[-1].end, t0):
            left = left[:-1]  # "Police are investigating a shooting": they answer it, they did not do it
            if left and _responding(rules, lows, left[-1].end, t0):
                # ("police have arrested an 18-year-old in connection with the shooting": neither
                # the police nor the one they arrested did it, as far as this sentence tells)
                left = []
        if left and _told_of_a_deed(lows, left[-1].end, t0):
            left = []  # "the shooting at a bus stop that killed a man": the shooting killed him
        if by_agent is None and left and rules is not None and t0 > 0 and lows[t0 - 1] in rules.unknown_agents:
            left = []  # "Two women were hurt when someone opened fire": someone unnamed did it
        if by_agent is None and left and t0 > 0 and lows[t0 - 1] == "," and lows[t0].endswith("ing") \
                and _site_word(lows, left[-1]):
            left = left[:-1]  # "attacked a checkpoint in Bannu, killing three policemen": the post killed no one
        if by_agent is None and left and t0 > 0 and lows[t0 - 1] == "," and lows[t0].endswith("ing"):
            # "a man rammed his car into a crowd, killing five": what the deed was done to killed no one
            left = [m for m in left if not _struck_object(rules, lows, m)]
            # "a car bomb exploded near the Somali parliament, killing ten": nor did where it was done
            left = [m for m in left if not _at_a_site(lows, m)]
        f.actor1 = by_agent or (left[-1] if left else None)
        if by_agent is None and rule.voice != "mutual" and len(left) >= 2 and left[-1].end == t0 \
                and lows[left[-2].end:left[-1].start][:1] == ["and"] and left[-1].start - left[-2].end <= 2:
            # "government forces and allied armed groups killed 12 civilians": the first named leads
            f.actor1 = left[-2]
        rest = [m for m in right if m is not by_agent]
        if by_agent is not None:
            # "repelled an attack by Taliban militants, killing 2 militants": the men named again
            # by the agent's own head word, unnamed, are the agent's dead, not the other side
            rest = [m for m in rest if not _named_again(lows, m, by_agent)]
        f.actor2 = rest[0] if rest else None
        sides = _clause_sides(lows, left, t0) if by_agent is None and _during(lows, t0) else None
        if sides is not None:
            # "Security forces killed six terrorists during an operation": the clause's subject and
            # object are the operation's sides, not its object and whoever is named after it
            f.actor1, f.actor2 = sides
        pair = coordinated_agent(lows, left, t0) if by_agent is None else None
        if pair is not None:  # "men approached a patrol and started shooting": the men shot at it
            f.actor1 = left[pair[0]]
            f.actor2 = f.actor2 or left[pair[1]]
        if by_agent is not None and left and f.actor2 is None:
            f.actor2 = left[-1]
    if f.actor1 is None and inside and inside[0] is not f.actor2 and rule.voice != "found" \
            and (inside[0].start == t0 or not rule.owner_is_target):
        # ("downed 112 Ukrainian drones": the drones' owner, inside the trigger after its verb, is
        # the target of the interception, not who made it)
        f.actor1 = inside[0]
    if f.actor2 is not None and not passive and f.actor2.start >= t1 and _site_word(lows, f.actor2):
        # "two policemen were injured when gunmen opened fire on a checkpost": the post's men hurt
        # before "when" are the target, more exactly than the post
        hurt = next((m for m in reversed(left) if m is not f.actor1 and m.armed and "when" in lows[m.end:t0]), None)
        if hurt is None:
            # "blew himself up at a checkpoint, killing three policemen": the men the deed killed
            # or hurt there are the target, more exactly than their post
            hurt = _harmed_after(lows, f.actor2, [m for m in heads if m is not f.actor1])
        if hurt is not None:
            f.actor2 = hurt
    if f.actor2 is None and not passive and rule.family in ("violence", "strategic"):
        # "forces struck Russian positions": the trigger's own object, when nothing after it is one
        # (its last words: "sniper rifles" inside "fired sniper rifles at the positions" is a weapon)
        f.actor2 = next((m for m in inside if m.start > t0 and m.end == t1 and m is not f.actor1
                         and (f.actor1 is None or m.name != f.actor1.name)), None)
    if rule.owner_is_target and (f.actor2 is None or (f.actor2 in inside and "{country}" in f.actor2.name)):
        # "shot down 31 drones launched by Russia": the side named after the weapons owns them;
        # the weapons' own word ("drones") names no side
        f.actor2 = next((m for m in info.mentions if t1 <= m.start <= t1 + OWNER_REACH and m is not f.actor1
                         and set(lows[t1:m.start]) & _OWNER_WORDS and "," not in lows[t1:m.start]),
                        f.actor2 if f.actor2 is not None and "{country}" not in f.actor2.name else None)
    # "shot dead a member of the regime's Air Force Intelligence": an armed target further on
    if not passive:
        # (one named with "by" is who did it, not a target: "injured in a shooting ... by armed men")
        near = [m for m in right if m is not f.actor1 and m.start - t1 <= 8 and not _after_by(lows, m)]
        f.target_armed = any(m.armed for m in near[:3]) and not any(m.actor_type == 7 for m in near[:1])
        if rule.voice == "found":  # (only the dead found are the target: not "after militants attacked")
            f.target_armed = f.actor2 is not None and f.actor2.armed
    if f.actor1 is not None:
        f.assoc1 = _members(info.mentions, pool, f.actor1) if f.actor1 in pool else []
        later = f.actor2 is not None and f.actor2.start >= t1 and "," in lows[t1:f.actor2.start]
        if rule.voice == "mutual" and (f.actor2 is None or later):
            # "Afghan and Pakistani forces clashed": the two sides of the clash (also before the
            # dead a later clause counts: "..., killing two soldiers")
            other = next((m for m in f.assoc1 if m.name != f.actor1.name or m.country != f.actor1.country), None)
            if other is not None:
                f.actor2 = other
                f.assoc1 = [m for m in f.assoc1 if m is not other]
    if f.actor2 is not None:
        f.assoc2 = _members(info.mentions, pool, f.actor2) if f.actor2 in pool else []
    if f.actor1 is not None:
        f.assoc1 += [m for m in allies if m is not f.actor1 and m not in f.assoc1]


OWNER_REACH = 4  # words after an interception's trigger within which its weapons' owner is named
_OWNER_WORDS = frozenset({"by", "from", "of"})  # "drones launched by Russia", "rockets fired from Gaza"
FOUND_DEAD_REACH = 4  # words from "of" after a body found to the dead it names ("of the three fishermen")
HARMED_REACH = 4  # words between a harm word and the people it names ("killing at least three policemen")


def _harmed_after(lows: list[str], site: Mention, heads: list[Mention]) -> Mention | None:
    """The armed men (not another site) that a word of killing or hurting after ``site`` names
    within the same clause ("a checkpoint in Bannu, killing three policemen"), or None."""
    harming = site_harm_words()
    for m in sorted(heads, key=lambda m: m.start):
        if m.start < site.end or not m.armed or _site_word(lows, m):
            continue
        between = lows[site.end:m.start]
        # (a participle after a comma: "in Bannu, killing three policemen", not "the killing of")
        harm = [k for k, w in enumerate(between) if w in harming and k > 0 and between[k - 1] == ","]
        # (the men right after the harm word, in its own clause: not "killing two passers-by, while
        # soldiers at a nearby base returned fire")
        return m if harm and len(between) - 1 - harm[-1] <= HARMED_REACH and ";" not in between \
            and "," not in between[harm[-1]:] else None
    return None


def _clause_end(lows: list[str], t1: int) -> int:
    """Where the clause of a trigger ending at ``t1`` ends: at a semicolon ("exchanged fire at
    Torkham; one Afghan guard was killed"), where "came as", "comes amid" open a clause of what
    else was happening ("The attack came as U.S. officials prepared for talks in Saudi Arabia"
    names neither a target nor a place of the attack), or, for a deed's noun that is its
    clause's subject, at the "and" that opens the next clause."""
    end = next((k for k in range(t1, len(lows)) if lows[k] == ";"
                or (lows[k] in _CAME and k + 1 < len(lows) and lows[k + 1] in _CAME_WHILE)), len(lows))
    if t1 < len(lows) and lows[t1] in _PREDICATE:
        # the deed is the subject of its clause's verb: "The shooting is under investigation and
        # police asked anyone with information to call" ends at "and" (the police ask, they
        # were not shot)
        end = next((k for k in range(t1 + 1, end) if lows[k] in _NEW_CLAUSE), end)
    return end


_CAME = frozenset({"came", "comes", "come"})
_PREDICATE = frozenset({"is", "was", "remains", "remained"})  # a deed's noun as its clause's subject
_NEW_CLAUSE = frozenset({"and", "but", "while"})
_CAME_WHILE = frozenset({"as", "amid", "while", "days", "hours", "weeks", "just", "a", "one", "two", "three"})

_SUPPORT = (("in", "support", "of"), ("in", "aid", "of"), ("on", "behalf", "of"), ("supporting",), ("backing",),
            ("alongside",), ("to", "support"), ("to", "help"), ("helping",), ("assisting",))


def _in_support(lows: list[str], start: int) -> bool:
    """Whether the mention starting at token ``start`` is named as an ally ("in support of
    Afghan troops", "alongside government forces"), with at most an article between."""
    k = start - 1 if start > 0 and lows[start - 1] in ("the", "a", "an") else start
    return any(k >= len(cue) and tuple(lows[k - len(cue):k]) == cue for cue in _SUPPORT)


_BACKERS = frozenset({"backed", "supported", "aided", "assisted", "armed", "funded", "accompanied", "escorted", "joined"})
_ARTICLES = frozenset({"the", "a", "an"})


def _head_of_relative(lows: list[str], left: list[Mention], t0: int) -> Mention | None:
    """ "traffic police who tried to stop two men were shot": the one the passive deed befell is
    the head the relative clause describes, not the object inside that clause."""
    if len(left) < 2:
        return None
    head, inner = left[-2], left[-1]
    if head.end >= len(lows) or lows[head.end] not in _RELATIVES or inner.start <= head.end:
        return None
    clause = lows[head.end + 1:t0]
    # (one clause, running up to the passive's own verb: no mark or second relative word in it)
    if any(w in (",", ";", ".", "(", ")") or w in _RELATIVES for w in clause):
        return None
    return head


def _backed_by(lows: list[str], start: int) -> bool:
    """Whether the mention starting at token ``start`` is told as a backer ("backed by Rwanda",
    "supported by the local clan militias"), with at most an article and a describing word
    between."""
    for k in range(start, max(start - 3, 1) - 1, -1):
        if lows[k - 1] == "by" and k >= 2 and lows[k - 2] in _BACKERS:
            return True
        if k < start and lows[k] not in _ARTICLES and not lows[k].isalpha():
            return False
    return False


_NONSTATE = frozenset({2, 3, 4})  # ACLED's rebel groups, political and identity militias


_SUBJECT_PRONOUNS = frozenset({"they", "it", "we", "its", "their"})  # (and "its fighters", "their troops")
_POSSESSIVES = frozenset({"its", "their", "our"})


def _asserted_after_denial(source: Source, t1: int, rule: Rule, support) -> bool:
    """Whether a denied deed (its trigger ends at token ``t1``) is told again after it, by the
    sentence's ``source`` speaking after the trigger: a trigger of the same family after that
    source's reporting verb."""
    if source.start < t1:
        return False
    return any(r.family == rule.family and s0 >= source.end for r, s0, _ in support)


def _speaker_of_own_deed(info: SentenceInfo, t0: int) -> Mention | None:
    """The armed group or army that is the sentence's source, when the deed's subject is a
    pronoun standing for it ("the Taliban said they had seized", "the army said it killed")."""
    source = info.source
    if source is None or source.end > t0:
        return None
    lows = lows_of(info.tokens)
    if _SUBJECT_PRONOUNS.isdisjoint(lows[max(source.end, t0 - 5):t0]):
        return None
    # (an army or an armed group; police who "said they found a man shot" found him, they did
    # not shoot him)
    return next((m for m in info.mentions if m.is_source and m.armed
                 and (m.actor_type in _NONSTATE or m.sector == "MIL")), None)


_SAID_THAT = frozenset({"that", ","})


def _said_of_own(info: SentenceInfo, m: Mention) -> bool:
    """Whether the possessive before ``m`` follows the source's words at once ("The Arakan Army
    said its troops", "said that its soldiers"): the speaker's own men. After a clause's own subject
    it is that subject's ("The TNLA said the junta had sent its troops")."""
    source = info.source
    if source is None or source.end >= m.start:
        return False
    between = info.tokens.lows[source.end:m.start - 1]
    reporting = cues().reporting
    if not between or not reporting.starts(between[0]):
        return False
    # (past the day it was said: "The Taliban said on Sunday their forces had killed")
    k, end = source.end + 1, m.start - 1
    while k < end and k - source.end - 1 < _SAID_ON_WORDS and _said_on(info, info.tokens[k]):
        k += 1
    return all(w in _SAID_THAT for w in info.tokens.lows[k:end])


def _said_on(info: SentenceInfo, t) -> bool:
    """Whether the word ``t`` tells the day something was said: "on", or a word of a date."""
    return t.low == "on" or any(w.start <= t.start < w.end for w in info.dates)


_SAID_ON_WORDS = 4  # words of the day a speaker spoke, between "said" and its own men: "on Sunday"


def _party_claim(f: Finding) -> tuple[str, bool] | None:
    """Who claims the finding's figures when a party to the fighting does, and whether through its
    own outlet: the outlet ("the Taliban said on Voice of Jihad"), a non-state armed group that
    is the source, or the agent of a deed it "claimed" itself ("the BLA claimed to have killed
    three soldiers"). None otherwise."""
    info = f.info
    if info.source is not None:
        outlet = cues().party_outlets.find(info.tokens)
        group = next((m for m in info.mentions if m.is_source and m.armed and m.actor_type in _NONSTATE), None)
        if outlet:
            t = info.tokens
            named = info.text[t[outlet[0].start].start:t[outlet[0].end - 1].end]
            if t[outlet[0].start].low not in _OWN_CHANNEL:
                return named, True
            if group is not None:  # "the Taliban claimed on their website": the group's own channel
                return f"{group.text} ({named})", True
        if group is not None:
            return group.text, False
    if f.attribution is not None and f.attribution.modality == "claimed" and info.source is None \
            and f.actor1 is not None and f.actor1.armed and f.actor1.actor_type in _NONSTATE:
        return f.actor1.text, False
    return None


_INSTRUMENT = frozenset({"using", "with"})
MEANS_LISTED = 4  # words of other arms before a weapon in a list of means ("with machine guns and rocket-propelled grenades")
_LISTING = frozenset({"and", ","})


def _listed_means(lows: list[str], s1: int, t0: int) -> bool:
    """Whether the weapon at ``t0`` ends a list of means after "with" or "using" that follows the
    verb ending at ``s1`` ("attacked a post with machine guns and rocket-propelled grenades")."""
    for k in range(t0 - 1, max(s1 - 1, t0 - 2 - MEANS_LISTED), -1):
        if lows[k] in _INSTRUMENT:
            return any(w in _LISTING for w in lows[k + 1:t0])
        if lows[k] in (".", ";", ":") or (lows[k].endswith("ed") and k > s1):
            return False
    return False


_OWN_CHANNEL = frozenset({"their", "its"})  # a party_outlets entry that names the source's own channel


def answered_deeds_day(info: SentenceInfo, t1: int, when: When) -> bool:
    """ "The Israeli strikes came after the Houthis on Friday fired a missile": a day told after a
    phrase of sequence that follows the trigger (ending at token ``t1``) is the earlier deed's."""
    phrases = [m for m in sequence_phrases().find(info.tokens) if m.start >= t1]
    return bool(phrases) and any(info.tokens[m.end - 1].end <= when.start for m in phrases)


def _violence_day(f: Finding) -> When | None:
    """The day written on a violence trigger ("Monday's shooting", "was shot late Sunday"), unless
    it is a statement's ("shot, police said Monday")."""
    info = f.info
    day = own_day(info.tokens, f.trigger[0], f.trigger[1], info.dates)
    return day if day is not None and not statement_date(info, day) \
        and not answered_deeds_day(info, f.trigger[1], day) else None


def statement_date(info: SentenceInfo, when: When) -> bool:
    """ "the ISPR said Monday": the day of the statement, not of the event; "Posted: Tuesday,
    April 15, 2014": the day of the page. Only relative dates are a statement's: "As reported on
    28 April 2020" is how a coder's note dates the event itself."""
    k = next((i for i, t in enumerate(info.tokens) if t.start >= when.start), None)
    if k is None:
        return False
    if _page_stamp(info.tokens, k) or _photo_caption(info.tokens, k) or \
            (when.explicit and (_stamp_line(info) or _dateline_bracket(info.tokens, k, when)
                                or _dateline_date(info.tokens, k, when))):
        return True
    if when.explicit:
        return False
    lows = info.tokens.lows
    if "'s" in lows or "’s" in lows:
        end = next((i for i, t in enumerate(info.tokens) if t.start >= when.end), len(lows))
        if end < len(lows) and lows[end] in ("'s", "’s") and not dated_deeds().isdisjoint(lows[end + 1:end + 3]):
            # "claimed responsibility for Wednesday's bombing": the deed's day ("in Wednesday's
            # statement" is the statement's)
            return False
    reporting = cues().reporting  # the reporting verbs of attribution.yaml
    if _opening_statement(info.tokens, k, when, reporting) or _speaker_on_day(info.tokens, k, when):
        return True
    # a whole cue, not its first word ("were" opens "were of the view" but says nothing alone)
    return any(reporting.starts(lows[j]) and any(m.end <= k and not _happening_between(lows, m.end, k)
                                                 and not _clause_between(lows, m.end, k)
                                                 for m in reporting.at(lows, j))
               and not _passive_report(lows, j)
               for j in range(max(0, k - 4), k))


def _opening_statement(tokens: Tokens, k: int, when: When, reporting) -> bool:
    """ "On Tuesday, police said the fight was the cause": a day that opens its sentence, set off by
    a comma before a reporting verb at most four words on, is the day of the statement."""
    if any(t.text[:1].isalnum() for t in tokens[:k]):
        return False
    end = next((i for i, t in enumerate(tokens) if t.start >= when.end), len(tokens))
    if end >= len(tokens) or tokens[end].text != ",":
        return False
    lows = tokens.lows
    return any(reporting.starts(lows[j]) and any(m.start == j for m in reporting.at(lows, j))
               and not _passive_report(lows, j) for j in range(end + 1, min(len(tokens), end + 5)))


_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


def _speaker_on_day(tokens: Tokens, k: int, when: When) -> bool:
    """ "Police on Sunday afternoon said the man was found dead", "Smith on Monday told reporters":
    a day (at token ``k``) between its speaker and a verb of speech is the day of speaking. The
    speaker is a capitalised word or a speaker's noun (time_expressions.yaml
    ``day_speakers``): "a man shot on Sunday told police" dates the shooting."""
    verbs, speakers = day_speech()
    lows = tokens.lows
    end = next((i for i, t in enumerate(tokens) if t.start >= when.end), len(tokens))
    while end < len(tokens) and lows[end] in _DAY_PARTS:
        end += 1
    if end >= len(tokens) or lows[end] not in verbs:
        return False
    s = k - 1 if k > 0 and lows[k - 1] == "on" else k  # (the day's span may hold its "on")
    if s < 1:
        return False
    before = tokens[s - 1].text
    return lows[s - 1] in speakers or (before[:1].isupper() and before.isalpha())


def _in_scope(info: SentenceInfo, when: When, t0: int) -> bool:
    """Whether a trigger at ``t0`` may take ``when`` (a month told for one deed dates that deed
    alone: when.deed_scope)."""
    scope = deed_scope(info.tokens, when)
    return scope is None or scope[0] <= t0 < scope[1]


def legal_act_date(f: Finding, when: When) -> bool:
    """ "was sentenced Thursday for the killing", "On Monday, he pleaded guilty to shooting", "laid
    to rest on Tuesday a woman who was killed": a date before a violence trigger that a word of
    the legal process or of mourning precedes dates that act; one
    written on the trigger ("the May 31 shooting", "Tuesday's killing") is the violence's."""
    if f.rule.family != "violence":
        return False
    toks = f.info.tokens
    t0 = f.trigger[0]
    if t0 >= len(toks) or when.start >= toks[t0].start:
        return False
    legal = legal_process_words() | mourning_words()
    if not any(follows_violence(toks.lows, i, legal) for i in range(t0)) and not _beside_follow_up(toks, when, t0):
        return False
    between = [t.low for t in toks[:t0] if t.start >= when.end]
    return not (len(between) == 0 or between in (["'s"], ["’s"], ["s"]))


FOLLOW_UP_REACH = 2  # words between a date and the arrest it dates ("Police on Friday arrested")


def _beside_follow_up(toks: Tokens, when: When, t0: int) -> bool:
    """Whether a word of what follows violence (an arrest, custody: time_expressions.yaml
    ``follow_up_words``) stands right before or after the date ``when``, before the trigger at
    ``t0``: "Police on Friday arrested a man in the shooting death of ..." dates the arrest. (Not
    one further off: "According to an arrest affidavit, police responded on April 21 to find
    victims shot" dates the shooting.)"""
    first = next((i for i, t in enumerate(toks) if t.start >= when.start), t0)
    after = next((i for i in range(first, t0) if toks[i].start >= when.end), t0)
    near = toks.lows[max(0, first - FOLLOW_UP_REACH):first] + toks.lows[after:min(after + FOLLOW_UP_REACH, t0)]
    return not follow_up_words().isdisjoint(near)


def _happening_between(lows: list[str], start: int, k: int) -> bool:
    """ "police say it happened Wednesday": a verb of happening between the reporting verb and the
    date makes the date the happening's."""
    verbs = happening_verbs()
    return any(m.end <= k for i in range(start, k) for m in verbs.at(lows, i))


def _clause_between(lows: list[str], start: int, k: int) -> bool:
    """ "a complaint alleges that last Friday he fired": a day after the word that opens the reported
    clause is the reported happening's, not the statement's ("police said Monday that" is)."""
    return not clause_openers().isdisjoint(lows[start:k])


def _passive_report(lows: list[str], j: int) -> bool:
    """ "the shooting was reported Sunday": a reporting verb in the passive, after anything but an
    impersonal "it", tells when the happening was reported, not when a source spoke."""
    aux, reports, impersonal = passive_words()
    return lows[j] in reports and j > 0 and lows[j - 1] in aux and not (j > 1 and lows[j - 2] in impersonal)


def _stamp_line(info: SentenceInfo) -> bool:
    """A line of nothing but dates, clock times and a page's words ("July 6, 2015, 11:11 AM Last
    updated: Monday, July 6, 2015"): the time the page was written."""
    spans = [(w.start, w.end) for w in info.dates]
    stamp_words = stamp_line_words()
    for t in info.tokens:
        if any(a <= t.start < b for a, b in spans) or not any(c.isalpha() for c in t.text):
            continue
        if t.low.replace(".", "") not in stamp_words:
            return False
    return True


def _dateline_bracket(tokens: Tokens, k: int, when: When) -> bool:
    """ "DENVER (May 4, 2016) - Two men were shot": a date in brackets right after a dateline's
    town, written in capitals, dates the story, not the event it tells; so does one in brackets
    that opens the story before its dash ("(08/18/16) - A man suspected in ...")."""
    end = next((i for i in range(k, len(tokens)) if tokens[i].start >= when.end), len(tokens))
    if end >= len(tokens) or tokens[end].text != ")" or k < 1 or tokens[k - 1].text != "(":
        return False
    if k == 1:
        return end + 1 < len(tokens) and tokens[end + 1].text in _DATELINE_ENDS
    return tokens[k - 2].text.isupper() and len(tokens[k - 2].text) > 1


_DATELINE_ENDS = frozenset({"(", "-", "\u2013", "\u2014", ":"})


def _dateline_date(tokens: Tokens, k: int, when: When) -> bool:
    """ "BAMAKO, March 26 (Sahel Wire) - Gunmen killed ...", "Quetta, Jan 5 (APP): ...": a date
    between a dateline's town, which opens the sentence, and its agency or dash dates the filing,
    not the event told after it."""
    # (the town in capitals, "QUETTA, Jan 5", or as a name, "Imphal, Nov 8:", but no day's name:
    # "Tuesday, March 26 - ..." opens a sentence)
    first = tokens[0]
    if k < 2 or tokens[k - 1].text != "," or len(first.text) < 2 or first.low in WEEKDAYS or first.low in MONTHS \
            or first.low in sentence_adverbs() or not (first.text.isupper() or first.capitalized):
        return False
    if not all(t.capitalized or t.text in (",", ".") for t in tokens[:k - 1]):
        return False
    after = next((t for t in tokens[k:] if t.start >= when.end), None)
    return after is not None and after.text in _DATELINE_ENDS


_STAMP_JOINERS = frozenset({":", "(", "on", "-", "\u2013", ","})


def _page_stamp(tokens: Tokens, k: int) -> bool:
    """The date starting at token ``k`` follows a page stamp ("Posted:", "(Published", "Updated
    Monday"), with nothing between but punctuation and a weekday ("Published Monday, Nov. 24,
    2014"). A stamp is written as one: capitalised, or before a colon, or after a bracket; in
    running text the word is a verb ("troops were posted on Monday" dates the posting)."""
    lows = tokens.lows
    j = _past_joiners(lows, k)
    for i in range(max(0, j - 2), j):
        for m in page_stamps().at(lows, i):
            if m.end == j and (tokens[i].capitalized or lows[j:j + 1] == [":"] or (i and lows[i - 1] == "(")):
                return True
    return False


def _photo_caption(tokens: Tokens, k: int) -> bool:
    """The date starting at token ``k`` follows a photo caption's phrase ("A house where the boy
    was shot is shown Monday, Aug. 1, 2016"), with nothing between but punctuation and a weekday:
    the day the photo was taken."""
    lows = tokens.lows
    j = _past_joiners(lows, k)
    return any(m.end == j for i in range(max(0, j - 2), j) for m in photo_captions().at(lows, i))


def _past_joiners(lows: list[str], k: int) -> int:
    """Where the words before token ``k`` stop being punctuation, "on" or a weekday ("Published
    Monday, Nov. 24": the stamp's end)."""
    j = k
    while j > 0 and (lows[j - 1] in _STAMP_JOINERS or lows[j - 1] in WEEKDAYS):
        j -= 1
    return j


COUNTRY_ALONE = 1000  # the cost of a country named alone as an event's place (see nearest_place)


def _struck_object(rules: RuleSet | None, lows: list[str], m: Mention) -> bool:
    """Whether the mention is named after a preposition of what a deed is done to ("into a
    crowd", "through a large crowd", "on worshippers"; event_rules.yaml ``struck_objects``)."""
    if rules is None:
        return False
    before = lows[max(0, m.start - 3):m.start]
    while before and before[-1] in rules.struck_articles:
        before.pop()
    if before and before[-1] not in rules.struck_prepositions and len(before) >= 2 \
            and before[-2] in rules.struck_articles:
        before = before[:-2]  # one word besides the article: "into a large crowd"
    return bool(before) and before[-1] in rules.struck_prepositions


def _site_word(lows: list[str], m: Mention) -> bool:
    """Whether the mention names a site of armed men (a post, a checkpoint: places.yaml site_nouns)."""
    return m.end > 0 and lows[m.end - 1] in site_nouns()


_ROADS = frozenset({"highway", "road", "motorway", "expressway", "bypass"})  # a road runs between towns


def nearest_place(codebook: Codebook, f: Finding, aside: tuple[int, int] | None = None) -> PlaceMention | None:
    """The place of ``f``'s deed among its sentence's; not one between the tokens ``aside``
    (an earlier deed's clause) while another is told."""
    places = f.info.places
    if aside is not None and any(not aside[0] < p.token < aside[1] for p in places):
        places = [p for p in places if not aside[0] < p.token < aside[1]]
    if not f.rule.movement:
        # "forced them to leave Pakistan" is not where the strike was; but fire sent from afar lands
        # where it is sent: "fired mortar shells across the border into Kunar" (a country alone,
        # "a rocket fired into Israel", waits for the place it struck)
        # ("heading to Albu Kamal": where a convoy struck was going is not where it was struck)
        remote = f.rule.acled is not None and f.rule.acled[0] == REMOTE_VIOLENCE
        moved = places
        places = [p for p in places if not p.motion
                  or (remote and _fired_into(f.info.tokens, p) and not is_country(codebook, p.name))]
        if not places:
            # "killed 12 militants who crossed from Afghanistan into North Waziristan": where those
            # struck had gone into is where they were struck, where the sentence tells no other place
            places = [p for p in moved if _fired_into(f.info.tokens, p) and not is_country(codebook, p.name)]
        if not places and f.rule.family == "strategic":
            # "forces were deployed to Suqutra island": where a force is sent, where the sentence
            # tells no other place, is where the development took place (not a country alone)
            places = [p for p in moved if not p.origin and not is_country(codebook, p.name)]
    if any(p.landmark for p in places) and not all(p.landmark for p in places):
        # "in Mellit, a town 60 km north of El Fasher": the town a distance is told from is not where
        places = [p for p in places if not p.landmark]
    if not places:
        return None
    t0 = f.trigger[0]
    toks = f.info.tokens
    anchor = toks[t0].start

    def cost(p: PlaceMention) -> float:
        # well-formed mentions ("Turbat town (Kech, Balochistan)", "Ipatinga, Minas Gerais") beat
        # bare capitalised words ("the NADRA office") and parts of a town ("Bom Jardim
        # neighborhood") and a country's capital or province named alone ("workers of a company
        # of Mexico City"); a country named alone is the last resort, whatever the distance ("the
        # movement against the system in Lebanon gathered in Hasbaya"); then the nearest to the trigger
        if p.context:
            weak = 0
        elif is_country(codebook, p.name):
            weak = COUNTRY_ALONE
        elif name_country(codebook, p.name):
            weak = 80
        elif p.feature in _ROADS:
            weak = 90  # "blocked the Quetta-Karachi highway near Khuzdar": the town told with the road
        elif p.feature and p.feature not in _SUB_TOWN:
            weak = 20
        else:
            weak = 60
        return weak + abs(p.start - anchor) + (0 if p.start >= anchor else 5)

    if f.rule.family == "violence":
        places = [p for p in places if not _place_of_follow_up(toks, p, t0)]
        # (a hospital is the place left where the sentence names no other)
        places = [p for p in places if not place_of_care(toks, p)] or places
    stop = _clause_end(toks.lows, f.trigger[1])
    if stop < len(toks):
        places = [p for p in places if p.token < stop]
    chosen = min(places, key=cost) if places else None
    if chosen is not None and not f.rule.movement and not chosen.across \
            and _across_unnamed(toks.lows, f.trigger[1], stop):
        # "crossed into Chitral after Taliban fighters overran their posts across the border": the
        # deed was on the other side of the border from the place the sentence names
        chosen = replace(chosen, across=True)
    return chosen


ACROSS_REACH = 6  # words after a deed within which "across the border" tells where it was
_NOT_ACROSS_AFTER = frozenset({"from", "into", "to", "in", "with", "near"})


def _across_unnamed(lows: list[str], t1: int, stop: int) -> bool:
    """Whether "across the border" follows the deed with no place of its own after it ("overran
    their posts across the border", not "across the border from Chitral" or "into Kunar")."""
    end = min(stop, t1 + ACROSS_REACH + 3)
    for k in range(t1, end - 2):
        if lows[k] == "across" and lows[k + 1] == "the" and lows[k + 2] == "border":
            return k + 3 >= len(lows) or lows[k + 3] not in _NOT_ACROSS_AFTER
    return False


REMOTE_VIOLENCE = "Explosions/Remote violence"
_INTO = frozenset({"into", "onto"})


def _fired_into(toks: Tokens, p: PlaceMention) -> bool:
    """Whether the place is written right after "into" or "onto" (an article between): where fire
    sent from afar lands ("fired mortar shells into Kunar")."""
    return _word_before(toks.lows, p) in _INTO


def _word_before(lows: list[str], p: PlaceMention) -> str:
    """The word before a place mention, past "the" ("into the Kunar valley": "into"); "" at the start."""
    return _word_before_token(lows, p.token)


def _word_before_token(lows: list[str], k: int) -> str:
    """The word before token ``k``, past "the" ("in what the army called": "what"); "" at the start."""
    prev = lows[k - 1] if k > 0 else ""
    if prev == "the" and k > 1:
        prev = lows[k - 2]
    return prev


FOLLOW_UP_REACH = 5  # words between an arrest's (a funeral's, a trial's) word and the place it is at


def _place_of_follow_up(toks: Tokens, p: PlaceMention, t0: int) -> bool:
    """ "A man wanted in the shooting death of a Durham woman was arrested Tuesday in Richmond,
    Virginia": the place told right after a word of what followed the violence (an arrest, a
    funeral, a court), with the violence's trigger not between, is where that happened."""
    k = next((i for i, t in enumerate(toks) if t.start >= p.start), len(toks))
    # (a place before the trigger counts too: "Police arrested a man on Tuesday in Savannah in
    # connection with last week's shooting in North Charleston")
    lowest = t0 + 1 if k > t0 else 0
    return any(follows_violence(toks.lows, i) for i in range(max(lowest, k - FOLLOW_UP_REACH), k))


CARE_REACH = 4  # words between a word of dying or of being carried and the hospital it names


def place_of_care(toks: Tokens, p: PlaceMention) -> bool:
    """ "died at Highland Hospital", "was rushed to Mercy Medical Center": a hospital named after a
    word of dying or of being carried (quantities.yaml ``died_at_words``, ``carried_words``) is where
    a victim was treated, not where the violence was (a hospital struck is named after other words)."""
    names = p.name.lower().split()
    lex = lexicon()
    if not names or lex.care_words.isdisjoint(names[1:]):
        return False
    k = next((i for i, t in enumerate(toks) if t.start >= p.start), len(toks))
    return any(toks[i].low in lex.carried_words or toks[i].low in lex.died_at_words
               for i in range(max(0, k - CARE_REACH), k))


def origin_place(f: Finding) -> PlaceMention | None:
    """The place the sentence says people came or were taken from, nearest the trigger ("a mob from
    Ilaro beat a thief"): where the event was when neither the sentence nor the one before names
    another (see document_coder)."""
    anchor = f.info.tokens[f.trigger[0]].start
    return min((p for p in f.info.places if p.origin), key=lambda p: abs(p.start - anchor), default=None)


def movement_ends(codebook: Codebook, f: Finding) -> None:
    """Where a movement went and came from, as the sentence tells it, up to a clause of what came
    before ("handed back 35 soldiers to Afghan authorities, two days after they crossed into
    Pakistan": Pakistan is where they went first, not where they are sent)."""
    lows = lows_of(f.info.tokens)
    stop = next((k for k in range(f.trigger[1], len(lows)) if lows[k] in _EARLIER_CLAUSE), len(lows))
    for m in f.info.mentions:
        if m.start >= stop:
            break
        # "fled North Waziristan for Afghanistan": "for" before a country is where they went
        if m.kind == "country" and not m.place_like and m.start > 0 and lows[m.start - 1] == "for" \
                and f.destination is None:
            f.destination = m.country
        if m.kind == "country" and m.place_like and m.start > 0:
            prev = lows[m.start - 1]
            if prev in _TOWARD and f.destination is None:
                f.destination = m.country
            elif (prev in _FROM or prev in _LEAVING) and f.origin is None:
                f.origin = m.country
        elif f.rule.movement == "return" and m.start > 0 and lows[m.start - 1] in _TOWARD and m.start > f.trigger[1] \
                and m.nationality and f.destination is None:
            f.destination = m.nationality  # "handed back ... to Afghan authorities"
    for p in f.info.places:
        if p.token >= stop:
            break
        prev = _word_before(lows, p)
        iso3 = place_country(codebook, p)
        if prev in _TOWARD:
            f.destination = f.destination or iso3
            f.destination_place = f.destination_place or p
        elif prev in _FROM or prev in _LEAVING or prev == "in" and _fled_from(lows, p.token - 1):
            # ("fleeing the fighting in Nangarhar": where they fled from)
            f.origin = f.origin or iso3
            if not name_country(codebook, p.name):  # a town or a province, not the country itself
                f.origin_place = f.origin_place or p
    moved = f.actor2
    if f.rule.movement == "return" and f.destination is None and moved is not None and moved.nationality \
            and moved.nationality != f.origin:
        # "1,200 Afghan refugees were deported from Pakistan": those sent back go to their own country
        f.destination = moved.nationality


FLED_REACH = 4  # words from a verb of flight to the "in" of where it fled: "fleeing the heavy fighting in"


def _fled_deed(lows: list[str], t0: int) -> bool:
    """Whether the deed whose trigger starts at ``t0`` is what a flight left ("fleeing the
    fighting between the Taliban and government forces", "escaped the renewed clashes"): a verb of
    flight before it with only describing words between (attribution.yaml ``fled_describers``)."""
    c = cues()
    j = t0 - 1
    while j >= 0 and t0 - 1 - j < FLED_REACH and lows[j] in c.fled_describers:
        j -= 1
    return j >= 0 and j < t0 - 1 and lows[j] in c.flight_verbs


def _fled_from(lows: list[str], k: int) -> bool:
    """Whether the "in" at ``k`` tells what a flight left: "fleeing the fighting in Nangarhar",
    "escaped the violence in Kunduz" (a verb of flight a few words before it, with no word of
    where they went between: not "fled to safety in Chitral")."""
    fleeing = cues().flight_verbs
    for j in range(k - 1, max(-1, k - 1 - FLED_REACH), -1):
        if lows[j] in fleeing:
            return True
        if lows[j] in _TOWARD or not lows[j].isalpha():
            return False
    return False


ANNIVERSARY_REACH = 15  # words from "years after" to the deed it remembers


def remembered(tokens: Tokens, t0: int) -> bool:
    """A deed told in the clause after "years after", "the anniversary of" (time_expressions.yaml
    ``anniversary_phrases``): "Ten years after terrorists stormed the school and killed 140 people,
    the nation remembered them"; not one after the clause's comma ("Two years after the war ended,
    gunmen killed 12 villagers")."""
    lows = tokens.lows
    return any(m.end <= t0 <= m.end + ANNIVERSARY_REACH and not any(w in (",", ";") for w in lows[m.end:t0])
               for m in anniversary_phrases().find(tokens))


def _remembered_from(tokens: Tokens, starts: list[int]) -> int | None:
    """Where a remembered deed's words begin ("years after", "the anniversary of"), when the
    sentence's own triggers (starting at ``starts``) all come before them; else None."""
    if not starts:
        return None
    return next((m.start for m in anniversary_phrases().find(tokens) if all(t0 < m.start for t0 in starts)), None)


_HAVE = frozenset({"has", "have", "had", "having", "long"})


def _span_start_clause(lows: list[str], starts: list[int]) -> tuple[int, int] | None:
    """The clause after all the sentence's own triggers (starting at ``starts``) that tells the
    earlier deed a count runs from, as (its first word, its end): "It is the second shooting at
    the complex since a man was gunned down there in April"; or None."""
    if not starts:
        return None
    openers = span_start_clauses()
    # (not an adverb: "where he has since been declared dead", "since then")
    k = next((i for i in range(max(starts) + 1, len(lows)) if lows[i] in openers
              and lows[i - 1] not in _HAVE and lows[i + 1:i + 2] != ["then"]), None)
    if k is None:
        return None
    end = next((i for i in range(k + 1, len(lows)) if lows[i] in (",", ";")), len(lows))
    return k, end


def _past_deeds(info: SentenceInfo, candidates: list[tuple[Rule, int, int]]) -> frozenset[int]:
    """The triggers of a past deed beside the sentence's own: one named by the month written before
    it ("jailed over the June 2022 attack"; when.deed_scope), and one told in a relative clause
    after it ("..., in which 41 worshippers were killed")."""
    starts = {t0 for _, t0, _ in candidates}
    opening = _since_opening(info.tokens.lows, candidates)
    # (not a noun whose own verb follows it: "the May 2025 ambush killed 15 soldiers" is one deed)
    named = [scope[0] for w in info.dates if (scope := deed_scope(info.tokens, w)) is not None
             and scope[1] - scope[0] == 2 and scope[0] + 1 not in starts]
    if not named:
        return opening
    lows = info.tokens.lows
    relative = relative_words()
    return opening | frozenset(named) | {t0 for _, t0, _ in candidates for p in named
                                         if t0 > p and not relative.isdisjoint(lows[p + 1:t0])}


_RETELLING = frozenset({"the", "this", "that", "'s", "’s"})


def _retold_before_sequel(info: SentenceInfo, candidates: list[tuple[Rule, int, int]]) -> frozenset[int]:
    """ "The attack came a day after militants raided Juhudi village, killing a farmer": the deed
    named again before the words that tell what came first (time_expressions.yaml
    sequence_phrases) gives way to the earlier deed told after them, which is its own event."""
    ends = [m.end for m in sequence_phrases().find(info.tokens)] if len(candidates) > 1 else []
    if not ends:
        return frozenset()
    lows = info.tokens.lows
    # (the earlier deed told as a clause, its doers before its verb: "in retaliation for the January
    # shooting death of a man" names it, no more)
    return frozenset(t0 for rule, t0, _ in candidates if t0 < ends[0] and t0 > 0 and lows[t0 - 1] in _RETELLING
                     and any(s >= ends[0] and other.family == rule.family
                             and any(ends[0] <= m.start and m.end <= s for m in info.mentions)
                             for other, s, _ in candidates))


def _since_opening(lows: list[str], candidates: list[tuple[Rule, int, int]]) -> frozenset[int]:
    """The triggers in a clause that opens its sentence with "since" ("Since the fighting began
    in September 2024, more than 1,800 people have been killed"): the start of the span the
    sentence counts over, not a deed of its own."""
    if not lows or lows[0] != "since" or "," not in lows:
        return frozenset()
    comma = lows.index(",")
    return frozenset(t0 for _, t0, _ in candidates if t0 < comma)


_SPAN_UNITS = frozenset({"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"})
_SPAN_WORDS = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                         "few", "several", "just", "only", "barely", "some", "less", "more", "than", "nearly", "almost",
                         "little", "over"})
SPAN_OPENS = 4  # words before "after" that may tell how long after ("Barely two weeks after")
DATELINE_WORDS = 4  # and the words of a dateline before them


def _days_after_opening(lows: list[str], candidates: list[tuple[Rule, int, int]]) \
        -> tuple[tuple[int, int], frozenset[tuple[int, str]]] | None:
    """A clause that opens its sentence with how long after an earlier deed it comes ("Two weeks
    after the massacre in which bandits killed 12 villagers, gunmen struck again on Friday,
    killing 16"; "Days after a bombing killed 12 in Quetta, gunmen shot dead four policemen"):
    that deed is another, told before the sentence's own after the comma. The tokens between
    "after" and the comma, and the earlier deed's triggers (start and family) of a family the
    sentence's own deed shares (the rivals set aside); or None. Only with a span of time before
    "after" ("After gunmen stormed the village, they killed 12" tells one deed), and one of
    another family is no rival ("Hours after a bomber killed 30 people, protesters took to the
    streets" tells both)."""
    if "after" not in lows[:SPAN_OPENS + DATELINE_WORDS + 1] or "," not in lows:
        return None
    k = lows.index("after")
    # (past a dateline: "TURBAT — Days after ...")
    start = max((i + 1 for i, w in enumerate(lows[:k]) if w in _DATELINE_ENDS), default=0)
    span = lows[start:k]
    if len(span) > SPAN_OPENS:
        return None
    if not span or not any(w in _SPAN_UNITS for w in span) \
            or not all(w in _SPAN_UNITS or w in _SPAN_WORDS or w.isdigit() for w in span) or "," not in lows[k:]:
        return None
    comma = lows.index(",", k)
    own = {rule.family for rule, t0, _ in candidates if t0 > comma}
    rivals = frozenset((t0, rule.family) for rule, t0, _ in candidates if k < t0 < comma and rule.family in own)
    return ((k, comma), rivals) if rivals else None


_ACCUSED_OF = frozenset({"of", "for"})
_PARTICIPLES = frozenset({"accused", "alleged", "blamed"})
_PASSIVE_BE = frozenset({"was", "were", "is", "are", "been", "being"})
# (words before a participle that make it a verb: "was accused of", "who had been blamed for")
_VERB_BEFORE = frozenset({"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "who", "that",
                          "which", "and", "or", "not", "also", "repeatedly", "publicly", "openly", "falsely", "wrongly"})


def _describing_participle(lows: list[str], candidate: tuple[Rule, int, int]) -> bool:
    """A verb of accusing written as a participle after those it describes, with no subject
    of its own: "shot dead a man accused of spying for the government"."""
    rule, t0, t1 = candidate
    return rule.id == "accuse" and lows[t0] in _PARTICIPLES and t1 < len(lows) and lows[t1] in _ACCUSED_OF \
        and t0 > 0 and lows[t0 - 1] not in _VERB_BEFORE and lows[t0 - 1][:1].isalpha()


_ACCUSING = frozenset({"accused", "accuse", "accuses", "accusing", "blamed", "blame", "blames", "blaming"})


def _accused_doer(f: Finding, candidates: list[tuple[Rule, int, int]]) -> None:
    """ "Kabul accused Islamabad of killing 10 civilians in air strikes": the one accused of the
    deed is its agent, not the accuser, and those it was done to are its target."""
    lows = f.info.tokens.lows
    # (the deed may be told by a verb and a means: "of killing 10 civilians in air strikes")
    deed = next(((s0, s1) for rule, s0, s1 in candidates
                 if rule.family == "violence" and s0 > 1 and lows[s0 - 1] in _ACCUSED_OF), None)
    if deed is None:
        return
    t0, t1 = deed
    # (a verb of accusing before the deed the sentence tells: not "attacked an alleged death squad
    # member responsible for killing civilians")
    accusing = [(s0, s1) for rule, s0, s1 in candidates if rule.id == "accuse" and lows[s0] in _ACCUSING
                and s1 <= min(t0, f.trigger[0])]
    if not accusing:
        return
    a0, accusation = accusing[-1]
    accused = next((m for m in f.info.mentions if accusation <= m.start and m.end < t0 and not m.is_source), None)
    if accused is None and a0 > 0 and lows[a0 - 1] in _PASSIVE_BE:
        # "Pakistan was accused of killing 10 civilians": the subject of the passive is the accused
        accused = max((m for m in f.info.mentions if m.end < a0 and not m.is_source), key=lambda m: m.end,
                      default=None)
    if accused is None or accused.civilians:
        return
    done_to = next((m for m in f.info.mentions if m.start >= t1 and not m.is_source and not m.place_like), None)
    f.actor1, f.assoc1 = accused, []
    if done_to is not None:
        f.actor2, f.assoc2 = done_to, []
    elif f.actor2 is accused:
        f.actor2, f.assoc2 = None, []


_ANSWERS = frozenset({"repelled", "repulsed", "retaliated", "returned", "foiled", "routed", "responded", "reacted"})


def _same_side(a: Mention, b: Mention) -> bool:
    return a.name == b.name or (bool(a.role) and a.role == b.role and a.armed == b.armed
                                and (a.country is None or b.country is None or a.country == b.country))


def _attacker_first(f: Finding, support: list[tuple[Rule, int, int]], rules: RuleSet) -> None:
    """ "ISWAP fighters attacked an army base, but troops repelled the attack and killed 11 of the
    militants": those who answered an attack told before them in the sentence are its second
    actor, and those who attacked the first (as ACLED orders a battle's sides)."""
    defenders = f.actor1
    for other_rule, s0, s1 in support:
        if s1 > f.trigger[0] or other_rule.family != "violence":
            continue
        helper = Finding(other_rule, f.info, (s0, s1))
        assign_roles(helper, rules)
        attacker = helper.actor1
        if attacker is None or defenders is None or attacker.civilians or _same_side(attacker, defenders) \
                or (helper.actor2 is not None and not _same_side(helper.actor2, defenders)):
            continue
        f.actor2, f.assoc2 = defenders, f.assoc1
        f.actor1, f.assoc1 = attacker, helper.assoc1
        return


_RELATIVES = frozenset({"who", "whom", "that"})  # (also read by _head_of_relative)
_PAST_AUXILIARIES = frozenset({"had", "were", "was", "been", "already", "earlier", "previously"})


def _told_of_victims(lows: list[str], t0: int) -> bool:
    """Whether the trigger at ``t0`` is the verb of a relative clause in the past ("who had
    surrendered", "who had been detained", "who were abducted earlier")."""
    k = t0 - 1
    while k >= 0 and t0 - k <= 3 and lows[k] in _PAST_AUXILIARIES:
        k -= 1
    return k < t0 - 1 and k >= 0 and lows[k] in _RELATIVES


DOER_REACH = 2  # words between a doer and its deed ("Armed men then set up a blockade")


def _armed_doer(info: SentenceInfo, t0: int) -> bool:
    """Whether the deed at ``t0`` is done by an armed group not of the state, named right before it
    ("Gunmen blocked the road", "Armed men set up a blockade")."""
    doer = max((m for m in info.mentions if m.end <= t0 and not m.is_source), key=lambda m: m.end, default=None)
    if doer is None or t0 - doer.end > DOER_REACH or any(not w[:1].isalpha() for w in info.tokens.lows[doer.end:t0]):
        return False
    return doer.armed and not doer.civilians and doer.actor_type != 1


def _without_label(candidates: list) -> list:
    """ "Looting: On 9 May, militiamen looted crops in ...": a label that opens a report, a word
    and a colon, names the kind of deed its first sentence goes on to tell; where a trigger of the
    same family follows, the label is none of its own (read first, it made the doers its target)."""
    told = {rule.family for rule, t0, _ in candidates if t0 > 1}
    return [c for c in candidates if not (c[1] == 0 and c[0].family in told)]


def code_sentence(codebook: Codebook, rules: RuleSet, info: SentenceInfo) -> list[Finding]:
    candidates = info.triggers if info.triggers is not None else triggers(rules, info.tokens)
    if candidates and info.index == 0 and len(info.tokens) > 2 and info.tokens[1].text == ":":
        candidates = _without_label(candidates)
    if any(rule.family == "protest" for rule, _, _ in candidates) \
            and any(rule.family == "violence" for rule, _, _ in candidates):
        # "Gunmen blocked the road and abducted three passengers": armed men's roadblock is a
        # tactic of their violence, not a protest that would suppress it
        candidates = [c for c in candidates if c[0].family != "protest" or not _armed_doer(info, c[1])]
    if any(rule.family == "strategic" for rule, _, _ in candidates):
        # "shot dead 9 soldiers who had surrendered", "a man who had been detained": what the
        # victims of the violence told before had done or undergone, no event of its own
        first_violence = min((t0 for rule, t0, _ in candidates if rule.family == "violence"), default=None)
        if first_violence is not None:
            candidates = [c for c in candidates if c[0].family != "strategic" or c[1] < first_violence
                          or not _told_of_victims(info.tokens.lows, c[1])]
    if any(rule.family == "protest" for rule, _, _ in candidates) \
            and any(rule.family != "protest" for rule, _, _ in candidates):
        # "Police arrested 45 activists ahead of a planned rally": a gathering still to come does
        # not take in the deeds done before it (the arrests are the event)
        to_come = [c for c in candidates if c[0].family == "protest"
                   and modality(info.tokens, c[1], None, c[2])[0] == "future"]
        if to_come and any(c[0].family != "protest" and modality(info.tokens, c[1], None, c[2])[0] != "future"
                           for c in candidates):
            candidates = [c for c in candidates if c not in to_come]
    accusation_told = any(rule.id == "accuse" for rule, _, _ in candidates)
    if accusation_told:
        # "shot a man accused of spying": a participle that describes those it names accuses no one
        candidates = [c for c in candidates if not _describing_participle(info.tokens.lows, c)]
        accusation_told = any(rule.id == "accuse" for rule, _, _ in candidates)
    opening = _days_after_opening(info.tokens.lows, candidates)
    earlier_clause = opening[0] if opening is not None else None
    if opening is not None:
        # "Two weeks after the massacre in which bandits killed 12 villagers, gunmen struck again":
        # the deed before the comma is another, earlier one, with its dead and its means
        candidates = [c for c in candidates if (c[1], c[0].family) not in opening[1]]
    found = choose(candidates, lows_of(info.tokens),
                   _past_deeds(info, candidates) | _retold_before_sequel(info, candidates))
    deaths = death_figures(info.tokens, info.quantities) if found else []
    if earlier_clause is not None:
        deaths = [(chain, at) for chain, at in deaths if not earlier_clause[0] < at < earlier_clause[1]]
    # (and its day: "Two weeks after the Jan. 3 massacre ..., gunmen struck again on Friday")
    earlier_days = (info.tokens[earlier_clause[0]].start, info.tokens[earlier_clause[1]].start) \
        if earlier_clause is not None else (0, 0)
    remembered_from = _remembered_from(info.tokens, [t0 for (_, t0, _), _ in found])
    if remembered_from is not None:
        # "The shooting comes three years after a mall attack, where a gunman killed three": the
        # dead told after "years after" are the remembered deed's
        deaths = [(chain, at) for chain, at in deaths if at < remembered_from]
    counted_from = _span_start_clause(lows_of(info.tokens), [t0 for (_, t0, _), _ in found]) if deaths else None
    if counted_from is not None:
        # "the second shooting at the complex since a man was gunned down there in April": the
        # dead of the deed a count runs from are that deed's
        deaths = [(chain, at) for chain, at in deaths if not counted_from[0] < at < counted_from[1]]
    # (those told carried to a hospital count only where no one is told hurt or shot: "Five people
    # were shot ... two were taken to a hospital" tells five hurt)
    injured = injured_count(info.tokens, info.quantities, deaths, carried=False) if found else None
    shot = shot_count(info.tokens, info.quantities, deaths) if found and injured is None else None
    if found and injured and injured == one_more(info.tokens, info.quantities):
        # "Two people were shot and a third was grazed": the one more is told after those shot
        earlier = shot_count(info.tokens, info.quantities, deaths)
        if earlier:
            shot = earlier + injured
            injured = None
    carried = carried_count(info.tokens, info.quantities, deaths) if found and injured is None and shot is None \
        else None
    findings = []
    lows = lows_of(info.tokens)
    earlier_year = bool(found) and bool(cues().past.find(info.tokens))
    for (rule, t0, t1), support in found:
        f = Finding(rule, info, (t0, t1), earlier_year=earlier_year, injured=injured, shot=shot, carried=carried)
        assign_roles(f, rules)
        for other_rule, s0, s1 in support:
            passive_before = s1 <= t0 and _passive_before(info.tokens, s0)
            # (an article may stand between: "attacked the forces with a grenade")
            means = s1 <= t0 and (lows[t0] in _INSTRUMENT or (t0 > 0 and lows[t0 - 1] in _INSTRUMENT)
                                  or (t0 > 1 and lows[t0 - 1] in ("a", "an") and lows[t0 - 2] in _INSTRUMENT)
                                  or _listed_means(lows, s1, t0))
            if not passive_before and not means and f.actor1 is not None and f.actor2 is not None:
                continue  # both roles are filled, and only a passive verb or a means before could change them
            helper = Finding(other_rule, info, (s0, s1))
            assign_roles(helper, rules)
            if means and helper.actor1 is not None:
                # "militants shot down a helicopter using anti-aircraft guns": the weapon is the
                # means of the verb before it, whose agent and target are the event's
                f.actor1, f.assoc1 = helper.actor1, helper.assoc1
                if helper.actor2 is not None:
                    f.actor2, f.assoc2 = helper.actor2, helper.assoc2
                continue
            if passive_before and helper.actor2 is not None:
                # "militants were killed as a result of airstrikes": the passive verb knows the roles
                f.actor2, f.assoc2 = helper.actor2, helper.assoc2
                if f.actor1 is helper.actor2:
                    f.actor1, f.assoc1 = helper.actor1, helper.assoc1
                continue
            if f.actor1 is not None and f.actor2 is not None:
                continue
            if s1 <= t0 and f.actor1 is not None and f.actor1 is helper.actor2:
                # "security forces killed 11 terrorists in an operation": the operation's nearest
                # mention before it is the object of the verb before, whose agent leads it (a
                # pronoun's, the speaker's: "the military said it had killed a commander in an
                # air strike")
                speaker = _speaker_of_own_deed(info, s0) \
                    if helper.actor1 is None and rule.family == "violence" else None
                if helper.actor1 is not None or speaker is not None:
                    f.actor1, f.assoc1 = (helper.actor1, helper.assoc1) if helper.actor1 is not None else (speaker, [])
                    f.actor2, f.assoc2 = helper.actor2, helper.assoc2
                    continue
            if f.actor1 is None and helper.actor1 is not None and helper.actor1 is not f.actor2 \
                    and not (rule.family == "violence" and helper.actor1.civilians) \
                    and not (rule.voice == "found" and helper.actor1.end <= t0):
                # "a suicide bomber ... killing two children": the children are no bomber;
                # ("Police found the bodies of six men dumped beside a road": nor are their finders)
                f.actor1, f.assoc1 = helper.actor1, helper.assoc1
            if f.actor2 is None and helper.actor2 is not None and helper.actor2 is not f.actor1:
                if f.actor1 is not None and helper.actor2.name == f.actor1.name and helper.actor1 is not None \
                        and helper.actor1.name != f.actor1.name:
                    # "militants attacked a check post, but soldiers repulsed the attack": the
                    # other deed's target is this one's agent, so its agent is the other side,
                    # and as the one who attacked, the first (as ACLED orders a battle's sides)
                    f.actor2, f.assoc2 = f.actor1, f.assoc1
                    f.actor1, f.assoc1 = helper.actor1, helper.assoc1
                else:
                    f.actor2, f.assoc2 = helper.actor2, helper.assoc2
        if rule.family == "violence" and accusation_told:
            _accused_doer(f, candidates)
        if rule.family == "violence" and f.actor1 is not None and lows[t0] in _ANSWERS:
            _attacker_first(f, support, rules)
        large = rule.id in _LARGE_SCALE
        victim = f.actor2.name if f.actor2 is not None and not f.hurt_in else ANY_VICTIM
        if victim == ANY_VICTIM:
            # "Three soldiers were martyred in the exchange of fire", "Three soldiers embraced
            # martyrdom during the clash": the dead the figure counts are the armed side it names,
            # not anyone in the clash ("Three people are dead" counts everyone, the gunman too)
            victim = next((m.name for m in (f.actor2, f.actor1)
                           if m is not None and m.armed and not m.civilians and _counted_mention(deaths, m)), victim)
        # "killed two people before he was shot and killed by police": his death is told apart
        stopped = killed_by_force(info.tokens) if rule.family == "violence" and deaths else []
        victims = [d for d in deaths if not any(s <= d[1] < e for s, e in stopped)] if stopped else deaths
        if rule.family == "violence" and self_death(info.tokens):
            # "three people were killed and the attacker was also killed": he is counted below
            victims = [d for d in victims if not counts_attacker(info.tokens, d[0], d[1])]
        f.figures = figures(grieved(info.tokens, deaths) if rule.family == "protest" else victims, large, victim)
        if rule.family == "violence" and len(victims) == 1 and len(f.figures) == 1 \
                and not f.figures[0][1].startswith(WEAK):
            rank = ordinal_rank(info.tokens, victims[0][0])
            also = told_also(info.tokens, victims[0][1])
            if rank is not None and (also or dying(info.tokens, victims[0][1])):
                # "A third person has died", "a third man was also killed": the toll is at least
                # three, whatever was told before ("A third man was shot and killed" may be the
                # third of those shot: his rank tells nothing of the dead)
                f.figures = [(rank, f"{AT_LEAST}{f.figures[0][1]}")]
            elif rank is None and also:
                # "A 17-year-old was also shot dead": more dead than any told before, added to them
                f.figures = [(f.figures[0][0], f"{ALSO}{info.index}:{f.figures[0][1]}")]
        if rule.family == "violence" and victim != ANY_VICTIM and len(victims) > 1:
            # "killing 5 soldiers and 13 civilians; 6 attackers also died": the attackers' own dead
            # are no more of the victims, and count beside them
            own = attackers_figures(victims, info.tokens)
            if any(own) and not all(own):
                f.figures = [(n, PERPETRATOR if mine else key) for (n, key), mine in zip(f.figures, own)]
        elif rule.family == "violence" and victim != ANY_VICTIM and len(victims) == 1 and len(f.figures) == 1 \
                and f.actor2 is not None and attackers_figures(victims, info.tokens)[0] \
                and not _names_attackers(f.actor2, victims[0][0]):
            # "repelled an attack on a military base, killing 20 of the attackers": the dead are
            # the attackers, not the base's troops (actor2), and a toll of troops told after them
            # ("Two soldiers were killed") is no part of theirs
            f.figures = [(f.figures[0][0], PERPETRATOR)]
        sides = both_sides_toll(victims, info.mentions, large) if rule.family != "protest" else None
        if sides is not None:  # "three soldiers were martyred and two terrorists were killed": 5
            toll, summed = sides
            f.figures = [(toll, victim)] + [x for k, x in enumerate(f.figures) if k not in summed]
        elif rule.family == "violence":  # "one man died at the scene and a boy died later": 2
            f.figures = with_deaths_in_turn(f.figures, victims, info.tokens, large, victim)
        if rule.family == "violence" and self_death(info.tokens):
            # "shot his wife, then turned the gun on himself": the attacker, counted beside the
            # victims (and instead of the figure-less death that the suicide phrase itself told)
            if own_death_counted(info.tokens, deaths):
                # (only the one death the suicide phrase told: "shot and killed a co-worker before
                # killing himself" keeps the co-worker's)
                weak = [k for k, x in enumerate(f.figures) if x[0] == 1 and x[1].startswith(WEAK)]
                if weak:
                    f.figures = f.figures[:weak[-1]] + f.figures[weak[-1] + 1:]
            elif f.figures and all(key.startswith(WEAK) for _, key in f.figures):
                # "a woman was fatally shot by her husband, who then turned the gun on himself": her
                # death, told without a figure, counts beside his
                f.figures = [(n, NOT_ATTACKER if key == WEAK + ANY_VICTIM else key[len(WEAK):])
                             for n, key in f.figures]
            # ("shot and killed a co-worker before killing himself": the victims told before his own
            # death, told as what came after, are not he; "a boy fatally shot himself" is one)
            if killed_himself_after(info.tokens):
                f.figures = [(n, NOT_ATTACKER if key == ANY_VICTIM else key) for n, key in f.figures]
            f.figures = f.figures + [(attackers_dead(info.tokens), PERPETRATOR)]
        if stopped and not any(key == PERPETRATOR for _, key in f.figures):
            f.figures = f.figures + [(1, PERPETRATOR)]
        f.explicit = info.explicit_fatalities
        f.zero = info.zero_fatalities
        tally = roundup(info.tokens)
        if f.figures and tally:
            # "39 people were shot across the city over the weekend, leaving at least 10 dead": a
            # tally of many incidents, no toll of this one; told beside one incident's own ("a boy
            # was shot dead Sunday, one of 12 people killed across the city"), the smallest is its
            # (one person's death told without a figure is the incident's own: "including a girl
            # who was killed")
            smallest = min(f.figures, key=lambda x: x[0])
            f.figures = [smallest] if len(f.figures) > 1 else [x for x in f.figures if x[1].startswith(WEAK)]
            f.explicit = None
        if tally:
            f.shot = None  # "At least 12 people were shot across the city": a tally, no one's injuries here
        if f.actor1 is not None and (rule.family in ("movement", "verbal") or rule.voice == "patient"):
            # "150 militants were killed ... and fled": the dead are not counted among those who moved
            dead = counted_dead(deaths) if rule.movement else frozenset()
            f.count = count_before(info.quantities, f.actor1.start, lows, dead=dead)
        if rule.movement and f.count is None and f.actor1 is None and f.actor2 is not None and f.actor2.start < t0:
            # "300 refugees were deported from Pakistan": those moved are the passive's subject
            f.count = count_before(info.quantities, f.actor2.start, lows)
        if rule.movement == "return" and f.count is None and f.actor2 is not None and f.actor2.start > t1 - 1:
            # "Pakistan handed back 35 soldiers": those sent back are the object
            f.count = count_before(info.quantities, f.actor2.start, lows)
        f.place = nearest_place(codebook, f,
                                earlier_clause if earlier_clause is not None and t0 > earlier_clause[1] else None)
        f.when = _violence_day(f) if rule.family == "violence" else None
        f.own_day = f.when is not None
        if f.when is None:
            f.when = next((w for w in info.dates if not statement_date(info, w) and not legal_act_date(f, w)
                           and _in_scope(info, w, t0) and not earlier_days[0] <= w.start < earlier_days[1]
                           and not (rule.family == "violence" and state_day(info.tokens, t0, t1, w))
                           and not answered_deeds_day(info, t1, w)), None)
        if rule.movement:
            movement_ends(codebook, f)
            if f.destination is None and f.place is not None and f.destination_place is None:
                f.place_destination_candidate = True
            if f.destination_place is not None and f.place is f.destination_place and len(info.places) > 1:
                others = [p for p in info.places if p is not f.destination_place]
                f.place = others[0]
        # cues inside a long trigger count for material events ("troops would soon leave"); a verbal
        # trigger's own words ("is not true") are what the event is, not its modality
        f.attribution = attribution(info.tokens, t0, info.source, t1 if rule.family != "verbal" else None)
        teller = info.source
        if f.attribution.modality == "denied" and teller is not None \
                and _asserted_after_denial(teller, t1, rule, support):
            # "The Taliban denied that their fighters had attacked a checkpoint, after the police
            # chief said four officers were killed in the assault": the police chief tells the deed
            # (the denial is its own event, of the deniers)
            f.attribution.modality, f.attribution.cue = "asserted", teller.cue
        if rule.family in BACKGROUND_FAMILIES and f.attribution.modality == "asserted" \
                and background_deed(info.tokens, t0, bool(info.dates), cues().reporting):
            f.attribution.modality, f.attribution.cue = "generic", "had"
        if rule.family != "verbal" and f.attribution.modality == "asserted" and remembered(info.tokens, t0):
            f.attribution.modality, f.attribution.cue = "generic", "anniversary"
        if rule.family == "verbal" and f.attribution.modality == "asserted" \
                and summed_talk(info.tokens, t0, bool(info.dates), cues().tally):
            f.attribution.modality, f.attribution.cue = "generic", "tally"
        if rule.family == "violence" and f.attribution.modality == "asserted" and _fled_deed(lows, t0) \
                and not f.figures:
            # "300 families crossed into Pakistan, fleeing the fighting in Nangarhar": the reason
            # for the flight, no dated event of its own (the flight is the event)
            f.attribution.modality, f.attribution.cue = "generic", "fled"
        if rule.family == "violence" and not info.dates and f.attribution.modality in ("asserted", "claimed") \
                and ongoing(lows, [t0] + [s0 for _, s0, _ in support]):
            f.attribution.modality, f.attribution.cue = "generic", "ongoing"
        if rule.family == "violence" and f.attribution.modality == "asserted" and lows[t0].endswith("s") \
                and not cues().statistic_words.isdisjoint(lows):
            # "Shootings in the 103rd Precinct are down 22 percent this year": a count over time
            f.attribution.modality, f.attribution.cue = "generic", "statistics"
        if f.actor1 is None and (rule.family == "violence" or rule.id == "disrupted_weapons"):
            # "The Taliban said they had seized three posts", "the air force said it shot down 24
            # drones": the speaker tells its own deed
            f.actor1 = _speaker_of_own_deed(info, t0)
        elif f.actor1 is not None \
                and (f.actor1.kind == "generic" or f.actor1.kind == "state" and f.actor1.end - f.actor1.start == 1) \
                and f.actor1.start > 0 and lows[f.actor1.start - 1] in _POSSESSIVES and rule.family == "violence" \
                and (f.actor1.kind == "generic" or _said_of_own(info, f.actor1)):
            # "JNIM said that its fighters had killed 60 soldiers", "the Arakan Army said its
            # troops captured a base": the speaker's own men, not the country's army
            # (its possessive tells it, however far the trigger: "said their fighters had killed 30
            # soldiers in clashes")
            f.actor1 = _speaker_of_own_deed(info, f.actor1.start) or f.actor1
        f.party_claim = _party_claim(f)
        if f.party_claim is not None and f.attribution.modality == "asserted" and rule.family != "verbal":
            # "a Taliban spokesman said the group had seized the town": told only by a party to the
            # fighting, the deed is that party's claim (ACLED's practice), whatever the verb
            f.attribution.modality = "claimed"
        findings.append(f)
    if any(f.rule.family == "violence" for f in findings):
        for f in findings:
            # the dead belong to the violence told beside ("killed 4 farmers and burnt their houses":
            # the burning killed no one more)
            if f.rule.family in ("movement", "verbal") or f.rule.harmless:
                f.figures, f.explicit = [], None
        _condemners_are_no_attackers(findings, lows)
    _denial_answers_the_charge(findings)
    return findings




def _denial_answers_the_charge(findings: list[Finding]) -> None:
    """ "Kabul accused Pakistani forces of firing rockets, a charge Islamabad denied": the denial
    answers the one who made the charge, not the accused."""
    charge = next((f for f in findings if f.rule.id in _CHARGES and f.actor1 is not None), None)
    if charge is None:
        return
    for f in findings:
        if f.rule.id in _DENIALS and f.trigger[0] > charge.trigger[0] and f.actor1 is not charge.actor1:
            f.actor2, f.assoc2 = charge.actor1, []


_CONDEMNED_REACH = 4  # words between "condemned" and the deed it names ("condemned the deadly suicide attack")


def _condemners_are_no_attackers(findings: list[Finding], lows: list[str]) -> None:
    """ "The government condemned the bombing in Quetta": who condemns, blames or criticises a
    deed named as the verb's object did not do it; the deed's agent is left untold."""
    verbal = [g for g in findings if g.rule.id == "accuse" and g.actor1 is not None]
    for f in findings:
        if f.rule.family != "violence" or f.actor1 is None:
            continue
        for g in verbal:
            if g.trigger[1] <= f.trigger[0] <= g.trigger[1] + _CONDEMNED_REACH and f.actor1.end <= g.trigger[0] \
                    and not any(w in (".", ";", ",", "and", "that") for w in lows[g.trigger[1]:f.trigger[0]]):
                f.actor1, f.assoc1 = None, []
                break

