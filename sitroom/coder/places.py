"""Place mentions, and the countries a story is about.

The coder keeps each event's place as written ("Arandu town of Chitral", "Buleda tehsil
(Kech, Balochistan)"); the geocoder resolves it.  Countries come from what the text says
outright: country names and adjectives, capitals, and subdivision names that belong to
one country only (from pycountry's ISO 3166-2 table).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import attrgetter

from ..geo.abbreviations import abbreviations, postal_codes
from ..geo.name_parts import direction_words, is_local_feature, name_parts
from ..geo.names import fold as fold_name
from ..geo.resolve import ADMIN_FEATURES as _DIVISION_KINDS
from ..knowledge import KnowledgeError, load_yaml, text_list
from .codebook import Codebook, Lex
from .phrases import PhraseIndex, match_end
from .tokens import Token, lows_of, words
from .when import MONTHS, WEEKDAYS, holiday_phrases, named_day_phrases

FILE = "codebook/places.yaml"
# Words that introduce where people went or came from, not where an event happened.
_MOTION = frozenset("into to towards toward from flee fled fleeing leave leaving left entered reached".split())
_ABBREVIATED = frozenset({"St", "Ste", "Ft", "Mt", "Pt"})  # Saint, Sainte, Fort, Mount, Point
# kind words that make a bare capitalised name a place ("attacked Nangade village")
_ADDRESS_KINDS = frozenset("village town city district province county tehsil municipality".split())
_TOWN_ROADS = frozenset("highway road bridge roundabout junction motorway crossing".split())
_LINKING_ROADS = frozenset("highway road motorway expressway".split())  # named by the towns they join
# "de los", "de la", "wa ash": a connector then an article ("Khabb wa ash Sha'af")
_ARTICLE_JOINS = frozenset({"la", "las", "los", "le", "les", "al", "el", "ash", "ad", "ar", "az", "ed", "es", "ez"})
_token_start = attrgetter("start")  # a sentence's tokens are in order of it, for bisect


@dataclass(eq=False, slots=True)  # compared by identity
class PlaceMention:
    name: str  # the place's own name: "Buleda"
    text: str  # the whole mention: "Buleda tehsil (Kech, Balochistan)"
    start: int  # character offsets in the sentence
    end: int
    token: int  # token index of the name's first word
    near: bool = False
    feature: str | None = None  # "tehsil", "village"
    context: list[str] = field(default_factory=list)  # enclosing places written with it: ["Kech", "Balochistan"]
    motion: bool = False  # named as where people go or come from ("fled into Afghanistan", "leave Pakistan")
    origin: bool = False  # named after "from": where people come from or were taken from ("a mob from Ilaro")
    across: bool = False  # named as across a border from the event ("a post opposite Arandu"): see locating
    beside: bool = False  # its first context is a place it lies beside, not in ("Forney, east of Dallas")
    landmark: bool = False  # named as the point a distance is told from ("a town 60 km north of El Fasher")
    street: bool = False  # named as a street by its context ("the 400 block of South Washington")
    also: str | None = None  # its other name written in square brackets after it ("Zibane [Ziban]")
    side: float | None = None  # the side of its last enclosing place it lies on, in degrees from north
    # ("Sfuhen in the southern countryside of Idleb": 180), or of itself ("villages in the
    # southern countryside of Idleb")


@dataclass
class Cues:
    prepositions: PhraseIndex
    near: frozenset[str]
    features: PhraseIndex
    not_places: frozenset[str]
    function_words: frozenset[str]
    articles: frozenset[str]
    articles_alone: frozenset[str]
    surroundings: frozenset[str]
    name_stops: frozenset[str] = frozenset()
    person_titles: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    person_roles: frozenset[str] = frozenset()
    jurisdiction_words: frozenset[str] = frozenset()
    jurisdiction_fillers: frozenset[str] = frozenset()
    surroundings_near: frozenset[str] = frozenset()
    crime_words: frozenset[str] = frozenset()
    crime_fillers: frozenset[str] = frozenset()
    settlement_words: frozenset[str] = frozenset()
    across_words: frozenset[str] = frozenset()
    outlet_words: tuple[str, ...] = ()
    age_words: frozenset[str] = frozenset()
    after_person: frozenset[str] = frozenset()
    scene_words: frozenset[str] = frozenset()
    scene_determiners: frozenset[str] = frozenset()  # "a", "the", "their": before "a Dayton tavern"
    bearings: frozenset[str] = frozenset()
    distance_units: frozenset[str] = frozenset()
    bureau_towns: frozenset[str] = frozenset()
    web_words: tuple[str, ...] = ()
    organisation_heads: frozenset[str] = frozenset()
    peoples: frozenset[str] = frozenset()
    owner_words: frozenset[str] = frozenset()
    appeal_words: frozenset[str] = frozenset()  # "called on Kabul to": no place after "on"
    city_parts: frozenset[str] = frozenset()
    connectors: frozenset[str] = frozenset()
    platforms: frozenset[str] = frozenset()
    spot_followers: frozenset[str] = frozenset()
    outlet_name_words: frozenset[str] = frozenset()
    feature_parts: frozenset[str] = frozenset()
    name_suffixes: frozenset[str] = frozenset()  # "Herbert Washington Jr.": a person
    court_kinds: frozenset[str] = frozenset()  # "Superior Court", "Municipal Court": a court of law
    division_words: frozenset[str] = frozenset()  # "North Kivu's Beni territory": a province's division
    countryside_sides: dict[str, float] = field(default_factory=dict)  # "southern" countryside: 180
    firm_words: frozenset[str] = frozenset()  # "the headquarters of San Fernando company": a firm


@cache
def cues() -> Cues:
    data = load_yaml(FILE)
    if not isinstance(data, dict):
        raise KnowledgeError(f"{FILE}: must be a mapping")
    # "warplanes struck Khost": a remote strike's verb takes a place after its weapon, not alone
    # ("a car struck Reid")
    strikes = [f"{weapon} {verb}" for weapon in text_list(FILE, "strike_weapons", data.get("strike_weapons"))
               for verb in text_list(FILE, "strike_verbs", data.get("strike_verbs"))]
    preps = PhraseIndex.of(text_list(FILE, "prepositions", data.get("prepositions")) + strikes)
    feats = PhraseIndex.of(text_list(FILE, "feature_words", data.get("feature_words")))
    return Cues(preps, frozenset(text_list(FILE, "near_words", data.get("near_words"))), feats,
                frozenset(text_list(FILE, "not_places", data.get("not_places"))),
                frozenset(text_list(FILE, "function_words", data.get("function_words"))),
                frozenset(text_list(FILE, "articles", data.get("articles"))),
                frozenset(text_list(FILE, "articles_alone", data.get("articles_alone"))),
                frozenset(text_list(FILE, "surroundings", data.get("surroundings"))),
                frozenset(text_list(FILE, "name_stops", data.get("name_stops"))),
                frozenset(t.rstrip(".") for t in text_list(FILE, "person_titles", data.get("person_titles"))),
                frozenset(text_list(FILE, "speech_verbs", data.get("speech_verbs"))),
                frozenset(text_list(FILE, "person_roles", data.get("person_roles"))),
                frozenset(text_list(FILE, "jurisdiction_words", data.get("jurisdiction_words"))),
                frozenset(text_list(FILE, "jurisdiction_fillers", data.get("jurisdiction_fillers"))),
                frozenset(text_list(FILE, "surroundings_near", data.get("surroundings_near"))),
                frozenset(w.lower() for w in text_list(FILE, "crime_words", data.get("crime_words"))),
                frozenset(w.lower() for w in text_list(FILE, "crime_fillers", data.get("crime_fillers"))),
                frozenset(text_list(FILE, "settlement_words", data.get("settlement_words"))),
                frozenset(text_list(FILE, "across_words", data.get("across_words"))),
                tuple(text_list(FILE, "outlet_words", data.get("outlet_words") or [])),
                frozenset(text_list(FILE, "age_words", data.get("age_words") or [])),
                frozenset(text_list(FILE, "after_person", data.get("after_person") or [])),
                frozenset(w.lower() for w in text_list(FILE, "scene_words", data.get("scene_words") or [])),
                frozenset(w.lower() for w in text_list(FILE, "scene_determiners", data.get("scene_determiners") or [])),
                frozenset(text_list(FILE, "bearings", data.get("bearings") or [])),
                frozenset(text_list(FILE, "distance_units", data.get("distance_units") or [])),
                frozenset(fold(t) for t in text_list(FILE, "bureau_towns", data.get("bureau_towns") or [])),
                tuple(text_list(FILE, "web_words", data.get("web_words") or [])),
                frozenset(text_list(FILE, "organisation_heads", data.get("organisation_heads") or [])),
                frozenset(text_list(FILE, "peoples", data.get("peoples") or [])),
                frozenset(text_list(FILE, "owner_words", data.get("owner_words") or [])),
                frozenset(w.lower() for w in text_list(FILE, "appeal_words", data.get("appeal_words") or [])),
                frozenset(text_list(FILE, "city_parts", data.get("city_parts") or [])),
                frozenset(text_list(FILE, "name_connectors", data.get("name_connectors") or [])),
                frozenset(text_list(FILE, "platforms", data.get("platforms") or [])),
                frozenset(text_list(FILE, "spot_followers", data.get("spot_followers") or [])),
                frozenset(text_list(FILE, "outlet_name_words", data.get("outlet_name_words") or [])),
                frozenset(text_list(FILE, "feature_parts", data.get("feature_parts") or [])),
                frozenset(t.rstrip(".") for t in text_list(FILE, "name_suffixes", data.get("name_suffixes") or [])),
                frozenset(t.lower() for t in text_list(FILE, "court_kinds", data.get("court_kinds") or [])),
                frozenset(t.lower() for t in text_list(FILE, "division_words", data.get("division_words") or [])),
                _sides(data.get("countryside_sides") or {}),
                frozenset(t.lower() for t in text_list(FILE, "firm_words", data.get("firm_words") or [])))


def _sides(table) -> dict[str, float]:
    if not isinstance(table, dict) or not all(isinstance(v, (int, float)) for v in table.values()):
        raise KnowledgeError(f"{FILE}: countryside_sides must map words to degrees from north")
    return {str(k).lower(): float(v) for k, v in table.items()}


def countryside_side(lows: list[str], start: int, end: int) -> float | None:
    """The side named by "the <side> countryside of" among the words [start, end) before a place."""
    words = lows[start:end]
    if "countryside" not in words:
        return None
    sides = cues().countryside_sides
    return next((sides[w] for w in words if w in sides), None)


def ends_spot_name(tokens: list[Token], k: int) -> bool:
    """Whether the capitalised word of a building or ground at ``k`` (geo/name_parts.yaml
    local_features) ends the name of a spot begun by the capitalised word before it, as the word
    after it tells ("the Gilpin Court neighborhood", "Mosby Court apartments"): neither the end
    of a place's name ("Wayne County Court") nor an institution."""
    n = len(tokens)
    return 0 < k < n - 1 and tokens[k].capitalized and not tokens[k].all_caps \
        and tokens[k + 1].low in cues().spot_followers and tokens[k - 1].capitalized \
        and not tokens[k - 1].all_caps and is_local_feature(tokens[k].text)


def names_organisation(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the capitalised name of tokens [start, end) ends with, or is followed by, the word
    of an organisation ("Gulf Cartel", "Azov Battalion", "Arakan Army"): the group's name, not a
    place, though its first word is one; or has that word before "of" ("Communist Party of India",
    "Movement of Society for Peace"); or is followed by a firm's word in lower case ("the
    headquarters of San Fernando company")."""
    heads = cues().organisation_heads
    return (end - start > 1 and tokens[end - 1].text in heads) or (end < len(tokens) and tokens[end].text in heads) \
        or any(tokens[k].text in heads and tokens[k + 1].low == "of" for k in range(start, end - 1)) \
        or (end < len(tokens) and tokens[end].low in cues().firm_words)


SUFFIXED_NAME_WORDS = 3  # words of a name before "Jr." at most: a first, a middle and a last name


def _named_after(tokens: list[Token], k: int) -> bool:
    """Whether a capitalised word goes on at ``k`` (after a "." that may stand between): the name
    before it names a street, a school or a building ("Martin Luther King Jr. Drive")."""
    if k < len(tokens) and tokens[k].text == ".":
        k += 1
    return k < len(tokens) and tokens[k].capitalized and tokens[k].text[0].isalpha()


def person_names(tokens: list[Token]) -> set[str]:
    """The capitalised words a sentence uses as a person's name (see person_titles in
    places.yaml): "Detective Steele", "Lucy Warren, a spokeswoman", "..., said Ana Diaz."
    """
    c = cues()
    lows = lows_of(tokens)
    n = len(tokens)
    names: set[str] = set()

    def run_from(k: int) -> int:
        j = k
        while j < n and tokens[j].capitalized and tokens[j].text[0].isalpha():
            j += 1
        return j

    for k, t in enumerate(tokens):
        if t.text.rstrip(".") in c.person_titles and t.capitalized:
            start = k + 2 if k + 1 < n and tokens[k + 1].text == "." else k + 1
            end = run_from(start)
            names.update(tok.text for tok in tokens[start:end])
        elif lows[k] in c.speech_verbs:
            before = k
            # "Kansas City Mayor Sly James says": the name starts after the title, the words
            # before it name the title's town or force
            while before > 0 and tokens[before - 1].capitalized and tokens[before - 1].text[0].isalpha() \
                    and tokens[before - 1].text.rstrip(".") not in c.person_titles:
                before -= 1
            if k - before >= 2 and (before == 0 or lows[before - 1] not in ("the", "a", "an")):
                names.update(tok.text for tok in tokens[before:k])
            end = run_from(k + 1)
            if end - (k + 1) >= 2 and (end >= n or tokens[end].text in (".", ",")):
                # ("said Avondale Mayor Ed Rieker": the name starts after the title, the words
                # before it name the title's town)
                start = k + 1
                for j in range(k + 1, end):
                    if tokens[j].text.rstrip(".") in c.person_titles or lows[j] in c.person_roles:
                        start = j + 1
                names.update(tok.text for tok in tokens[start:end])
        elif lows[k] in c.age_words and k + 1 < n and tokens[k + 1].capitalized:
            # "the 7-year-old Dana Reyes was ...": a name of two or more words after an age,
            # ended by punctuation or a verb ("a 4-year-old Kansas City girl" names a town)
            end = run_from(k + 1)
            if end - (k + 1) >= 2 and (end >= n or not tokens[end].text[0].isalpha()
                                       or lows[end] in c.after_person) \
                    and not any(lows[i] in c.person_roles for i in range(k + 1, end)):
                names.update(tok.text for tok in tokens[k + 1:end])
        elif t.text.rstrip(".") in c.name_suffixes and k >= 2 and tokens[k - 1].capitalized \
                and tokens[k - 2].capitalized and not _named_after(tokens, k + 1):
            # "son of Herbert Washington Jr.": a name of two or more words and a generation's mark
            # (not "Martin Luther King Jr. Drive": a street named after him)
            # (at most a first, a middle and a last name, after any title: "Hampton Police Chief
            # Terry Sult Jr." names Hampton's chief, not a person Hampton)
            start = k
            while start > max(0, k - SUFFIXED_NAME_WORDS) and tokens[start - 1].capitalized \
                    and tokens[start - 1].text[0].isalpha() and tokens[start - 1].text.rstrip(".") not in c.person_titles \
                    and lows[start - 1] not in c.person_roles:
                start -= 1
            names.update(tok.text for tok in tokens[start:k + 1])
        elif t.text == "," and k >= 1 and k + 2 < n and tokens[k + 1].text.isdigit() and len(tokens[k + 1].text) <= 3 \
                and tokens[k + 2].text in (",", ")") and tokens[k - 1].capitalized:
            # "Dana Reyes, 34, was ...": a name of two or more words with an age after it
            start = k
            while start > 0 and tokens[start - 1].capitalized and tokens[start - 1].text[0].isalpha():
                start -= 1
            # (a headline's "Reno Girl, 16, Dies" names a town and a girl)
            if k - start >= 2 and not any(lows[i] in c.person_roles for i in range(start, k)):
                names.update(tok.text for tok in tokens[start:k])
            elif k - start == 1 and _aged_surname(tokens, lows, start):
                names.add(tokens[start].text)
        elif t.text == "," and k >= 2 and k + 2 < n and lows[k + 1] in ("a", "an", "the") \
                and lows[k + 2] in c.person_roles:
            start = k
            while start > 0 and tokens[start - 1].capitalized and tokens[start - 1].text[0].isalpha():
                start -= 1
            if k - start >= 2:
                names.update(tok.text for tok in tokens[start:k])
    return names


OLDEST = 120  # the largest number after a name and a comma that is read as an age


def _aged_surname(tokens: list[Token], lows: list[str], k: int) -> bool:
    """ "accused of shooting Milner, 22, late Tuesday", "Jackson, 28, of Maple Street": one
    capitalised word with an age between commas after it, not after a word that places it ("a
    man from Gary, 34, ...") and not written in capitals (a dateline: "RENO, 12 (AP)"), is a
    person's surname."""
    t = tokens[k]
    if t.all_caps or not 0 < int(tokens[k + 2].text) <= OLDEST or t.low in cues().person_roles:
        return False
    return k == 0 or not any(m.end == k for m in cues().prepositions.at(lows, k - 1))


def _name_before(tokens: list[Token], k: int, fillers, most: int | None = None,
                 fillers_end_it: bool = False) -> tuple[int, int]:
    """The capitalised words before token ``k`` and the fillers after them ("Brevard County
    Sheriff's", "Wilmington double shooting"): (start, end) of the name, at most ``most`` words;
    with ``fillers_end_it`` a filler before the name is not part of it."""
    c = cues()
    end = k
    while end > 0 and fillers(tokens[end - 1]):
        end -= 1
    start = end
    while start > (0 if most is None else max(0, end - most)) and tokens[start - 1].capitalized \
            and tokens[start - 1].text[0].isalpha() and tokens[start - 1].text not in c.not_places \
            and not (fillers_end_it and fillers(tokens[start - 1])):
        start -= 1
    return start, end


def name_before(tokens: list[Token], k: int) -> tuple[int, int]:
    """The town or county named before a local force's word at token ``k`` ("the Laurel Police
    Department": Laurel; "the Taichung City Police": Taichung), as (start, end) tokens."""
    c = cues()
    return _name_before(tokens, k, lambda tok: tok.text in c.jurisdiction_fillers)


def jurisdictions(tokens: list[Token]) -> list[str]:
    """The towns or counties a sentence names as a local force's ("Fresno police", "the Laurel
    Police Department", "Brevard County Sheriff's Office"). A name right before "City" is given
    with it ("Kansas City police": Kansas City), as many towns are named; the locating reads
    it without it where the gazetteer knows no town so ("the Taichung City Police": Taichung)."""
    c = cues()
    out = []
    for k, t in enumerate(tokens):
        if k == 0 or t.text not in c.jurisdiction_words:
            continue
        start, end = name_before(tokens, k)
        if start < end:
            if end < k and tokens[end].text == CITY:
                end += 1
            out.append(" ".join(tok.text for tok in tokens[start:end]))
    return out


CITY = "City"




def crime_scenes(tokens: list[Token]) -> list[str]:
    """Names a crime is called after ("Wilmington double shooting"): for each crime word, the
    last one, two and three capitalised words before it (and its fillers), shortest first; and a
    venue's or person's whole name after "a", "the" or "their" ("a Dayton tavern", "a Tacoma man",
    "in their Akron home": ``scene_words`` and ``scene_determiners``); the caller keeps the ones
    the gazetteer knows as a town."""
    c = cues()
    out = []
    for k, t in enumerate(tokens):
        if k == 0 or t.low not in c.crime_words:
            if k > 1 and t.low in c.scene_words:
                # "inside a Dayton tavern": the whole name after "a"/"an"/"the", never a part of it
                # (one word of what kind between: "outside a Memphis convenience store")
                at = k - 1 if tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower() \
                    and tokens[k - 1].low not in c.scene_determiners else k
                start, end = _name_before(tokens, at, lambda tok: False, most=3)
                if start < end and start > 0 and tokens[start - 1].low in c.scene_determiners:
                    out.append(" ".join(tok.text for tok in tokens[start:end]))
            continue
        start, end = _name_before(tokens, k, lambda tok: tok.low in c.crime_fillers, most=3, fillers_end_it=True)
        out += [" ".join(tok.text for tok in tokens[s:end]) for s in range(end - 1, start - 1, -1)]
    return out


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().strip()


def _name_word(t: Token) -> bool:
    """A word of a name: capitalised, or an Arabic article in lower case joined to a capitalised
    word ("al-Hasakeh", "ash-Shaddadi": data ``articles`` in places.yaml)."""
    if t.capitalized:
        return t.text[0].isalpha()
    if _elided_article(t.text):
        return True  # "Petite Riviere de l'Artibonite", "Cote d'Ivoire"
    head, dash, rest = t.text.partition("-")
    return bool(dash) and rest[:1].isupper() and head in cues().articles


_ELIDED = ("l'", "d'", "l’", "d’")


def _elided_article(word: str) -> bool:
    """A French or Italian article or "de" elided before a capitalised name: "l'Artibonite", "d'Ivoire"."""
    return len(word) > 3 and word[:2].lower() in _ELIDED and word[2].isupper()


def name_run(tokens: list[Token], i: int, stop: set[int]) -> int:
    """End of a name starting at token i ("Spin Boldak", "Ras Al Ain", "al-Bukamal", "el Mina")."""
    j = i
    n = len(tokens)
    ends = cues().name_stops
    # (a street's "Court" may have been read as the courts, an actor: it ends the street's name)
    while j < n and (j not in stop or (j > i and _street_stop(tokens, j))):
        t = tokens[j]
        if j > i and t.text in ends and not ends_spot_name(tokens, j) and not _street_stop(tokens, j):
            break  # "Rockbridge County Monday", "Wayne County Sheriff"
        if j > i and _case_switch(tokens, j):
            break  # "Twitter JOHNSON COUNTY": a page's link, then a dateline in capitals
        if _name_word(t):
            j += 1
        elif t.low in cues().connectors and (j > i or t.text in cues().articles_alone) and _joins(tokens, j):
            j += 1 if tokens[j + 1].capitalized or _elided_article(tokens[j + 1].text) else 2
        elif t.text in ("-",) and j > i and j + 1 < n and tokens[j + 1].capitalized:
            j += 1
        elif t.text == "." and j > i and tokens[j - 1].text in _ABBREVIATED and j + 1 < n and tokens[j + 1].capitalized:
            j += 1  # "St. Petersburg", "Mt. Vernon"
        else:
            break
    return j


def _street_stop(tokens: list[Token], j: int) -> bool:
    """Whether the stop word at ``j`` that is also a street's last word ("Court") ends a street's
    name ("the 100 block of Balsam Court", "on Northwest Fourth Court"), not a place's before a
    court of law: a court's kind ("Superior Court", places.yaml ``court_kinds``) or a place's kind
    ("Wayne County Court", "Rome City Court") stands before a court."""
    before = tokens[j - 1].low
    return fold(tokens[j].low) in name_parts().streets and before not in cues().court_kinds \
        and not cues().features.starts(before) and tokens[j - 1].capitalized


def _case_switch(tokens: list[Token], j: int) -> bool:
    """Whether a word in capitals follows a capitalised one in lower case at j ("Facebook |
    Twitter JOHNSON COUNTY (KXYZ) -"): a dateline opens there, after the page's own words. A kind
    word in capitals ("Rafi LGA") or a short initialism goes on with its name."""
    word, before = tokens[j].text, tokens[j - 1].text
    return len(word) > 3 and word.isalpha() and word.isupper() and before[:1].isupper() \
        and before.isalpha() and not before.isupper() and not cues().features.starts(tokens[j].low)


def _joins(tokens: list[Token], j: int) -> bool:
    """Whether the connector at j joins two parts of one name: a capitalised word follows it,
    directly or after one more connector ("Leon de los Aldama", "Martinez de la Torre") or an
    elided article ("Petite Riviere de l'Artibonite")."""
    n = len(tokens)
    if j + 1 < n and (tokens[j + 1].capitalized or _elided_article(tokens[j + 1].text)):
        return True
    return j + 2 < n and tokens[j + 1].low in _ARTICLE_JOINS and tokens[j + 2].capitalized


def holiday_at(lows: list[str], j: int) -> bool:
    """ "on Christmas Eve", "on Easter Sunday", "International Workers' Day": a holiday or a day
    named for what it marks is a date, never a place."""
    return any(days.starts(lows[j]) and bool(days.at(lows, j)) for days in (holiday_phrases(), named_day_phrases()))


def _opens_name(tokens: list[Token], j: int) -> bool:
    """Whether a name can start at token j: "Kandahar", "al-Hasakeh", "el Mina"; not an article
    written alone before a word in lower case ("at Al cadala junction": no place called Al)."""
    t = tokens[j]
    if t.low in cues().articles_alone and not (j + 1 < len(tokens) and (tokens[j + 1].capitalized
                                                                         or _name_word(tokens[j + 1]))):
        return False
    return t.capitalized or _name_word(t) or (t.text in cues().articles_alone and j + 1 < len(tokens)
                                              and tokens[j + 1].capitalized)


def find_places(tokens: list[Token], sentence: str, actor_tokens: set[int], not_place=lambda name: False) -> list[PlaceMention]:
    c = cues()
    out: list[PlaceMention] = []
    lows = lows_of(tokens)
    n = len(tokens)
    i = 0  # the first position not yet read
    for at in c.prepositions.positions(lows):
        if at < i:
            continue
        preps = c.prepositions.at(lows, at)
        if not preps:
            continue
        prep = max(preps, key=match_end)
        if lows[prep.start] == "to" and prep.end == prep.start + 1 and prep.start and lows[prep.start - 1] in c.owner_words:
            i = prep.end  # "a post belonging to Asayish", "fighters loyal to Haftar": an owner, no place
            continue
        if lows[prep.start] == "on" and prep.end == prep.start + 1 and prep.start and lows[prep.start - 1] in c.appeal_words:
            i = prep.end  # "called on Kabul to stop ...": the one appealed to, no place
            continue
        if lows[prep.start] == "of" and prep.start and tokens[prep.start - 1].text in c.organisation_heads:
            i = prep.end  # "Communist Party of India-Maoist": the organisation's name goes on
            continue
        # "in central Ankara", "in the southern countryside of Idleb": a part of the place named
        j = _past_surroundings(tokens, prep.end, c)
        if j == prep.end and j + 1 < n and tokens[j].text in c.city_parts and lows[prep.end - 1] != "the":
            j += 1  # "in downtown Columbia"
        around = any(w in c.surroundings_near for w in lows[prep.end:j])
        if j < n and lows[j] == "the":
            j += 1
        # "the village of Kashkash", "the border town of Chaman"
        feature = None
        # (with describing words before the kind word: "the nearby town of Niono", "the remote
        # border village of Angoor Adda")
        for k in range(j, min(j + FEATURE_DESCRIBED_MOST + 1, n)):
            feats = c.features.at(lows, k) if c.features.starts(lows[k]) else []
            f = max(feats, key=match_end) if feats else None
            # (after describing words the kind word is in lower case: "the state Department of
            # Justice" names an office)
            if f is not None and f.end + 1 < n and lows[f.end] == "of" and tokens[f.end + 1].capitalized \
                    and (k == j or tokens[k].text.islower()):
                feature = " ".join(lows[f.start:f.end])
                j = f.end + 1
                break
            if f is not None and k == j and f.end == k + 1 and lows[k] in _LINKING_ROADS and f.end < n \
                    and tokens[f.end].capitalized and "-" in sentence[tokens[f.end].start:tokens[f.end].end + 40]:
                # "in the highway Turmero-Maracay": a road named by the towns it joins, after its kind
                feature = lows[k]
                j = f.end
                break
            if not (tokens[k].text.isalpha() and tokens[k].text.islower()) or lows[k] in c.function_words:
                break
        if feature is None and _told_kind_then_province(tokens, lows, j, c):
            j += 2  # "in the district, Paktia": the district told before, in the province named after it
        if j >= n or not _opens_name(tokens, j) or tokens[j].text in c.not_places \
                or (j in actor_tokens and not _titled_place(tokens, lows, j, actor_tokens, c)) or holiday_at(lows, j):
            i = prep.end
            continue
        # (an actor's word that opens a titled place's name is part of it: no copy of the set otherwise)
        end = _before_written_division(tokens, lows, j, name_run(tokens, j, actor_tokens - {j} if j in actor_tokens
                                                                 else actor_tokens), c)
        if end == j:
            i = prep.end
            continue
        if end + 1 < n and tokens[end].low in ("'s", "’s") and tokens[end + 1].text in _OWNED_DIVISIONS:
            end += 2  # "Prince George's County", "St. Mary's Parish": the possessive is the name's
        owner = None
        # (not where people go or come from: "fled into Afghanistan's Kunar province" crosses into the country)
        inner = _owned_place(tokens, lows, j, end, actor_tokens, c) if lows[prep.start] not in _MOTION else None
        if inner is not None:
            # "in Nigeria's Zamfara state", "in Yemen's capital Sanaa": the place is the country's
            owner = sentence[tokens[j].start:tokens[end - 1].end]
            j, end = inner
        name = sentence[tokens[j].start:tokens[end - 1].end]
        if (not_place(name) and not _capital_after(lows, end)) \
                or names_organisation(tokens, j, end) or _describes(tokens, j, end, c) or _names_facility(tokens, end) \
                or (end == j + 1 and fold(name) in direction_words()):
            i = end  # a lone "East" or "North" is a direction, not the region named so
            continue
        corner = _cross_street_end(tokens, lows, end, actor_tokens)
        if corner:
            i = corner  # "near Fillmore and Turk streets", "at 26th and Zuni": a street corner of the town
            continue
        prep_words = " ".join(lows[prep.start:prep.end])
        name_end = end
        place, end = _mention(tokens, lows, sentence, name, j, end, feature, actor_tokens, c)
        if place.context and lows[prep.start] == "from" and prep.start - 1 in actor_tokens \
                and name_end < n and lows[name_end] == "in":
            # "two laborers from Punjab in Turbat": where the people come from, then where the deed
            # was; the place after "in" is no province around their home
            place, end = PlaceMention(name=name, text=name, start=tokens[j].start,
                                      end=tokens[name_end - 1].end, token=j), name_end
        if owner is not None:
            place.context = [*place.context, owner]
        place.near, place.motion = prep_words in c.near or around, lows[prep.start] in _MOTION
        if not place.context:
            place.side = countryside_side(lows, prep.end, j)
        place.origin = lows[prep.start] == "from"
        place.landmark = _distance_before(lows, prep.start, c)
        place.across = prep_words in c.across_words
        # "the 400 block of South Washington": a street, whatever town bears its name
        # ("the 400 block of": a house number before it; "a residential block of Khan Younis" is the town's)
        place.street = lows[prep.start] == "of" and prep.start > 1 and lows[prep.start - 1] in _BLOCKS \
            and lows[prep.start - 2][:1].isdigit()
        out.append(place)
        i = end
    labelled = _labelled(tokens, lows, sentence, actor_tokens, not_place, out, c)
    return out + labelled + _addressed(tokens, lows, sentence, actor_tokens, not_place, out, c)


def _told_kind_then_province(tokens: list[Token], lows: list[str], j: int, c: "Cues") -> bool:
    """Whether a kind word after "the" at ``j`` stands for a place told before it, with a comma
    and the name of the province around it after it ("wounded by gunmen in the district,
    Paktia")."""
    return 0 < j and j + 2 < len(tokens) and lows[j - 1] == "the" and tokens[j + 1].text == "," \
        and any(m.end == j + 1 for m in c.features.at(lows, j)) and _opens_name(tokens, j + 2)


def _titled_place(tokens: list[Token], lows: list[str], j: int, actor_tokens: set[int], c: "Cues") -> bool:
    """Whether the actor's word at ``j`` opens a place's name, with its kind word after it: "in
    Imam Sahib district" is the district, though "imam" alone names a cleric. The words after
    it name no actor themselves ("in Taliban areas" names no place)."""
    end = name_run(tokens, j + 1, actor_tokens)
    return end > j + 1 and end < len(tokens) and c.features.starts(lows[end])


LABEL_DAY_WORDS = 4  # words of a day between a paragraph's place and its colon ("Kabankalan City, Tuesday evening:")


def _labelled(tokens: list[Token], lows: list[str], sentence: str, actor_tokens: set[int], not_place,
              found: list[PlaceMention], c: "Cues") -> list[PlaceMention]:
    """The place a paragraph of a roundup opens with as its label, with the incident's day and a
    colon ("Kabankalan City, Tuesday evening: A councilor was shot dead ...", "Raipur, Feb 7:"):
    where that paragraph's incident happened."""
    n = len(tokens)
    if n < 4 or ":" not in lows[:LABEL_DAY_WORDS + 6] or not _opens_name(tokens, 0) or 0 in actor_tokens \
            or any(p.start == 0 for p in found):
        return []
    end = name_run(tokens, 0, actor_tokens)
    # (a page's own labels are in capitals: "UPDATE, MAY 20: Four persons of interest ...")
    if end == 0 or end >= n or lows[end] != "," or tokens[0].text in c.not_places \
            or any(t.all_caps and len(t.text) > 1 for t in tokens[:end]):
        return []
    colon = lows.index(":", end)
    day = lows[end + 1:colon]
    if not day or len(day) > LABEL_DAY_WORDS or not any(w in WEEKDAYS or w.rstrip(".") in MONTHS for w in day):
        return []
    name = sentence[tokens[0].start:tokens[end - 1].end]
    if not_place(name) or names_organisation(tokens, 0, end):
        return []
    return [PlaceMention(name=name, text=name, start=tokens[0].start, end=tokens[end - 1].end, token=0)]


def _distance_before(lows: list[str], k: int, c: "Cues") -> bool:
    """Whether the "of" or "from" at ``k`` ends a distance ("60 km north of", "about 20 miles
    from", "40km south-west of"): the place after it is where the distance is told from."""
    if lows[k] not in ("of", "from") or k < 2:
        return False
    j = k - 1
    if lows[j] in c.bearings:
        j -= 1
    # ("40km" is one word: its unit after the digits)
    return j >= 0 and (lows[j] in c.distance_units
                       or (lows[j][:1].isdigit() and lows[j].lstrip("0123456789.,") in c.distance_units))


_BLOCKS = frozenset({"block", "blocks"})
_OWNED_DIVISIONS = frozenset({"County", "Parish"})  # divisions named after a person in the possessive


def _before_written_division(tokens: list[Token], lows: list[str], j: int, end: int, c: "Cues") -> int:
    """Where a name ends before a district's kind word written in capitals as if part of it
    ("Bokkos Local Government Area of Plateau State", "Maru LGA"): the kind word of several
    words, or in capitals, that geo's ADMIN_FEATURES reads as a division; the name before it is
    the place (with what follows it: "of Plateau State"). One-word kinds in title case ("Plateau
    State", "Orange County") stay in the name."""
    n = len(tokens)
    for k in range(j + 1, min(end + 1, n)):
        if not tokens[k].capitalized or not c.features.starts(lows[k]):
            continue
        f = max(c.features.at(lows, k), key=match_end, default=None)
        if f is None:
            continue
        kind = " ".join(lows[f.start:f.end])
        if _DIVISION_KINDS.get(kind) and (f.end - f.start > 1 or tokens[k].text.isupper()):
            return k
    return end

_OWNED_DESCRIBED_MOST = 3  # lower-case words between a country's possessive and its place's name
_NOT_DESCRIBING = frozenset({"on", "in", "at", "of", "and", "or", "to", "for", "with", "by", "from", "after",
                             "before", "during", "as", "the", "a", "an", "near", "since", "until", "when"})


def _owned_place(tokens: list[Token], lows: list[str], j: int, end: int, actor_tokens: set[int],
                 c: "Cues") -> tuple[int, int] | None:
    """The place's name that a country's name in the possessive at [j, end) owns, with at most a
    few lower-case describing words between ("Nigeria's Zamfara state", "central Mali's Mopti
    region", "Yemen's capital Sanaa", "Pakistan's restive Balochistan province"): (start, end)
    of its tokens, else None."""
    n = len(tokens)
    if end + 1 >= n or tokens[end].low not in ("'s", "’s"):
        return None
    # (a province's name, which may be no country's subdivision as ISO writes it, owns a place
    # written as one of its divisions: "North Kivu's Beni territory", "Hiraan's Bulobarde district")
    named = _cached_name_country(" ".join(t.text for t in tokens[j:end])) is not None
    k = end + 1
    while k < n and k - end - 1 < _OWNED_DESCRIBED_MOST and tokens[k].text.replace("-", "").isalpha() \
            and tokens[k].text.islower():
        if lows[k] in _NOT_DESCRIBING:
            return None  # "in Nigeria's northwest on Sunday": the country's part, then a day
        k += 1
    if k >= n or not _opens_name(tokens, k) or k in actor_tokens or holiday_at(lows, k) \
            or lows[k] in WEEKDAYS or lows[k] in MONTHS:
        return None
    inner_end = _before_written_division(tokens, lows, k, name_run(tokens, k, actor_tokens), c)
    if inner_end <= k:
        return None
    if not named and not (k == end + 1 and inner_end < n and lows[inner_end] in c.division_words):
        return None
    return k, inner_end


def _names_facility(tokens: list[Token], end: int) -> bool:
    """Whether a possessive and capitalised words naming a building go on from the name ending at
    ``end``: "Comer Children's Hospital", "St. Mary's Medical Center" name a facility, not a town;
    so does a name joined to the owner's by "and" ("Brigham and Women's Hospital")."""
    n = len(tokens)
    k = end
    if k + 1 < n and tokens[k].low in ("and", "&") and tokens[k + 1].capitalized:
        k += 1  # the second owner's name ("Women")
    while k < n and tokens[k].capitalized:  # the rest of the owner's name ("Children")
        k += 1
    if k >= n or tokens[k].low not in ("'s", "’s"):
        return False
    m = k + 1
    while m < n and tokens[m].capitalized:
        m += 1
    return m > k + 1 and is_local_feature(tokens[m - 1].text)


def _describes(tokens: list[Token], j: int, end: int, c: "Cues") -> bool:
    """A people's or a faith's name written before a noun in lower case ("the Arab towns", "a Druze
    village"): it says what the noun is, not where (data ``peoples``)."""
    return end == j + 1 and tokens[j].text in c.peoples and end < len(tokens) \
        and tokens[end].text.isalpha() and tokens[end].text.islower() and tokens[end].low not in c.function_words


def _cross_street_end(tokens: list[Token], lows: list[str], end: int, actor_tokens: set[int]) -> int:
    """Where "X and Y streets" (a corner) ends, when the name just read is its X; else 0."""
    n = len(tokens)
    if end + 1 >= n or lows[end] not in ("and", "&") or not tokens[end + 1].capitalized:
        return 0
    stop = name_run(tokens, end + 1, actor_tokens)
    if stop < n and fold(lows[stop]) in _STREET_PLURALS | name_parts().streets:
        return stop + 1
    return 0


_STREET_PLURALS = frozenset({"streets", "avenues", "roads", "drives", "boulevards", "lanes"})


def _mention(tokens: list[Token], lows: list[str], sentence: str, name: str, j: int, end: int,
             feature: str | None, actor_tokens: set[int], c: "Cues") -> tuple[PlaceMention, int]:
    """The place named by tokens [j, end), with its kind word and the places written around it."""
    mention_end = tokens[end - 1].end
    # "Buleda tehsil", "Marahistan area"
    if feature is None and end < len(tokens) and c.features.starts(lows[end]):
        f = max(c.features.at(lows, end), key=match_end, default=None)
        if f is not None:
            feature = " ".join(lows[f.start:f.end])
            mention_end = tokens[f.end - 1].end
            end = f.end
            # "Kadikoy town center, Istanbul": a part of the place after its kind word leaves
            # the places written after it to the place (data ``feature_parts``)
            if end < len(tokens) and lows[end] in c.feature_parts:
                mention_end = tokens[end].end
                end += 1
    if feature is None and _capital_after(lows, end):
        feature = "capital"  # "the Yemeni capital": read with the country's capital (capital_named)
        mention_end = tokens[end].end
        end += 1
    elif feature is None and end + 1 < len(lows) and lows[end] in ("'s", "’s") and _capital_after(lows, end + 1) \
            and not (end + 2 < len(tokens) and tokens[end + 2].text[:1].isupper()):
        feature = "capital"  # "in Haiti's capital" (not "Yemen's capital Sanaa", the town named)
        mention_end = tokens[end + 1].end
        end += 2
    number_end = _designation_end(lows, end)
    if number_end > end and number_end < len(tokens) and lows[number_end] in (",", "("):
        # "in the area of Mine 6/7, Donetsk": a numbered site of the place written after it
        mention_end = tokens[number_end - 1].end
        end = number_end
    also, past = _bracketed_name(tokens, end, sentence)
    if past == end and end + 1 < len(tokens) and tokens[end].text.isalpha() and tokens[end].text.islower():
        # with a word of what the place is before the brackets: "Thirah mountain [Aqabat Thirah]"
        also, past = _bracketed_name(tokens, end + 1, sentence)
        past = past if also is not None else end
    if past > end:
        end = past
        mention_end = tokens[end - 1].end
    named_end = end
    context, mention_end, end, side = _enclosing(tokens, end, sentence, actor_tokens, c, feature is not None,
                                                 mention_end)
    # "Forney, east of Dallas": a bearing after the comma puts the place beside the other
    beside = bool(context) and named_end + 2 < len(tokens) and lows[named_end] == "," \
        and lows[named_end + 1] in c.bearings and lows[named_end + 2] == "of"
    return PlaceMention(
        name=name,
        text=sentence[tokens[j].start:mention_end],
        start=tokens[j].start,
        end=mention_end,
        token=j,
        near=False,
        feature=feature,
        context=context,
        motion=False,
        beside=beside,
        also=also,
        side=side,
    ), end


BRACKETED_NAME_MOST = 6  # words of another name in square brackets after a place's name
CODED_AT = ("coded to ", "coded at ", "coded as ")  # a coder's note of the place an event is put at


def _bracketed_name(tokens: list[Token], end: int, sentence: str) -> tuple[str | None, int]:
    """Another name of the place written in square brackets right after its name, as coders write
    the spelling their gazetteer holds ("the village of Zibane [Ziban] (Anzourou, Tillaberi)"),
    and where the mention goes on past the brackets; (None, ``end``) where none are written. Only
    a name in capitals is a name: "[sic]" is an editor's note, passed over all the same."""
    n = len(tokens)
    if end >= n or tokens[end].text != "[":
        return None, end
    close = next((k for k in range(end + 1, min(end + 2 + BRACKETED_NAME_MOST, n)) if tokens[k].text == "]"), None)
    if close is None or close == end + 1:
        return None, end
    inner = sentence[tokens[end].end:tokens[close].start].strip()
    for note in CODED_AT:
        if inner.lower().startswith(note):
            inner = inner[len(note):].strip()  # "Syntagma square [coded to Athens-Central Athens]"
            break
    named = bool(inner) and all(w[:1].isupper() or w.lower() in cues().connectors or w[:1].isdigit()
                                for w in inner.split())
    return (inner if named else None), close + 1


def _designation_end(lows: list[str], k: int) -> int:
    """Where a short number written after a name as its designation ends ("Mine 6/7", "Shaft
    12-bis" aside: digits, "/" and "-" only, at most three tokens); ``k`` when none stands there."""
    end = k
    while end < len(lows) and end - k < 3 and (lows[end].isdigit() and len(lows[end]) <= 3
                                               or (lows[end] in ("/", "-") and end > k)):
        end += 1
    return end if end > k and lows[end - 1].isdigit() else k


def _addressed(tokens: list[Token], lows: list[str], sentence: str, actor_tokens: set[int], not_place,
               found: list[PlaceMention], c: "Cues") -> list[PlaceMention]:
    """Places written without a preposition but with their kind or their address: "attacked
    Nangade village", "attacked Debiro (Biu LGA, Borno)"."""
    if _ADDRESS_KINDS.isdisjoint(lows) and "(" not in lows and _TOWN_ROADS.isdisjoint(lows):
        return []  # neither a kind word nor an address to read
    # the tokens inside the places found (tokens are in order of their offsets)
    covered = {k for p in found for k in range(bisect_left(tokens, p.start, key=_token_start),
                                               bisect_left(tokens, p.end, key=_token_start))}
    out: list[PlaceMention] = []
    n = len(tokens)
    i = 1  # the first word of a sentence is capitalised anyway
    while i < n:
        t = tokens[i]
        if i in covered or i in actor_tokens or not t.capitalized or not t.text[0].isalpha() \
                or (tokens[i - 1].capitalized and not _case_switch(tokens, i)) or t.text in c.not_places:
            i += 1
            continue
        end = name_run(tokens, i, actor_tokens)
        kind = end < n and c.features.starts(lows[end]) and lows[end] in _ADDRESS_KINDS
        # "blocked the Saadnayel highway": a town's road, its kind in lower case after "the"
        # ("Windsor Drive" names a street of its own)
        road = end < n and lows[end] in _TOWN_ROADS and tokens[end].text.islower() and lows[i - 1] == "the"
        if end == i or not (kind or road or _address_after(tokens, i, end, sentence)):
            i = max(end, i + 1)
            continue
        name = sentence[t.start:tokens[end - 1].end]
        if not_place(name) or names_organisation(tokens, i, end) or _describes(tokens, i, end, c):
            i = end
            continue
        place, end = _mention(tokens, lows, sentence, name, i, end, None, actor_tokens, c)
        place.near = place.near or road  # on the town's road: near the town
        out.append(place)
        i = end
    return out


def _enclosing(tokens: list[Token], end: int, sentence: str, actor_tokens: set[int], c: "Cues",
               has_feature: bool, mention_end: int) -> tuple[list[str], int, int, float | None]:
    """The places written around a name, most specific first: "Nihing Tank area in Zamuran area
    (Kech district, Balochistan)" gives ["Zamuran", "Kech district", "Balochistan"]; and the side
    of the last of them the name lies on ("in the southern countryside of Idleb": 180), if told."""
    lows = lows_of(tokens)
    n = len(tokens)
    context: list[str] = []
    side: float | None = None
    k = end
    for _ in range(4):
        inner = _parenthetical(tokens, _past_descriptors(tokens, k), sentence)
        if inner:
            context.extend(inner[0])
            return context, inner[1], k, None
        joiner = lows[k] if k < n else ""
        # "Arandu town of Chitral", "Wana, South Waziristan", "Datta Khel in North Waziristan",
        # "Bara in the southern countryside of Idleb"
        if joiner in (",", "in") or (joiner == "of" and (has_feature or context)):
            start = _past_surroundings(tokens, k + 1, c) if joiner != "of" else k + 1
            if start < n and _opens_name(tokens, start) and tokens[start].text not in c.not_places:
                stop = name_run(tokens, start, actor_tokens)
                # "on Sunrise Boulevard, Ingram said": a speaker, not the place around it; "In the
                # Donetsk region, Russian shelling killed": a people's adjective opens the clause
                if stop > start and not (stop < n and lows[stop] in c.speech_verbs) \
                        and not (joiner == "," and _adjective_alone(sentence[tokens[start].start:tokens[stop - 1].end])):
                    owner = sentence[tokens[start].start:tokens[stop - 1].end]
                    owned = _owned_place(tokens, lows, start, stop, actor_tokens, c)
                    if owned is not None:
                        # "Kutru in Chhattisgarh's Bijapur district": the district, in its state
                        start, stop = owned
                    context.append(sentence[tokens[start].start:tokens[stop - 1].end])
                    side = countryside_side(lows, k + 1, start) if joiner == "in" else None
                    if owned is not None:
                        context.append(owner)
                    mention_end = tokens[stop - 1].end
                    k = stop
                    feats = c.features.at(lows, k) if k < n and c.features.starts(lows[k]) else []
                    if feats:
                        f = max(feats, key=match_end)
                        mention_end = tokens[f.end - 1].end
                        k = f.end
                        has_feature = True
                    continue
        break
    return context, mention_end, k, side


def _past_surroundings(tokens: list[Token], k: int, c: "Cues") -> int:
    """Where the enclosing place's name starts after "in": past "the", words for a part of it
    written in lower case ("southern", "countryside", "outskirts": data ``surroundings``) and
    "of", as in "in the eastern countryside of Dar'a" or "in western Yemen" ("in North
    Waziristan" is a name).  Without such words, ``k``."""
    n = len(tokens)
    j = k + (k < n and tokens[k].text == "the")
    parts = j
    while parts < n and parts - j < 2 and tokens[parts].text in c.surroundings:
        parts += 1
    if parts == j:
        return k
    return parts + (parts < n and tokens[parts].text == "of")


FEATURE_DESCRIBED_MOST = 2  # lower-case words before a kind word and "of": "the nearby border town of Chaman"
DESCRIPTORS_MOST = 2  # lower-case words between a name and its address: "Bani Siyah residential villages (...)"
DESCRIPTORS_AFTER_KIND = 3  # or opening with its kind word: "Adhaura police station limits (...)"


def _past_descriptors(tokens: list[Token], k: int) -> int:
    """Where an address would open after a name's describing words: "Al Alam military camp
    (Marib, Marib)" and "Kolofata subdivision (Mayo-Sava, Extreme-Nord)" say where the camp and
    the subdivision are.  Only plain lower-case words count, at most ``DESCRIPTORS_MOST`` of
    them (one more after a kind word: "police station limits") and none a function word
    ("attacked Debiro and fled (...)" is no address); where none
    is skipped, or no bracket follows, ``k`` itself."""
    j = k
    most = DESCRIPTORS_AFTER_KIND if k < len(tokens) and cues().features.starts(tokens[k].low) else DESCRIPTORS_MOST
    while j < len(tokens) and j - k < most and tokens[j].text.isalpha() \
            and tokens[j].text.islower() and tokens[j].low not in cues().function_words:
        j += 1
    return j if j > k and j < len(tokens) and tokens[j].text == "(" else k


def _parenthetical(tokens: list[Token], end: int, sentence: str) -> tuple[list[str], int] | None:
    """ "(Kech, Balochistan)" right after a name."""
    if end >= len(tokens) or tokens[end].text != "(":
        return None
    close = next((k for k in range(end + 1, min(end + 12, len(tokens))) if tokens[k].text == ")"), None)
    if close is None:
        return None
    inner = sentence[tokens[end].end:tokens[close].start]
    parts = [p.strip() for p in inner.split(",") if p.strip()]
    if not parts or not all(map(_written_as_name, parts)):
        return None
    return parts, tokens[close].end


def _capital_after(lows: list[str], end: int) -> bool:
    """Whether "capital" follows the name ending at token ``end`` ("the Yemeni capital")."""
    return end < len(lows) and lows[end] == "capital"


def _address_after(tokens: list[Token], start: int, end: int, sentence: str) -> bool:
    """Whether the name of tokens [start, end) has its address in brackets after it: "Debiro (Biu
    LGA, Borno)", "the Boulkessi military camp (Douentza, Mopti)" (past its describing words), but
    not "Improvised Explosive Device (IED)", "Communist Party of India-Maoist (CPI-Maoist)" or
    "FETRAT (Federation of Transport Workers)", a name and its short form."""
    found = _parenthetical(tokens, _past_descriptors(tokens, end), sentence)
    if found is None:
        return False
    parts, _ = found
    name = sentence[tokens[start].start:tokens[end - 1].end]
    return not (len(parts) == 1 and _short_form(name, parts[0]))


def _short_form(name: str, inner: str) -> bool:
    """Whether one of two names is the other's initials ("IED", "CPI-Maoist") or spelled out
    ("FETRAT (Federation of Transport Workers)")."""
    initials = "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())
    head = re.split(r"[\s-]+", inner)[0]
    if len(head) > 1 and head.isupper() and head in initials:
        return True
    words_inside = inner.split()
    return name.isupper() and len(words_inside) > 2 and inner[:1] == name[:1] \
        and any(w in ("of", "for", "and") for w in words_inside)


def _written_as_name(part: str) -> bool:
    """Whether a part of an address in brackets is written as a name: capitalised ("Kech"), or
    opened by a lower-case article ("el Mina", "al-Hasakeh") or by a lower-case prefix before a
    capital ("eThekwini", "uMhlathuze"), as some place names are spelt."""
    first = part.split()[0]
    if first[:1].isupper():
        return True
    head = first.split("-")[0]
    if head in cues().articles:
        rest = first[len(head) + 1:] if "-" in first else (part.split() + [""])[1]
        return rest[:1].isupper()
    return len(first) > 3 and first[0].isalpha() and first[1].isupper() and first[2:].isalpha()


@cache
def subdivision_countries() -> dict[str, frozenset[str]]:
    """Folded ISO 3166-2 subdivision name -> the countries that have one by that name."""
    import pycountry

    table: dict[str, set[str]] = {}
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for sub in pycountry.subdivisions:
        iso3 = alpha3.get(sub.country_code)
        if iso3:
            table.setdefault(fold(sub.name), set()).add(iso3)
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def lower_subdivisions() -> frozenset[str]:
    """Folded ISO 3166-2 subdivision names that name only divisions inside another one (an
    English county, a London borough): never a country's first-level province."""
    import pycountry

    first: set[str] = set()
    lower: set[str] = set()
    for sub in pycountry.subdivisions:
        (lower if getattr(sub, "parent_code", None) else first).add(fold(sub.name))
    return frozenset(lower - first)


def place_country(codebook: Codebook, place: PlaceMention) -> str | None:
    """The country a place mention names outright, if it does: a state abbreviated after it
    names its state's ("Peru, Ind.": a town of Indiana, not Peru)."""
    for name in reversed(place.context):
        iso3 = name_country(codebook, name)
        if iso3:
            return iso3
    iso3 = name_country(codebook, place.name)
    if iso3 and place.context:
        # (an abbreviation, not a postal code: "Thoothukudi, TN" is in Tamil Nadu)
        meaning = abbreviations().meaning
        division = meaning.get(place.context[0] + ".") or meaning.get(place.context[0])
        if division is not None:
            return division[1]
    return iso3


@lru_cache(maxsize=65536)
def _cached_name_country(name: str) -> str | None:
    from .codebook import load_codebook

    return _name_country(load_codebook(), name)


@lru_cache(maxsize=65536)
def _cached_is_adjective(name: str) -> bool:
    from .codebook import load_codebook

    return _is_adjective(load_codebook(), name)


def _adjective_alone(name: str) -> bool:
    """A people's adjective that names no country as well ("Russian", not "U.S.")."""
    return _cached_is_adjective(name) and _cached_name_country(name) is None


def is_adjective(codebook: Codebook, name: str) -> bool:
    return _cached_is_adjective(name)


def bureau_dateline(dateline: str | None) -> bool:
    """Whether a dateline opens with a wire service's regional bureau town ("CAIRO (AP) -"):
    places.yaml ``bureau_towns``."""
    if not dateline:
        return False
    town = re.split(r"[,(\-\u2013\u2014:]", dateline, maxsplit=1)[0]
    return fold(town) in cues().bureau_towns


def name_country(codebook: Codebook, name: str) -> str | None:
    return _cached_name_country(name)


def _whole_name(codebook: Codebook, name: str, kinds: tuple[str, ...]) -> Lex | None:
    """The codebook entry of one of ``kinds`` whose phrase is the whole of ``name``, else None."""
    seq = list(words(name))
    return next((m.payload for m in codebook.index.at(seq, 0) if m.end == len(seq) and m.payload.kind in kinds),
                None) if seq else None


def _is_adjective(codebook: Codebook, name: str) -> bool:
    """ "Afghan" in "the Afghan border" names a country's people, not a place."""
    return _whole_name(codebook, name, ("adjective", "people")) is not None


def _name_country(codebook: Codebook, name: str) -> str | None:
    seq = words(name)
    if not seq:
        return None
    iso3 = country_or_capital(codebook, name)
    if iso3:
        return iso3
    found = subdivision_countries().get(fold(name))
    if found and len(found) == 1:
        return next(iter(found))
    return None


def capital_named(codebook: Codebook, place: PlaceMention) -> tuple[str, str] | None:
    """The capital a mention names by its country, with that country ("the Yemeni capital":
    Sanaa, YEM; "the Afghan capital": Kabul, AFG); None for any other mention ("the provincial
    capital", "Helmand's capital")."""
    if place.feature != "capital":
        return None
    entry = _whole_name(codebook, place.name, ("adjective", "country"))
    country = codebook.countries.get(entry.country or "") if entry is not None else None
    return (country.capital, country.iso3) if country is not None and country.capital else None


def is_country(codebook: Codebook, name: str) -> bool:
    """Whether ``name`` is a country's own name ("Lebanon"), not its capital's or a province's."""
    return _whole_name(codebook, name, ("country",)) is not None


def country_or_capital(codebook: Codebook, name: str) -> str | None:
    """The country whose name or capital ``name`` is ("Georgia", "Washington"), else None."""
    entry = _whole_name(codebook, name, ("country", "capital"))
    return entry.country if entry is not None else None


@cache
def _division_index() -> PhraseIndex:
    index = PhraseIndex()
    for division, iso3 in sorted({*abbreviations().meaning.values(), *postal_codes().values()}):
        index.add(words(division), (division, iso3))
    return index


def divisions_written(tokens: list[Token]) -> list[tuple[int, int, str, str]]:
    """The states and provinces written out by name in a sentence ("a Tennessee highway",
    "LAS CRUCES, New Mexico"), of the countries whose news writes them after a town
    (geo/state_abbreviations.yaml, geo/postal_codes.yaml): (start, end, division, ISO3)."""
    return [(m.start, m.end, *m.payload) for m in _division_index().find(tokens)
            if all(t.capitalized for t in tokens[m.start:m.end] if t.low not in ("and", "of"))]


class CountryFocus:
    """Counts the countries a story names, to place actors whose country is not written."""

    def __init__(self) -> None:
        self.votes: dict[str, float] = {}  # weights may be fractions: a capital counts half

    def add(self, iso3: str | None, weight: float = 1.0) -> None:
        if iso3:
            self.votes[iso3] = self.votes.get(iso3, 0.0) + weight

    def best(self) -> str | None:
        """The country with most votes; of equals, the first named."""
        if not self.votes:
            return None
        return max(self.votes.items(), key=lambda vote: vote[1])[0]


NAMESAKE_TOWN = 10_000  # people in a town abroad that makes a division's bare name no sure sign of its country


def telling_name(codebook: Codebook, p) -> str:
    """The name that told a place's country: the outermost written with the mention that names
    one, else its own."""
    return next((n for n in [*reversed(p.context), p.name] if name_country(codebook, n)), p.name)


def shared_division(codebook: Codebook, resolver, p, iso3: str) -> bool:
    """A bare division name shared with a sizeable town of another country ("Norfolk", "Kent",
    "Bristol": English counties and towns of Virginia, Washington, Tennessee) says nothing sure
    of the story's country; a country's own name or one written with its country does."""
    name = telling_name(codebook, p)
    cands = resolver.candidates(name)
    if fold_name(name) not in lower_subdivisions() or any(c.kind == "country" for c in cands):
        return False  # a province ("Darien" is Panama's) still tells its country
    return any(c.kind == "city" and c.country != iso3 and c.population >= NAMESAKE_TOWN for c in cands)
