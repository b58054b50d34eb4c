"""A part of a town written with its town ("the Pilsen neighborhood of Chicago") is in that town,
not in a far namesake of its own name (Pilsen, Czechia; Bridgeport, Connecticut), and a part told
alone in a datelined story is the dateline town's, for the actors' country too. My own sentences;
the places are real."""

import pytest

from .coder_helpers import pipeline_events


@pytest.mark.parametrize("text", [
    "A 16-year-old boy was killed in a drive-by shooting Friday night in the Pilsen neighborhood of Chicago.",
    "A 16-year-old boy was killed in a drive-by shooting Friday night in the Bridgeport neighborhood of Chicago.",
])
def test_a_neighbourhood_of_a_written_town_is_in_that_town(text):
    event = pipeline_events(text, "2016-11-09")[0]
    assert (event.location.name, event.location.admin1, event.location.country) == ("Chicago", "Illinois", "USA")
    assert event.actor2.name == "Civilians (United States)"


def test_a_neighbourhood_told_alone_takes_the_datelines_town_and_country():
    event = pipeline_events("CHICAGO - A 16-year-old boy was killed in a drive-by shooting Friday night in the "
                            "Pilsen neighborhood.", "2016-11-09")[0]
    assert event.location.name == "Chicago"
    assert event.actor2.name == "Civilians (United States)"


def test_a_square_of_a_town_the_gazetteer_knows_nearby_stays_placed():
    # (the town written with it is the one the square's name reads as)
    event = pipeline_events("Protesters gathered in Tahrir Square in Cairo on Friday.", "2016-11-09")[0]
    assert event.location.country == "EGY"


def test_a_part_of_a_written_town_is_in_it_though_a_namesake_lies_in_the_same_state():
    # (Kenwood, Ohio is a suburb of Cincinnati: the state written after Dayton does not make it the place)
    event = pipeline_events("Two men were shot dead in the Kenwood neighborhood in Dayton, Ohio, on Friday night.",
                            "2016-11-09")[0]
    assert (event.location.name, event.location.admin1) == ("Dayton", "Ohio")
