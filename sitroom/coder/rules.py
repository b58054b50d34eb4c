"""Event rules: trigger phrases mapped to ACLED and PLOVER codes (``event_rules.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ..knowledge import KnowledgeError, load_yaml, text_list
from .phrases import PatternError, PhraseIndex

FILE = "codebook/event_rules.yaml"
FAMILIES = ("violence", "protest", "strategic", "movement", "verbal")
MOVEMENTS = ("flight", "withdrawal", "relocation", "return", "crossing", "refuge")


@dataclass(frozen=True)
class Rule:
    id: str
    family: str
    rank: int
    acled: tuple[str, str] | None
    armed_target: tuple[str, str] | None
    civilian_agent: tuple[str, str] | None
    plover: tuple[str, str | None]
    voice: str
    movement: str | None
    not_after: frozenset[str]
    not_before: frozenset[str]
    suppresses: frozenset[str]
    # rules overridden only where they fire after this one in the sentence: the weapons a seizure
    # lists ("recovered rifles and two mortar shells") are not an attack
    suppresses_after: frozenset[str] = frozenset()
    foreign_force: str | None = None  # the rule to read instead when a foreign army moves
    without_crowd: str | None = None  # the rule to read instead when no crowd of civilians acts
    # the type when a non-state armed group acts: its "arrests" are abductions in ACLED's terms
    nonstate_agent: tuple[str, str] | None = None
    # the type when the sentence tells the place was taken without a fight (``unopposed`` cues,
    # and no ``fighting`` word): rebels who take a town the army left transfer it non-violently
    unopposed: tuple[str, str] | None = None
    # words that, anywhere in the sentence, show the trigger is not the main means ("stormed the
    # station with guns and grenades": the grenades are not the attack)
    not_with: frozenset[str] = frozenset()
    # the entries of ``not_with`` of several words ("small arms"), looked for as phrases
    not_with_phrases: tuple[str, ...] = ()
    # the trigger counts only when a place's name follows it ("seized Spin Boldak", not "seized
    # weapons"): sentence_coder.analyse drops it otherwise, once the sentence's places are found
    place_object: bool = False
    # an event of this kind kills no one ("burnt their houses"): the dead its sentence tells
    # belong to the violence told beside it
    harmless: bool = False
    # an actor named inside the trigger after its first word is the target ("downed 112 Ukrainian drones")
    owner_is_target: bool = False


@dataclass
class RuleSet:
    rules: dict[str, Rule]
    index: PhraseIndex
    outcomes: dict[str, PhraseIndex]
    off_duty: PhraseIndex  # a soldier or policeman attacked off duty is a civilian target
    armed_victim: PhraseIndex  # the victim was armed or in organised crime: a clash
    # "killed during a police raid": the words that open such a phrase, and the operations
    operation_before: frozenset[str] = frozenset()
    operation_after: PhraseIndex = field(default_factory=PhraseIndex)
    fleeing_attackers: frozenset[str] = frozenset()  # follow_ups.movers
    suspect_cues: PhraseIndex = field(default_factory=PhraseIndex)  # follow_ups.suspect_cues
    retold_nouns: frozenset[str] = frozenset()  # follow_ups.retold_nouns
    responders: PhraseIndex = field(default_factory=PhraseIndex)  # "Police are investigating a shooting"
    # "after the army withdrew", "without a fight": a place taken with no one to fight for it
    unopposed: PhraseIndex = field(default_factory=PhraseIndex)
    fighting: PhraseIndex = field(default_factory=PhraseIndex)  # "after heavy fighting": it was fought for
    separate_openings: PhraseIndex = field(default_factory=PhraseIndex)  # "Separately, ...": another event
    # "Four people were wounded in a shooting": the victims' participles, auxiliaries and prepositions
    harmed_participles: frozenset[str] = frozenset()
    harmed_auxiliaries: frozenset[str] = frozenset()
    harmed_before: frozenset[str] = frozenset()
    harmed_first: frozenset[str] = frozenset()
    harmed_after: frozenset[str] = frozenset()
    harmed_others: frozenset[str] = frozenset()
    # "the street looked like a riot": words that make the trigger after them a comparison
    similes: tuple[tuple[str, ...], ...] = ()
    not_deeds: PhraseIndex = field(default_factory=PhraseIndex)  # "executed a search warrant": no trigger
    unknown_agents: frozenset[str] = frozenset()  # "when someone opened fire": an unnamed agent
    diplomatic_agents: frozenset[str] = frozenset()  # "recalled its ambassador in protest": no demonstration
    # "Police arrested a suspect Friday in the shooting": those who arrest for a crime did not do it
    arrest_responders: PhraseIndex = field(default_factory=PhraseIndex)
    arrested_for: frozenset[str] = frozenset()  # the crimes' nouns after them
    reaction_words: frozenset[str] = frozenset()  # follow_ups.reaction_words
    naming_words: frozenset[str] = frozenset()  # follow_ups.naming_words
    background_before: tuple[tuple[str, ...], ...] = ()  # "in a region plagued by communal clashes"
    # "killed when a bus collided with a truck": deaths by accident or nature (``accidents``)
    bare_deaths: frozenset[str] = frozenset()
    bare_blasts: frozenset[str] = frozenset()
    blast_fillers: frozenset[str] = frozenset()
    accident_responses: frozenset[str] = frozenset()  # the rules of responses to an accident
    weapon_words: frozenset[str] = frozenset()  # a story that writes one is no accident's
    not_weapons_before: frozenset[str] = frozenset()  # "bomb disposal squad": no weapon
    blast_weapons: frozenset[str] = frozenset()  # a story that names one tells no blast by accident
    accident_causes: PhraseIndex = field(default_factory=PhraseIndex)
    blast_causes: PhraseIndex = field(default_factory=PhraseIndex)
    # reviews, obituaries and match reports (``not_news``)
    title_labels: frozenset[str] = frozenset()
    gameplay: PhraseIndex = field(default_factory=PhraseIndex)
    gameplay_least: int = 4
    not_scores: frozenset[str] = frozenset()  # words after a range that is no scoreline ("10-12 others")
    fiction: PhraseIndex = field(default_factory=PhraseIndex)  # the words of a work's plot
    fiction_least: int = 3
    markets: PhraseIndex = field(default_factory=PhraseIndex)  # the words of trading
    markets_least: int = 3
    # "rammed his car into a crowd, killing five": the words before what a deed was done to
    struck_prepositions: frozenset[str] = frozenset()
    struck_articles: frozenset[str] = frozenset()
    responses: frozenset[str] = frozenset()  # follow_ups.responses: rules whose deeds answer the violence told
    # "rioters hurled Molotov cocktails at a bank": a crowd's violence at private property
    civilian_property: PhraseIndex = field(default_factory=PhraseIndex)


def _acled_pair(where: str, value, taxonomy) -> tuple[str, str] | None:
    if value is None:
        return None
    if not (isinstance(value, list) and len(value) == 2):
        raise KnowledgeError(f"{where}: must be [event type, sub-event type]")
    etype, sub = value
    if etype not in taxonomy["acled"]:
        raise KnowledgeError(f"{where}: {etype!r} is not an ACLED event type; see taxonomy.yaml")
    if sub not in taxonomy["acled"][etype]:
        raise KnowledgeError(f"{where}: {sub!r} is not a sub-event type of {etype!r}; see taxonomy.yaml")
    return etype, sub


def _index(where: str, patterns, payload, index: PhraseIndex) -> None:
    if not isinstance(patterns, list) or not patterns:
        raise KnowledgeError(f"{where}: patterns must be a non-empty list")
    for j, pattern in enumerate(patterns):
        if not isinstance(pattern, str):
            raise KnowledgeError(f"{where}: pattern {j + 1} must be a string")
        try:
            index.add_pattern(pattern.lower(), payload)
        except PatternError as exc:
            raise KnowledgeError(f"{where}: pattern {j + 1}: {exc}") from None


@cache
def load_rules() -> RuleSet:
    taxonomy = load_yaml("codebook/taxonomy.yaml")
    data = load_yaml(FILE)
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise KnowledgeError(f"{FILE}: needs a 'rules' list")
    rules: dict[str, Rule] = {}
    index = PhraseIndex()
    for i, entry in enumerate(data["rules"]):
        where = f"{FILE}: rule {i + 1} ({entry.get('id') if isinstance(entry, dict) else entry!r})"
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise KnowledgeError(f"{where}: needs an id")
        if entry["id"] in rules:
            raise KnowledgeError(f"{where}: the id {entry['id']!r} is used twice")
        family = entry.get("family")
        if family not in FAMILIES:
            raise KnowledgeError(f"{where}: family must be one of {FAMILIES}")
        if not isinstance(entry.get("rank"), int):
            raise KnowledgeError(f"{where}: rank must be a whole number")
        plover = entry.get("plover")
        if not (isinstance(plover, list) and len(plover) == 2):
            raise KnowledgeError(f"{where}: plover must be [type, mode]")
        if plover[0] not in taxonomy["plover"]:
            raise KnowledgeError(f"{where}: {plover[0]!r} is not a PLOVER type; see taxonomy.yaml")
        if plover[1] is not None and plover[1] not in taxonomy["plover"][plover[0]]:
            raise KnowledgeError(f"{where}: {plover[1]!r} is not a mode of {plover[0]}; see taxonomy.yaml")
        voice = entry.get("voice", "active")
        if voice not in ("active", "patient", "mutual", "undergone", "found"):
            raise KnowledgeError(f"{where}: voice must be active, patient, undergone, mutual or found")
        movement = entry.get("movement")
        if movement is not None and movement not in MOVEMENTS:
            raise KnowledgeError(f"{where}: movement must be one of {MOVEMENTS}")
        rule = Rule(
            id=entry["id"],
            family=family,
            rank=entry["rank"],
            acled=_acled_pair(f"{where}: acled", entry.get("acled"), taxonomy),
            armed_target=_acled_pair(f"{where}: armed_target", entry.get("armed_target"), taxonomy),
            civilian_agent=_acled_pair(f"{where}: civilian_agent", entry.get("civilian_agent"), taxonomy),
            nonstate_agent=_acled_pair(f"{where}: nonstate_agent", entry.get("nonstate_agent"), taxonomy),
            unopposed=_acled_pair(f"{where}: unopposed", entry.get("unopposed"), taxonomy),
            plover=(plover[0], plover[1]),
            voice=voice,
            movement=movement,
            not_after=frozenset(w.lower() for w in entry.get("not_after", [])),
            not_before=frozenset(w.lower() for w in entry.get("not_before", [])),
            not_with=frozenset(w.lower() for w in entry.get("not_with", [])),
            not_with_phrases=tuple(w.lower() for w in entry.get("not_with", []) if " " in w),
            suppresses=frozenset(entry.get("suppresses", [])),
            suppresses_after=frozenset(entry.get("suppresses_after", [])),
            foreign_force=entry.get("foreign_force"),
            without_crowd=entry.get("without_crowd"),
            place_object=bool(entry.get("place_object", False)),
            harmless=bool(entry.get("harmless", False)),
            owner_is_target=bool(entry.get("owner_is_target", False)),
        )
        rules[rule.id] = rule
        _index(where, entry.get("patterns"), rule, index)
    for rule in rules.values():
        unknown = (rule.suppresses | rule.suppresses_after) - set(rules)
        if unknown:
            raise KnowledgeError(f"{FILE}: rule {rule.id!r} suppresses unknown rules {sorted(unknown)}")
        for key in ("foreign_force", "without_crowd"):
            other = getattr(rule, key)
            if other is not None and other not in rules:
                raise KnowledgeError(f"{FILE}: rule {rule.id!r}: {key} names an unknown rule {other!r}")
    outcomes: dict[str, PhraseIndex] = {}
    for name, patterns in (data.get("protest_outcomes") or {}).items():
        outcomes[name] = PhraseIndex()
        _index(f"{FILE}: protest_outcomes.{name}", patterns, name, outcomes[name])
    for name in ("violent", "lethal", "intervention"):
        if name not in outcomes:
            raise KnowledgeError(f"{FILE}: protest_outcomes needs a {name!r} list")
    off_duty = PhraseIndex()
    _index(f"{FILE}: off_duty", data.get("off_duty"), "off_duty", off_duty)
    armed_victim = PhraseIndex()
    _index(f"{FILE}: armed_victim", data.get("armed_victim"), "armed_victim", armed_victim)
    before, after = operation_agent_cues(data.get("operation_agent"))
    follow = data.get("follow_ups")
    if not isinstance(follow, dict):
        raise KnowledgeError(f"{FILE}: follow_ups needs 'movers' and 'suspect_cues' (lists of words)")
    movers = frozenset(w.lower() for w in text_list(f"{FILE}: follow_ups", "movers", follow.get("movers")))
    suspects = PhraseIndex.of(text_list(f"{FILE}: follow_ups", "suspect_cues", follow.get("suspect_cues")))
    retold = frozenset(w.lower() for w in text_list(f"{FILE}: follow_ups", "retold_nouns", follow.get("retold_nouns")))
    reactions = frozenset(w.lower() for w in text_list(f"{FILE}: follow_ups", "reaction_words",
                                                       follow.get("reaction_words") or []))
    naming = frozenset(w.lower() for w in text_list(f"{FILE}: follow_ups", "naming_words",
                                                    follow.get("naming_words") or []))
    responders = PhraseIndex()
    _index(f"{FILE}: responders", data.get("responders"), "responder", responders)
    unopposed, fighting = _unopposed_cues(data.get("unopposed"))
    separate = PhraseIndex.of(text_list(f"{FILE}: follow_ups", "separate_openings",
                                        follow.get("separate_openings") or []))
    harmed = _harmed_in_words(data.get("harmed_in"))
    similes = tuple(tuple(p.lower().split()) for p in text_list(FILE, "similes", data.get("similes") or []))
    background = tuple(tuple(p.lower().split()) for p in text_list(FILE, "background_before",
                                                                   data.get("background_before") or []))
    not_deeds = PhraseIndex()
    _index(f"{FILE}: not_deeds", data.get("not_deeds"), "not_deed", not_deeds)
    civilian_property = PhraseIndex()
    _index(f"{FILE}: civilian_property", data.get("civilian_property"), "civilian_property", civilian_property)
    struck = data.get("struck_objects")
    if not isinstance(struck, dict):
        raise KnowledgeError(f"{FILE}: struck_objects needs 'prepositions' and 'articles' (lists of words)")
    struck_words = {key: frozenset(w.lower() for w in text_list(f"{FILE}: struck_objects", key, struck.get(key)))
                    for key in ("prepositions", "articles")}
    return RuleSet(rules, index, outcomes, off_duty, armed_victim, before, after, movers, suspects, retold,
                   responders, unopposed, fighting, separate, harmed["participles"], harmed["auxiliaries"],
                   harmed["before"], harmed["told_first"], harmed["after_participle"], harmed["others"], similes,
                   reaction_words=reactions, naming_words=naming, background_before=background, not_deeds=not_deeds,
                   struck_prepositions=struck_words["prepositions"], struck_articles=struck_words["articles"],
                   responses=frozenset(text_list(f"{FILE}: follow_ups", "responses", follow.get("responses") or [])),
                   civilian_property=civilian_property,
                   unknown_agents=frozenset(w.lower() for w in text_list(FILE, "unknown_agents",
                                                                        data.get("unknown_agents") or [])),
                   diplomatic_agents=frozenset(w.lower() for w in text_list(FILE, "diplomatic_agents",
                                                                            data.get("diplomatic_agents") or [])),
                   **_arrest_responders(data.get("arrest_responders")),
                   **_accident_cues(data.get("accidents"), rules), **_not_news(data.get("not_news")))


def _arrest_responders(section) -> dict:
    """The ``arrest_responders`` section: phrases of an arrest and the crimes' nouns after them."""
    where = f"{FILE}: arrest_responders"
    if not isinstance(section, dict):
        raise KnowledgeError(f"{where} needs 'phrases' (patterns) and 'crimes' (words)")
    phrases = PhraseIndex()
    _index(f"{where}: phrases", section.get("phrases"), "arrest_responder", phrases)
    crimes = frozenset(w.lower() for w in text_list(where, "crimes", section.get("crimes")))
    return {"arrest_responders": phrases, "arrested_for": crimes}


def _not_news(section) -> dict:
    """The ``not_news`` section: a headline's labels of reviews and obituaries, and the words of
    a game being played with how many different ones make a match report."""
    if not isinstance(section, dict) or not isinstance(section.get("gameplay_least"), int):
        raise KnowledgeError(f"{FILE}: not_news needs 'title_labels', 'not_scores' (words), 'gameplay' (phrases) "
                             "and 'gameplay_least' (a number)")
    gameplay = PhraseIndex()
    _index(f"{FILE}: not_news.gameplay", section.get("gameplay"), "gameplay", gameplay)
    labels = text_list(f"{FILE}: not_news", "title_labels", section.get("title_labels"))
    not_scores = text_list(f"{FILE}: not_news", "not_scores", section.get("not_scores"))
    fiction = PhraseIndex()
    _index(f"{FILE}: not_news.fiction", section.get("fiction"), "fiction", fiction)
    if not isinstance(section.get("fiction_least"), int):
        raise KnowledgeError(f"{FILE}: not_news needs 'fiction_least' (a number)")
    markets = PhraseIndex()
    _index(f"{FILE}: not_news.markets", section.get("markets"), "markets", markets)
    if not isinstance(section.get("markets_least"), int):
        raise KnowledgeError(f"{FILE}: not_news needs 'markets_least' (a number)")
    return {"title_labels": frozenset(" ".join(w.lower().split()) for w in labels), "gameplay": gameplay,
            "gameplay_least": section["gameplay_least"], "not_scores": frozenset(w.lower() for w in not_scores),
            "fiction": fiction, "fiction_least": section["fiction_least"],
            "markets": markets, "markets_least": section["markets_least"]}


def _accident_cues(section, rules: dict) -> dict:
    """The ``accidents`` section: the words of a trigger that tells only a death or only a
    blast, the phrases of a cause that is no one's violence, and the rules (of ``rules``) of
    the responses to an accident."""
    if not isinstance(section, dict):
        raise KnowledgeError(f"{FILE}: accidents needs 'bare_deaths', 'bare_blasts', 'blast_fillers', 'weapon_words', "
                             "'not_weapons_before', 'blast_weapons' (words), "
                             "'causes', 'blast_causes' (phrases) and 'responses' (rule ids)")
    causes, blast_causes = PhraseIndex(), PhraseIndex()
    _index(f"{FILE}: accidents.causes", section.get("causes"), "accident", causes)
    _index(f"{FILE}: accidents.blast_causes", section.get("blast_causes"), "blast", blast_causes)
    words = text_list(f"{FILE}: accidents", "bare_deaths", section.get("bare_deaths"))
    blasts = text_list(f"{FILE}: accidents", "bare_blasts", section.get("bare_blasts"))
    responses = frozenset(text_list(f"{FILE}: accidents", "responses", section.get("responses")))
    unknown = responses - set(rules)
    if unknown:
        raise KnowledgeError(f"{FILE}: accidents.responses names unknown rules {sorted(unknown)}")
    weapons = text_list(f"{FILE}: accidents", "weapon_words", section.get("weapon_words"))
    fillers = text_list(f"{FILE}: accidents", "blast_fillers", section.get("blast_fillers"))
    squads = text_list(f"{FILE}: accidents", "not_weapons_before", section.get("not_weapons_before"))
    bombs = text_list(f"{FILE}: accidents", "blast_weapons", section.get("blast_weapons"))
    return {"bare_deaths": frozenset(w.lower() for w in words), "bare_blasts": frozenset(w.lower() for w in blasts),
            "accident_causes": causes, "blast_causes": blast_causes, "accident_responses": responses,
            "weapon_words": frozenset(w.lower() for w in weapons), "blast_fillers": frozenset(w.lower() for w in fillers),
            "not_weapons_before": frozenset(w.lower() for w in squads),
            "blast_weapons": frozenset(w.lower() for w in bombs)}


def _harmed_in_words(section) -> dict[str, frozenset[str]]:
    """The ``harmed_in`` section: the participles of the hurt, the auxiliaries before them, the
    prepositions before the event's noun, the words of others harmed told first, those that may
    follow a participle that is the trigger and the words of other hurt groups ("and two others")."""
    keys = ("participles", "auxiliaries", "before", "told_first", "after_participle", "others")
    if not isinstance(section, dict):
        raise KnowledgeError(f"{FILE}: harmed_in needs {', '.join(keys)} (lists of words)")
    return {key: frozenset(w.lower() for w in text_list(f"{FILE}: harmed_in", key, section.get(key))) for key in keys}


def _unopposed_cues(section) -> tuple[PhraseIndex, PhraseIndex]:
    """The ``unopposed`` section: the phrases that tell a place was left undefended, and the
    words that tell it was fought for after all."""
    if not isinstance(section, dict) or not isinstance(section.get("cues"), list) \
            or not isinstance(section.get("fighting"), list):
        raise KnowledgeError(f"{FILE}: unopposed needs 'cues' and 'fighting' (lists of phrases)")
    cues, fighting = PhraseIndex(), PhraseIndex()
    _index(f"{FILE}: unopposed.cues", section["cues"], "unopposed", cues)
    _index(f"{FILE}: unopposed.fighting", section["fighting"], "fighting", fighting)
    return cues, fighting


def operation_agent_cues(agent) -> tuple[frozenset[str], PhraseIndex]:
    """The ``operation_agent`` section: the words that open "during a police raid" and the
    operations that close it."""
    if not isinstance(agent, dict) or not isinstance(agent.get("before"), list) \
            or not all(isinstance(w, str) for w in agent["before"]):
        raise KnowledgeError(f"{FILE}: operation_agent needs 'before' (a list of words) and 'after' (a list of phrases)")
    after = PhraseIndex()
    _index(f"{FILE}: operation_agent.after", agent.get("after"), "operation", after)
    return frozenset(w.lower() for w in agent["before"]), after

