"""Places, round seven: a town named before a venue or a person ("a Dayton tavern", "a Tacoma man")
tells the story's town, and a county's deputies name the story's county. My own sentences; the
places are real."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("text,town,state", [
    # a venue named after its town: the story's town, where its street is
    ("Three people were wounded early Saturday when someone opened fire inside a Dayton tavern on "
     "Wayne Avenue, police said.", "Dayton", "Ohio"),
    ("Two men were hurt when shots were fired at a Spokane nightclub on Division Street late Friday.",
     "Spokane", "Washington"),
    # a person named after the town: the story's town when the story tells no other
    ("A Tacoma man was shot in the leg Tuesday night outside a house on Pine Street, officers said.",
     "Tacoma", "Washington"),
])
def test_a_town_told_before_a_venue_or_person(text, town, state):
    e = lead(text)
    assert e.location.name == town and e.location.admin1 == state


def test_a_countys_deputies_name_the_storys_county():
    e = lead("A man was shot and wounded on Birchwood Lane in Florida late Friday. Pinellas County deputies "
             "are looking for the gunman.")
    assert e.location.name == "Pinellas County" and e.location.lat is not None
