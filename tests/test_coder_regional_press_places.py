"""Places as regional outlets write them: a village in a state's district told with the state's
possessive ("near Kutru in Chhattisgarh's Bijapur district"), a force's post called its picket.
My own sentences; the places are real."""

import pytest

from .coder_helpers import pipeline_events


def first(text, published="2025-02-07"):
    return pipeline_events(text, published)[0]


@pytest.mark.parametrize("text", [
    "Two policemen were killed when Maoists set off a mine near Kutru in Chhattisgarh's Bijapur district on Thursday.",
    "RAIPUR, Feb 7: Two policemen were killed when Maoists set off a mine near Kutru in Chhattisgarh's Bijapur "
    "district on Thursday.",
])
def test_a_village_unknown_to_the_gazetteer_falls_back_to_the_district_its_state_owns(text):
    event = first(text)
    assert (event.location.admin1, event.location.admin2) == ("Chhattisgarh", "Bijapur")


@pytest.mark.parametrize("text", [
    "Dacoits attacked a police picket in Rajanpur on Sunday night, killing two policemen.",
    "Militants stormed an FC picket near Turbat on Sunday night and killed two soldiers.",
])
def test_a_forces_picket_is_its_post_not_a_protest(text):
    event = first(text, "2025-03-24")
    assert (event.event_type, event.fatalities) == ("Battles", 2)


def test_workers_who_picket_still_protest():
    assert first("Workers picketed the factory gates in Lahore on Sunday.", "2025-03-24").event_type == "Protests"
