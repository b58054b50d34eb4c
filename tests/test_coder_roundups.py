"""Stories that report several incidents in turn: each incident's own doers, victims and day.
My own sentences; the places are real."""

import pytest

from sitroom.coder.places import find_places
from sitroom.coder.tokens import tokenize

from .coder_helpers import pipeline_events


def events(text, published="2025-06-14"):
    return pipeline_events(text, published)


@pytest.mark.parametrize("opening", ["In a separate attack,", "In another attack,", "During an attack,"])
def test_a_deed_named_in_the_opening_phrase_takes_its_doers_from_the_clause_after_it(opening):
    event = events(f"{opening} bandits killed three farmers in Katsina.")[0]
    assert event.event_type == "Violence against civilians"
    assert event.actor2.name.startswith("Civilians")
    assert event.fatalities == 3


@pytest.mark.parametrize("answer", [
    "Reinforcements were rushed to the area and a search was under way.",
    "Troops cordoned off Mastung and searched houses through the night.",
    "The attackers also looted shops and set fire to two vehicles before they left.",
])
def test_the_answer_to_an_attack_told_after_it_is_part_of_its_event(answer):
    found = events(f"Gunmen attacked a police post in Mastung on Monday night, killing two policemen. {answer}",
                   "2025-04-08")
    assert [(e.event_type, e.fatalities) for e in found] == [("Battles", 2)]


def test_an_answer_on_another_day_at_another_place_is_an_event_of_its_own():
    found = events("Gunmen killed seven villagers in Bassa on Tuesday. On Thursday, the governor imposed a curfew "
                   "on Jos.", "2025-04-12")
    assert [e.event_type for e in found] == ["Violence against civilians", "Strategic developments"]
    assert found[1].location.name == "Jos"


def test_an_incident_told_in_turn_on_its_own_day_at_another_town_is_another_event():
    found = events("Fighting killed at least 20 people in Tibu on Friday.\n\n"
                   "On Saturday, gunmen shot dead a social leader in El Tarra.", "2025-01-19")
    assert [(e.location.name, e.event_date, e.fatalities) for e in found] == [
        ("Tibu", "2025-01-17", 20), ("El Tarra", "2025-01-18", 1)]



ROUNDUP = ("BACOLOD CITY - Police released a summary of the weekend's violence on Wednesday.\n\n"
           "Kabankalan City, Tuesday evening: A village councilor was shot dead by two men on a motorcycle.\n\n"
           "Himamaylan City, Monday: A farmer was wounded when gunmen fired at his hut.")


def test_each_paragraph_labelled_with_its_town_and_day_is_an_incident_there():
    found = events(ROUNDUP, "2025-09-18")
    assert [(e.location.name, e.event_date, e.fatalities) for e in found] == [
        ("Kabankalan", "2025-09-16", 1), ("Himamaylan", "2025-09-15", 0)]


@pytest.mark.parametrize("sentence, places", [
    ("Kabankalan City, Tuesday evening: A village councilor was shot dead.", ["Kabankalan City"]),
    ("Raipur, Feb 7: Two policemen were hurt.", ["Raipur"]),
    ("UPDATE, MAY 20: Four men were arrested in the shooting.", []),  # a page's label, in capitals
    ("Police, Tuesday: no comment.", []),
])
def test_the_place_a_paragraph_is_labelled_with(sentence, places):
    tokens = tokenize(sentence)
    assert [p.name for p in find_places(tokens, sentence, set())] == places


@pytest.mark.parametrize("text", [
    "Gunmen blocked the road and abducted three passengers near Quetta on Sunday.",
    "Armed men set up a blockade on a highway near Quetta on Sunday and took away three passengers.",
])
def test_armed_mens_roadblock_is_a_tactic_of_their_abduction_not_a_protest(text):
    event = events(text, "2025-03-24")[0]
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Abduction/forced disappearance")


def test_protesters_who_block_a_road_and_attack_still_riot():
    event = events("Protesters blocked the highway near Quetta on Sunday and attacked a police van.", "2025-03-24")[0]
    assert event.event_type == "Riots"


def test_goods_carried_off_are_looted_not_abducted():
    event = events("Gunmen took away two motorcycles from a village near Mora on Sunday.", "2025-03-24")[0]
    assert event.sub_event_type == "Looting/property destruction"


def test_a_deed_told_only_with_the_day_of_its_telling_is_dated_no_later_than_that_day():
    event = events("On Tuesday, AFRICOM said it had conducted an air strike near Jilib that killed three "
                   "al-Shabaab fighters.", "2025-05-14")[0]
    assert event.event_date == "2025-05-13"


def test_a_day_of_the_deed_told_later_in_the_story_still_dates_it():
    found = events("On Tuesday, AFRICOM said it had conducted an air strike near Jilib that killed three "
                   "al-Shabaab fighters. The strike was carried out on Sunday, a spokesman said.", "2025-05-14")
    assert found[0].event_date == "2025-05-11"


@pytest.mark.parametrize("text", [
    "Since the fighting between the two cartel factions began in September 2024, more than 1,800 people have been "
    "killed in Sinaloa.",
    "The number of policemen killed in the riverine area this year now stands at 19, police records show.",
    "The latest killings bring to more than 100 the number of people killed in Bassa this month.",
    "Kurram has witnessed repeated bouts of tribal violence over the past year.",
    "Small protests have continued in several cities, though those taking part face detention.",
    "Despite several military operations, attacks have persisted in Zamfara and Katsina states.",
])
def test_a_count_over_a_span_is_no_event(text):
    assert all(e.attribution.modality == "generic" for e in events(text, "2025-11-05"))


def test_a_toll_of_one_deed_that_rose_is_still_that_deed():
    event = events("The number of people killed in Monday's blast in Quetta rose to 12 on Tuesday.", "2025-11-05")[0]
    assert event.attribution.modality == "asserted"


def test_the_earlier_deed_a_retold_attack_came_after_is_an_event_of_its_own():
    found = events("Suspected al-Shabaab militants killed two police officers near Elwak in Mandera County on "
                   "Wednesday. The attack came a day after suspected al-Shabaab militants raided Juhudi village near "
                   "Mpeketoni in Lamu County on Tuesday night, killing a farmer.", "2025-06-12")
    assert [(e.location.admin1, e.event_date, e.fatalities) for e in found] == [
        ("Mandera", "2025-06-11", 2), ("Lamu", "2025-06-10", 1)]


def test_a_deed_only_named_after_in_retaliation_for_is_no_event_of_its_own():
    found = events("A man was shot dead in Dayton, Ohio, on Monday. Police said the shooting was in retaliation "
                   "for the January shooting death of another man.", "2025-06-12")
    assert len([e for e in found if e.event_type]) == 1


def test_a_lead_that_sums_the_incidents_told_after_it_is_no_event_of_its_own():
    found = events("KABUL - Nine people were killed in three separate incidents across Afghanistan on Monday, "
                   "officials said.\n\nIn Kunduz, gunmen shot dead four villagers. In Herat, a roadside bomb killed "
                   "three policemen. In Ghazni, two farmers were killed by a landmine.", "2025-05-06")
    told = [(e.location.admin1, e.fatalities) for e in found if e.attribution.modality != "generic"]
    assert told == [("Kunduz", 4), ("Herat", 3), ("Ghazni", 2)]
