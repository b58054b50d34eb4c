"""Geoparsing free text: every place mention, resolved.

Detection takes each capitalised name the gazetteer knows, leaves out the names the actor
codebook claims (groups, institutions, demonyms), the names the text uses as people's (read over
the whole text: "said David Hale", "David Hogg ... Hogg said") and capitalised words that are
not places, and keeps the places written with it as context ("Alexandria, Louisiana").
Resolution uses the same resolver as the coder, with the country the text is most about as its
focus.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace

from ..annotate.sentences import split_sentences
from ..coder.actors import codebook_matches
from ..coder.codebook import Codebook, load_codebook
from ..coder.places import cues, find_places, holiday_at, name_run, person_names
from ..coder.tokens import tokenize
from ..geo.abbreviations import abbreviations
from ..geo.coherence import support
from ..geo.gazetteer import Place
from ..geo.name_parts import direction_words
from ..geo.names import fold, has_kind_word
from ..geo.resolve import Resolved, Resolver, prominent
from .readings import Reading, joined, read_name


HAMLET = 1_000  # people: a smaller village gives the story no country vote


@dataclass
class Mention:
    start: int  # character offsets into the text
    end: int
    name: str
    context: tuple[str, ...] = ()
    feature: str | None = None
    near: bool = False
    local: str | None = None  # see readings.Reading.local


def _codebook_spans(codebook: Codebook, tokens, resolver: Resolver) -> tuple[set[int], list[tuple[int, int, str]]]:
    """Tokens inside actor names that are not places ("Taliban", "ISPR"), and the spans of
    country adjectives with the place they stand for ("Russian" stands for Russia, "Central
    American" for Central America)."""
    blocked: set[int] = set()
    adjectives: list[tuple[int, int, str]] = []
    for start, end, readings in codebook_matches(codebook, tokens):
        lex = next((x for x in readings if x.kind in ("group", "institution", "adjective", "people")), None)
        if lex is None:
            continue
        name = " ".join(t.text for t in tokens[start:end])
        if lex.kind in ("adjective", "people") and lex.country:
            longer = f"{name} {tokens[end].text}" if end < len(tokens) and tokens[end].capitalized else ""
            before = tokens[start - 1] if start > 0 else None
            wider = f"{before.text} {name}" if before and _opens_a_region(before.text) else ""
            if longer and resolver.candidates(longer):
                continue  # "Indian Ocean" is a place of its own, found as any other name
            if wider and resolver.candidates(wider):
                adjectives.append((start - 1, end, wider))  # "Central American" is a region's
            elif country := codebook.country_name(lex.country):
                adjectives.append((start, end, country))
        elif not _big_place(resolver, name):
            # a group or an institution is no village of its name ("NATO" is not Nato in the
            # Philippines, "Hamas" no hamlet); a big place is ("Washington" is a place as well
            # as an institution)
            blocked.update(range(start, end))
    return blocked, adjectives


def _opens_a_region(word: str) -> bool:
    """A capitalised word that may open a region's adjective: "Central" and "Latin" may, "The"
    and "A" may not ("The Canadian Press" is no place called The Canadian)."""
    return word[:1].isupper() and (word not in cues().not_places or fold(word) in direction_words())


def detect(text: str, resolver: Resolver, codebook: Codebook | None = None) -> list[Mention]:
    codebook = codebook or load_codebook()
    c = cues()
    out: list[Mention] = []
    persons: set[str] = set()  # the words the text uses as people's names (coder.places.person_names)
    words = frozenset(re.findall(r"\w+", text))  # the text's words as written (see _common_word)
    for s in split_sentences(text):
        tokens = tokenize(s.text)
        persons.update(person_names(tokens))
        blocked, adjectives = _codebook_spans(codebook, tokens, resolver)
        taken: set[int] = set()
        sentence_start = len(out)  # the index of the sentence's first mention
        # "Charleston, W.Va.": the abbreviation is the state, and the town's written context
        states = []
        for a in abbreviations().find(s.text):
            country = codebook.country_name(a.country)
            states.append(Mention(s.start + a.start, s.start + a.end, a.division, (country,) if country else (),
                                  feature="state"))
            taken.update(k for k, t in enumerate(tokens) if a.start <= t.start < a.end)
        out.extend(states)
        for a, b, name in adjectives:
            out.append(Mention(s.start + tokens[a].start, s.start + tokens[b - 1].end, name))
            taken.update(range(a, b))
        # mentions with cues first: they carry their context and kind
        for p in find_places(tokens, s.text, blocked | taken):
            first = p.token
            last = next((k for k, t in enumerate(tokens) if t.end >= p.start + len(p.name)), first)
            if first - 1 not in blocked and _continues_a_name(tokens, first, c):
                continue  # the tail of a longer name ("the Korean Peninsula")
            reading, end = joined(resolver, tokens, s.text, first, last + 1, blocked | taken,
                                  read_name(resolver, p.name))
            if reading is None:
                continue
            taken.update(range(first, end))
            start = s.start + p.start
            out.append(_mention(reading, start, tuple(p.context), p.feature, p.near))
            # the places written as its context are mentions too
            for ctx in p.context:
                pos = s.text.find(ctx, p.start + len(p.name), p.end + 1)
                if pos >= 0 and resolver.candidates(ctx):
                    out.append(Mention(s.start + pos, s.start + pos + len(ctx), ctx))
                    taken.update(k for k, t in enumerate(tokens) if pos <= t.start < pos + len(ctx))
        # then any other capitalised name the gazetteer knows
        # (the sentence's first word, after any opening quotation mark or bracket: "“Most of them")
        opening = next((j for j, tok in enumerate(tokens) if tok.text[:1].isalnum()), 0)
        k = 0
        while k < len(tokens):
            t = tokens[k]
            if k in taken or k in blocked or not t.capitalized or not t.text[0].isalpha() or t.text in c.not_places \
                    or _CONTRACTION.search(t.text):
                k += 1
                continue
            end = name_run(tokens, k, blocked | taken)
            reading = None
            if end > k:
                reading, end = joined(resolver, tokens, s.text, k, end, blocked | taken,
                                      read_name(resolver, s.text[t.start:tokens[end - 1].end]))
            # a name does not start inside a longer capitalised name: "Peninsula" of "Korean Peninsula"
            inside = _continues_a_name(tokens, k, c)
            # (nor is a lone word of grammar a place, wherever it stands: "As", "To" opening a
            # clause after a quote or a headline's words are no Belgian or Czech village)
            alone = end == k + 1
            if reading and not inside and not (alone and t.low in c.function_words) \
                    and not (k == opening and alone and not _strong(resolver, reading.name)) \
                    and not _person_by_surname(text, tokens, k, end, reading, resolver) \
                    and not (alone and _surname_alone(text, t.text, resolver)) and not holiday_at(tokens.lows, k) \
                    and not (" " not in reading.name and _common_word(words, reading.name, resolver)):
                out.append(_mention(reading, s.start + t.start))
                k = end
                continue
            k += 1
        _written_with_state(out, sentence_start, states, text)
    # a name the text uses as a person's ("said David Hale", "Detective Steele") is no place
    # anywhere in it, unless written as one (with its kind word or the places around it), or a
    # country, a province or a big city ("Ohio Governor Mike DeWine said" names Ohio)
    return [m for m in out if m.feature or m.context or has_kind_word(m.name) or _strong(resolver, m.name)
            or not all(w in persons for w in m.name.split())]


_CONTRACTION = re.compile(r"(?i)['’](?:re|ll|ve|m|d)$|n['’]t$")  # "We're", "Don't": no place


def _written_with_state(mentions: list[Mention], first: int, states: list[Mention], text: str) -> None:
    """A place written just before a state's abbreviation and a comma ("Kansas City, Kan.") has
    the state as its context, in place of the abbreviation's letters. Only the sentence's own
    mentions, from index ``first``, can be written with it."""
    for state in states:
        for i in range(first, len(mentions)):
            m = mentions[i]
            if m.end <= state.start and text[m.end:state.start].strip() == ",":
                letters = text[state.start:state.end].rstrip(".")
                kept = tuple(c for c in m.context if c != letters and c.rstrip(".") != letters)
                mentions[i] = replace(m, context=(state.name,) + kept)


def _mention(reading: Reading, start: int, context: tuple[str, ...] = (), feature: str | None = None,
             near: bool = False) -> Mention:
    start += reading.offset
    return Mention(start, start + len(reading.name), reading.name, context, feature, near, reading.local)


def _continues_a_name(tokens, k: int, c) -> bool:
    """Token k follows a capitalised word that is part of the same name ("Korean Peninsula"),
    not a capitalised function word or the sentence's first word ("In Kabul", "The Hague")."""
    if k < 2:
        return False
    prev = tokens[k - 1]
    return prev.capitalized and prev.text[0].isalpha() and prev.text not in c.not_places and not prev.all_caps


def _person_by_surname(text: str, tokens, k: int, end: int, reading: Reading, resolver: Resolver) -> bool:
    """Whether the name of two or three capitalised words at [k, end), read by its known opening
    ("David" of "David Hogg"), is a person's: the text names its last word alone elsewhere ("Hogg
    said"), as news names a person in full once, then by surname; not after "the" ("European
    Commission ... the Commission" names a body). A country, a province or a big city opening the
    name stays."""
    words = end - k
    if not 2 <= words <= 3 or reading.offset or " " in reading.name or len(reading.name) != len(tokens[k].text) \
            or _big_place(resolver, reading.name):
        return False
    last = tokens[end - 1].text
    if not last.isalpha():
        return False
    for m in re.finditer(r"\b" + re.escape(last) + r"\b", text):
        before = text[max(0, m.start() - 30):m.start()]
        after = text[m.end():m.end() + 2]
        if re.search(r"[A-Z][\w’'-]*\s$", before) or re.match(r"\s[A-Z]", after):
            continue  # part of a longer capitalised name here
        if re.search(r"(?i)\b(?:the|a|an|its|their|this)\s$", before):
            continue  # "the Commission": a body named short, no surname
        return True
    return False


def _surname_alone(text: str, word: str, resolver: Resolver) -> bool:
    """Whether a lone capitalised word is a person's surname: the text names the person in full
    elsewhere, a capitalised word before it that makes no place with it ("Laura Ingraham" ...
    "Ingraham said"; not "North Carolina" ... "Carolina", a place in full). A country, a province
    or a big city of the name stays a place."""
    if _big_place(resolver, word):
        return False
    c = cues()
    for m in re.finditer(r"\b([A-Z][a-z]+) " + re.escape(word) + r"\b", text):
        first = m.group(1)
        # (no word of grammar, part of a town or direction before it: "For Avondale, ...",
        # "Downtown Greer", "East Greer"; nor a place's own kind: "Courthouse Ballyjamesduff")
        if first in c.not_places or first.lower() in c.function_words or first.lower() in c.city_parts \
                or fold(first) in direction_words() or c.features.starts(first.lower()):
            continue
        if not resolver.candidates(m.group(0)) and not _big_place(resolver, first):
            return True
    return False


def _common_word(words: frozenset[str], word: str, resolver: Resolver) -> bool:
    """Whether a lone capitalised word is an English word the text also writes in lower case
    (``words``: the text's words as written; "Snow Day Closes Schools" beside "the snow"): a
    headline's or a title's word, not the small place of that name. A country, a province or a
    big city stays."""
    return word.isalpha() and word.lower() in words and not _big_place(resolver, word)


def _big_place(resolver: Resolver, name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a country, a region, a province or a big city."""
    return any(prominent(p) for p in resolver.candidates(name))


def _strong(resolver: Resolver, name: str) -> bool:
    """A sentence's first word is a place only when the gazetteer knows it as a big one."""
    return any(p.population >= 100_000 or p.kind in ("country", "adm1") for p in resolver.candidates(name))


def geoparse(text: str, doc_id: str, resolver: Resolver, codebook: Codebook | None = None) -> list[dict]:
    """One dict per mention: doc_id, start, end, name, lat, lon, geonameid, country, admin1, feature_code."""
    mentions = detect(text, resolver, codebook)
    names = [m.local or m.name for m in mentions]
    votes: Counter[str] = Counter()
    for m, name in zip(mentions, names):
        r = resolver.resolve(name, m.context, None, m.feature, m.near)
        if r is not None and r.country_certain and r.place.country and not _hamlet(r.place):
            votes[r.place.country] += 1
    focus = votes.most_common(1)[0][0] if votes else None
    region = story_region(resolver, names, focus)
    agreement = support({name: resolver.candidates(name) for name in names})
    found = [resolver.resolve(name, m.context, focus, m.feature, m.near, focus_weight=1.5, region=region,
                              support=agreement) for m, name in zip(mentions, names)]
    town = story_town([r for m, r in zip(mentions, found) if m.local is None], focus, region)
    out = []
    for m, r in zip(mentions, found):
        if m.local is not None and town is not None and not (r and _fits_story(r, region, agreement)):
            r = town  # "Royal Street" in a story about New Orleans, not the town of Royal elsewhere
        p = r.place if r else None
        out.append({
            "doc_id": doc_id, "start": m.start, "end": m.end, "name": m.name,
            "lat": p.lat if p else None, "lon": p.lon if p else None,
            "geonameid": p.geonameid if p else None, "country": p.country if p else None,
            "admin1": p.admin1 if p else None, "feature_code": p.feature_code if p else None,
            "geo_precision": r.precision if r else None,
        })
    return out


def _hamlet(p: Place) -> bool:
    """A village of under HAMLET people: too weak a sign of the story's country, as its name is
    often someone's ("Guhdar", five times in a story about Greece, is also a Spanish hamlet)."""
    return p.kind == "city" and p.population < HAMLET


def _fits_story(r: Resolved, region: str | None, agreement: Mapping[Place, float]) -> bool:
    """Whether the town a street or building is named after is the one this story is about: a
    province or big city ("Ohio State University", "Hartford Hospital"), one in the story's state,
    or one the story's other names agree with."""
    p = r.place
    return prominent(p) or (region is not None and p.admin1 == region) or agreement.get(p, 0.0) > 0


def story_town(found: list[Resolved | None], focus: str | None = None,
               region: str | None = None) -> Resolved | None:
    """The town the story is about: of its towns in the story's state (else in its country, else
    anywhere), the one its names resolve to most often, the bigger of equals. A street or building
    the gazetteer lacks lies there, as part of the town (precision 2)."""
    towns = [r for r in found if r is not None and r.place.kind == "city"]
    towns = [r for r in towns if r.place.country == focus] or towns
    towns = [r for r in towns if r.place.admin1 == region] or towns
    counts: Counter[Place] = Counter(r.place for r in towns)
    if not counts:
        return None
    place = max(counts, key=lambda p: (counts[p], p.population))
    first = next(r for r in towns if r.place == place)
    return replace(first, precision=2)


NAMED_STATE_TOWN = 100_000  # people in a city of a state's name elsewhere that makes the name no state's outright


def story_region(resolver: Resolver, names: list[str], focus: str | None) -> str | None:
    """The admin1 the story is most about. Each name votes once, however often it is repeated,
    and splits its vote among the admin1s of the country where it may lie: a state's own name
    ("Virginia") gives the state a whole vote, though towns elsewhere bear the name; five
    "Richmond"s in a Virginia story give New York no more than one Richmond's share."""
    if focus is None:
        return None
    regions: dict[str, float] = {}
    named: set[str] = set()  # the states the story names outright
    for name in dict.fromkeys(names):  # in order of appearance: ties go to the first
        cands = [p for p in resolver.candidates(name) if p.country == focus and p.kind != "country"]
        states = [p.admin1 for p in cands if p.kind == "adm1"]
        # (not a state whose name is as well a big city's elsewhere: "Washington" is as often the capital)
        big_towns = {p.admin1 for p in cands if p.kind == "city" and p.population >= NAMED_STATE_TOWN}
        named.update(a for a in states if a is not None and big_towns <= {a})
        admins = [a for a in dict.fromkeys(states or [p.admin1 for p in cands]) if a is not None]
        for admin1 in admins:
            regions[admin1] = regions.get(admin1, 0.0) + 1 / len(admins)
    # (on a tie, a state the story names outright before one its towns' namesakes share: "Orange
    # County ... California ... Chapman ... Mathews" is about California, not New York)
    return max(regions.items(), key=lambda vote: (vote[1], vote[0] in named))[0] if regions else None
