"""An unnamed agent that ACLED names by the event's country ("Unidentified Armed Group (United
States)", "Police Forces of the United States") takes the country of the event's place when the
story's country was not known before the place was resolved. A nationality written with the
agent still decides. My own sentences; the places are real."""

from .story_helpers import lead


def test_a_gunman_of_no_written_country_is_of_the_event_s_country():
    e = lead("A gunman killed a woman at her home in Flint on Sunday, police said.")
    assert e.location.country == "USA"
    assert e.actor1.name == "Unidentified Armed Group (United States)" and e.actor1.country == "USA", e.actor1
    assert e.actor2.name == "Civilians (United States)"


def test_police_of_no_written_country_are_the_event_s_country_s_police():
    e = lead("Police shot dead a man who had fired at them outside a bar in Flint on Sunday.")
    assert e.actor1.name.startswith("Police Forces of the United States"), e.actor1
    assert e.actor1.country == "USA"


def test_a_written_nationality_still_decides():
    e = lead("Mexican police shot dead a gunman in Laredo, Texas, on Sunday, officials said.")
    assert e.location.country == "USA"
    assert e.actor1.name.startswith("Police Forces of Mexico") and e.actor1.country == "MEX", e.actor1
