"""Numbers, dates, movements, claims, places and evidence, on sentences of our own."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitroom.coder.quantities import death_figures, figures, find_quantities
from sitroom.coder.tokens import tokenize
from sitroom.coder.when import find_dates, parse_iso

from .coder_helpers import by_plover, code, top


@pytest.mark.parametrize("text,expected", [
    ("Dozens of fighters were killed in the airstrike on the camp.", 12),
    ("Hundreds of rebels were killed in the shelling of the town.", 100),
    ("More than 150 insurgents were killed in airstrikes on the valley.", 150),
    ("At least four people were killed and nine others injured when a bomb exploded at a market.", 4),
    ("Between 10 and 15 soldiers were killed in the ambush.", 10),
    ("Twenty-five people died when a car bomb exploded in the city.", 25),
    # a group joined by "and" and a possessive is counted whole
    ("A woman and her two children were killed when gunmen stormed the house.", 3),
    ("Gunmen killed a teacher and his three sons at their home.", 4),
    ("A man, 45, and a woman, 39, were shot dead outside their shop.", 2),
    ("Gunmen killed two guards and a driver at the checkpoint.", 3),
    ("The death toll from the bombing of the bus station rose to 14 after three more victims died in hospital.", 14),
    ("Gunmen stormed a checkpoint near the river, killing three guards, a customs official said.", 3),
    ("Five people were wounded when a grenade exploded in a shop.", 0),
    ("Several civilians were killed when gunmen stormed a wedding.", 3),
    ("Several soldiers were killed in heavy shelling of the base.", 10),
    ("A policeman was shot dead in the city. No one else was hurt.", 1),
])
def test_fatalities_follow_acled_rules(text, expected):
    assert top(text).fatalities == expected


def test_explicit_count_in_a_later_sentence_wins():
    event = top("On 3 March 2021, militants attacked a convoy near Wana. 4 fatalities.")
    assert event.fatalities == 4


def test_figures_from_two_sides_add_up_within_one_report():
    event = top("Militants attacked an army post near Wana, Pakistan. Two soldiers were killed. "
                "Three attackers were also killed in the exchange of fire.")
    assert event.fatalities == 5


def test_dates_in_notes_are_not_counted_as_people():
    tokens = tokenize("On 9 May 2020, 3 people were killed.")
    quantities = find_quantities(tokens)
    assert [q.small for q in quantities] == [3]
    assert figures(death_figures(tokens, quantities), False) == [(3, "any")]


def test_movement_count_is_the_group_not_its_part():
    events = code("A total of 46 members of the Afghan forces, including five officers, crossed the border "
                  "into Pakistan near Chitral late Sunday.", published="2021-07-26")
    move = by_plover(events, "RETREAT")
    assert move.count == 46
    assert move.movement.origin.country == "AFG"
    assert move.movement.destination.country == "PAK"
    assert move.event_date == "2021-07-25" and move.time_precision == 1


def test_the_dead_are_not_counted_among_those_who_fled():
    events = code("About 80 fighters were killed in shelling that drove them out of Idlib, and they fled into "
                  "Turkey.")
    move = by_plover(events, "RETREAT")
    assert move.count is None and move.movement.count is None
    assert not move.fatalities  # the dead belong to the shelling
    assert by_plover(events, "ASSAULT").fatalities == 80
    alive = by_plover(code("About 80 fighters fled into Turkey after heavy shelling."), "RETREAT")
    assert alive.count == 80


def test_flight_into_a_country():
    events = code("Many foreign fighters fled into Afghanistan from North Waziristan in Pakistan after the strikes.")
    move = by_plover(events, "RETREAT")
    assert move.movement.destination.country == "AFG"
    assert move.movement.origin.country == "PAK"


def test_people_deported_across_a_border_move_with_their_number_and_origin():
    for text in ("About 300 Afghan refugees were deported from Pakistan through the Torkham crossing on Monday.",
                 "Pakistan deported 300 Afghan refugees through the Torkham crossing on Monday."):
        move = by_plover(code(text, "2024-03-18"), "RETREAT")
        assert (move.movement.kind, move.movement.count, move.movement.origin.country) == ("return", 300, "PAK")


@pytest.mark.parametrize("phrase,expected,precision", [
    ("late Sunday", "2021-07-25", 1),
    ("yesterday", "2021-07-25", 1),
    ("last week", "2021-07-19", 2),
    ("earlier this month", "2021-07-01", 3),
    ("on July 1", "2021-07-01", 1),
    ("on 9 May 2020", "2020-05-09", 1),
])
def test_dates_resolved_against_publication(phrase, expected, precision):
    found = find_dates(f"Troops clashed with militants {phrase}.", parse_iso("2021-07-26"))
    assert (found[0].date, found[0].precision) == (expected, precision)


def test_no_publication_date_means_unknown_date():
    assert top("Troops clashed with militants late Sunday in Kunar, Afghanistan.").event_date is None
    assert top("Troops clashed with militants late Sunday in Kunar.", published="2021-07-26").event_date == "2021-07-25"


def test_note_date_applies_to_the_whole_note():
    event = top("On 9 May 2020, police dispersed a protest in Lahore. Several protesters were arrested.")
    assert event.event_date == "2020-05-09"
    assert event.sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("text,modality", [
    ("Troops killed six militants in Kurram, the army said.", "asserted"),
    ("The group claimed to have killed four soldiers in an ambush.", "claimed"),
    ("It is not true that our forces attacked the village.", "denied"),
    ("The fighters would probably settle in the desert region of Nimruz.", "future"),
    ("Officials fear the militants could attack the convoy.", "hypothetical"),
    ("Police did not arrest anyone at the rally site.", "negated"),
    # "no" before the trigger, alone or in a list of nouns, negates it
    ("No clashes were reported in the town of Hajin on Friday.", "negated"),
    ("No arrests or clashes were reported after the raid on Hajin.", "negated"),
    # but "no" before another noun negates that noun only
    ("No group claimed the attack on the checkpoint in Hajin.", "asserted"),
])
def test_modality(text, modality):
    events = code(text)
    assert events and events[0].attribution.modality == modality


def test_the_month_may_is_no_possibility():
    event = top("On 2 May 2020, rioters blocked the main road with burning tyres.")
    assert event.attribution.modality == "asserted"
    assert event.event_type == "Riots"


def test_source_and_anonymity():
    event = top("More than 20 militants were killed in airstrikes, according to military sources.")
    assert event.attribution.source == "military sources"
    assert event.attribution.anonymous
    quoted = top("Three soldiers were killed in the attack, a tribal elder told reporters on condition of anonymity.")
    assert "tribal elder" in quoted.attribution.source and quoted.attribution.anonymous


def test_what_was_reported_is_no_source_and_who_claims_an_attack_did_it():
    # the subject of a passive "was reported" is the event, not its reporter
    strike = top("On 8 May 2021, a Saudi-led coalition airstrike was reported near Mukayras.")
    assert strike.actor1.name == "Operation Restoring Hope" and strike.attribution.source is None
    # a group that claims responsibility is the actor of the blast told before, not a source
    events = code("On 7 May 2021, a roadside bomb exploded near an army convoy in Afgooye. "
                  "Al Shabaab claimed responsibility for the attack.")
    assert len(events) == 1
    assert events[0].sub_event_type == "Remote explosive/landmine/IED"
    assert events[0].actor1.name == "Al Shabaab" and len(events[0].evidence) == 2
    claimed = code("On 7 May 2021, a bomb went off near a police checkpoint in Marka. "
                   "Al Shabaab fighters claimed to have killed two policemen.")
    assert [e.actor1.name for e in claimed] == ["Al Shabaab"]


def test_place_slot_keeps_the_mention_and_its_context():
    event = top("On 4 June 2022, militants attacked a levies post in Buleda tehsil (Kech, Balochistan).")
    assert event.location.name == "Buleda"
    assert event.location.mention == "Buleda tehsil (Kech, Balochistan)"
    assert event.location.country == "PAK"
    near = top("Gunmen ambushed a police patrol near Chaman, Pakistan.")
    assert near.location.name == "Chaman" and near.location.geo_precision == 2


def test_evidence_points_into_the_text_and_ranks_are_unique():
    text = ("Kabul accused Islamabad of harbouring militants. Meanwhile, a roadside bomb killed three soldiers "
            "in Helmand, Afghanistan.")
    events = code(text)
    assert sorted(e.rank for e in events) == list(range(len(events)))
    first = min(events, key=lambda e: e.rank)
    assert first.event_type == "Explosions/Remote violence"  # material events outrank verbal ones
    for e in events:
        for ev in e.evidence:
            assert text[ev.start:ev.end] == ev.sentence
            assert ev.trigger and ev.trigger.lower() in ev.sentence.lower()


def test_a_place_written_with_its_kind_or_address_needs_no_preposition():
    from sitroom.coder.places import find_places
    for sentence, name, context in [
        ("Militants attacked Turbat town (Kech, Balochistan) at night.", "Turbat", ["Kech", "Balochistan"]),
        ("Gunmen raided Debiro (Biu LGA, Borno) and burned houses.", "Debiro", ["Biu LGA", "Borno"]),
        ("Gunmen raided Dandume village and burned houses.", "Dandume", []),
    ]:
        found = find_places(tokenize(sentence), sentence, set())
        assert [(p.name, p.context) for p in found] == [(name, context)], sentence
    # a capitalised word with neither is no place
    plain = "Gunmen shot Ahmed (25) and fled."
    assert find_places(tokenize(plain), plain, set()) == []


def test_an_address_may_follow_the_words_that_describe_a_place():
    from sitroom.coder.places import find_places
    for sentence, name, context in [
        ("Rockets fell on Qarn Sabr farming villages (Harf, Hajjah) overnight.", "Qarn Sabr", ["Harf", "Hajjah"]),
        ("A bomb went off at Dar Salam army camp (Sirwah, Marib) on Friday.", "Dar Salam", ["Sirwah", "Marib"]),
        # an address after the district the place lies in: "Kolofata subdivision (...)"
        ("Raiders looted houses in the village of Mora Tchede, Kolofata subdivision (Mayo-Sava, Far North).",
         "Mora Tchede", ["Kolofata", "Mayo-Sava", "Far North"]),
    ]:
        found = find_places(tokenize(sentence), sentence, set())
        assert [(p.name, p.context) for p in found] == [(name, context)], sentence
    # the enclosing place after words for a part of it
    for sentence, name, context in [
        ("Shells fell on Kafr Nabudah in the western countryside of Hama on Monday.", "Kafr Nabudah", ["Hama"]),
        ("Gunmen burned a bus in Hays district in western Yemen.", "Hays", ["Yemen"]),
        ("A mine went off near Tal Tamr in eastern al-Hasakeh countryside.", "Tal Tamr", ["al-Hasakeh"]),
        # a capitalised direction is part of the name
        ("Jets struck hideouts near Mir Ali in North Waziristan at night.", "Mir Ali", ["North Waziristan"]),
    ]:
        found = find_places(tokenize(sentence), sentence, set())
        assert [(p.name, p.context) for p in found] == [(name, context)], sentence
    # but "in the evening" names no place around it
    evening = "Police arrested him in Lahore in the evening."
    assert [(p.name, p.context) for p in find_places(tokenize(evening), evening, set())] == [("Lahore", [])]
    # words that end the description ("and", "said", ...) end it: the brackets are no address
    for sentence in ["Soldiers reached Qarn Sabr and rested (Reuters).",
                     "Soldiers reached Qarn Sabr three weeks later (Reuters)."]:
        assert [p.context for p in find_places(tokenize(sentence), sentence, set())] == [[]], sentence


def test_names_written_with_the_arabic_article_in_lower_case():
    from sitroom.coder.places import find_places
    for sentence, names in [
        ("A sniper killed a farmer in al-Sabkha in al-Raqqa on Sunday.", [("al-Sabkha", ["al-Raqqa"])]),
        ("Youths clashed with soldiers in el Mina at dawn.", [("el Mina", [])]),
        ("Both sides shelled Wadi al-Hayat (Murzuq) again.", [("Wadi al-Hayat", ["Murzuq"])]),
        # English words spelled like an article stand alone as English: "at", "as", "an"
        ("They met at an inn and left as Lahore slept.", []),
    ]:
        found = find_places(tokenize(sentence), sentence, set())
        assert [(p.name, p.context) for p in found] == names, sentence


def test_a_police_force_named_with_its_branch_is_the_police():
    event = top("On 3 June 2021, in Cascavel, Brazil, federal police forces seized a ton of cocaine from a truck.")
    assert event.actor1.name == "Police Forces of Brazil"


def test_armed_men_of_a_tribe_or_clan_are_a_communal_militia():
    event = top("On 4 June 2021, clan militias clashed over a well near Galkayo, Somalia, killing two.")
    assert event.actor1.name == "Unidentified Communal Militia (Somalia)" and event.actor1.actor_type == 4


_DATE_WORDS = ["On", "on", "late", "Last", "this", "past", "Sunday", "MONDAY", "friday", "12", "3rd", "of", "May",
               "march", "Sept.", "December", "2021", ",", "  ", "x", "Tuesdays", "1999", "early", "31st"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=10), st.sampled_from([" ", "", "-"]))
def test_date_patterns_find_what_they_would_without_their_lookahead(words, glue):
    import re

    from sitroom.coder.when import _EXPLICIT, _WEEKDAY

    text = glue.join(words) if glue != " " else " ".join(words)
    for pattern in (*_EXPLICIT, _WEEKDAY):
        plain = re.compile(re.sub(r"\(\?=\[?[^)]*\]?\)", "", pattern.pattern, count=1), pattern.flags)
        assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(text)]


@pytest.mark.parametrize("text,expected", [
    ("Gunmen killed ٣ guards at the checkpoint.", 3),  # Arabic-Indic digits are digits to count
    ("Gunmen killed three guards² at the checkpoint.", 3),  # a footnote mark is no number
    ("Gunmen killed ⑦ guards at the checkpoint in ²⁰²¹.", 0),  # digits that int() refuses
])
def test_numbers_in_other_digits(text, expected):
    assert top(text).fatalities == expected


_NOISE_WORDS = ["killed", "wounded", "12", "dozens", "Taliban", "attacked", "Kabul", "on", "Sunday", "police",
                "fled", "into", "Pakistan", ",", ".", "'s", "TTP", "near", "Chitral", "the", "3,000", "U.S.",
                "-", "\u2019s", "said", "May", "2021", "no", "one", "was", "hurt"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_NOISE_WORDS), st.text(min_size=1, max_size=4)), max_size=60))
def test_the_coder_takes_any_text(words):
    """Words of the trade mixed with any characters at all (superscripts, other scripts, lone
    surrogates, controls): the coder returns events or none, and never fails."""
    text = " ".join(words)
    for event in code(text, "2021-07-26"):
        assert event.evidence and all(text[ev.start:ev.end] == ev.sentence for ev in event.evidence)


@pytest.mark.parametrize("text,source", [
    ("It is also reported that militants attacked a police post in Tank on Monday.", None),
    ("Troops shelled the village near Tank on Monday, although diplomats said talks would go on.", "diplomats"),
    ("Two soldiers were killed when militants attacked a post in Tank, he said.", None),
    ("Two soldiers were killed when militants attacked a post in Tank, said the ISPR.", "the ISPR"),
])
def test_a_source_names_someone_or_is_none(text, source):
    assert top(text).attribution.source == source


def test_an_anonymous_source_keeps_its_description():
    event = top("Militants fled into Afghanistan after the strikes, a tribal elder from Tank told a newspaper on "
                "condition of anonymity.")
    assert event.attribution.anonymous and event.attribution.source.startswith("a tribal elder")


@pytest.mark.parametrize("text", [
    "Fighting between the army and the Taliban has killed thousands since early 2021.",
    "Attacks by militants have killed 40 soldiers so far this year in Kech.",
    "Clashes between the two tribes over water erupt every year in Kurram.",
    # a campaign waged since a year, with its toll
    "The Taliban have waged an insurgency since 2002, killing tens of thousands of soldiers.",
])
def test_a_tally_or_a_habit_is_generic_and_out_of_default_outputs(text):
    from sitroom.model import modality_allows

    events = code(text, published="2024-01-02")
    assert events and all(e.attribution.modality == "generic" for e in events)
    assert not any(modality_allows(None, e.attribution.modality) for e in events)


def test_a_day_named_makes_it_one_event_again():
    event = top("Militants have killed two soldiers in an attack on a post in Kech on Monday.", published="2024-01-02")
    assert event.attribution.modality == "asserted"


@pytest.mark.parametrize("text,modality", [
    # a deed in the past perfect, undated and told by no one, is the story's background
    ("Hundreds of fighters from Central Asia had joined the ranks of the group in Bajaur.", "generic"),
    ("Kabul had recalled its ambassador from Islamabad.", "generic"),
    # reported speech puts a deed in the past perfect: it is an event
    ("A spokesman said the government had recalled its ambassador from Islamabad.", "asserted"),
    # a dated one is an event
    ("Kabul had recalled its ambassador from Islamabad on 12 July 2021.", "asserted"),
    # material violence in the past perfect is always an event
    ("Two soldiers had been killed in an attack on a post in Kech.", "asserted"),
])
def test_a_deed_in_the_past_perfect_is_background(text, modality):
    assert top(text, published="2021-07-20").attribution.modality == modality


@pytest.mark.parametrize("text", [
    "Some groups found space in the border districts to plan and launch attacks into Afghanistan.",
    "Militants crossed the border near Chaman to carry out attacks on checkpoints.",
])
def test_an_infinitive_of_purpose_tells_no_event(text):
    from sitroom.model import modality_allows

    events = code(text, published="2021-07-20")
    attacks = [e for e in events if e.event_type in ("Battles", "Violence against civilians",
                                                    "Explosions/Remote violence")]
    assert not any(modality_allows(None, e.attribution.modality) for e in attacks)


@pytest.mark.parametrize("text,modality", [
    # a hedge on the kind of event, between an article and the trigger: it happened
    ("The sheriff is investigating a possible accidental shooting in Palestine, Texas.", "asserted"),
    ("Police are looking into an apparent murder-suicide at a home in Tulsa.", "asserted"),
    # a possibility of the event itself
    ("Police said it was possible that the gunman killed a second man in Tulsa.", "hypothetical"),
])
def test_a_hedge_on_the_kind_of_event_is_no_doubt_that_it_happened(text, modality):
    assert top(text, published="2020-01-01").attribution.modality == modality


@pytest.mark.parametrize("text,modality", [
    # violence in the present progressive, on no day: an ongoing campaign
    ("The army's operations in the tribal districts are targeting every militant group.", "generic"),
    ("Gangs are still killing shopkeepers who refuse to pay in Karachi.", "generic"),
    # on a day it is one event; in the past it is one
    ("The army is targeting militant hideouts in Tirah on Monday.", "asserted"),
    ("The army targeted militant hideouts in Tirah.", "asserted"),
])
def test_violence_in_the_present_progressive_is_ongoing(text, modality):
    assert top(text, published="2021-07-20").attribution.modality == modality


@pytest.mark.parametrize("text,modality", [
    # talks summed over a span in the present perfect are many meetings, none of them an event
    ("Government negotiators and rebel envoys have met in Muscat in recent weeks.", "generic"),
    ("The two sides have held talks in Muscat since the spring, diplomats say.", "generic"),
    # one meeting, or a present perfect with no span, is an event
    ("Government negotiators met with rebel envoys in Muscat on Monday.", "asserted"),
    ("Government negotiators have met with rebel envoys in Muscat.", "asserted"),
])
def test_talks_summed_over_a_span_are_no_single_event(text, modality):
    assert top(text, published="2021-07-20").attribution.modality == modality


def test_flight_summed_over_recent_weeks_is_a_tally():
    assert top("Hundreds of soldiers have fled across the border in recent weeks.",
               published="2021-07-20").attribution.modality == "generic"


def test_a_tally_told_after_the_lead_is_not_the_leads_toll():
    events = code("A man was shot in the arm on Elm Street on Tuesday night and is expected to recover. "
                  "Shootings have killed 31 people in the city so far this year.", "2016-03-10")
    lead = min(events, key=lambda e: e.rank)
    assert lead.fatalities == 0 and lead.attribution.modality == "asserted"
    tally = [e for e in events if e.fatalities == 31]
    assert tally and tally[0].attribution.modality == "generic"


def test_a_killing_told_in_an_earlier_year_is_not_the_leads_toll():
    events = code("A man was shot in the arm on Elm Street on Tuesday night and is expected to recover. "
                  "Last year, two brothers were shot and killed at the same corner.", "2016-03-10")
    lead = min(events, key=lambda e: e.rank)
    assert lead.fatalities == 0 and "Elm Street" in lead.evidence[0].sentence
    assert any(e.fatalities == 2 and "Last year" in e.evidence[0].sentence for e in events)


def test_an_age_after_a_noun_for_one_person_counts_nobody():
    events = code("Two men were shot on Sunday night in Flint. One man, 34, died at the scene; the other, 29, "
                  "was taken to a hospital in stable condition.", "2016-03-10")
    assert min(events, key=lambda e: e.rank).fatalities == 1


def test_both_dead_after_a_murder_suicide_counts_everyone_told_once():
    events = code("Police said a 52-year-old man shot his wife on Thursday before turning the gun on himself. "
                  "Both were pronounced dead at the scene.", "2016-03-10")
    assert min(events, key=lambda e: e.rank).fatalities == 2


def test_a_speaker_set_off_with_a_state_or_an_age_is_the_source_not_what_was_said():
    e = top("Police in Paterson, N.J., said a teenager was shot and killed on Sunday.", "2016-03-10")
    assert e.attribution.source == "Police in Paterson" and e.event_type == "Violence against civilians"
    e = top("John Reyes, 45, said his neighbor was shot and killed on Sunday in Paterson.", "2016-03-10")
    assert e.attribution.source == "John Reyes"


def test_a_speaker_described_by_a_clause_set_off_with_commas_is_anonymous_and_the_source():
    e = top("A tribal elder, who asked not to be named, said 12 militants were killed in the airstrikes on Sunday.",
            "2016-03-10")
    assert e.attribution.source == "tribal elder" and e.attribution.anonymous


def test_an_armed_group_that_says_it_did_the_deed_is_its_agent_and_claims_it():
    e = top("The Taliban said they had seized three border posts in Kandahar on Sunday.", "2024-03-18")
    assert e.actor1.name == "Taliban" and e.attribution.modality == "claimed"
    e = top("The Pakistani army said it killed 12 militants in an operation in Kurram on Sunday.", "2024-03-18")
    assert e.actor1.name == "Military Forces of Pakistan"
    # police who found the victim did not shoot him
    e = top("Police in Tulsa said they found a man shot dead in a car on Sunday.", "2016-03-10")
    assert e.actor1 is None or "Police" not in e.actor1.name


def test_what_else_was_happening_when_an_attack_came_names_none_of_its_sides():
    from sitroom.annotate.sentences import split_sentences
    from sitroom.coder.document_coder import code_article

    from .test_coder_places_written import resolver

    text = ("Russian missiles struck Kharkiv on Tuesday, killing five people. The attack came as U.S. and "
            "Ukrainian officials prepared for talks in Saudi Arabia.")
    events = code_article(text, split_sentences(text), "t", "2025-03-11", resolver=resolver())
    assert not any(e.actor2 is not None and e.actor2.name == "Civilians (Saudi Arabia)" for e in events)
    assert not any(e.actor1 is not None and e.actor1.name.startswith("Government of the United States")
                   and e.event_type == "Violence against civilians" for e in events)
