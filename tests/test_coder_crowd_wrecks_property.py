"""A crowd of civilians that burns or wrecks property riots, as ACLED codes it (it keeps Looting/
property destruction for armed actors and the state). My own sentences; the places are real."""

import pytest

from .coder_helpers import pipeline_events

PUB = "2021-06-07"


@pytest.mark.parametrize("text", [
    "On 5 June 2021, Palestinians hurled Molotov cocktails at a vehicle of the Israeli border police near Abu Dis.",
    "On 5 June 2021, hundreds of villagers vandalised a ration shop in Malda over irregularities in distribution.",
    "On 5 June 2021, the car of an aid worker in Khayelitsha was set alight by community members.",
])
def test_a_crowd_that_wrecks_property_riots(text):
    event = pipeline_events(text, PUB)[0]
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
    assert event.actor1.name.startswith("Rioters")


def test_armed_men_who_burn_houses_destroy_property():
    event = pipeline_events("On 5 June 2021, gunmen torched ten houses in Bokkos.", PUB)[0]
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Looting/property destruction")
