"""A local force named after a town whose name ends in "City" ("Kansas City police") names that
town, not the state that opens its name; where the gazetteer knows the town without "City" ("the
Taichung City Police"), it is that town. My own sentences; the places are real."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("text,town,state", [
    ("A Kansas City police officer shot and killed a man who pointed a rifle at him on Tuesday, officials "
     "said.", "Kansas City", "Missouri"),
    ("Oklahoma City police said a man was shot dead outside a bar on Tuesday.", "Oklahoma City", "Oklahoma"),
    ("Taichung City Police said a man was stabbed to death at a night market on Tuesday.", "Taichung", "Taichung"),
])
def test_a_force_named_after_a_city_places_the_event_there(text, town, state):
    e = lead(text, published="2016-05-10")
    assert e.location is not None and e.location.name == town and e.location.admin1 == state, e.location
