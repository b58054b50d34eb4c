"""A division's name before a town's kind word and "of" encloses the town named after them: "the
West Bank city of Jenin" and "the West Darfur town of Geneina" are Jenin and Geneina, not the
West Bank or West Darfur; a name before "district of" is still the district inside the province
after it ("the Sirwah district of Marib"). Attackers who flee "before fleeing" make no movement of
their own. My own sentences; the places are real."""

import pytest

from .story_helpers import lead, story


@pytest.mark.parametrize("text, admin1", [
    ("Israeli troops killed two gunmen in the West Bank city of Jenin on Wednesday.", "West Bank"),
    ("Fighters killed 20 people in the West Darfur town of Geneina on Wednesday.", "West Darfur"),
])
def test_the_town_after_the_division_is_the_place(text, admin1):
    e = lead(text, published="2023-04-17")
    assert e.location.feature_code.startswith("PPL") and e.location.admin1 == admin1, e.location


def test_a_district_before_its_province_stays_the_district():
    e = lead("Militants attacked a post in the Sirwah district of Marib on Wednesday.", published="2023-04-17")
    assert e.location.name == "Sirwah", e.location


def test_attackers_fleeing_after_the_deed_make_no_movement():
    # "before fleeing" shares the sentence's subject: the gunmen's getaway is part of the attack
    events = story("Gunmen ambushed a police patrol in the Lakki Marwat district on Friday, killing four officers "
                   "before fleeing, police said.", published="2023-04-17")
    assert [e.event_type for e in events] == ["Battles"], events


def test_the_wounded_shifted_to_a_named_hospital_make_no_movement():
    events = story("Two policemen were martyred and another was injured when gunmen opened fire on a police van in "
                   "Bannu on Tuesday. The bodies and the injured were shifted to the District Headquarters Hospital.",
                   published="2023-05-10")
    assert [e.event_type for e in events] == ["Battles"], events
