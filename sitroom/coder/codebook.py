"""The actor codebook: countries, state forces, named groups, institutions, generic actors.

Loaded from ``sitroom/data/codebook/*.yaml`` and validated; every problem is reported
with the file and the entry so an analyst can fix it.  The result is one phrase index
whose entries say what a span of words names (see ``Lex``); ``actors.py`` combines
adjacent entries into actors ("Afghan" + "soldiers" = Military Forces of Afghanistan).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, replace
from functools import cache

from ..knowledge import KnowledgeError, load_yaml
from .phrases import PhraseIndex
from .tokens import tokenize, words

DIR = "codebook"


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    the: bool
    capital: str | None = None

    @property
    def in_name(self) -> str:
        return f"the {self.name}" if self.the else self.name


def _governs(where: str, value, countries) -> tuple[str, str]:
    """A group's ``governs`` entry: the country it rules as its de facto state and since when."""
    if not isinstance(value, dict) or value.get("country") not in countries:
        raise KnowledgeError(f"{where}: governs needs a country of countries.yaml and a day (since: YYYY-MM-DD)")
    since = str(value.get("since", ""))
    try:
        datetime.date.fromisoformat(since)
    except ValueError:
        raise KnowledgeError(f"{where}: governs.since must be a day written YYYY-MM-DD, not {since!r}") from None
    return value["country"], since


PRO_GOVERNMENT = "pro_government"  # the role of a militia that fights on the state's side (groups.yaml sides_with)


def _sides_with(where: str, value) -> str:
    """The role a group's ``sides_with`` gives it: "state" makes it a pro-government militia."""
    if value not in (None, "state"):
        raise KnowledgeError(f"{where}: sides_with may only be 'state' (a pro-government militia), not {value!r}")
    return PRO_GOVERNMENT if value else ""


@dataclass(frozen=True, slots=True)
class Lex:
    """What a matched phrase names.

    kind: "group" (a named actor, complete), "institution" (a state actor of a known
    country), "country", "adjective", "capital", "state_noun" (army, police, government)
    or "generic_noun" (militants, civilians, protesters).
    """

    kind: str
    name: str = ""  # actor name template for group/state/generic kinds
    country: str | None = None  # ISO3 where the phrase fixes it
    actor_type: int | None = None
    sector: str | None = None
    armed: bool = False
    role: str = ""  # state kind (military/police/government) or generic kind (civilians, ...)
    proper: bool = False  # must be written with a capital letter (or in capitals)
    qualified_only: bool = False  # a state noun that needs a country to name an actor
    local: bool = False  # a group's name only in stories about its own country ("Islamic militants")
    spelled: str | None = None  # a mixed-case initialism as it must be written ("LeT"), or in capitals


@dataclass
class Codebook:
    countries: dict[str, Country]
    state_kinds: dict[str, dict]
    generic_kinds: dict[str, dict]
    index: PhraseIndex
    taxonomy: dict
    crowd_nouns: frozenset[str] = frozenset()
    fighting_crowds: frozenset[str] = frozenset()  # crowds whose clashes are fought as militias ("tribesmen")
    crime_cues: PhraseIndex | None = None
    hallmarks: PhraseIndex | None = None  # signs of an organised-crime killing ("drive-by")
    hallmark_names: dict[str, str] = field(default_factory=dict)  # ISO3 -> who such killers are there
    off_duty: PhraseIndex | None = None  # "off-duty", "retired": security forces as civilians
    weapons: frozenset[str] = frozenset()  # state nouns that also name a weapon ("artillery")
    weapon_cues: frozenset[str] = frozenset()  # words before a weapon: "fired", "with"
    not_country_before: PhraseIndex | None = None  # "US dollar", "Turkish lira": not the country
    group_acronyms: dict[str, Lex] = field(default_factory=dict)  # "TTP" -> its group, 3+ capitals
    # (ISO3 of a state, ISO3 where it fights) -> the coalition it fights in there: (name, ISO3, type, sector)
    coalitions: dict[tuple[str, str], tuple[str, str | None, int, str]] = field(default_factory=dict)
    # phrases only one country's news uses -> (its ISO3, the phrase as it must be written, or None)
    country_phrases: PhraseIndex | None = None
    seizure_cues: PhraseIndex | None = None  # "seized 3 tons of marijuana": the operation's targets are a gang
    # armed groups that rule a country as its de facto state, from a day on (groups.yaml
    # governs): actor name -> (ISO3, first day, ISO)
    governing: dict[str, tuple[str, str]] = field(default_factory=dict)
    # an adjective or people's name that two countries share ("Congolese") -> those countries: read
    # as the story's country where it is one of them (else as the first countries.yaml lists)
    shared_adjectives: dict[str, frozenset[str]] = field(default_factory=dict)
    # one-word names of one country's body that other names end with too ("Congress",
    # "Washington"): inside a longer name ("the Nigeria Labour Congress", "Fort Washington") they
    # are another body or a town
    shared_body_words: frozenset[str] = frozenset()
    # words after an unnamed kind of actor that make it describe a deed ("gang related")
    attributive_words: frozenset[str] = frozenset()

    def country_name(self, iso3: str | None) -> str | None:
        c = self.countries.get(iso3 or "")
        return c.name if c else None

    def state_actor(self, role: str, iso3: str | None) -> tuple[str, int, str]:
        kind = self.state_kinds[role]
        country = self.countries.get(iso3 or "")
        if country is None:
            return _strip_country(kind["name"]), kind["type"], kind["sector"]
        return kind["name"].format(country=country.in_name), kind["type"], kind["sector"]

    def fill(self, template: str, iso3: str | None) -> str:
        """An actor name with its "{country}" slot filled, or removed when unknown."""
        if "{country}" not in template:
            return template
        country = self.countries.get(iso3 or "")
        if country is None:
            return _strip_country(template)
        return template.format(country=country.name)


def _strip_country(template: str) -> str:
    out = template.replace(" ({country})", "").replace(" of {country}", "").replace("{country}", "")
    return " ".join(out.split())


def _where(file: str, i: int, entry) -> str:
    label = entry.get("name") if isinstance(entry, dict) else entry
    return f"{DIR}/{file}: entry {i + 1} ({label!r})"


def check_type(where: str, value, taxonomy) -> int:
    if value not in taxonomy["actor_types"]:
        raise KnowledgeError(f"{where}: type must be an ACLED actor type 1-8, got {value!r}")
    return value


def state_entry(where: str, key: str, role, iso3, state_kinds: dict, countries: dict) -> tuple[str, int, str]:
    """(name, actor type, sector) of a state actor given in a knowledge file as a kind and a
    country ({kind: military, country: PAK}); ``key`` is the word the file uses for the kind."""
    if role not in state_kinds:
        raise KnowledgeError(f"{where}: {key} must be one of {sorted(state_kinds)}")
    if iso3 not in countries:
        raise KnowledgeError(f"{where}: country {iso3!r} is not in countries.yaml")
    kind = state_kinds[role]
    return kind["name"].format(country=countries[iso3].in_name), kind["type"], kind["sector"]


def check_sector(where: str, value, taxonomy) -> str:
    if value not in taxonomy["sectors"]:
        raise KnowledgeError(f"{where}: sector must be one of {taxonomy['sectors']}, got {value!r}")
    return value


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _mixed_initialism(alias: str) -> str | None:
    """A short initialism with small letters inside ("LeT", "JeM"): it must be written so,
    or in capitals, or "let" would be Lashkar-e-Taiba."""
    letters = [c for c in alias if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    mixed = " " not in alias and len(letters) <= 5 and 2 <= capitals < len(letters)
    return alias if mixed else None


def _list(where: str, entry: dict, key: str, required: bool = True) -> list[str]:
    value = entry.get(key, [] if not required else None)
    if value is None or not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnowledgeError(f"{where}: {key!r} must be a list of names")
    return value


def _add(index: PhraseIndex, registry: dict, phrase: str, lex: Lex, where: str) -> None:
    seq = words(phrase)
    if not seq:
        raise KnowledgeError(f"{where}: {phrase!r} has no words")
    known = registry.get((seq, lex.kind))
    if known is not None and known != lex:
        if known.kind in ("group", "institution") and known.name != lex.name:
            raise KnowledgeError(
                f"{where}: {phrase!r} already names {known.name!r}; an alias must name one actor"
            )
        return
    registry[(seq, lex.kind)] = lex
    index.add(seq, lex)


def _plurals(adj: str) -> list[str]:
    if adj.endswith(("s", "sh", "ch", "ese")) or " " in adj:
        return []
    return [adj + "s"]


@cache
def load_codebook() -> Codebook:
    taxonomy = load_yaml(f"{DIR}/taxonomy.yaml")
    raw_countries = load_yaml(f"{DIR}/countries.yaml")
    if not isinstance(raw_countries, dict):
        raise KnowledgeError(f"{DIR}/countries.yaml: must map ISO3 codes to countries")
    index = PhraseIndex()
    registry: dict = {}
    countries: dict[str, Country] = {}
    adjectives: dict[str, set[str]] = {}
    for iso3, entry in raw_countries.items():
        where = f"{DIR}/countries.yaml: {iso3}"
        if not (isinstance(iso3, str) and len(iso3) == 3 and iso3.isupper()):
            raise KnowledgeError(f"{where}: keys must be ISO3 codes like PAK")
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise KnowledgeError(f"{where}: needs a name")
        country = Country(iso3, entry["name"], bool(entry.get("the", False)), entry.get("capital") or None)
        countries[iso3] = country
        for name in [entry["name"], *_list(where, entry, "aliases", required=False)]:
            _add(index, registry, name, Lex("country", country=iso3, proper=True), where)
        for adj in _list(where, entry, "adj"):
            _add(index, registry, adj, Lex("adjective", country=iso3, proper=True), where)
            adjectives.setdefault(adj.lower(), set()).add(iso3)
            for plural in _plurals(adj):
                _add(index, registry, plural, Lex("people", country=iso3, proper=True), where)
                adjectives.setdefault(plural.lower(), set()).add(iso3)
        if entry.get("capital"):
            _add(index, registry, entry["capital"], Lex("capital", country=iso3, proper=True), where)

    state = load_yaml(f"{DIR}/state.yaml")
    if not isinstance(state, dict):
        raise KnowledgeError(f"{DIR}/state.yaml: must map kinds (military, police, government) to entries")
    for role, entry in state.items():
        where = f"{DIR}/state.yaml: {role}"
        if not isinstance(entry, dict) or "{country}" not in str(entry.get("name", "")):
            raise KnowledgeError(f"{where}: needs a name with a {{country}} slot")
        check_type(where, entry.get("type"), taxonomy)
        check_sector(where, entry.get("sector"), taxonomy)
        qualified = set(_list(where, entry, "qualified_only", required=False))
        for noun in _list(where, entry, "nouns"):
            _add(index, registry, noun, Lex("state_noun", name=entry["name"], actor_type=entry["type"],
                                            sector=entry["sector"], armed=role != "government", role=role,
                                            qualified_only=noun in qualified, proper=_is_acronym(noun)), where)
        for noun in qualified:
            _add(index, registry, noun, Lex("state_noun", name=entry["name"], actor_type=entry["type"],
                                            sector=entry["sector"], armed=role != "government", role=role,
                                            qualified_only=True), where)

    generic = load_yaml(f"{DIR}/generic.yaml")
    if not isinstance(generic, dict):
        raise KnowledgeError(f"{DIR}/generic.yaml: must map kinds to entries")
    for role, entry in generic.items():
        where = f"{DIR}/generic.yaml: {role}"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise KnowledgeError(f"{where}: needs a name")
        check_type(where, entry.get("type"), taxonomy)
        check_sector(where, entry.get("sector"), taxonomy)
        for noun in _list(where, entry, "nouns"):
            _add(index, registry, noun, Lex("generic_noun", name=entry["name"], actor_type=entry["type"],
                                            sector=entry["sector"], armed=bool(entry.get("armed")), role=role),
                 where)

    groups = load_yaml(f"{DIR}/groups.yaml")
    acronyms: dict[str, Lex] = {}
    coalitions: dict[tuple[str, str], tuple[str, str | None, int, str]] = {}
    governing: dict[str, tuple[str, str]] = {}
    if not isinstance(groups, list):
        raise KnowledgeError(f"{DIR}/groups.yaml: must be a list of groups")
    for i, entry in enumerate(groups):
        where = _where("groups.yaml", i, entry)
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise KnowledgeError(f"{where}: needs a name")
        iso3 = entry.get("country")
        if iso3 is not None and iso3 not in countries:
            raise KnowledgeError(f"{where}: country {iso3!r} is not in countries.yaml")
        lex_type = check_type(where, entry.get("type"), taxonomy)
        sector = check_sector(where, entry.get("sector"), taxonomy)
        aliases = _list(where, entry, "aliases")
        local = _list(where, entry, "local_aliases", required=False)
        if local and iso3 is None:
            raise KnowledgeError(f"{where}: local_aliases need the group's country")
        if "governs" in entry:
            governing[entry["name"]] = _governs(where, entry["governs"], countries)
        group = Lex("group", name=entry["name"], country=iso3, actor_type=lex_type, sector=sector,
                    armed=lex_type in (1, 2, 3, 4, 8), role=_sides_with(where, entry.get("sides_with")))
        for alias in local:
            _add(index, registry, alias, replace(group, local=True), where)
        for state_iso3, theatre in _stands_for(where, entry, countries):
            coalitions[(state_iso3, theatre)] = (entry["name"], iso3, lex_type, sector)
        plain = entry["name"].split(": ", 1)[-1].replace(" ({country})", "")
        for alias in {plain, *aliases}:
            spelled = _mixed_initialism(alias)
            lex = replace(group, proper=_is_acronym(alias) or spelled is not None, spelled=spelled)
            _add(index, registry, alias, lex, where)
            if alias.isalpha() and alias.isupper() and len(alias) >= 3:
                acronyms[alias] = lex

    institutions = load_yaml(f"{DIR}/institutions.yaml")
    if not isinstance(institutions, list):
        raise KnowledgeError(f"{DIR}/institutions.yaml: must be a list")
    for i, entry in enumerate(institutions):
        where = _where("institutions.yaml", i, entry)
        if not isinstance(entry, dict):
            raise KnowledgeError(f"{where}: must be a mapping")
        aliases = _list(where, entry, "aliases")
        if "kind" in entry:
            role, iso3 = entry["kind"], entry.get("country")
            name, lex_type, sector = state_entry(where, "kind", role, iso3, state, countries)
            armed = role != "government"
        else:
            name = entry.get("name")
            if not isinstance(name, str):
                raise KnowledgeError(f"{where}: give either kind and country, or name, type and sector")
            lex_type = check_type(where, entry.get("type"), taxonomy)
            sector = check_sector(where, entry.get("sector"), taxonomy)
            role, iso3, armed = "", entry.get("country"), lex_type != 7
        for alias in aliases:
            # an acronym is the institution's only in capitals ("ANA", not the name "Ana")
            spelled = alias if _is_acronym(alias) and " " not in alias else None
            _add(index, registry, alias, Lex("institution", name=name, country=iso3, actor_type=lex_type,
                                             sector=sector, armed=armed, role=role,
                                             proper=_is_acronym(alias) or alias[:1].isupper(), spelled=spelled),
                 where)
    crowd = frozenset(n.lower() for n in _list(f"{DIR}/generic.yaml: civilians", generic.get("civilians", {}),
                                               "crowd_nouns", required=False))
    crime = PhraseIndex.of(_list(f"{DIR}/generic.yaml: unidentified_gang", generic.get("unidentified_gang", {}),
                                 "crime_cues", required=False))
    hallmarks, hallmark_names = _hallmarks(generic.get("unidentified_gang", {}), countries)
    seizures = PhraseIndex.of(_list(f"{DIR}/generic.yaml: unidentified_gang", generic.get("unidentified_gang", {}),
                                    "seizure_cues", required=False))
    military = state.get("military", {})
    weapons = frozenset(w.lower() for w in _list(f"{DIR}/state.yaml: military", military, "weapons", required=False))
    weapon_cues = frozenset(w.lower() for w in _list(f"{DIR}/state.yaml: military", military, "weapon_cues",
                                                     required=False))
    off_duty = PhraseIndex.of(_list(f"{DIR}/generic.yaml: civilians", generic.get("civilians", {}),
                                    "off_duty", required=False))
    words = load_yaml(f"{DIR}/country_words.yaml")
    if not isinstance(words, dict):
        raise KnowledgeError(f"{DIR}/country_words.yaml: must map not_the_country_before to a list")
    not_country = PhraseIndex.of(_list(f"{DIR}/country_words.yaml", words, "not_the_country_before"))
    country_phrases = _country_phrases(words.get("country_phrases") or {}, countries)
    fighting = frozenset(n.lower() for n in _list(f"{DIR}/generic.yaml: civilians", generic.get("civilians", {}),
                                                  "fighting_crowds", required=False))
    return Codebook(countries, state, generic, index, taxonomy, crowd, fighting, crime, hallmarks, hallmark_names,
                    off_duty, weapons, weapon_cues, not_country, acronyms, coalitions, country_phrases,
                    seizure_cues=seizures, governing=governing,
                    attributive_words=frozenset(w.lower() for w in _list(
                        f"{DIR}/generic.yaml: unidentified_armed_group", generic.get("unidentified_armed_group", {}),
                        "attributive_words", required=False)),
                    shared_adjectives={a: frozenset(c) for a, c in adjectives.items() if len(c) > 1},
                    shared_body_words=frozenset(w.lower() for w in _list(f"{DIR}/country_words.yaml", words,
                                                                         "shared_body_words", required=False)))


def _country_phrases(data, countries: dict[str, Country]) -> PhraseIndex:
    """country_words.yaml's country_phrases: phrase -> (the ISO3 of the one country whose news uses
    it, the phrase's words as it must be written where it is written with capitals, else None)."""
    where = f"{DIR}/country_words.yaml: country_phrases"
    if not isinstance(data, dict):
        raise KnowledgeError(f"{where}: must map ISO3 codes to lists of phrases")
    index = PhraseIndex()
    for iso3, phrases in data.items():
        if iso3 not in countries:
            raise KnowledgeError(f"{where}: {iso3!r} is not a country of countries.yaml")
        for phrase in _list(where, {iso3: phrases}, iso3):
            # a phrase written with capitals tells the country only written so ("the Savannah
            # Police Department", not a translated note's "a member of the police department")
            index.add(tuple(words(phrase.lower())),
                      (iso3, [t.text for t in tokenize(phrase)] if phrase != phrase.lower() else None))
    return index


def _stands_for(where: str, entry: dict, countries: dict[str, Country]) -> list[tuple[str, str]]:
    """A coalition's `stands_for`: {forces_of: SAU, in: [YEM]}, the state whose forces ACLED
    codes as the coalition when they fight in those countries."""
    spec = entry.get("stands_for")
    if spec is None:
        return []
    state, theatres = (spec.get("forces_of"), spec.get("in")) if isinstance(spec, dict) else (None, None)
    if state not in countries or not isinstance(theatres, list) or not all(t in countries for t in theatres):
        raise KnowledgeError(f"{where}: stands_for needs forces_of (an ISO3 code) and in (a list of ISO3 codes)")
    return [(state, t) for t in theatres]


def _hallmarks(gang: dict, countries: dict[str, Country]) -> tuple[PhraseIndex, dict[str, str]]:
    where = f"{DIR}/generic.yaml: unidentified_gang"
    names = gang.get("hallmark_names") or {}
    if not isinstance(names, dict):
        raise KnowledgeError(f"{where}: hallmark_names must map ISO3 codes to actor names")
    for iso3, name in names.items():
        if iso3 not in countries or not isinstance(name, str) or not name.strip():
            raise KnowledgeError(f"{where}: hallmark_names.{iso3} needs a known ISO3 code and an actor name")
    return PhraseIndex.of(_list(where, gang, "hallmarks", required=False)), dict(names)
