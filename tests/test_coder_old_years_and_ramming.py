"""A deed of an earlier year takes no date of the story's; what a deed was done to is not its
agent; a crowd that is hit is civilians; one vehicle driven into another is a crash. My own
sentences; the places are real."""

import pytest

from sitroom.api import pipe, text_document
from sitroom.pipeline import EVENT_STAGES


def coded(text, published="2024-06-10"):
    docs = list(pipe([text_document(text, published=published)], stages=EVENT_STAGES, published=published))
    return [e for d in docs for e in d.events if e.event_type]


@pytest.mark.parametrize("text,year", [
    ("In 2019, gunmen killed 12 villagers in Kidal.", "2019"),
    ("Back in 1998, rebels attacked the town of Gulu and killed 40 people.", "1998"),
    ("The 1994 genocide killed some 800,000 people in Kigali.", "1994"),
])
def test_a_deed_told_only_by_an_earlier_year_is_left_undated(text, year):
    found = coded(text)
    assert found, "the deed is still the story's event"
    event = found[0]
    assert event.event_date is None and event.time_precision is None  # not the day of publication
    assert any(year in note and "no date" in note for note in event.notes)


def test_a_month_of_an_earlier_year_still_dates_its_deed():
    event = coded("In March 2021, soldiers shot dead three protesters in Mandalay.")[0]
    assert (event.event_date, event.time_precision) == ("2021-03-01", 3)


def test_an_earlier_year_in_an_aside_leaves_the_deed_its_day():
    event = coded("Police said the man, who was released from prison in 2019, shot his wife dead in Fresno "
                  "on Sunday.")[0]
    assert event.event_date == "2024-06-09" and event.time_precision == 1


def test_background_of_an_earlier_year_is_generic_and_undated():
    found = coded("Gunmen shot dead two men outside a bar in Fresno on Sunday, police said.\n\n"
                  "In 2019, three men were shot dead at the same corner.")
    current = [e for e in found if e.attribution.modality == "asserted"]
    background = [e for e in found if e.attribution.modality == "generic"]
    assert current and current[0].event_date == "2024-06-09" and current[0].fatalities == 2
    assert background and background[0].event_date is None


@pytest.mark.parametrize("text", [
    "A man rammed his car into a crowd of shoppers in Magdeburg on Friday, killing five people.",
    "A man rammed his car into a large crowd in Magdeburg on Friday, killing five people.",
    "A driver ploughed into a crowd at a bus stop in Jerusalem on Monday, killing two people.",
])
def test_a_crowd_driven_into_is_the_target_not_the_agent(text):
    event = coded(text)[0]
    assert event.event_type == "Violence against civilians" and event.sub_event_type == "Attack"
    assert event.actor1 is not None and event.actor1.name.startswith("Unidentified Armed Group")
    assert event.actor2 is not None and event.actor2.name.startswith("Civilians")


def test_people_fired_on_before_a_participle_are_not_the_shooters():
    event = coded("Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing 12.")[0]
    assert event.actor1.name == "Unidentified Armed Group (Nigeria)"
    assert event.actor2.name == "Civilians (Nigeria)" and event.fatalities == 12


def test_a_crowd_that_is_hit_is_civilians_and_one_that_protests_is_protesters():
    hit = coded("An explosion ripped through a crowd of worshippers in Quetta on Friday, killing 12 people.")[0]
    assert hit.event_type == "Explosions/Remote violence" and hit.actor2.name == "Civilians (Pakistan)"
    protest = coded("A crowd gathered outside parliament in Nairobi on Tuesday to protest against the finance "
                    "bill.")[0]
    assert protest.event_type == "Protests" and protest.actor1.name == "Protesters (Kenya)"


@pytest.mark.parametrize("text", [
    "A speeding truck rammed into a passenger bus on the highway near Multan on Monday, killing nine passengers.",
    "A truck rammed into a bus near Multan on Monday, killing nine passengers.",
    "A minibus smashed into a tree near Multan on Monday, killing six people.",
])
def test_a_vehicle_driven_into_another_is_a_crash(text):
    assert coded(text) == []


def test_a_vehicle_driven_into_people_is_still_an_attack():
    event = coded("A car rammed into a crowd at a bus stop in Jerusalem on Monday, killing two people.")[0]
    assert event.event_type == "Violence against civilians" and event.fatalities == 2


def test_a_car_bomb_rammed_into_a_convoy_is_a_suicide_bomb():
    event = coded("A suicide bomber rammed an explosives-laden car into a military convoy near Kabul, "
                  "killing five soldiers.")[0]
    assert event.sub_event_type == "Suicide bomb" and event.fatalities == 5


def test_last_and_a_month_opening_a_sentence_is_that_month_before_publication():
    event = coded("Last September, a 14-year-old opened fire at a high school in Winder, killing four people.",
                  "2025-02-12")[0]
    assert (event.event_date, event.time_precision) == ("2024-09-01", 3)
