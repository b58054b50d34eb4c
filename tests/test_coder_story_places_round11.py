"""Places, round eleven: a possessive or a quantifier opening a capitalised phrase names no town
("Our city" is not Our Town, Alabama). My own sentences."""

import pytest

from .coder_helpers import pipeline_events


@pytest.mark.parametrize("text", [
    "Opinion: Our city must do more\n\nEvery weekend a young man is lost to gunfire in our city. A man was shot "
    "and killed on Friday night, police said.",
    "My town mourns a teenager\n\nA 16-year-old boy was shot and killed on Friday night, police said.",
])
def test_a_possessive_opens_no_place_name(text):
    events = pipeline_events(text, "2016-03-13")
    assert events and all(e.location is None for e in events)


def test_a_town_named_after_the_possessive_is_still_placed():
    events = pipeline_events("Our city is grieving\n\nA man was shot and killed in Dayton, Ohio, on Friday night.",
                             "2016-03-13")
    assert events[0].location.name == "Dayton"


def test_geoparse_reads_no_place_in_a_possessive():
    from sitroom.geoparse import geoparse

    from .story_helpers import resolver

    text = "Our local councils cannot meet the challenges of Orange County, California. My Heart Will Go On played."
    names = [p["name"] for p in geoparse(text, "t", resolver())]
    assert "Our" not in names and "My Heart" not in names and "Orange County" in names
