"""Actor mentions in a sentence, combined from the codebook's phrases.

"Afghan" (adjective) + "soldiers" (military noun) = Military Forces of Afghanistan;
"military of Pakistan", "Pakistan's army", "ISPR", "Taliban", "unidentified gunmen".
A mention whose country is not written ("security forces", "militants") is left for the
document coder to place in the story's country.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from .codebook import Codebook, Lex
from .phrases import match_end
from .places import cues as place_cues
from .tokens import Token, lows_of
from .when import MONTHS, WEEKDAYS

# Words after which a country or capital names a place, not an actor.
PLACE_PREPOSITIONS = frozenset(
    "in into to from across near at inside within towards toward via through outside around "
    "of over between and or".split()
    # verbs of motion whose object is a place: "forced them to leave Syria", "fled Afghanistan"
    + "leave leaves left leaving flee flees fled fleeing quit quitting exit exited entered enter entering "
    "reached reach reaching".split()
)
# Words that may stand between a country adjective and the noun ("Afghan border police").
_MODIFIERS = frozenset(
    "border national local provincial district regional federal state special elite government security "
    "armed regular paramilitary army military tribal foreign fleeing retreating senior top two three "
    "several some many other".split()
)
_COORDINATORS = frozenset({"and", ",", "or", "&", "/"})
_APPOSITION = frozenset({"mostly", "mainly", "including", "chiefly", "largely", "especially"})
# the words that name one actor again by another name: "separatist fighters, known as Amba boys",
# "gunmen, popularly called bandits"
_NAMING = frozenset({"known", "called", "dubbed", "as", "popularly", "locally", "also", "commonly", "aka"})


@dataclass(eq=False, slots=True)  # compared by identity: "m in pool" must not compare every field
class Mention:
    start: int  # token indices [start, end)
    end: int
    text: str
    kind: str  # group, institution, state, generic, country, capital, people
    name: str = ""  # the actor name, or a template with {country}
    country: str | None = None
    actor_type: int | None = None
    sector: str | None = None
    armed: bool = False
    role: str = ""  # military, police, government, civilians, protesters, ...
    nationality: str | None = None  # country given by an adjective ("Uzbek militants")
    place_like: bool = False  # a country or capital used as a place ("fled into Afghanistan")
    is_source: bool = False  # names who reports, not who acts
    link: int | None = None  # index of the mention this one is coordinated with
    vague: bool = False  # a noun too vague to name a violent actor ("officials")
    singular_count: int | None = None  # "a man" = 1
    extras: dict = field(default_factory=dict)

    @property
    def needs_country(self) -> bool:
        return "{country}" in self.name and self.country is None

    @property
    def civilians(self) -> bool:
        """Unnamed civilians ("villagers", "a man", "Afghans"), never an armed actor."""
        return self.kind == "generic" and self.actor_type == 7


def codebook_matches(codebook: Codebook, tokens: list[Token]) -> list[tuple[int, int, list[Lex]]]:
    """Longest codebook phrases left to right, each with every reading it has."""
    # "pro-Houthi groups" are on the Houthis' side: the prefix is set aside for matching
    lows = lows_of(tokens)
    if "pro-" in " ".join(lows):  # one C-level scan; most sentences have none
        lows = [w[4:] if w.startswith("pro-") and len(w) > 4 else w for w in lows]
    out = []
    free = 0  # the first position after the last phrase found
    index = codebook.index
    for i in index.positions(lows):
        if i < free:
            continue
        # most readings are common nouns, whose case does not matter
        found = [m for m in index.at(lows, i) if not m.payload.proper or _case_ok(m.payload, tokens[m.start:m.end])]
        if codebook.shared_body_words and lows[i] in codebook.shared_body_words:
            found = [m for m in found if not (_inside_longer_name(m.payload, tokens, m.start, m.end)
                                              and not _country_word(index, lows, m.start - 1))]
        if found:
            end = max(map(match_end, found))
            out.append((i, end, [m.payload for m in found if m.end == end]))
            free = end
    return out


def _case_ok(lex: Lex, toks: list[Token]) -> bool:
    if not lex.proper:
        return True
    if lex.kind == "group" or lex.kind == "institution" or lex.kind == "state_noun":
        # acronyms must be in capitals; capitalised names must start with a capital
        letters = "".join(t.text for t in toks)
        if any(c.isalpha() for c in letters) and all(c.isupper() for c in letters if c.isalpha()):
            return True
        if lex.spelled is not None:
            return letters == lex.spelled  # "LeT", not "Let" or "let"
        return toks[0].capitalized and not _all_acronym(lex, toks)
    return toks[0].capitalized


_NAME_JOINERS = frozenset({"us", "u.s.", "the"})  # "US Congress" is the alias itself, "the Congress" no other name


def _inside_longer_name(lex: Lex, tokens: list[Token], start: int, end: int) -> bool:
    """Whether a one-word institution's name is part of another body's ("the Nigeria Labour
    Congress"): a capitalised word right before it, not the sentence's first, that is no day,
    month or joiner (a country's name before it is checked apart: "Pakistan FC" is Pakistan's)."""
    if lex.kind != "institution" or end - start != 1 or start < 2:
        return False
    t = tokens[start - 1]
    return t.capitalized and t.text.isalpha() and t.low not in _NAME_JOINERS and t.low not in WEEKDAYS \
        and t.low not in MONTHS


def _country_word(index, lows: list[str], k: int) -> bool:
    """Whether the word at ``k`` ends a country's name or adjective in the codebook."""
    return any(m.end == k + 1 and m.payload.kind in ("country", "adjective")
               for j in range(max(0, k - 2), k + 1) for m in index.at(lows, j))


def _all_acronym(lex: Lex, toks: list[Token]) -> bool:
    # an all-capitals alias ("IS", "AA") written in lower or mixed case is an ordinary word
    return len(toks) == 1 and len(toks[0].text) <= 5 and not toks[0].all_caps and lex.kind == "group"


def _pick(readings: list[Lex], *kinds: str) -> Lex | None:
    """The first reading of the first of ``kinds`` that has one."""
    if len(readings) == 1:  # most phrases have one reading
        return readings[0] if readings[0].kind in kinds else None
    for kind in kinds:
        for lex in readings:
            if lex.kind == kind:
                return lex
    return None


def find_mentions(codebook: Codebook, tokens: list[Token], text: str) -> list[Mention]:
    spans = codebook_matches(codebook, tokens)
    mentions: list[Mention] = []
    k = 0
    while k < len(spans):
        start, end, readings = spans[k]
        if _not_the_country(codebook, tokens, end, readings):
            k += 1  # "the US dollar", "the Turkish lira"
            continue
        qualifier = _pick(readings, "adjective", "country")
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        # Country adjective or name, then a noun: "Afghan soldiers", "Pakistan's army".
        if qualifier and nxt and _adjacent(tokens, end, nxt[0], allow_possessive=True):
            noun = _pick(nxt[2], "state_noun", "generic_noun")
            if noun is not None:
                mentions.append(_qualified(codebook, tokens, text, start, nxt[1], qualifier, noun))
                k += 2
                continue
        shared = _shared_noun(codebook, tokens, spans, k) if qualifier else None
        if shared is not None and qualifier is not None:
            # "British and French troops": the first adjective shares the noun of the second
            mentions.append(_qualified(codebook, tokens, text, start, end, qualifier, shared))
            k += 1
            continue
        noun = _pick(readings, "group", "institution", "state_noun", "generic_noun")
        if noun is not None and noun.kind == "generic_noun" and _names_a_settlement(tokens, start, end):
            k += 1  # "in Man town (Tonkpi)": a town's name, not a man
            continue
        # A noun, then "of"/"from" and a country: "military of Pakistan".
        if noun is not None and noun.kind in ("state_noun", "generic_noun") and nxt:
            country = _pick(nxt[2], "country")
            if country and nxt[0] == end + 1 and tokens[end].low in ("of", "from"):
                mentions.append(_qualified(codebook, tokens, text, start, nxt[1], country, noun))
                k += 2
                # "military forces of India and Pakistan": the noun is the second country's too
                if k < len(spans):
                    a_start, a_end, a_readings = spans[k]
                    other = _pick(a_readings, "country")
                    if other is not None and a_start == nxt[1] + 1 and tokens[nxt[1]].low == "and" \
                            and other.country != country.country:
                        mentions.append(_qualified(codebook, tokens, text, a_start, a_end, other, noun))
                        k += 1
                continue
        if noun is not None:
            m = _plain(tokens, text, start, end, noun)
            if noun.local:
                # "SNA": Syria's National Army in its stories, else what else the words name (the
                # Somali National Army): kept for the story's country to decide (document_coder)
                m.extras["otherwise"] = _pick([r for r in readings if r is not noun], "institution", "group")
            if noun.kind == "state_noun" and noun.qualified_only:
                m.vague = True  # "officials": an actor of what they say, never of violence
            mentions.append(m)
        else:
            lex = _pick(readings, "people", "country", "capital")
            if lex is not None:
                m = _mention(tokens, text, start, end, lex.kind, country=lex.country)
                if lex.kind == "people":
                    as_generic(codebook, m, "civilians")
                    m.extras["crowd"] = True  # "Palestinians", "Afghans": a people is a crowd
                prev = _word_before_part(tokens, start)
                m.place_like = lex.kind != "people" and (prev in PLACE_PREPOSITIONS or _after_a_place(tokens, spans, k))
                mentions.append(m)
        k += 1
    mentions = [m for m in _absorb(tokens, text, mentions)
                if not _weapon(codebook, tokens, m) and not _attributive(codebook, tokens, m)]
    mentions = _named_by_group(tokens, mentions)
    if codebook.off_duty:  # None or empty: no cue words
        for m in mentions:
            # (a state's forces or unnamed armed men: "a former bodyguard", "an off-duty guard")
            if m.kind in ("state", "generic") and m.armed and _off_duty(codebook.off_duty, tokens, m):
                _as_civilians(codebook, m)
    _link(tokens, mentions)
    return mentions


# words that may stand in brackets before the group that names the unnamed armed men before them
_NAMING_WORDS = frozenset({"suspected", "suspect", "coded", "as", "believed", "to", "be", "reportedly", "allegedly",
                           "likely", "possibly", "presumably", "presumed", "probably", "from", "of", "the",
                           "members", "member", "fighters", "militants", "affiliated", "with", "linked"})


# words that join unnamed armed men to the group they belong to, without brackets ("terrorists
# affiliated with the proscribed TTP", "militants belonging to the banned BLA"): the first must
# be one of _BELONGING
_BELONGING = frozenset({"affiliated", "linked", "belonging", "loyal"})
_BELONGING_WORDS = _BELONGING | frozenset({"with", "to", "the", "banned", "proscribed", "outlawed", "defunct"})


def _names(tokens: list[Token], m: Mention, group: Mention) -> bool:
    """Whether ``group`` names the unnamed armed men ``m`` just before it: in brackets
    ("militants (suspected Baloch Separatists)", "gunmen (coded as JNIM)") or joined by a word
    of belonging ("terrorists affiliated with the proscribed TTP")."""
    between = tokens[m.end:group.start]
    if not between:
        return False
    if between[0].text == "(":
        return group.end < len(tokens) and tokens[group.end].text == ")" \
            and all(t.low in _NAMING_WORDS for t in between[1:])
    return between[0].low in _BELONGING and all(t.low in _BELONGING_WORDS for t in between)


def _named_by_group(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """Unnamed armed men named by the armed group after them (``_names``) are that group: one
    actor, not two sides."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and m.kind == "generic" and m.armed and nxt.kind == "group" and nxt.armed \
                and m.end < nxt.start and _names(tokens, m, nxt):
            m.kind, m.name, m.country, m.actor_type = nxt.kind, nxt.name, nxt.country, nxt.actor_type
            m.sector, m.armed, m.role, m.nationality = nxt.sector, nxt.armed, nxt.role, nxt.nationality
            m.extras.update(nxt.extras)
            out.append(m)
            k += 2
            continue
        out.append(m)
        k += 1
    return out


_COUNT = re.compile(r"^\d[\d,.]*(?:-\d[\d,.]*)?$")  # "7,000", "2,500-3,500"
_CALIBRE = re.compile(r"^(?:\d+(?:[.,]\d+)*(?:mm|cm)?|mm|cm|caliber|calibre|-)$")  # "152mm", "152 mm", "12.7"


def _names_a_settlement(tokens: list[Token], start: int, end: int) -> bool:
    """A common noun capitalised after a place's preposition and before a settlement's kind word
    ("protested in Man town", "near Soldier village"): the settlement's name."""
    return 0 < start and end < len(tokens) and tokens[start].capitalized \
        and tokens[start - 1].low in PLACE_PREPOSITIONS and tokens[end].low in place_cues().settlement_words


def _not_the_country(codebook: Codebook, tokens: list[Token], end: int, readings: list[Lex]) -> bool:
    words = codebook.not_country_before
    if words is None or end >= len(tokens) or not words.starts(tokens[end].low) \
            or any(r.kind not in ("country", "adjective") for r in readings):
        return False
    return bool(words.at(lows_of(tokens)[end:end + 3], 0))


PART_WORDS_MOST = 2  # words for a part of a country between it and its preposition ("in far northern Mali")


def _word_before_part(tokens: list[Token], start: int) -> str:
    """The word before a name at ``start``, past words for a part of it ("in central Somalia's
    Galmudug state", "across northern Syria": places.yaml ``surroundings``), in lower case; ""
    at the sentence's start."""
    j = start - 1
    parts = place_cues().surroundings
    while j >= 0 and start - 1 - j < PART_WORDS_MOST and tokens[j].text in parts:
        j -= 1
    return tokens[j].low if j >= 0 else ""


def _after_a_place(tokens: list[Token], spans, k: int) -> bool:
    """ "in Thalang district of Phuket, Thailand": a country after a comma that follows a name
    the codebook does not know is the end of an address; "Pakistan, Afghanistan and China"
    is a list of actors."""
    start = spans[k][0]
    if start < 2 or tokens[start - 1].text != "," or not tokens[start - 2].capitalized:
        return False
    return k == 0 or spans[k - 1][1] != start - 1


def _shared_noun(codebook: Codebook, tokens: list[Token], spans, k: int) -> Lex | None:
    """The noun of "Afghan and Pakistani forces" or "US and NATO troops" seen from the first
    qualifier: a coordinator, a second qualifier or named actor, then the noun."""
    start, end, readings = spans[k]
    if k + 1 >= len(spans) or _pick(readings, "adjective") is None and start > 0 \
            and tokens[start - 1].low in PLACE_PREPOSITIONS:
        return None  # "in Pakistan and Afghan camps": a country after a preposition is a place
    second = spans[k + 1]
    between = lows_of(tokens)[end:second[0]]
    if not between or len(between) > 2 or not all(w in _COORDINATORS for w in between):
        return None
    named = _pick(second[2], "group", "institution")
    if named is not None and second[1] - second[0] > 1:
        # "NATO troops" is one alias: its last word is the noun the adjective shares
        last = [tokens[second[1] - 1].low]
        noun = _pick([m.payload for m in codebook.index.at(last, 0) if m.end == 1], "state_noun", "generic_noun")
        if noun is not None:
            return noun
    if _pick(second[2], "adjective", "country") is None and named is None:
        return None
    if k + 2 >= len(spans) or not _adjacent(tokens, second[1], spans[k + 2][0], allow_possessive=False):
        return None
    return _pick(spans[k + 2][2], "state_noun", "generic_noun")


def _weapon(codebook: Codebook, tokens: list[Token], m: Mention) -> bool:
    """ "fired 152mm artillery", "attacked the post with drones": a weapon, not an actor."""
    if m.kind != "state" or " ".join(lows_of(tokens)[m.start:m.end]) not in codebook.weapons:
        return False
    k = m.start - 1
    while k >= 0 and (_CALIBRE.match(tokens[k].low) or tokens[k].low in ("and", ",")
                      or tokens[k].low.endswith(_LADEN)):
        k -= 1  # ("with explosive-laden drones")
    if k >= 0 and tokens[k].low in codebook.weapon_cues:
        return True
    # "Three drones dropped explosives on the soldiers": a bare unmanned weapon that strikes is no
    # one's forces ("its jets struck", "Russian drones hit" are the forces named)
    bare = m.end - m.start == 1 and tokens[m.start].low in _UNMANNED \
        and (m.start == 0 or tokens[m.start - 1].low not in _OWNERS) and (k < 0 or not tokens[k].capitalized or k == 0)
    return bare and m.end < len(tokens) and tokens[m.end].low in _STRIKING


_LADEN = ("-laden", "-packed", "-rigged", "-carrying", "-armed")
_UNMANNED = frozenset({"drone", "drones", "missile", "missiles", "rocket", "rockets"})
_OWNERS = frozenset({"its", "their", "our", "his", "her"})
_STRIKING = frozenset({"dropped", "drops", "dropping", "hit", "struck", "strikes", "targeted", "slammed", "crashed"})


def _attributive(codebook: Codebook, tokens: list[Token], m: Mention) -> bool:
    """ "the attack is gang related", "a cartel style killing": an unnamed kind of actor that
    only describes a deed (generic.yaml: unidentified_armed_group ``attributive_words`` after
    it) names no one in it."""
    return m.kind == "generic" and m.end < len(tokens) and tokens[m.end].low in codebook.attributive_words


def _off_duty(cues, tokens: list[Token], m: Mention) -> bool:
    """ "an off-duty policeman", "a retired army officer", "a soldier (off-duty)", "a police
    officer of the town who was off duty"."""
    if not cues.positions(lows_of(tokens)):
        return False  # no cue word in the whole sentence (read from its scan)
    before = tokens[max(0, m.start - 3):m.start]
    after = tokens[m.end:m.end + 4]
    if after and after[0].text != "(":
        after = []
    if cues.find(before) or cues.find(after):
        return True
    if m.kind != "state":
        return False  # (unnamed armed men are told off duty only by a word before: "a former bodyguard")
    clause = tokens[m.end:m.end + 8]
    who = next((i for i, t in enumerate(clause) if t.low == "who"), None)
    return who is not None and not any(t.low in (",", ".", ";") for t in clause[:who]) \
        and bool(cues.find(clause[who + 1:who + 5]))


def as_generic(codebook: Codebook, m: Mention, kind: str) -> None:
    """Make ``m`` an unnamed actor of ``kind`` (a key of generic.yaml: "civilians", ...)."""
    entry = codebook.generic_kinds[kind]
    m.kind, m.name, m.role = "generic", entry["name"], kind
    m.actor_type, m.sector, m.armed = entry["type"], entry["sector"], bool(entry.get("armed"))


def _as_civilians(codebook: Codebook, m: Mention) -> None:
    as_generic(codebook, m, "civilians")
    m.country = m.country or m.nationality


def _absorb(tokens: list[Token], text: str, mentions: list[Mention]) -> list[Mention]:
    """Fold a noun into the named actor it belongs to.

    "BLF militants" is BLF; "a checkpost of the Pakistan army" is the Pakistan army.
    """
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.kind in ("group", "institution") and m.kind in ("generic", "state") and m.armed \
                and (m.start == prev.end or _short_name_between(tokens, prev.end, m.start)) and prev.armed:
            prev.end = m.end
            prev.text = text[tokens[prev.start].start:tokens[m.end - 1].end]
            continue
        if prev is not None and prev.kind in ("state", "generic") and m.kind in ("state", "institution", "group"):
            between = lows_of(tokens)[prev.end:m.start]
            of = between in (["of"], ["of", "the"], ["from"], ["from", "the"])
            # "two groups of security forces" are security forces
            collective = prev.civilians and m.armed and between[:1] == ["of"]
            if of and (prev.kind == "state" and not m.needs_country or collective):
                m.start = prev.start
                m.text = text[tokens[m.start].start:tokens[m.end - 1].end]
                out[-1] = m
                continue
        out.append(m)
    return out


SHORT_NAME_LONGEST = 3  # tokens of a short name in brackets: "(JAS)", "(ISWAP)", "(IS-K)"


def _short_name_between(tokens: list[Token], end: int, start: int) -> bool:
    """Whether only a short name in brackets stands between two mentions ("Boko Haram (JAS)
    fighters"), or its closing bracket, where the name was read as a mention of its own."""
    between = [t.text for t in tokens[end:start]]
    if between == [")"]:
        return True
    return 3 <= len(between) <= SHORT_NAME_LONGEST + 2 and between[0] == "(" and between[-1] == ")"


def _adjacent(tokens: list[Token], end: int, nxt_start: int, allow_possessive: bool) -> bool:
    if nxt_start == end:
        return True
    between = tokens[end:nxt_start]
    if allow_possessive and len(between) == 1 and between[0].low == "'s":
        return True
    return len(between) <= 2 and all(t.low in _MODIFIERS for t in between)


def _mention(tokens, text, start, end, kind, **kw) -> Mention:
    return Mention(start, end, text[tokens[start].start:tokens[end - 1].end], kind, **kw)


def read_as(m: Mention, lex: Lex) -> None:
    """Make ``m`` the actor ``lex`` names (another reading of the same words)."""
    m.kind = {"state_noun": "state", "generic_noun": "generic"}.get(lex.kind, lex.kind)
    m.name, m.country, m.actor_type, m.sector, m.armed, m.role = (lex.name, lex.country, lex.actor_type, lex.sector,
                                                                  lex.armed, lex.role)


def _plain(tokens, text, start, end, lex: Lex) -> Mention:
    kind = {"state_noun": "state", "generic_noun": "generic"}.get(lex.kind, lex.kind)
    m = _mention(tokens, text, start, end, kind, name=lex.name, country=lex.country, actor_type=lex.actor_type,
                 sector=lex.sector, armed=lex.armed, role=lex.role)
    if kind == "generic" and start > 0 and tokens[start - 1].low in ("a", "an", "one"):
        m.singular_count = 1
    if lex.local:
        m.extras["local"] = True
    return m


def _qualified(codebook: Codebook, tokens, text, start, end, qualifier: Lex, noun: Lex) -> Mention:
    m = _plain(tokens, text, start, end, noun)
    m.nationality = qualifier.country
    if noun.kind == "state_noun" or noun.role in ("civilians", "protesters", "rioters"):
        m.country = qualifier.country
    if noun.kind == "state_noun":
        m.name, m.actor_type, m.sector = codebook.state_actor(noun.role, qualifier.country)
    return m


def _link(tokens: list[Token], mentions: list[Mention]) -> None:
    """Coordinated and appositive mentions point to the first of their group."""
    for i in range(1, len(mentions)):
        prev, cur = mentions[i - 1], mentions[i]
        between = lows_of(tokens)[prev.end:cur.start]
        # ("called" also means phoned: "Residents called police, who shot ..."; only set off by a comma)
        naming = 0 < len(between) <= 4 and all(w in _COORDINATORS or w in _NAMING for w in between) \
            and (any(w in ("known", "dubbed", "aka") for w in between) or (between[0] == "," and "called" in between))
        if naming and not (prev.place_like or cur.place_like) and cur.kind != "capital":
            cur.link = prev.link if prev.link is not None else i - 1
            continue
        if not between or len(between) > 3:
            continue
        if any(w in _COORDINATORS for w in between):
            # "2,500 American soldiers and 7,000 NATO allies": a count or article may follow "and"
            between = [w for w in between if w != "the" and not _COUNT.match(w)]
        if all(w in _COORDINATORS or w in _APPOSITION for w in between) and cur.kind != "capital":
            if prev.place_like or cur.place_like:
                continue
            cur.link = prev.link if prev.link is not None else i - 1
