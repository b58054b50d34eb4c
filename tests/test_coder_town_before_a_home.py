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
