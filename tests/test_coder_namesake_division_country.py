"""A division's bare name that a sizeable town of another country shares tells not the division's
country: "Camden" is a London borough and a city of New Jersey, and a shooting placed in the
city has the United States' actors, not the United Kingdom's. My own sentences; the places are
real."""

from .coder_helpers import pipeline_events


def test_actors_of_a_place_read_as_a_namesake_town_take_that_towns_country():
    event = pipeline_events("A man was shot and killed at a party in Camden on Monday night, police said.",
                            "2016-11-09")[0]
    assert event.location.country == "USA"
    assert event.actor2.country == "USA"
    assert event.actor2.name == "Civilians (United States)"


def test_a_division_written_with_its_country_keeps_that_country():
    event = pipeline_events("A man was stabbed to death in Camden, London, on Monday night, police said.",
                            "2016-11-09")[0]
    assert event.location.country == "GBR"
    assert event.actor2.name == "Civilians (United Kingdom)"
