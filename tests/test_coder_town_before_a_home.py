"""A town's name between a possessive and a venue names the town: "found dead in their Akron home"
and "shot in her Brooklyn apartment" happened in Akron and Brooklyn, as "outside a Dayton tavern"
happened in Dayton. My own sentences; the places are real."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("text, town", [
    ("A murder-suicide left a couple dead in their Akron home Sunday, police said.", "Akron"),
    ("A woman was shot in her Brooklyn apartment early Sunday, police said.", "Brooklyn"),
    ("A man was shot outside a Dayton tavern on Sunday, police said.", "Dayton"),
])
def test_the_town_before_a_home_is_the_event_s(text, town):
    assert lead(text, published="2016-05-10").location.name == town


def test_the_town_before_a_kind_of_venue_is_the_event_s():
    e = lead("Four men were wounded when someone opened fire outside a Memphis convenience store on Saturday "
             "night. One of them later died at a hospital.", published="2016-05-10")
    assert e.location.name == "Memphis", e.location
