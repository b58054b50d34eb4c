"""Which findings of an article report the same event: the draft events being assembled, and
the rules that merge a follow-up sentence or a retelling into the event it reports (every
sentence is kept as evidence)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from ..geo.name_parts import is_local_feature, is_street
from ..model import Actor
from .day_spans import DAY_SLACK, span, wholly_before
from .quantities import ALSO, AT_LEAST, WEAK, unify_victims
from .when import parse_iso
from .sentence_coder import Finding, place_of_care

MERGE_FAMILIES = ("violence", "protest", "strategic", "movement")


@dataclass(eq=False, slots=True)
class Draft:
    """An event being assembled from one or more findings."""

    findings: list[Finding]
    event_type: str | None
    sub_event_type: str | None
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc1: list[Actor] = field(default_factory=list)
    assoc2: list[Actor] = field(default_factory=list)
    country: str | None = None
    figures: list[tuple[int, str]] = field(default_factory=list)
    injured: int | None = None  # the most injured any of its sentences tells
    shot: int | None = None  # the most people any of its sentences tells shot (the injured are those less the dead)
    carried: int | None = None  # the most told carried to a hospital (the injured where nothing else tells them)
    told_alive: bool = False  # a sentence of it, or just after it, tells a victim's condition ("in critical condition")
    # a party's own figures, (figure, party, through its own outlet): never added to other figures
    claims: list[tuple[int, str, bool]] = field(default_factory=list)
    explicit: int | None = None
    zero: bool = False

    @property
    def first(self) -> Finding:
        return self.findings[0]


def same_area(places, pa, pb) -> bool:
    """Two place mentions that may name where one event happened: the same place, one inside
    the other, or within about 50 km (0.45 degrees of latitude, 0.5 of longitude)."""
    if pa is None or pb is None or pa.name == pb.name or pa.name in pb.context or pb.name in pa.context:
        return True
    ra, rb = places.resolve(pa), places.resolve(pb)
    if ra is None or rb is None:
        return False
    a, b = ra.place, rb.place
    if a.country != b.country or "country" in (a.kind, b.kind):
        # a country named beside a town is a general statement beside a specific incident
        return a.kind == b.kind == "country"
    for outer, inner in ((a, b), (b, a)):
        if outer.kind == "adm1" and outer.admin1 == inner.admin1:
            return True
        if outer.kind == "adm2" and outer.admin2 and outer.admin2 == inner.admin2:
            return True
    if None not in (a.lat, a.lon, b.lat, b.lon):
        return abs(a.lat - b.lat) < 0.45 and abs(a.lon - b.lon) < 0.5
    return False


LOOK_BACK = 64  # drafts: a report is compared with this many earlier ones at most (a story tells fewer)
MERGE_WINDOW = 3  # sentences: further apart, two findings are two events unless told at one place


def _compatible(a: Draft, b: Draft, places=None, retold: frozenset[str] = frozenset(), reacted: bool = False) -> bool:
    fa, fb = a.first, b.first
    if fa.rule.family != fb.rule.family or fa.rule.family not in MERGE_FAMILIES:
        return False
    if fb.separate:
        return False  # "Separately, police said two constables were injured ...": another event
    if fa.rule.family == "violence" and reacted:
        return True  # "The U.S. Embassy in Islamabad condemned the attack": the attack told before
    if _generic(fa) != _generic(fb) and not _told_before(b, retold):
        # "Shootings have killed 40 people so far this year" tells no toll of the lead's shooting
        # ("no group has claimed the attack so far" names the lead's attack again: it is that one)
        return False
    if fb.earlier_year and not fa.earlier_year:
        return False  # "Last year, two men were shot dead at the same corner": an earlier event
    if wholly_before(fb.when, fa.when):
        return False  # "Last month, a similar attack killed two policemen": told days before the lead's
    if _own_toll_days_before(a, b):
        return False  # "On January 31, 18 soldiers were martyred in an attack on a post in Kalat": another
    if _recalled_with_own_toll(a, b):
        return False  # "Earlier this month, three soldiers were martyred in Mir Ali": another
    if _far(a, b) and not _retold_far(a, b, retold) and not _local_retelling(a, b, places):
        return False
    if fa.rule.family == "movement":
        return _same_movement(a, b)
    same_type = a.event_type == b.event_type
    follow_up = fb.rule.id in ("attack", "body_found") or fb.rule.rank <= fa.rule.rank and fb.rule.family == "violence"
    # a state force meeting the crowd told after a riot or a protest tells how it was met, whatever
    # kind of crowd its own words make ("rioters barricaded roads ... Police dispersed the crowd")
    follow_up = follow_up or (fa.rule.family == "protest" and b.actor1 is not None and b.actor1.actor_type == 1
                              and a.event_type in ("Protests", "Riots") and b.event_type == "Protests")
    # "militants attacked the village ... before being repelled by security forces": the attack
    # met armed resistance, and the report is one battle
    # (a search or an operation launched after the attack is no resistance to it: "Security forces
    # have launched a search operation in the area")
    resisted = fa.rule.family == "violence" and a.event_type == "Violence against civilians" \
        and b.event_type == "Battles" and fb.rule.id != "security_operation"
    # "threw a hand grenade at police. Police responded with gunfire": a blast or a shelling
    # answered by fire in the next sentence is a battle
    answered = a.event_type == "Explosions/Remote violence" and a.sub_event_type != "Air/drone strike" \
        and fb.rule.id == "armed_clash" and fb.info.index - a.findings[-1].info.index <= 1
    resisted = resisted or answered
    if resisted and b.actor1 is not None and b.actor1.actor_type == 1 and another_day(a, b):
        return False  # "killed 21 villagers late on Saturday ... troops killed 7 assailants on Sunday": two events
    if not (same_type or follow_up or resisted):
        return False
    if {a.sub_event_type, b.sub_event_type} == _AIR_AND_SUICIDE:
        return False  # "jets pounded hideouts ... days after a suicide attack killed 12 soldiers": two deeds
    if a.sub_event_type != b.sub_event_type and changes_hands(a) and changes_hands(b):
        return False  # "fighters overran the post ... troops retook it": a fall and a recapture
    # an actor put in because the text names none ("Unidentified Armed Group") blocks no one:
    # "Al Shabaab claimed responsibility for the attack" names who carried out the blast
    names_a = {x.name for x in (a.actor1, a.actor2) if x and x.mention is not None}
    x = b.actor1
    # (nor does one the text names only by a word for armed men: "militants attacked a police
    # station ... The TTP claimed responsibility for the attack" names the militants)
    unnamed_agent = a.actor1 is None or a.actor1.mention is None or a.actor1.name.startswith("Unidentified")
    # (a crowd and the force that faced it are told in either order: "police clashed with
    # protesters ... Protesters torched vehicles and police fired tear gas" share the police)
    # (nor is the state force a later sentence tells meeting the crowd another side: "residents
    # protested in Plovdiv ... Police dispersed the protesters")
    shared_side = fa.rule.family == "protest" and (
        (b.actor2 is not None and b.actor2.name in names_a) or (x is not None and x.actor_type == 1))
    if x is not None and names_a and x.name not in names_a and not generic_name(x.name) and not resisted \
            and not unnamed_agent and not _claimed_alone(b) and not shared_side:
        return False
    if _other_side_strikes_back(a, b) and not resisted:
        return False  # "An Israeli air strike killed nine ... militants fired rockets toward Israel": two deeds
    pa, pb = fa.place, fb.place
    # (not inherited from an earlier sentence, nor a hospital a victim died at: "died at Highland Hospital")
    own = pb is not None and _own_place(fb) and not place_of_care(fb.info.tokens, pb)
    if pa is not None and pb is not None and own and pa.name != pb.name:
        if another_day(a, b) and (_day_led(b) or _told_ago(b)):
            # "... killed 20 in Tibu on Friday. On Saturday, gunmen shot dead a leader in El Tarra";
            # "Militants killed two policemen in Bannu three days ago": another deed, another town
            return False
        if places is None:
            return pa.name in pb.context or pb.name in pa.context
        # "The shooting happened at the Clinton House Apartments on Kenilworth Street": the event
        # named again after "the", at a spot the gazetteer cannot place, is the one told before
        return same_area(places, pa, pb) or (_told_before(b, retold) and _spot(places, pb)) \
            or _country_then_its_town(places, a, b) or _village_of_the_division(places, a, b)
    return True


def _village_of_the_division(places, a: Draft, b: Draft) -> bool:
    """ "killed 30 civilians in an attack on a village in Mopti region ... The gunmen opened fire
    on residents of Ogossagou": in a story filed from afar (no local story's town), a place the
    gazetteer lacks, told with no toll of its own, may be the village inside the province or
    district the event was told at first."""
    if places.local or not places.datelined or any(not victim.startswith(WEAK) for _, victim in b.first.figures):
        return False
    if places.resolve(b.first.place) is not None:
        return False
    ra = places.resolve(a.first.place)
    return ra is not None and ra.place.kind in ("adm1", "adm2")


def _claimed_alone(b: Draft) -> bool:
    """ "The TTP claimed on its Telegram channel that its fighters had killed 12 soldiers": a
    group's claim told with no place or day of its own, after the event it fought in, is its
    side's account of that event (its figure stays a claim), not a deed of its own."""
    f = b.first
    return f.attribution is not None and f.attribution.modality == "claimed" and not _own_place(f) and f.when is None


def _own_place(f) -> bool:
    """Whether a finding's place is one its own sentence names, not one inherited from before."""
    return f.place is not None and any(f.place is p for p in f.info.places)


def opens_separately(rules, info) -> bool:
    """Whether the sentence opens as another event's ("Separately, ...", "In another incident,
    ...": event_rules.yaml follow_ups.separate_openings), after a quote mark or a dash at most,
    or tells its deed as another anywhere with one of those that open with "in" or "at"
    ("soldiers killed 12 militants in a separate operation near Djenne", "a soldier was killed
    at an unspecified location": not at the place of the event told before)."""
    lows = info.tokens.lows
    k = 0
    while k < len(lows) and not lows[k][:1].isalnum():
        k += 1
    index = rules.separate_openings
    if k < len(lows) and index.starts(lows[k]) and bool(index.at(lows, k)):
        return True
    return any(lows[j] in _ANYWHERE and index.starts(lows[j]) and bool(index.at(lows, j)) for j in range(k + 1, len(lows)))


_ANYWHERE = frozenset({"in", "at"})  # the first words of openings that tell another event anywhere in a sentence


def _firm_tolls(d: Draft) -> set[int]:
    return {n for n, victim in d.first.figures if not victim.startswith((WEAK, ALSO, AT_LEAST))}


def _own_toll_days_before(a: Draft, b: Draft) -> bool:
    """Whether ``b`` is a deed with a toll of its own on a date written out ("On January 31, 18
    soldiers were martyred") more than a night before the day of ``a``, a deed with another toll:
    an earlier attack the story recalls, not ``a`` told again (a story that leads with a charge
    or a funeral tells its shooting's toll once more, or none)."""
    wa, wb = a.first.when, b.first.when
    if wa is None or wb is None or wa.precision != 1 or wb.precision != 1 or not wb.explicit or wb.weekday:
        return False
    da, db = parse_iso(wa.date), parse_iso(wb.date)
    if da is None or db is None or (da - db).days <= DAY_SLACK:
        return False
    if _death_of_wounds(a.first.info.tokens.lows):
        return False  # "A man died on Thursday of wounds he suffered when gunmen attacked a bus": that attack
    return _other_tolls(a, b)


def _recalled_with_own_toll(a: Draft, b: Draft) -> bool:
    """Whether ``b`` opens its sentence with a week, a month or a year ("Earlier this month, three
    soldiers were martyred ...", "Last week, ...") and tells a toll of its own, other than that of
    ``a``, told to the day: a deed the story recalls, not ``a`` told again."""
    wa, wb = a.first.when, b.first.when
    if wa is None or wb is None or wa.precision != 1 or wb.precision < 2 or not _day_led(b):
        return False
    return _other_tolls(a, b)


def _other_tolls(a: Draft, b: Draft) -> bool:
    """Whether both drafts tell firm tolls and none of ``b``'s is one of ``a``'s."""
    told_a, told_b = _firm_tolls(a), _firm_tolls(b)
    return bool(told_a) and bool(told_b) and told_a.isdisjoint(told_b)


_WOUNDS = frozenset({"wounds", "injuries"})
_OWNERS = frozenset({"of", "his", "her", "their"})


def _death_of_wounds(lows: list[str]) -> bool:
    """Whether a sentence tells a death of wounds suffered earlier ("succumbed", "died of wounds",
    "died of his injuries")."""
    return "succumbed" in lows or any(w in _WOUNDS and k > 0 and lows[k - 1] in _OWNERS for k, w in enumerate(lows))


def another_day(a: Draft, b: Draft) -> bool:
    """Whether both drafts tell their own days, to the day, and ``b``'s is another than ``a``'s.
    Asked only where something else says the two may be apart (the state's forces answering an
    attack, a sentence that opens with its day, an answer to violence): a day misread on its own
    costs more than it saves."""
    wa, wb = _first_when(a), _first_when(b)
    return wa is not None and wb is not None and wa.precision == wb.precision == 1 and wa.date != wb.date


COUNTRY_THEN_TOWN = 2  # sentences: how soon after a deed told only in a country its town may follow


def _country_then_its_town(places, a: Draft, b: Draft) -> bool:
    """ "Jihadists killed 21 civilians in an attack on a village in central Mali ... The gunmen
    opened fire on residents in Dioura": a deed told first in a country only, then at once at a
    town of that country, is the one deed (further on, a town is more likely another deed's)."""
    if b.first.info.index - a.findings[-1].info.index > COUNTRY_THEN_TOWN:
        return False
    pb = b.first.place
    ra, rb = places.resolve(a.first.place), places.resolve(pb)
    if rb is None:  # a village the gazetteer lacks: its sentence's known places ("Dioura, in the Segou region")
        rb = next((r for r in map(places.resolve, b.first.info.places) if r is not None), None)
    return ra is not None and rb is not None and ra.place.kind == "country" and rb.place.kind != "country" \
        and ra.place.country == rb.place.country


_NOT_TOLD_AS_FACT = frozenset({"denied", "negated", "future", "hypothetical", "generic"})
# an air strike and a suicide bombing are never one event, however they are told together
_AIR_AND_SUICIDE = {"Air/drone strike", "Suicide bomb"}


def _generic(f: Finding) -> bool:
    """A tally, a habit or a background deed (coder/claims.py, tense.py), not one event."""
    return getattr(f.attribution, "modality", None) == "generic"


def changes_hands(d: Draft) -> bool:
    """An ACLED territory sub-event: overtaken, regained or transferred."""
    return (d.sub_event_type or "").endswith("territory")


def _spot(places, p) -> bool:
    """A spot in a town rather than a town: a street, a building, or a name the gazetteer lacks."""
    return is_street(p.text) or is_local_feature(p.text) or places.resolve(p) is None


_DEFINITE = frozenset({"the", "this", "that", "its"})
_DAYS = frozenset({"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "yesterday",
                   "today", "tonight", "weekend"})


def _told_before(b: Draft, retold: frozenset[str]) -> bool:
    """ "The shooting happened at about 8 p.m.", "the cab driver shooting", "Sunday's attack": an
    event named by a noun (event_rules.yaml follow_ups.retold_nouns) after a definite article, a
    few words of description between, or a day's possessive, refers back to one already told."""
    f = b.first
    lows = f.info.tokens.lows
    t0, t1 = f.trigger
    # (the noun may open a longer trigger: "The explosion took place near Tarrem village")
    noun = next((k for k in range(t1 - 1, t0 - 1, -1) if lows[k] in retold), None)
    if noun is None:
        return False
    t0 = noun
    for k in range(t0 - 1, max(-1, t0 - 5), -1):
        w = lows[k]
        if w in _DEFINITE or (w == "'s" and k > 0 and lows[k - 1] in _DAYS):
            return True
        if w in ("a", "an", ",", ".", ";", ":", "and", "or", "of", "in", "on", "at", "by", "to"):
            return False
    return False


def reaction(b: Draft, retold: frozenset[str], reactions: tuple[frozenset[str], frozenset[str]]) -> bool:
    """ "The U.S. Embassy in Islamabad condemned the attack", "called the bombing cowardly": an
    event named again (_told_before) at most REACTION_REACH words after a word of reaction, or right
    after a word of naming (event_rules.yaml follow_ups.reaction_words, naming_words), is a reaction to
    the one told before, not a deed of its own."""
    f = b.first
    lows = f.info.tokens.lows
    t0 = f.trigger[0]
    strong, naming = reactions
    reacting = not strong.isdisjoint(lows[max(0, t0 - REACTION_REACH):t0]) or any(
        lows[k] in naming and lows[k + 1] in _DEFINITE for k in range(max(0, t0 - REACTION_REACH), t0))
    # (a sentence that tells a toll of its own tells a deed, whatever else it names: "condemned the
    # attack, hours before another attack killed 12 villagers in Zamfara")
    told_toll = any(not victim.startswith(WEAK) for _, victim in f.figures)
    return reacting and not told_toll and _told_before(b, retold)


REACTION_REACH = 4  # words from a word of reaction to the event it names ("condemned the deadly attack")


def _far(a: Draft, b: Draft) -> bool:
    """Whether ``b`` is told more than MERGE_WINDOW sentences after ``a``'s last report."""
    return b.first.info.index - a.findings[-1].info.index > MERGE_WINDOW


DAY_LED = 12  # characters: a sentence whose day is written within these opens with it ("On Saturday, ...")


def _day_led(d: Draft) -> bool:
    """Whether the draft's first report opens its sentence with its own day ("On Saturday,
    gunmen shot dead ...", "Late Friday, ...", "Himamaylan City, Monday: ..."): as a roundup tells
    each incident in turn."""
    f = d.first
    if f.when is None or f.info.text[f.when.end:f.when.end + 1] not in (",", ":"):
        return False
    # (after the place a roundup's paragraph is labelled with: "Himamaylan City, Monday: ...")
    label = next((p for p in f.info.places if p.token == 0 and p.end < f.when.start), None)
    return f.when.start - (label.end + 1 if label is not None else 0) <= DAY_LED


def _told_ago(d: Draft) -> bool:
    """Whether the draft's first report is dated by counting back from publication ("three days
    ago"): a deed the story tells as past, not the lead's day misread."""
    return d.first.when is not None and d.first.when.ago


def _first_when(d: Draft):
    """The first date a draft's reports tell, if any."""
    return next((x.when for x in d.findings if x.when is not None), None)


_QUOTE_OPENING = re.compile("^\\W*[\"\u201c\u201d\u2018']")


def _retold_far(a: Draft, b: Draft, retold: frozenset[str]) -> bool:
    """A report far from the event that still retells it: at the same place, the same named
    force moving, or the event named again ("the shooting")."""
    fa, fb = a.first, b.first
    return bool(fa.place and fb.place and fa.place.name == fb.place.name) or _same_named_mover(a, b) \
        or _told_before(b, retold)


def _local_retelling(a: Draft, b: Draft, places) -> bool:
    """A local story (one with a town of its own: a dateline, or the town it names most) tells
    one crime from its lead to its end: a later shooting by no named group, on no other day, is
    the lead's shooting told again ("A man was shot and killed Tuesday in Westwood ... Police said
    he was found dead in a parking lot"), however far down it comes. The place check of
    _compatible still applies, so a shooting told at a town far away stays its own event."""
    if places is None or not getattr(places, "local", False) or not getattr(places, "told_home", True) \
            or a.first.rule.family != "violence":
        return False
    if _QUOTE_OPENING.match(b.first.info.text):
        return False  # a quote ("Nine officers have been shot this year") is comment, not a retelling
    if any(x is not None and x.mention is not None and not generic_name(x.name) for x in (a.actor1, b.actor1)):
        return False
    wa, wb = _first_when(a), _first_when(b)
    return wa is None or wb is None or wa.date == wb.date or _within(wb, wa) or _within(wa, wb)


def _within(day, vague) -> bool:
    """Whether ``day``, told to the day, is one that ``vague``, a week or a weekend, may mean
    ("over the weekend ... He died Sunday")."""
    if day.precision != 1 or vague.precision != 2:
        return False
    told, bounds = parse_iso(day.date), span(vague)
    return told is not None and bounds is not None and bounds[0] <= told <= bounds[1]


def _same_named_mover(a: Draft, b: Draft) -> bool:
    """ "US troops complete their withdrawal" early in a story and "the last US troops would soon
    leave" at its end: a named force's movement is retold anywhere in the story (the checks of
    _same_movement still apply); unnamed people may be other people."""
    if a.first.rule.family != "movement" or a.actor1 is None or b.actor1 is None:
        return False
    if a.actor1.name != b.actor1.name or generic_name(a.actor1.name) or None in (a.actor1.mention, b.actor1.mention):
        return False
    counts = [{x.count for x in d.findings if x.count} for d in (a, b)]
    # "35 soldiers" and "hundreds of soldiers" are other groups of one army
    return not (all(counts) and not counts[0] & counts[1])


def _same_movement(a: Draft, b: Draft) -> bool:
    """Two tellings of one movement: the same people, going the same way, with the same modality."""
    fa, fb = a.first, b.first
    if fa.rule.movement != fb.rule.movement:  # "fled" and "left the region" are one flight
        return False
    # "They crossed near Chitral": a retelling that leaves out who moved is the same movement
    if a.actor1 is not None and b.actor1 is not None and _kind_name(a.actor1.name) != _kind_name(b.actor1.name):
        return False
    if fa.destination and fb.destination and fa.destination != fb.destination:
        return False
    wa, wb = _first_when(a), _first_when(b)
    if wa is not None and wb is not None and wa.date != wb.date:
        return False  # "35 soldiers on July 1" is another crossing than "46 late Sunday"
    firm = ("asserted", "claimed")
    ma, mb = getattr(fa.attribution, "modality", None), getattr(fb.attribution, "modality", None)
    # a movement told as done, then as announced ("would soon leave"), is the one movement
    return ma == mb or (ma in firm and mb in firm) or (ma in firm and mb == "future")


def _kind_name(name: str) -> str:
    """ "Unidentified Armed Group (Pakistan)" and "... (Afghanistan)" are the same fleeing men."""
    return name.split(" (", 1)[0] if generic_name(name) else name


def _other_side_strikes_back(a: Draft, b: Draft) -> bool:
    """Whether ``b``'s agent is unnamed armed men of another side than ``a``'s named state forces,
    told after a deed of those forces on no armed enemy (civilians, or no one): the other side's
    own deed, not the state's retold ("Israeli jets struck a house ... militants fired rockets")."""
    agent, other = a.actor1, b.actor1
    if agent is None or other is None or agent.mention is None or other.mention is None:
        return False
    if agent.actor_type != 1 or other.actor_type not in (2, 3) or not generic_name(other.name):
        return False
    return a.actor2 is None or a.actor2.actor_type == 7


_ARMED_GROUPS = frozenset({2, 3})  # ACLED's rebel groups and political militias


_CLAIMING = frozenset({"claimed", "claims", "claiming", "claim"})
_CLAIMED = frozenset({"responsibility", "credit", "the"})
_DENYING = frozenset({"not", "no", "never", "denied", "denies", "rejected", "yet", "nobody", "none", "neither"})
_NO_DEED = frozenset({"lives", "life"})  # "claimed the lives of": deaths, not a claim


def _names_the_unidentified(target: Draft, d: Draft) -> bool:
    """Whether ``d`` names, as a group of its own, the armed men ``target`` told only by a word
    ("militants", "gunmen": an Unidentified Armed Group): a group that claims the deed in the
    sentence of ``d`` ("The TTP claimed responsibility for the attack"; not "did not claim")."""
    mine, named = target.actor1, d.actor1
    if not (mine is not None and named is not None and mine.name.startswith("Unidentified Armed Group")
            and named.mention is not None and not generic_name(named.name) and named.actor_type in _ARMED_GROUPS):
        return False
    lows = d.first.info.tokens.lows
    claim = next((k for k, w in enumerate(lows) if w in _CLAIMING and lows[k + 1:k + 2] and lows[k + 1] in _CLAIMED
                  and not (lows[k + 1] == "the" and lows[k + 2:k + 3] and lows[k + 2] in _NO_DEED)), None)
    return claim is not None and _DENYING.isdisjoint(lows[:claim])


def generic_name(name: str) -> bool:
    return name.startswith(("Civilians", "Unidentified"))


def _met_with_fire(target: Draft, d: Draft) -> bool:
    """An attack on civilians that met armed resistance, or a blast or a shelling answered by
    fire, is a battle."""
    if d.event_type != "Battles" or getattr(d.first.attribution, "modality", None) in _NOT_TOLD_AS_FACT:
        return False  # (a fire denied or only foreseen resisted nothing: "denied, saying it only responded to fire")
    if target.event_type == "Violence against civilians":
        return True
    return target.event_type == "Explosions/Remote violence" and d.first.rule.id == "armed_clash"


def _not_told_as_fact(d: Draft) -> bool:
    return getattr(d.first.attribution, "modality", None) in ("negated", "denied")


def _beyond_lead_toll(target: Draft, d: Draft) -> list[tuple[int, str]]:
    """The figures of ``d`` that add to ``target``'s: a lower figure of the same victims told
    within MERGE_WINDOW sentences of the first that counted them is a part of that toll ("Three
    people were killed ... The gunman shot two of them at the door"), not a correction of it."""
    lead = next((x for x in target.findings if x.figures), None)
    if lead is None:
        return d.figures
    # one attacker's toll, told first, then victim by victim ("a man shot and killed four
    # relatives ... he then shot his mother"); without an attacker, a group of the dead
    # told just after is a part of the toll
    attacker = lead.actor1 is not None
    near = d.first.info.index - lead.info.index <= MERGE_WINDOW
    told: dict[str, int] = {}
    both = unify_victims(target.figures + d.figures)
    mine, theirs = both[:len(target.figures)], both[len(target.figures):]
    for n, victim in mine:
        told.setdefault(victim, n)
    return [(n, victim) for n, victim in theirs
            if not (victim in told and n < told[victim] and (attacker or near and n > 1))]


def merge(drafts: list[Draft], places=None, retold: frozenset[str] = frozenset(),
          reactions: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> list[Draft]:
    """Fold each draft into an earlier one reporting the same event. ``places`` (the article's
    place resolver, or None) tells whether two places are one area."""
    out: list[Draft] = []
    for d in drafts:
        # the latest report it may retell; of those, one of its own type if there is one: "the
        # strikes ... reports of a military operation ... 150 were killed in the airstrikes" retells
        # the strikes, not the operation
        reacted = reaction(d, retold, reactions)  # (its speaker is no side of the event)
        fits = [prev for prev in islice(reversed(out), LOOK_BACK)
                if prev.first.info.index < d.first.info.index and _compatible(prev, d, places, retold, reacted)]
        target = next((prev for prev in fits if (prev.event_type, prev.sub_event_type) == (d.event_type, d.sub_event_type)
                       and prev.event_type is not None), fits[0] if fits else None)
        if target is None:
            out.append(d)
            continue
        if _met_with_fire(target, d):
            target.event_type, target.sub_event_type = d.event_type, d.sub_event_type
            if target.actor2 is None or target.actor2.actor_type == 7:
                # the side that fought back is the other party of the battle
                attacker = target.actor1.name if target.actor1 else None
                other = d.actor2 if d.actor2 is not None and d.actor2.name != attacker else d.actor1
                target.actor2 = other or target.actor2
        # a retelling far down the story repeats the victims it names ("Araujo was pronounced
        # dead" after "Irving Araujo was fatally shot"): its figures only stand in for none, and
        # its places do not move the event (see document_coder._event); a sentence that goes on
        # from such a retelling is part of it
        far = _far(target, d) or target.findings[-1].retold_far
        # "the shooting" named again repeats the victims told with it
        # (a death denied adds no dead: "none of those killed was a bandit", "None of the soldiers was killed")
        if not ((far or _told_before(d, retold)) and target.figures) and not _not_told_as_fact(d):
            target.figures.extend(_beyond_lead_toll(target, d))
        if d.injured is not None and not far and (target.injured is None or d.injured > target.injured):
            target.injured = d.injured  # a retelling far down names some of them again, not more
        if d.carried is not None and not far and (target.carried is None or d.carried > target.carried):
            target.carried = d.carried
        target.told_alive = target.told_alive or (d.told_alive and not far)
        if d.shot is not None and not far and (target.shot is None or d.shot > target.shot):
            target.shot = d.shot
        for x in d.findings:
            x.retold_far = x.retold_far or far
            x.reaction = x.reaction or reacted
        target.findings.extend(d.findings)
        if not _not_told_as_fact(d):
            target.claims.extend(d.claims)  # ("Not a single fighter was martyred" claims no toll)
        if d.explicit is not None:
            target.explicit = d.explicit
        target.zero = target.zero or d.zero
        fallback = target.actor1 is None or target.actor1.mention is None  # not read in the text
        if reacted:
            continue
        if fallback and d.actor1 is not None and d.actor1.mention is not None \
                and target.event_type != "Violence against civilians":
            target.actor1 = d.actor1
        elif _names_the_unidentified(target, d):
            target.actor1 = d.actor1  # "militants attacked ... The TTP claimed responsibility for the attack"
        if target.actor2 is None and d.actor2 is not None and (target.actor1 is None or d.actor2.name != target.actor1.name):
            target.actor2 = d.actor2
    return out
