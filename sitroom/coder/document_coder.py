"""A whole article: sentence findings become the article's events.

Here the coder decides what a sentence cannot: the country of actors the text leaves
unnamed (the story's focus), the date of sentences without one, which findings report
the same event (merged, with every sentence kept as evidence), fatalities by ACLED's
rules across sentences, and the salience rank.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from copy import copy

from ..geo.name_parts import is_town_part
from ..ingest.clean import is_headline
from ..model import Actor, Event, Evidence, Location, Movement, Place, Plover
from .claims import names_speaker
from .acronyms import respell_acronyms
from .actors import as_generic, read_as
from .codebook import Codebook, load_codebook
from .joined_places import join_and_names
from .locating import ArticlePlaces, home_location, in_written_province, locate, most_specific, national_location, title_town
from .merging import Draft, another_day, changes_hands, generic_name, merge, opens_separately, same_area
from .places import PlaceMention, bureau_dateline, divisions_written, is_country, name_country, person_names
from .places import cues as place_cues
from .later_tolls import later_condition, later_deaths, later_injured, later_self_death, without_wound_deaths
from .quantities import (ALSO, ANY_VICTIM, AT_LEAST, PERPETRATOR, WEAK, after_grievance, death_figures, death_spans,
                         figures, lexicon, unify_victims, victim_of)
from .not_news import (accidental_deaths, bare_violence, markets_story, match_report, names_weapon,
                       review_or_obituary, tells_fiction, tells_harm, told_beside_play, told_days_before,
                       without_accidents)
from .returns import place_returns
from .sites import site_object, site_place
from .rules import RuleSet, load_rules
from .tokens import tokenize
from .sentence_coder import (Finding, SentenceInfo, analyse, code_sentence, object_place, origin_place, place_of_care,
                             statement_date)
from .story_country import story_country
from .struck_places import add_struck_places
from .responsibility import credit_claimants
from .story_days import (anchor_day, days_before_lead, event_day, follow_up_sentence, night_before,
                         overnight_statement_day, told_in_earlier_year, told_overnight, within, written_day)
from .theatres import fill_sides, front_line
from .web_address import path_places, web_places
from .when import anniversary_phrases, parse_iso, sequence_phrases, story_days

_NONSTATE_ARMED = frozenset({2, 3, 4})  # ACLED's rebel groups, political and identity militias
STATE_FORCES = 1  # ACLED's inter code
FAMILY_WEIGHT = {"violence": 5, "protest": 5, "strategic": 4, "movement": 2, "verbal": 1}


def code_article(text: str, sentences, doc_id: str, published: str | None, dateline: str | None = None,
                 codebook: Codebook | None = None, rules: RuleSet | None = None, resolver=None,
                 title: str | None = None, url: str | None = None, page_day: str | None = None) -> list[Event]:
    """The events of one article. ``resolver`` (a ``sitroom.geo.resolve.Resolver``) places them
    on the map; without one, places stay as written. ``title``, the headline, tells the lead
    event's toll when its text does not ("Woman shot, killed in West Philadelphia"). ``page_day``,
    the date a line of the page itself carries ("Date: Tuesday, February 14, 2017"; the clean
    stage removes that line), dates the story when it is earlier than ``published``."""
    codebook = codebook or load_codebook()
    rules = rules or load_rules()
    pub = written_day(parse_iso(published), parse_iso(page_day))
    if title is None and _headline_line(text, sentences):
        # a headline left as the text's first line is read as the headline, as the clean stage
        # reads one in a text file: it tells the lead's toll and town, not an event of its own
        title, sentences = sentences[0].text, sentences[1:]
    infos: list[SentenceInfo] = []
    year_hint = None
    for s in sentences:
        for start, text in coding_windows(s.start, s.text):
            # (the last day the sentence before told: "He was killed eight days earlier" counts from it)
            day_before = next((w for w in reversed(infos[-1].dates) if w.precision == 1), None) if infos else None
            info = analyse(codebook, s.index, start, text, pub, year_hint, rules, day_before)
            if year_hint is None:
                year_hint = next((int(w.date[:4]) for w in info.dates if w.explicit), None)
            infos.append(info)
    for info, dates in zip(infos, story_days([info.dates for info in infos], pub)):
        info.dates = dates
    # the headline is read too: for the lead event's toll, and for the story's own town
    headline = analyse(codebook, -1, 0, title[:HEADLINE_LONGEST], pub, year_hint, rules) if title else None
    told = ([headline] if headline is not None else []) + infos
    respell_acronyms(codebook, infos)
    _drop_person_places(told)
    join_and_names(told, resolver)
    add_struck_places(told, resolver)
    if dateline:
        _drop_dateline_places(infos, dateline)
    _divisions_own_forces(codebook, infos)
    web = tuple(web_places(resolver.gaz, url)) if resolver is not None else ()
    outlet_town = title_town(title)
    focus = story_country(codebook, infos, dateline, resolver, outlet_town, web)
    slug = tuple(path_places(resolver.gaz, url)) if resolver is not None else ()
    places = ArticlePlaces(codebook, resolver, focus, told, dateline, outlet_town, web, slug)
    focus = places.focus
    _local_names(codebook, infos, focus)
    _shared_adjectives(codebook, infos, focus)
    home = name_country(codebook, dateline) if dateline else None  # "the military" in an Islamabad story
    if home is not None and focus not in (None, home) and bureau_dateline(dateline):
        home = None  # a wire story filed in Cairo about Sudan: "the army" is Sudan's
    anchor = anchor_day(infos, pub)

    labelled = review_or_obituary(rules, title) or tells_fiction(rules, told)
    play = match_report(rules, told)  # (the headline's words of play too)
    trading = markets_story(rules, told)
    _corefer_state_nouns(infos)
    crime = _told(codebook.crime_cues, infos)
    # the hallmarks name the country's usual killers, unless the story names gangs itself
    hallmark = _told(codebook.hallmarks, infos) and not any(
        m.role == "unidentified_gang" for info in infos for m in info.mentions)
    drafts: list[Draft] = []
    accident: str | None = None  # the story's accident, if its first deaths are one's (not_news.without_accidents)
    told_violence = False
    violent_days: list = []  # the days written as dates on violence, in the story's order
    last_places: list = []
    coded = [_without_grievances([f for f in code_sentence(codebook, rules, info) if not f.rule.place_object or
                                  _known_object_place(places, f) or site_object(info.tokens, f.trigger[1])], info)
             for info in infos]
    # a story that tells violence by a trigger of more than a death or a blast anywhere is no
    # accident's; one that names a bomb anywhere tells no blast by accident ("Police later said
    # the explosion was a bomb")
    violence_told = any(f.rule.family == "violence" and not bare_violence(rules, f) for fs in coded for f in fs)
    bombs = any(names_weapon(rules, info, rules.blast_weapons) for info in told)
    for position, (info, findings) in enumerate(zip(infos, coded)):
        violent = any(f.rule.family == "violence" for f in findings)
        findings, accidental = without_accidents(rules, findings, info, accident, bombs)
        findings = without_wound_deaths(findings, info, drafts)
        if not told_violence:
            # the story's first deaths are an accident's ("Six people died when a gas cylinder
            # exploded"): so are its later blasts and responses ("The explosion brought down the
            # roof"), unless the story tells violence
            first = accidental if violent else accidental_deaths(rules, info, bombs)
            if violent or first is not None:
                accident = None if violence_told else first
                told_violence = True
        if play:
            findings = [f for f in findings if not told_beside_play(rules, f)]
        if trading and rules.markets.positions(info.tokens.lows) and rules.markets.find(info.tokens):
            # (in a sentence of trading: "Bank stocks were massacred")
            findings = [f for f in findings if f.rule.family != "violence" or tells_harm(f)]
        separate = opens_separately(rules, info)
        told_year = told_in_earlier_year(info, pub, min(f.trigger[0] for f in findings)) if findings else None
        sequence = [m.end for m in sequence_phrases().find(info.tokens)]
        for f in findings:
            # ("The strikes came after the Houthis on Friday fired a missile": the deed answered is another)
            f.separate = separate or any(end <= f.trigger[0] for end in sequence)
            f.earlier_year = f.earlier_year or told_year is not None  # "In December 2023, a drone strike killed ..."
            f.told_year = told_year
            if f.place is None and f.rule.family != "verbal":
                f.place = site_place(infos, position)  # "their border post was overrun": placed later
            if f.place is None and last_places and f.rule.family != "verbal":
                # the place written with its address ("in Barra Mansa, Rio de Janeiro") is where the
                # story's event is; a bare name told after it is a part of it or an aside
                # (unless it is read as a wider place than the last: "Fountain, Fla" unknown, so Florida)
                last = last_places[-1]
                addressed = [p for p in last_places if p.context and not p.motion][:1]
                # (a part of the town told after it, "the Bom Jardim neighborhood", is where it was)
                f.place = last if is_town_part(last.text, last.feature) else most_specific(places, addressed + [last])
                f.carried_places = last_places
            _foreign_force(rules, f, focus)
            _without_crowd(codebook, rules, f)
            if _diplomatic_protest(codebook, rules, f):
                continue  # (a government's demand is a request: _without_crowd made it one)
            drafts.append(_draft(codebook, rules, f, focus, places, home))
            if f.rule.family == "violence" and f.when is not None and f.when.explicit and f.when.precision == 1:
                violent_days.append(f.when)
        # (not where a suspect was arrested: "Police arrested him at the Days Inn in Vernon" tells
        # nothing of where the shooting told next happened; nor where a victim was treated)
        told_places = [p for p in info.places if not place_of_care(info.tokens, p)] \
            if info.places and not (findings and all(f.rule.family == "strategic" for f in findings)
                                    and follow_up_sentence(info)) else []
        if told_places:
            last_places = told_places
        # (a sentence of an earlier year or an anniversary tells no toll of the story's event:
        # "The shooting comes three years after a mall attack, where a gunman killed three")
        past = not findings and _tells_the_past(info, pub)
        if not findings and not past:
            later_condition(drafts, info)
        if not findings and info.quantities is not None and not past:
            later_deaths(drafts, info, infos)
            later_injured(rules, drafts, info)
        if not findings and not past:
            later_self_death(drafts, info)
        if not findings and not past and (info.explicit_fatalities is not None or info.zero_fatalities):
            target = next((d for d in reversed(drafts) if d.first.rule.family in ("violence", "protest")), None)
            if target is not None:
                if info.explicit_fatalities is not None:
                    target.explicit = info.explicit_fatalities
                target.zero = target.zero or info.zero_fatalities
    drafts = _without_follow_ups(rules, merge(drafts, places, rules.retold_nouns,
                                              (rules.reaction_words, rules.naming_words)), places)
    for d in drafts:
        _protest_outcome(codebook, rules, d, infos)
    drafts = _force_on_the_crowd(rules, drafts)
    drafts = [d for d in drafts if _worth_keeping(d)]
    if headline is not None:
        _headline_toll(codebook, rules, drafts, headline)
    if crime or hallmark:
        for d in drafts:
            _as_gang(codebook, d, crime, hallmark)
    seized = _told(codebook.seizure_cues, infos)
    for d in drafts:
        _armed_victim(codebook, rules, d, infos, crime)
        _as_coalition(codebook, d)
        if seized:
            _seized_from_gang(codebook, d)
        _property_of_civilians(codebook, d)
    drafts = credit_claimants(drafts, infos, lambda m, d: _actor(codebook, m, d.country, "violence", home))
    drafts = _arrests_at_protests(rules, drafts)
    _earlier_years_as_background(drafts)
    days = [(info.index, w) for info in infos for w in info.dates if w.precision == 1 and not statement_date(info, w)]
    later = {id(w) for info in infos if follow_up_sentence(info) for w in info.dates}
    events = [_event(codebook, rules, d, doc_id, anchor, pub, focus, places, days, later, violent_days)
              for d in drafts]
    if not any(d.first.rule.family == "violence" for d in drafts):
        _protests_without_dead(events)
    _days_before_the_lead(events, drafts)
    for e in events:
        fill_sides(e)  # unnamed sides of a known front line ("explosions near Avdiivka")
    place_returns(events)
    if labelled:  # a work's plot or a life's history, but a death of the last days told in it
        kept = [told_days_before([x.when for x in d.findings], pub) for d in drafts]
        events = [e for e, keep in zip(events, kept) if keep]
        drafts = [d for d, keep in zip(drafts, kept) if keep]
    _rank(events, drafts)
    return sorted(events, key=lambda e: e.rank)


def _days_before_the_lead(events: list[Event], drafts: list[Draft]) -> None:
    """ "Gang members killed three people on Tuesday ... The attack came a day after police killed
    two gang members in a shootout": a deed told only as so many days before the story's first
    event, dated to the day, is dated that many days before it."""
    if not events or events[0].time_precision != 1 or events[0].event_date is None:
        return
    lead = date.fromisoformat(events[0].event_date)
    for e, d in zip(events[1:], drafts[1:]):
        n = days_before_lead(d)
        if n is not None:
            e.event_date, e.time_precision = (lead - timedelta(days=n)).isoformat(), 1


def _tells_the_past(info: SentenceInfo, pub) -> bool:
    """Whether a sentence tells a deed of an earlier year ("In 2019, two men were shot dead here")
    or one remembered ("three years after a similar attack, where a gunman killed three")."""
    return told_in_earlier_year(info, pub, len(info.tokens)) is not None \
        or bool(anniversary_phrases().find(info.tokens))


GRIEVANCE_REACH = 12  # words between a grievance's opening word and the deed it names
# sentences after a protest within which unnamed people arrested, or people a force fired on, were its own
AFTER_PROTEST_REACH = 2


def _arrests_at_protests(rules: RuleSet, drafts: list[Draft]) -> list[Draft]:
    """ "Protesters rallied in Epping on Thursday. Two men were arrested for violent disorder":
    unnamed people arrested just after a protest is told, on no other day and not told as
    another event, are the protest's own, which the authorities met with arrests (ACLED codes one
    Protest with intervention, not an arrest besides it). So are those its sentence tells by a
    pronoun or not at all, as an outcome of a crowd's (event_rules.yaml ``intervention``: "Police
    arrested them", "Several arrests were made"). A named person arrested (a leader, a mayor)
    stays an arrest of its own."""
    out: list[Draft] = []
    for d in drafts:
        protest = out[-1] if out else None
        if protest is not None and d.sub_event_type == "Arrests" and protest.event_type == "Protests" \
                and (_unnamed(d.actor2) or (
                    d.actor2 is None and bool(rules.outcomes["intervention"].find(d.first.info.tokens)))) \
                and _told_just_after(protest, d):
            if protest.sub_event_type == "Peaceful protest":
                protest.sub_event_type = "Protest with intervention"
            if protest.actor2 is None and d.actor1 is not None and d.actor1.actor_type == 1:
                protest.actor2 = d.actor1
            continue
        out.append(d)
    return out


def _force_on_the_crowd(rules: RuleSet, drafts: list[Draft]) -> list[Draft]:
    """ "Protesters rallied in Sukkur. Police opened fire on them, killing two": a state force's
    deed against people told only by a pronoun or a common noun, in a sentence that tells the
    force a protest met (event_rules.yaml outcomes ``lethal``), just after that protest, is the
    excessive force it met, with its dead; not an attack on civilians besides it."""
    out: list[Draft] = []
    for d in drafts:
        protest = out[-1] if out else None
        if protest is not None and protest.sub_event_type == "Excessive force against protesters" \
                and d.event_type == "Violence against civilians" \
                and d.actor1 is not None and d.actor1.actor_type == STATE_FORCES and _unnamed(d.actor2) \
                and rules.outcomes["lethal"].find(d.first.info.tokens) and _told_just_after(protest, d):
            protest.findings.extend(d.findings)
            protest.figures.extend(d.figures)
            if protest.injured is None or (d.injured is not None and d.injured > protest.injured):
                protest.injured = d.injured
            protest.explicit = protest.explicit if d.explicit is None else d.explicit
            continue
        out.append(d)
    return out


def _told_just_after(protest: Draft, d: Draft) -> bool:
    """Whether ``d`` is told within AFTER_PROTEST_REACH sentences after the protest's last one, not
    opened as another event ("Separately, ..."), on no other day and at no other place."""
    return not d.first.separate \
        and 0 < d.first.info.index - protest.findings[-1].info.index <= AFTER_PROTEST_REACH \
        and (d.first.when is None or protest.first.when is None or d.first.when.date == protest.first.when.date) \
        and _same_place_or_none(d.first.place, protest.first.place)


def _same_place_or_none(a, b) -> bool:
    """Two place mentions that may be one place: either is missing, or one names the other
    ("Police arrested three men in Barcelona" after a protest in Madrid is another story)."""
    return a is None or b is None or a.name == b.name or a.name in b.context or b.name in a.context


def _unnamed(actor: Actor | None) -> bool:
    """People told by a common noun ("two men", "20 of them", "protesters"), not a named or a
    pronoun's person ("He was arrested in connection with a graft case" is the one they protest for)."""
    return actor is not None and actor.name.startswith(("Civilians", "Protesters", "Rioters"))


def _without_grievances(findings: list[Finding], info: SentenceInfo) -> list[Finding]:
    """ "Hundreds of tribesmen protested in Miranshah against the drone strikes": a deed named
    after a protest's word of grievance (quantities.yaml grievance_cues) is what the crowd
    protests, no event of the sentence."""
    protests = [f.trigger[0] for f in findings if f.rule.family == "protest"]
    if not protests or all(f.rule.family != "violence" for f in findings):
        return findings
    return [f for f in findings if not (f.rule.family == "violence" and f.trigger[0] > min(protests)
                                        and after_grievance(info.tokens, f.trigger[0], GRIEVANCE_REACH))]


def _earlier_years_as_background(drafts: list[Draft]) -> None:
    """ "A man was shot dead on Sunday ... Last year, two men were shot dead at the same corner":
    a deed told only in a sentence of an earlier year, in a story whose own event is of this
    one, is its background (kept, with modality "generic", out of the default outputs), not an
    event of the publication's day. A story of an earlier year's deed alone (a trial, an
    anniversary) keeps it as its event."""
    def asserted(d: Draft) -> bool:
        return d.first.rule.family in ("violence", "protest") \
            and getattr(d.first.attribution, "modality", None) in ("asserted", "claimed")

    if not any(asserted(d) and not d.first.earlier_year for d in drafts):
        return
    for d in drafts:
        if asserted(d) and all(x.earlier_year for x in d.findings):
            for x in d.findings:
                x.attribution.modality, x.attribution.cue = "generic", "earlier year"


def _national_act(places: ArticlePlaces, d: Draft) -> Location | None:
    """A strategic development of a state's own government or forces whose sentences name no
    place (a curfew, a decree): at the country's capital."""
    a = d.actor1
    if d.event_type != "Strategic developments" or a is None or a.actor_type != STATE_FORCES \
            or a.country is None or d.country not in (None, a.country):
        return None
    return national_location(places, a.country)


def _origin_location(places: ArticlePlaces, d: Draft, told_with: list) -> Location | None:
    """An event that the story places nowhere, in a story without a town of its own: at the place
    its people came or were taken from ("a mob from Ilaro beat a suspected thief"), if one is told."""
    origins = [origin_place(x) for x in d.findings if x.rule.family != "verbal" and not x.rule.movement]
    origin = most_specific(places, [p for p in origins if p is not None])
    return locate(origin, places, d.country, told_with) if origin is not None else None


def _known_object_place(places: ArticlePlaces, f: Finding) -> bool:
    """Whether the place named right after a place_object trigger ("seized Spin Boldak") is one
    the gazetteer knows: a person's name after "captured" is not taken for a town. Without a
    gazetteer (geocoding off) the sentence's reading is kept."""
    if places.resolver is None:
        return True
    target = object_place(f.info.tokens, f.trigger[1], f.info.places)
    if target is None:
        return False
    if target.feature in place_cues().settlement_words:
        return True  # "captured Rathedaung town": a town, whether the gazetteer knows it or not
    return places.resolver.resolve(target.name, target.context, places.focus, target.feature,
                                   target.near) is not None


def _without_follow_ups(rules: RuleSet, drafts: list[Draft], places=None) -> list[Draft]:
    """A violent event's sequel is no event of its own: the attackers fleeing the scene
    ("the gunman fled on foot", no country named as where they went), and any arrest told after
    it ("Police arrested a suspect in the shooting", "the driver and his passenger were arrested",
    "police made an arrest the next day"): who was arrested, and why, belongs to the story of
    the violence; and so does the answer to it told after it, at its place and on its day
    (event_rules.yaml follow_ups.responses: "Reinforcements were rushed to the area")."""
    out: list[Draft] = []
    violent: Draft | None = None  # the last violent draft kept
    for d in drafts:
        f = d.first
        if violent is not None and violent.first.info.index <= f.info.index and _sequel(rules, d, violent, places):
            continue
        out.append(d)
        if f.rule.family == "violence":
            violent = d
    # "A man was arrested Sunday in the shooting death of a clerk. The clerk was shot ...": an arrest
    # told before the violence it follows is its sequel too, when the violence is told on its own
    told = {x.info.index for d in out if d.first.rule.family == "violence" for x in d.findings}
    return [d for d in out if not (d.first.rule.id == "arrests" and told - {d.first.info.index}
                                   and rules.suspect_cues.find(d.first.info.tokens))]


def _sequel(rules: RuleSet, d: Draft, violent: Draft, places=None) -> bool:
    f = d.first
    if f.rule.movement:
        mover = f.actor1
        return mover is not None and f.destination is None and not f.origin \
            and _head_word(mover).lower() in rules.fleeing_attackers
    if f.rule.id == "arrests" and f.info.index > violent.first.info.index:
        return True
    # "Gunmen attacked an FC post in Mastung ... Reinforcements were rushed to the area": the
    # answer to the violence, where and when it happened (not "Separately, ...", nor another day's)
    return f.rule.id in rules.responses and f.info.index > violent.first.info.index and not f.separate \
        and not another_day(violent, d) and (places is None or same_area(places, violent.first.place, f.place))


def _drop_person_places(infos: list[SentenceInfo]) -> None:
    """A name the story uses as a person's ("Detective Steele told reporters") is no place
    anywhere in it, unless written as one: with its kind ("Steele County") or its enclosing
    place ("Jackson, Miss.")."""
    persons: set[str] = set()
    for info in infos:
        persons.update(person_names(info.tokens))
    if not persons:
        return
    for info in infos:
        info.places = [p for p in info.places
                       if p.feature or p.context or not all(w in persons for w in p.name.split())]


_DATELINE_END = re.compile(r"\s*(?:--|[-–—:])")


def _drop_dateline_places(infos: list[SentenceInfo], dateline: str) -> None:
    """ "LOUISVILLE, KY (WAVE) - A girl was shot ...": the dateline's places are where the story
    was written (the story's town, see ArticlePlaces.home), not places of the first event; and
    the country it names is no actor ("PORT SUDAN, Sudan (AP) - A drone strike hit ..." names no
    Sudanese force)."""
    town = dateline.split(",")[0].strip().lower()
    for info in infos[:6]:  # (a byline, an "Updated:" line or a caption may come first)
        head = info.text.lstrip("(").lower()
        if not head.startswith(town):
            continue
        found = _DATELINE_END.search(info.text, len(town), 100)
        if found is not None:
            info.places = [p for p in info.places if p.start >= found.start()]
            for m in info.mentions:  # (kept in the list: mentions link to each other by their place in it)
                if info.tokens[m.start].start < found.start():
                    m.place_like = True
        return


MAX_CODED_CHARS = 2000  # a longer sentence is coded in windows of at most this many characters


def coding_windows(start: int, text: str, size: int = MAX_CODED_CHARS):
    """(offset, text) pieces of a sentence, each at most ``size`` characters, cut after a
    semicolon or comma where one stands in a piece's last quarter, else after a space: a
    run-on text without full stops is coded in time proportional to its length."""
    if len(text) <= size:
        yield start, text
        return
    at = 0
    while at < len(text):
        end = min(len(text), at + size)
        if end < len(text):
            floor = at + size * 3 // 4
            cut = max(text.rfind("; ", floor, end), text.rfind(", ", floor, end))
            if cut < 0:
                cut = text.rfind(" ", floor, end)
            end = cut + 1 if cut >= 0 else end
        piece = text[at:end]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            yield start + at + lead, piece.strip()
        at = end


HEADLINE_LONGEST = 300  # characters of a title read for a toll (a longer one is no headline)


def _headline_line(text: str, sentences) -> bool:
    """Whether the text's first sentence is a headline left in it: a line of its own, with no
    full stop, the first of several ("Three shot near a park; one dead\nINDIANAPOLIS - ...")."""
    if len(sentences) < 2:
        return False
    first = sentences[0]
    after = text[first.end:sentences[1].start]
    return "\n" in after and not text[:first.start].strip() and is_headline(first.text)


def _headline_toll(codebook: Codebook, rules: RuleSet, drafts: list[Draft], headline: SentenceInfo) -> None:
    """The headline's toll for the lead event when the text tells none: "Woman shot, killed in
    West Philadelphia" over a body that says only "a woman was shot twice in the head". Only a
    headline that tells deaths (with a violent trigger or a figure of the dead: "Three dead in
    bar shooting"), and only for the story's first violent event told as fact; a toll the text
    gives (or "no one was hurt") is never replaced."""
    # a headline's commas part clauses, not a list: "Three shot, one dead" counts one dead
    deaths = [(chain[-1:], at) for chain, at in death_figures(headline.tokens, headline.quantities or [])]
    told = bool(deaths) or bool(death_spans(headline.tokens))
    if not told or not (deaths or any(f.rule.family == "violence" for f in code_sentence(codebook, rules, headline))):
        return
    lead = next((d for d in sorted(drafts, key=lambda d: d.first.info.index)
                 if d.first.rule.family == "violence"
                 and getattr(d.first.attribution, "modality", "asserted") in ("asserted", "claimed")), None)
    if lead is None or lead.figures or lead.explicit is not None or lead.zero or lead.claims:
        return
    victim = lead.first.actor2.name if lead.first.actor2 is not None else ANY_VICTIM
    # a headline drops its articles ("Woman shot, killed"): a death without a figure is one
    lead.figures = figures(deaths, False, victim) if deaths else [(1, WEAK + victim)]


_OWN_STATE_WORDS = frozenset({"government", "govt", "regime", "pro-government", "pro-regime"})


def _corefer_state_nouns(infos: list[SentenceInfo], window: int = 3, same_word_window: int = 10) -> None:
    """ "46 members of the Afghan forces ... The soldiers have been provided food": a bare
    state noun refers to the last state actor of the same kind named in the sentences before.
    The same noun repeated ("46 Afghan soldiers ... the soldiers") refers back further."""
    recent: dict[str, tuple[int, str]] = {}
    same_word: dict[tuple[str, str], tuple[int, str]] = {}
    for info in infos:
        for m in info.mentions:
            if m.kind not in ("state", "institution") or not m.role or m.vague:
                continue
            words = [(m.role, w) for w in m.text.lower().split() if w not in ("and", "the", "of")]
            if m.country is not None:
                recent[m.role] = (info.index, m.country)
                for key in words:
                    same_word[key] = (info.index, m.country)
                continue
            if not _OWN_STATE_WORDS.isdisjoint(w for _, w in words):
                # "Turkish forces shelled government positions": the government's or the regime's
                # forces are the country's own, where the event is, not the foreign force told before
                continue
            # the name's {country} is filled when the actor is built
            told = [same_word[k] for k in words if k in same_word and info.index - same_word[k][0] <= same_word_window]
            if told:
                m.country = max(told)[1]
            elif m.role in recent and info.index - recent[m.role][0] <= window:
                m.country = recent[m.role][1]


def _divisions_own_forces(codebook: Codebook, infos: list[SentenceInfo]) -> None:
    """ "The Texas Rangers are investigating": a country's armed force named right after a state or
    province of another country written out is that division's police, not the force ("Rangers"
    are Pakistan's only after none or a Pakistani province: "the Sindh Rangers")."""
    for info in infos:
        states = divisions_written(info.tokens)
        if not states:
            continue
        for m in info.mentions:
            if m.kind != "institution" or not m.armed or m.country is None:
                continue
            own = next((iso3 for _, end, _, iso3 in states if end == m.start and iso3 != m.country), None)
            if own is not None:
                m.name, m.actor_type, m.sector = codebook.state_actor("police", own)
                m.kind, m.country, m.role = "state", own, "police"


def _local_names(codebook: Codebook, infos: list[SentenceInfo], focus: str | None) -> None:
    """ "Islamic militants" name the insurgents of Cabo Delgado in a Mozambican story (a
    group's local_aliases); in any other story they are unnamed militants, or what else the
    same words name ("SNA" is Syria's National Army in a Syrian story, Somalia's elsewhere)."""
    for info in infos:
        for m in info.mentions:
            otherwise = m.extras.pop("otherwise", None)
            if m.extras.pop("local", False) and m.country != focus:
                if otherwise is not None:  # "SNA" in a Somali story: the Somali National Army
                    read_as(m, otherwise)
                    continue
                as_generic(codebook, m, "unidentified_armed_group")
                m.country = None


def _shared_adjectives(codebook: Codebook, infos: list[SentenceInfo], focus: str | None) -> None:
    """ "the Congolese army" in a story of Ituri is the army of the Democratic Republic of Congo:
    an adjective two countries share is the story's country where that is one of them."""
    shared = codebook.shared_adjectives
    if focus is None or not shared:
        return
    for info in infos:
        for m in info.mentions:
            for token in info.tokens[m.start:m.end]:
                countries = shared.get(token.low)
                if countries is None or focus not in countries:
                    continue
                if m.nationality in countries and m.kind == "state" and m.role:
                    m.name, m.actor_type, m.sector = codebook.state_actor(m.role, focus)  # (named by it)
                if m.country in countries:
                    m.country = focus
                if m.nationality in countries:
                    m.nationality = focus


def _actor(codebook: Codebook, m, country: str | None, family: str, home: str | None = None) -> Actor | None:
    if m is None:
        return None
    if m.kind == "state" and m.country is None and home:
        country = home  # bare "the military", "officials": the reporting country's own
    if m.kind == "state" and "{country}" in m.name:
        name, actor_type, sector = codebook.state_actor(m.role, m.country or country)
        return Actor(name, m.country or country, actor_type, sector, m.text)
    if m.kind in ("country", "capital"):
        role = "government" if family == "verbal" else "military"
        name, actor_type, sector = codebook.state_actor(role, m.country)
        return Actor(name, m.country, actor_type, sector, m.text)
    iso3 = m.country or country
    name = codebook.fill(m.name, iso3) if "{country}" in m.name else m.name
    return Actor(name, iso3 if "{country}" in m.name or m.country else m.country, m.actor_type, m.sector, m.text)


def _fighting_crowd(codebook: Codebook, m) -> bool:
    """Whether a mention names a crowd that fights as a militia ("clan militias", "the tribesmen")."""
    if m is None:
        return False
    text = " ".join(m.text.lower().split())
    return any(text == c or text.endswith(" " + c) for c in codebook.fighting_crowds)


_ONE_SIDED = frozenset({1, 2, 3})  # ACLED's state forces, rebel groups, political militias
_UNIDENTIFIED = "Unidentified"
_NO_SIDE = frozenset({5, 6, 7})  # rioters, protesters, civilians: no side of a battle


def _other_side(codebook: Codebook, f: Finding, side: str, country: str | None, home: str | None) -> Actor | None:
    """The first armed mention after the finding's trigger that is not ``side``."""
    for m in f.info.mentions:
        if m.start < f.trigger[1] or not m.armed or m.civilians:
            continue
        actor = _actor(codebook, m, country, f.rule.family, home)
        if actor is not None and actor.name != side and actor.actor_type not in _NO_SIDE:
            return actor
    return None


def _generic(codebook: Codebook, kind: str, country: str | None) -> Actor:
    entry = codebook.generic_kinds[kind]
    return Actor(codebook.fill(entry["name"], country), country, entry["type"], entry["sector"], None)


def _foreign_force(rules: RuleSet, f: Finding, focus: str | None) -> None:
    """ "American soldiers left the country" in an Afghan story: an army leaving another
    country withdraws; it does not flee (the rule's foreign_force reading)."""
    m = f.actor1
    if f.rule.foreign_force is None or m is None or f.destination is not None:
        return  # "Afghan soldiers crossed into Pakistan" is a flight across the border
    left = f.origin or focus  # "left Mali"; else "left the country", the story's
    home = m.country or m.nationality
    if m.armed and (m.kind == "state" or m.actor_type == 1) and None not in (home, left) and home != left:
        f.rule = rules.rules[f.rule.foreign_force]


def _without_crowd(codebook: Codebook, rules: RuleSet, f: Finding) -> None:
    """ "Workers demanded their salaries" is a protest; "the government demanded an inquiry" is
    a request (the rule's without_crowd reading). The crowd may stand further back than the
    nearest actor: "nineteen people gathered at the Ministry of Labour to demand ..."."""
    if f.rule.without_crowd is None:
        return
    crowds = [m for m in f.info.mentions
              if m.end <= f.trigger[0] and m.civilians and not m.place_like and _is_crowd(codebook, m)]
    if not crowds:
        f.rule = rules.rules[f.rule.without_crowd]
    elif f.actor1 not in crowds:
        f.actor1, f.assoc1 = crowds[-1], []
        if f.actor2 is f.actor1:
            f.actor2 = None


def _diplomatic_protest(codebook: Codebook, rules: RuleSet, f: Finding) -> bool:
    """ "Kabul recalled its ambassador in protest at the air strikes", "the Foreign Office summoned
    the envoy to protest against the shelling": a protest whose agent is a diplomat or a diplomatic
    office (event_rules.yaml ``diplomatic_agents``) and that no crowd makes is a diplomatic act,
    told by the sentence's other event, not a demonstration."""
    m = f.actor1
    if f.rule.family != "protest" or m is None:
        return False
    words = m.text.lower().split()
    # (not a country or a capital: "in Cuauhtemoc, Ciudad de Mexico, firemen protested" names a place)
    diplomatic = any(" ".join(words[k:]) in rules.diplomatic_agents for k in range(len(words)))
    return diplomatic and not any(x.civilians and _is_crowd(codebook, x, f.info) for x in f.info.mentions)


def _home_place(codebook: Codebook, places: ArticlePlaces, f: Finding, focus: str | None) -> PlaceMention | None:
    """ "In Mexico City, workers of the Metro protested": a bare name that reads only as a town
    abroad (Metro, Indonesia) is not where an event is whose sentence also names a town of the
    story's country; the nearest such town is. A name written with its kind or the places
    around it, and a place across a border or gone to, keep their country."""
    place = f.place
    if place is None or focus is None or place.context or place.feature or place.near or place.across \
            or place.motion or _read_country(places, place) in (None, focus):
        return place
    home = [p for p in f.info.places if p is not place and not (p.motion or p.across or p.origin)
            and not is_country(codebook, p.name) and _read_country(places, p) == focus]
    return min(home, key=lambda p: abs(p.start - place.start)) if home else place


def _read_country(places: ArticlePlaces, mention: PlaceMention) -> str | None:
    """The country of the place a mention is read as, sure or not."""
    found = places.resolve(mention)
    return found.place.country if found is not None else None


def _draft(codebook: Codebook, rules: RuleSet, f: Finding, focus: str | None, places: ArticlePlaces,
           home: str | None = None) -> Draft:
    rule = f.rule
    f.place = _home_place(codebook, places, f, focus)
    country = places.country(f.place, f.info.places) or focus
    if f.place is not None and f.place.across:
        country = _across_country(f, country)
    if places.bureau and country not in (None, home):
        home = None  # ("NAIROBI (Reuters) - Soldiers killed 10 civilians in Bahir Dar": Ethiopia's soldiers)
    etype, sub = rule.acled if rule.acled else (None, None)
    agent_civilian = f.actor1 is not None and f.actor1.civilians
    # "armed clashes between tribesmen": fighting told as armed is a clash, whoever fights
    armed_fight = f.trigger[0] > 0 and f.info.tokens[f.trigger[0] - 1].low == "armed"
    clash = rule.id in ("armed_clash", "security_operation")
    # "a clash between two clans": crowds that fight as militias, named in the clash itself or as
    # its side ("Clan militias clashed over grazing land, killing four people")
    militias_fight = clash and (any(t.low in codebook.fighting_crowds for t in f.info.tokens[f.trigger[0]:f.trigger[1]])
                                or _fighting_crowd(codebook, f.actor1))
    armed_fight = armed_fight or militias_fight
    crowd = agent_civilian and _is_crowd(codebook, f.actor1, f.info) and not armed_fight
    armed_agent = f.actor1 is not None and f.actor1.armed and f.actor1.actor_type != 1
    if clash and not crowd and not armed_fight and not armed_agent:
        # a clash has no direction: a crowd of civilians on either side makes it mob violence
        # (unless the other side is an armed group: "gunmen ambushed and killed four youths")
        other = f.actor2
        crowd = other is not None and other.civilians and _is_crowd(codebook, other, f.info)
    fighters = [m for m in (f.actor1, f.actor2) if m is not None and m.civilians
                and _head_word(m) in codebook.fighting_crowds]
    # ("tribesmen attacked an army camp": tribesmen who attack armed men fight as militias too)
    armed_other = f.actor2 is not None and f.actor2.armed and not f.actor2.civilians
    if (clash or armed_other) and crowd and fighters:
        crowd = False  # "tribesmen clashed": tribes fight their clashes as militias
        for m in fighters:
            as_generic(codebook, m, "communal_militia")
        agent_civilian = f.actor1 is not None and f.actor1.civilians
    # (the agent as written: residents who lynch two armed robbers are a mob, whoever is swapped below)
    nonstate = rule.nonstate_agent if f.actor1 is not None and f.actor1.armed \
        and f.actor1.actor_type in _NONSTATE_ARMED else None
    if agent_civilian and f.actor2 is not None and f.actor2.armed and f.actor2.actor_type != 1:
        # "a man was injured in a shooting by armed men": civilians are the victims
        f.actor1, f.actor2 = f.actor2, f.actor1
    if rule.civilian_agent and crowd:
        etype, sub = rule.civilian_agent
    elif rule.armed_target and ((f.actor2 is not None and f.actor2.armed and not f.actor2.is_source)
                                or f.target_armed) and not rules.off_duty.find(f.info.tokens):
        # (a soldier shot at his home, off duty, is a civilian target: no clash)
        etype, sub = rule.armed_target
    if nonstate is not None:
        etype, sub = nonstate
    if rule.unopposed and _taken_unopposed(rules, f):
        etype, sub = rule.unopposed
    d = Draft([f], etype, sub, country=country, injured=f.injured, shot=f.shot, carried=f.carried)
    d.actor1 = _actor(codebook, f.actor1, country, rule.family, home)
    d.actor2 = _actor(codebook, f.actor2, country, rule.family, home)
    d.assoc1 = [a for a in (_actor(codebook, m, country, rule.family, home) for m in f.assoc1) if a]
    d.assoc2 = [a for a in (_actor(codebook, m, country, rule.family, home) for m in f.assoc2) if a]
    if sub in _PLANTED_OR_THROWN and _state_force(d.actor1) and not _told_as_agent(f):
        # "two levies personnel were injured in a grenade attack on a check post": a state's
        # forces are the target of a grenade, a bomb or a suicide attack, hardly ever its agent
        # (2 of 209 such ACLED dev notes), so one read as the agent is the target
        # (the force hurt is the target, "the FC patrol was hit by a bomb", unless civilians are
        # told hurt with it: "seventeen people including two traffic policemen were injured")
        civilians_hurt = any(m.civilians and m.start < f.trigger[0] for m in f.info.mentions)
        if _state_force(d.actor2) or (d.actor2 is None and not civilians_hurt):
            d.actor2 = d.actor1
        d.actor1 = None
    if etype == "Violence against civilians":
        if d.actor2 is None or d.actor2.actor_type not in (7, None):
            if d.actor2 is not None and d.actor1 is None:
                d.actor1 = d.actor2
            d.actor2 = _generic(codebook, "civilians", country)
        if d.actor1 is None or d.actor1.name == d.actor2.name:
            d.actor1 = _generic(codebook, "unidentified_armed_group", country)
    elif militias_fight and etype == "Battles":
        # both sides are the clans' militias; those killed are their men, as ACLED codes it
        d.actor1 = d.actor1 if d.actor1 is not None and d.actor1.actor_type != 7 \
            else _generic(codebook, "communal_militia", country)
        if d.actor2 is None or d.actor2.actor_type == 7:
            d.actor2 = _generic(codebook, "communal_militia", country)
    elif etype in ("Explosions/Remote violence", "Battles") and d.actor1 is None and rule.id != "air_strike":
        d.actor1 = _generic(codebook, "unidentified_armed_group", country)
    if etype == "Explosions/Remote violence" and d.actor2 is None and not f.target_armed \
            and (f.injured or any(v != PERPETRATOR for _, v in f.figures)):
        # "a landmine injured a villager", "shells killed one civilian": those hurt by a blast
        # that names no armed side as its target are civilians, as ACLED codes them
        d.actor2 = _generic(codebook, "civilians", country)
    if changes_hands(d) and d.actor1 is not None and d.actor2 is not None and d.actor2.name == d.actor1.name:
        d.actor2 = None  # "troops retook the checkpost": no side loses ground to itself
    if etype == "Battles" and d.actor1 is not None and d.actor2 is not None and d.actor2.name == d.actor1.name \
            and d.actor1.actor_type in _ONE_SIDED and not d.actor1.name.startswith(_UNIDENTIFIED):
        # "its soldiers were killed and its forces killed 150 Taliban fighters": a state's forces or
        # a named group do not fight themselves; the other side is the armed one named after the
        # deed, else untold (unidentified gangs and communal militias do fight their like)
        d.actor2 = _other_side(codebook, f, d.actor1.name, country, home)
    if f.party_claim is not None:
        # "the BLA claimed to have killed 30 soldiers": a party's own figure is its claim, kept apart
        party, outlet = f.party_claim
        d.claims = [(n, party, outlet) for n, key in f.figures if not key.startswith(WEAK)]
    else:
        d.figures = list(f.figures)
    d.explicit = f.explicit
    d.zero = f.zero
    return d


_PLANTED_OR_THROWN = frozenset({"Grenade", "Remote explosive/landmine/IED", "Suicide bomb"})


_AGENT_VERBS = frozenset({"attacked", "planted", "placed", "targeted", "threw", "hurled", "lobbed", "detonated",
                          "destroyed", "fired", "claimed", "used", "launched", "bombed", "blew"})
_AGENT_VERB_REACH = 4  # words between an agent and its verb ("Myanmar military from Battalion 537 attacked")


def _told_as_agent(f: Finding) -> bool:
    """Whether the finding's first actor is written as the doer: right after "by" ("a landmine
    planted by regime forces"), or before a verb of doing within a few words ("Myanmar military
    from Battalion 537 attacked a teacher with a grenade")."""
    m = f.actor1
    if m is None:
        return False
    lows = f.info.tokens.lows
    if m.start > 0 and lows[m.start - 1] == "by":
        return True
    return any(w in _AGENT_VERBS for w in lows[m.end:m.end + _AGENT_VERB_REACH])


def _state_force(actor: Actor | None) -> bool:
    """A state's military or police (not its government)."""
    return actor is not None and actor.actor_type == 1 and not actor.name.startswith("Government")


def _taken_unopposed(rules: RuleSet, f: Finding) -> bool:
    """The place was taken without a fight: "the Taliban took the district after government forces
    withdrew" (event_rules.yaml ``unopposed``); not where the sentence tells fighting or dead."""
    tokens = f.info.tokens
    cues = rules.unopposed.find(tokens)
    if f.figures or not cues:
        return False
    # ("took control of Kalehe without fighting": the fighting that did not happen is no fight)
    denied = {k for m in cues for k in range(m.start, m.end)}
    return not any(m.start not in denied for m in rules.fighting.find(tokens))


def _across_country(f: Finding, here: str | None) -> str | None:
    """The country of a deed told across a border from its place ("Afghan troops lost a post
    opposite Arandu"): that of its sides when they are of one other country, else the place's."""
    sides = {m.nationality or m.country for m in (f.actor1, f.actor2) if m is not None} - {None, here}
    return sides.pop() if len(sides) == 1 else here


_PLURAL_PEOPLE = frozenset({"women", "people", "persons", "youths", "boys", "girls"})
CROWD_OF_MEN = 10  # men counted this many or more are a crowd ("dozens of men clashed with police")
CROWD_COUNT_REACH = 3  # words between the count and the men ("dozens of Hasidic men")


def _head_word(mention) -> str:
    """The noun a mention is about: "tribesmen" in "Al Awad tribesmen", "group" in "a group of men"."""
    lows = mention.text.lower().split()
    if not lows:
        return ""
    return lows[lows.index("of", 1) - 1] if "of" in lows[1:] else lows[-1]


def _is_crowd(codebook: Codebook, mention, info: SentenceInfo | None = None) -> bool:
    """A crowd: a people ("Palestinians"), a crowd noun ("villagers"), people counted as
    many ("three persons") or men counted by the dozen ("dozens of men"); one man is no crowd,
    nor are "two men" on a motorcycle."""
    if mention.extras.get("crowd"):
        return True
    words = mention.text.split()
    if not words:
        return False
    last = words[-1].lower()
    if last == "men" and info is not None and any(
            q.end <= mention.start <= q.end + CROWD_COUNT_REACH and q.small >= CROWD_OF_MEN for q in info.quantities):
        return True
    if _head_word(mention) in codebook.crowd_nouns:  # "a group of men": the head word comes before "of"
        return True
    # "Aluta Boys" in the middle of a sentence is a name
    return last in codebook.crowd_nouns or last in _PLURAL_PEOPLE and not (mention.start and words[-1][0].isupper())


def _told(index, infos: list[SentenceInfo]) -> bool:
    """Whether any sentence holds an entry of ``index``; most hold none of its first words,
    which their phrase scans tell at once."""
    return index is not None and any(index.positions(info.tokens.lows) and index.find(info.tokens) for info in infos)


def _as_gang(codebook: Codebook, d: Draft, crime: bool, hallmark: bool) -> None:
    """In a story about organised crime, unnamed armed perpetrators are a gang (ACLED practice).
    A killing with the hallmarks of organised crime ("a drive-by shooting", "hands tied") in a
    story that names no gang is one too, in the countries where ACLED codes it so, under the
    name it uses there ("Unidentified Gang and/or Police Militia" in Brazil)."""
    for slot in ("actor1", "actor2"):
        a = getattr(d, slot)
        if a is None or not a.name.startswith("Unidentified Armed Group"):
            continue
        marked = hallmark and a.country in codebook.hallmark_names
        if not (marked or crime):
            continue  # elsewhere a drive-by shooting alone does not tie a story to crime
        gang = _generic(codebook, "unidentified_gang", a.country)
        if marked:
            gang.name = codebook.hallmark_names[a.country]
        gang.mention = a.mention
        setattr(d, slot, gang)


def _seized_from_gang(codebook: Codebook, d: Draft) -> None:
    """In a story of drugs or smuggled goods seized, a strategic development by security forces
    (or by no one named) whose target is unnamed or civilians targets a gang, as ACLED codes it:
    "Police seized 3 tons of marijuana hidden in a truck. A man was arrested." """
    if d.event_type != "Strategic developments":
        return
    if (d.actor1 is not None and d.actor1.actor_type != 1) or (d.actor2 is not None and d.actor2.actor_type != 7):
        return
    gang = _generic(codebook, "unidentified_gang", d.country)
    gang.mention = d.actor2.mention if d.actor2 is not None else None
    d.actor2 = gang


def _property_of_civilians(codebook: Codebook, d: Draft) -> None:
    """ "Settlers uprooted 450 vine seedlings", "militants looted several houses": looting or
    destroying property that no one is named as owning harms civilians, as ACLED codes it."""
    if d.event_type == "Strategic developments" and d.sub_event_type == "Looting/property destruction" \
            and d.actor2 is None:
        d.actor2 = _generic(codebook, "civilians", d.country)


def _as_coalition(codebook: Codebook, d: Draft) -> None:
    """ "Saudi forces fired artillery at villages in Sadah": ACLED codes a state's forces that
    fight in a coalition's war as the coalition (groups.yaml: stands_for)."""
    if d.country is None:
        return
    theatre = d.country

    def replaced(a: Actor) -> Actor:
        if a.country is None or (a.country, theatre) not in codebook.coalitions:
            return a
        if a.name != codebook.state_actor("military", a.country)[0]:
            return a  # the state's government or police stay as they are
        name, iso3, actor_type, sector = codebook.coalitions[(a.country, theatre)]
        return Actor(name, iso3, actor_type, sector, a.mention)

    d.actor1 = replaced(d.actor1) if d.actor1 is not None else None
    d.actor2 = replaced(d.actor2) if d.actor2 is not None else None
    d.assoc1 = [replaced(a) for a in d.assoc1]
    d.assoc2 = [replaced(a) for a in d.assoc2]


def _worth_keeping(d: Draft) -> bool:
    """A verbal event or a movement with nobody doing it tells an analyst nothing: it is dropped.
    Violent and strategic events are kept: ACLED codes them with an unidentified actor. A named
    place "captured" by state forces is not read as a non-state takeover."""
    if d.first.rule.place_object and d.first.rule.acled == ("Battles", "Non-state actor overtakes territory") \
            and d.actor1 is not None and d.actor1.actor_type == STATE_FORCES \
            and not (d.actor1.country and d.country and d.actor1.country != d.country):
        # "security forces captured Mullah X": an arrest, whatever the gazetteer holds ("Russian
        # forces captured Pokrovsk" in a story of Ukraine is a foreign force's takeover: ACLED codes
        # it so)
        return False
    if d.first.rule.family not in ("verbal", "movement"):
        return True
    return d.actor1 is not None or d.actor2 is not None


def _injured(d: Draft, fatalities: int | None) -> int | None:
    """The injured its sentences tell; where none tells a figure of them, those told shot less
    the dead ("Four people were shot Sunday; one died": three); else those told carried to a
    hospital ("Two others were taken to a hospital")."""
    if d.injured is not None:
        return d.injured
    if d.shot is None:
        return d.carried
    hurt = d.shot - (fatalities or 0)
    return hurt if hurt > 0 else None


_PROTESTS_WITHOUT_DEAD = frozenset({"Peaceful protest", "Protest with intervention"})


def _protests_without_dead(events: list[Event]) -> None:
    """ "Locals protested the killing of a youth": in a story that tells no violence of its own,
    the dead a protest is about died in another event, and a protester killed would make the
    protest excessive force (ACLED), so a peaceful protest, or one the police only broke up, has
    no dead of its own."""
    for e in events:
        if e.fatalities and e.event_type == "Protests" and e.sub_event_type in _PROTESTS_WITHOUT_DEAD:
            e.fatalities = 0


def _fatalities(d: Draft) -> int | None:
    if d.explicit is not None:
        return d.explicit
    # the dead told as more than those told before ("A woman was also killed") add to the toll;
    # those told by an ordinal ("A third person has died") set its floor
    more = [(n, victim_of(victim)) for n, victim in d.figures if victim.startswith(ALSO)]
    floor = max((n for n, victim in d.figures if victim.startswith(AT_LEAST)), default=0)
    if not more and not floor:
        return _toll(d, d.figures)
    told = [x for x in d.figures if not x[1].startswith((ALSO, AT_LEAST))]
    base = _toll(d, told) or 0
    # more dead of other victims add ("2 soldiers were killed ... 7 militants were also killed");
    # of the same victims, after a toll of several, they may be one of them ("Two men were shot and
    # killed ... His cousin was also killed"), after one victim, another
    keys = {victim_of(victim) for _, victim in told}
    others = sum(n for n, victim in more if victim not in keys)
    same = sum(n for n, victim in more if victim in keys)
    return (max(base, floor) + same if base <= 1 else max(base, floor, same)) + others


def _toll(d: Draft, told_figures: list[tuple[int, str]]) -> int | None:
    groups: dict[str, int] = {}
    for n, victim in unify_victims(told_figures):
        # (deaths told without a figure are floors: "a fatal shooting", then "Ana and Tom were shot dead")
        groups[victim] = (max if victim.startswith(WEAK) else min)(n, groups.get(victim, n))
    told = {victim: n for victim, n in groups.items() if not victim.startswith(WEAK)}
    if told:
        # figures of different victims add up ("two soldiers and three militants"); a figure whose
        # victims are not known ("two people died") may be any of them, so it only sets a floor.
        # A party's claims are never added to the figures others give.
        named = sum(n for victim, n in told.items() if victim != ANY_VICTIM)
        return max(named, told.get(ANY_VICTIM, 0))
    # only a party tells a figure: its claim counts (the lowest), unless only its own outlet
    # tells it (ACLED: "Fatalities coded as 0 (Voice of Jihad reported 3 fatalities)")
    claimed = [n for n, _, outlet in d.claims if not outlet]
    if claimed:
        return min(claimed)
    if groups:
        # a death told without a figure is at least one, people named one by one are as many
        # ("killed Ana Ruiz and her son"); at a protest it is what the crowd protests ("against
        # the killing of a student"), not a death at the protest
        protest = d.event_type in ("Protests", "Riots") and d.first.rule.family == "protest"
        return 0 if protest else max(1, max(groups.values()))
    if d.event_type is not None or d.first.rule.family in ("violence", "protest") or d.zero:
        return 0  # ACLED codes every event's fatalities; none told is 0
    return None


def _told_after(d: Draft, infos: list[SentenceInfo], sentences: int = 2, before: int = 0) -> list[SentenceInfo]:
    """The event's first sentence and the next ones, where a story goes on to tell how it went
    (and ``before`` sentences before it)."""
    first = d.first.info.index
    return [i for i in infos if first - before <= i.index <= first + sentences]


def _protest_outcome(codebook: Codebook, rules: RuleSet, d: Draft, infos: list[SentenceInfo]) -> None:
    if d.event_type not in ("Protests", "Riots") or d.sub_event_type == "Mob violence":
        return
    hits = set()
    told = []  # the sentences that tell an outcome
    # "Residents built barricades and set them on fire. They blocked the road": the sentence
    # before may tell how the crowd acted; and a short report may end, three sentences on, with
    # how the police met it
    # (and the sentences merged into it, with the one after the last: "... Police forces intervened
    # in the demonstration. Police forces were able to disperse them")
    reach = max(3, d.findings[-1].info.index - d.first.info.index + 1)
    for info in _told_after(d, infos, sentences=reach, before=1):
        if info.index > d.first.info.index and opens_separately(rules, info):
            break  # ("Separately, police arrested two men in a drugs raid": another story's police)
        found = {name for name, index in rules.outcomes.items() if index.find(info.tokens)}
        if found:
            hits |= found
            told.append(info)
    if "violent" in hits:
        d.event_type, d.sub_event_type = "Riots", "Violent demonstration"
    elif d.event_type == "Protests" and "lethal" in hits:
        d.sub_event_type = "Excessive force against protesters"
    elif d.event_type == "Protests" and "intervention" in hits:
        d.sub_event_type = "Protest with intervention"
    else:
        return
    _intervening_force(codebook, d, told)


def _intervening_force(codebook: Codebook, d: Draft, told: list[SentenceInfo]) -> None:
    """ "Workers held a protest ... Police resorted to a lathi charge to disperse them": the
    security force that an outcome's sentence names is the other side (actor2), as ACLED codes
    a protest met by force, where the event has none of its own. A government the crowd
    addresses ("demanding the resignation of the President ... Police dispersed them") is no
    force of the event: the force that met it is."""
    if any(a is not None and a.actor_type == 1 and a.sector != "GOV" for a in (d.actor1, d.actor2)):
        return
    force = next((m for info in told for m in info.mentions
                  if m.kind == "state" and m.armed and not m.is_source and m.actor_type == 1), None)
    if force is not None and (d.actor2 is None or d.actor2.actor_type in (5, 6, 7) or d.actor2.sector == "GOV"):
        d.actor2 = _actor(codebook, force, d.country, "violence")


_NOT = frozenset({"not", "none", "no", "never", "n't", "neither", "nor"})
NEGATION_REACH = 5  # words before a cue of an armed victim that may deny it


def _armed_victim(codebook: Codebook, rules: RuleSet, d: Draft, infos: list[SentenceInfo], crime: bool) -> None:
    """ "Gunmen shot dead a man ... The victim had charges against him for drug trafficking": a
    killing of a man who was armed or in organised crime is a clash (the rule's armed_target),
    with an unnamed gang, or in a story about no crime an unnamed armed group, on his side."""
    rule = d.first.rule
    if d.event_type != "Violence against civilians" or rule.armed_target is None:
        return
    if not any(m for i in _told_after(d, infos) for m in rules.armed_victim.find(i.tokens)
               if _NOT.isdisjoint(t.low for t in i.tokens[max(0, m.start - NEGATION_REACH):m.start])):
        return  # ("none of those killed was a bandit", "they were not gang members": no armed victim)
    d.event_type, d.sub_event_type = rule.armed_target
    d.actor2 = _generic(codebook, "unidentified_gang" if crime else "unidentified_armed_group", d.country)


def _crowd_country(d: Draft) -> str | None:
    """The country the text gives the crowd itself ("Venezuelan migrants", "Palestinians"):
    ACLED names a crowd of foreigners after their own country, not the one they protest in."""
    for m in (d.first.actor1, d.first.actor2):
        if m is not None and m.kind == "generic" and m.actor_type in (5, 6, 7) and m.country:
            return m.country
    return None


def _protest_actors(codebook: Codebook, rules: RuleSet, d: Draft) -> None:
    country = d.country
    kind = "protesters" if d.event_type == "Protests" else "rioters"
    crowd = _generic(codebook, kind, _crowd_country(d) or country)
    others = [a for a in (d.actor1, d.actor2) if a is not None and a.actor_type not in (5, 6, 7)]
    named = [a for a in (d.actor1, d.actor2) if a is not None and a.actor_type in (2, 3, 4) and not generic_name(a.name)]
    if d.sub_event_type == "Mob violence":
        # the crowd is the rioters; the other side is the state forces it fought, else its victims
        state = next((a for a in (d.actor2, d.actor1) if a is not None and a.actor_type == 1), None)
        victim = state or (d.actor2 if d.actor2 is not None and d.actor2.actor_type == 7 else None)
        d.actor1, d.actor2 = crowd, victim or _generic(codebook, "civilians", country)
        return
    if named:
        d.assoc1 = named + d.assoc1
    police = next((a for a in others if a.actor_type == 1), None)
    d.actor1 = crowd
    d.actor2 = police if d.sub_event_type != "Peaceful protest" or d.event_type == "Riots" else None
    if d.actor2 is None and d.event_type == "Riots" and rules.civilian_property.find(d.first.info.tokens):
        # "rioters hurled Molotov cocktails at a bank": the owners of the property struck are the
        # target, civilians (ACLED)
        d.actor2 = _generic(codebook, "civilians", country)


def _governing(codebook: Codebook, actor: Actor | None, country: str | None, day: str | None) -> bool:
    """Whether ``actor`` ruled ``country`` as its de facto state on ``day`` (groups.yaml governs)."""
    rule = codebook.governing.get(actor.name) if actor is not None else None
    return rule is not None and day is not None and country == rule[0] and day[:10] >= rule[1]


def _day_within_first(d: Draft, days, later, when):
    """For an event dated by a legal act or an arrest (``when``) whose first sentence told a vaguer
    date ("a shooting earlier this month ... charged him on Friday"), the first day before it, in
    that week or month, that the story tells of no arrest or charge ("shots were fired Dec. 6");
    else ``when``."""
    vague = d.first.when
    if vague is None or vague.precision == 1 or d.first.rule.family != "violence":
        return when
    found = within(vague, [w for _, w in days if id(w) not in later and w.date < when.date])
    return when if found is vague else found


def _event(codebook: Codebook, rules: RuleSet, d: Draft, doc_id: str, anchor, pub, focus, places: ArticlePlaces,
           days=(), later=frozenset(), violent_days=()) -> Event:
    f = d.first
    if d.event_type in ("Protests", "Riots"):
        _protest_actors(codebook, rules, d)
    if f.rule.family == "verbal" and d.actor1 is not None and d.actor2 is not None and d.actor1.name == d.actor2.name:
        # "the commander requested help for the soldiers": no one accuses, asks or meets itself;
        # the other side is untold
        d.actor2 = None
    when = event_day(d, pub)
    # "In 2019, gunmen killed 12 villagers": a deed of an earlier year that no day, week or month
    # of its own dates takes no date of the story's (its anchor, the day of publication)
    undated = when is None and all(x.earlier_year for x in d.findings)
    if when is None and not undated:
        when = anchor
    if when is not None and when.weekday and pub is not None and _to_come(f) and when.date < pub.isoformat():
        # "Protests are planned for Thursday" in a Wednesday story: the Thursday to come, not the last
        when = replace(when, date=(date.fromisoformat(when.date) + timedelta(days=7)).isoformat())
    if when is not None and pub is not None and told_overnight(d, when):
        # "hurt in an overnight shooting ... The incident happened around 11:30 p.m. Monday": the
        # night before the page, told by its weekday or date elsewhere in the story
        when = overnight_statement_day(d, when, pub) or night_before(days, later, pub) or when
    if when is not None and when.precision > 1:
        # ("killed last month. It happened on March 6": a day told with it or after it, not the day
        # of another event the story told before it)
        # (for violence, before those of an arrest or a charge: "a shooting earlier this month ...
        # charged him on Friday ... shots were fired Dec. 6")
        after = [w for i, w in days if i >= f.info.index]
        told = [w for x in d.findings for w in x.info.dates] + after
        if f.rule.family == "violence":
            told = [w for w in told if id(w) not in later] + [w for w in told if id(w) in later]
        when = within(when, told)
    if when is not None and id(when) in later and d.event_type not in ("Protests", "Riots"):
        # "was arraigned Monday ... police said he shot her on May 3": the day of the legal act
        # or the arrest, and the shooting's own day written as a date before it
        when = next((w for w in violent_days if w.date < when.date), None) or _day_within_first(d, days, later, when)
    event_date = when.date if when else (pub.isoformat() if pub and not undated else None)
    precision = when.precision if when else (1 if pub and not undated else None)
    if f.rule.nonstate_agent == (d.event_type, d.sub_event_type) and f.rule.acled \
            and f.rule.acled[0] == "Strategic developments" and _governing(codebook, d.actor1, d.country, event_date):
        # "Taliban authorities detained two activists in Kabul" (2024): the de facto state arrests
        # (a raid with machetes stays an attack, whoever rules)
        d.event_type, d.sub_event_type = f.rule.acled
    # a retelling far down the story does not move the event (a story's later sentences name
    # hospitals, courts and other towns): the place is told where the event first is
    # (the place of a reaction to the event is its speaker's, unless the event has no other)
    chosen = [x.place for x in d.findings if x.place is not None and not x.retold_far and not x.reaction]
    place = most_specific(places, chosen) \
        or most_specific(places, [x.place for x in d.findings if x.place is not None and x.reaction])
    told_with = [p for x in d.findings for p in x.info.places + x.carried_places]
    if place is None and chosen and places.home is None:
        # the deed's place was a name in capitals the gazetteer lacks, an acronym ("at the BLC bank in
        # Nabatiyeh"): the known place told with it (a local story's own town comes before: below)
        place = most_specific(places, [p for p in told_with if p not in chosen and places.resolve(p) is not None])
    if place is not None:
        # (a province written beside another place of the place's own sentence)
        place = in_written_province(places, place, next(
            (x.info.places for x in d.findings if any(p is place for p in x.info.places)), []))
    front = front_line(d.event_type, places.country(place), event_date) if place is not None else None
    location = locate(place, places, d.country, told_with, front) if place is not None \
        else home_location(places, d.country) or _origin_location(places, d, told_with) \
        or (None if told_with else _national_act(places, d))
    _target_of_the_place(codebook, d, location)
    _unnamed_agent_of_the_place(codebook, d, location)
    count = max((x.count for x in d.findings if x.count), default=None) if f.rule.movement else f.count
    movement = None
    if f.rule.movement:
        origin = f.origin or (places.country(f.origin_place) if f.origin_place is not None else None)
        if origin is None and f.actor1 is not None and f.rule.movement not in ("withdrawal", "return"):
            # people in flight leave their own country; troops withdraw from where they serve, and
            # people sent back go to theirs (returns.py finds where they come from)
            origin = f.actor1.nationality or f.actor1.country
        if origin is None:
            origin = (places.country(f.place) if f.place and f.place is not f.destination_place else None) or focus
        # "crossed the border ... near Chitral": where they arrived may be told later, or be the place
        destination = f.destination or next((x.destination for x in d.findings if x.destination), None)
        if destination is None and f.destination_place is not None:  # "to Peshawar": the town's country
            destination = places.country(f.destination_place)
        if destination is None and f.place_destination_candidate:
            here = places.country(f.place)
            destination = here if here and here != origin else None
        if origin == destination:
            origin = focus if focus != destination else origin
        movement = Movement(
            kind=f.rule.movement,
            origin=Place(country=origin, name=f.origin_place.name if f.origin_place else None),
            destination=Place(country=destination, name=f.destination_place.name if f.destination_place else None),
            count=count,
        )
    evidence = [
        Evidence(
            sentence=x.info.text,
            start=x.info.start,
            end=x.info.start + len(x.info.text),
            sentence_index=x.info.index,
            trigger=x.trigger_text,
        )
        for x in d.findings
    ]
    fatalities = _fatalities(d)
    return Event(
        event_id="",
        doc_id=doc_id,
        rank=0,
        event_type=d.event_type,
        sub_event_type=d.sub_event_type,
        plover=Plover(*f.rule.plover),
        actor1=d.actor1,
        actor2=d.actor2,
        assoc_actor1=d.assoc1,
        assoc_actor2=d.assoc2,
        location=location,
        event_date=event_date,
        time_precision=precision,
        fatalities=fatalities,
        fatalities_told=d.explicit is not None or d.zero or bool(d.figures) or bool(d.claims),
        injured=_injured(d, fatalities),
        count=count,
        movement=movement,
        attribution=_told_as_fact(d).attribution,
        evidence=evidence,
        notes=_notes(d) + (_undated_note(d) if undated else []),
    )


def _target_of_the_place(codebook: Codebook, d: Draft, location: Location | None) -> None:
    """ "Russian artillery shelled Nikopol, killing a man", "Israeli warplanes struck Hama
    military airport, killing four soldiers": a target that no nationality of its own names
    ("a man", "soldiers"), read as of no country or of the nationality of an attacker from
    abroad, is of the country where the event took place, as ACLED codes civilians."""
    m, agent = d.first.actor2, d.first.actor1
    if m is None or d.actor2 is None or location is None or not location.country or m.nationality \
            or "{country}" not in m.name or d.actor2.mention != m.text or d.actor2.country == location.country:
        return
    if d.actor2.country is not None and (agent is None or agent.nationality in (None, location.country)
                                         or d.actor2.country != agent.nationality):
        return  # (a target of no country, or given its foreign attacker's: a place misread abroad stays a stray)
    d.actor2 = _unnamed_actor_in(codebook, m, location.country, d.first.rule.family)


def _unnamed_agent_of_the_place(codebook: Codebook, d: Draft, location: Location | None) -> None:
    """ "unknown gunmen attacked a patrol of the Turkish forces near the Afes front in Idleb": an
    armed group the text names by no nationality or name ("gunmen", read as Unidentified Armed
    Group) is of the country where the event took place, as ACLED codes it, not of the country
    the story's other actors tell."""
    m = d.first.actor1
    if m is None or d.actor1 is None or location is None or not location.country or m.nationality \
            or d.actor1.mention != m.text or not d.actor1.name.startswith("Unidentified") \
            or "{country}" not in m.name or d.actor1.country in (None, location.country):
        return
    d.actor1 = _unnamed_actor_in(codebook, m, location.country, d.first.rule.family)


def _unnamed_actor_in(codebook: Codebook, m, country: str, family: str) -> Actor | None:
    """The actor of the mention ``m`` (which names no country of its own) as one of ``country``."""
    unnamed = copy(m)
    unnamed.country = None
    return _actor(codebook, unnamed, country, family)


# ("It didn't capture Tuesday's shooting": the shooting told after it is a fact)
_UNREAL = frozenset({"hypothetical", "negated"})


def _told_as_fact(d: Draft) -> Finding:
    """The finding whose attribution the event takes: its first, unless that one only supposes or
    denies it and a later telling of the same event states it ("a fight may have led to the
    shooting death of a teen ... He was shot and killed on Sunday": the killing is a fact; "The
    camera didn't capture Tuesday's shooting ... Four teenagers were shot"). (One foreseen stays
    so: "a vigil will be held" is not held by a later sentence read as asserted.)"""
    first = d.first
    if getattr(first.attribution, "modality", None) not in _UNREAL:
        return first
    return next((x for x in d.findings if getattr(x.attribution, "modality", None) in ("asserted", "claimed")), first)


def _notes(d: Draft) -> list[str]:
    """What was read and not counted: a party's own figures, figures no person could mean."""
    counted = _fatalities(d)
    notes = [f"Fatalities coded as {counted or 0} ({party} reported {n} fatalities)"
             for n, party, _ in d.claims if n != counted]
    most = lexicon().most_people
    notes += [f"figure {figure} not counted: more people than one report may mean ({most:,} at most)"
              for x in d.findings for figure in x.info.implausible]
    return notes + _denials(d)


def _to_come(f: Finding) -> bool:
    """A deed planned or foreseen (future modality), not one that happened."""
    return getattr(f.attribution, "modality", None) == "future"


def _denials(d: Draft) -> list[str]:
    """Who denied the event told as fact, in a later sentence of its report ("A Taliban spokesman
    denied the figure"): "Denied by A Taliban spokesman"."""
    if getattr(d.first.attribution, "modality", None) == "denied":
        return []  # (the event itself is a denial: its modality tells it)
    deniers: list[str] = []
    for x in d.findings[1:]:
        a = x.attribution
        if a is None or a.modality != "denied" or not a.source or a.source in deniers:
            continue
        # (one named who denies, not one who says another denied, "Sheriff Hill said the man denied
        # being there", nor "have not yet said", "I've never had")
        said = tokenize(a.source)
        speaker = x.info.source
        if speaker is not None and (speaker.cue or "").lower().startswith(_DENIAL_STEMS) and said \
                and names_speaker(said):
            deniers.append(a.source)
    return [f"Denied by {who}" for who in deniers]


_DENIAL_STEMS = ("den", "reject", "dismiss", "refut")


def _undated_note(d: Draft) -> list[str]:
    """Why an event of an earlier year has no date."""
    years = sorted({x.told_year for x in d.findings if x.told_year is not None})
    told = f"told in {', '.join(map(str, years))}" if years else "told in an earlier year"
    return [f"no date: {told}, by no day, week or month"]


def _rank(events: list[Event], drafts: list[Draft]) -> None:
    def key(pair):
        e, d = pair
        return (
            e.event_type is None,
            e.attribution.modality not in ("asserted", "claimed"),
            d.first.info.index,
            -FAMILY_WEIGHT[d.first.rule.family],
            -d.first.rule.rank,
        )

    ordered = sorted(zip(events, drafts), key=key)
    for rank, (e, _) in enumerate(ordered):
        e.rank = rank
        e.event_id = f"{e.doc_id}:{rank}"
