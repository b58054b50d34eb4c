"""Places, round three: a title before a speaker's name, a state's name inside a town's, and a
direction before a street's name. My own sentences; the places are real."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("text,town,state", [
    # "Tulsa Mayor Dana Rhodes says": Dana Rhodes is the person; Tulsa is still the story's town
    ("Two men were wounded in a shooting Friday night in Tulsa. Tulsa Mayor Dana Rhodes says the city will "
     "add patrols. The men were shot in the 1200 block of Quimby Avenue, police said.", "Tulsa", "Oklahoma"),
    # "Kansas City" says nothing of the state of Kansas: the big city is the Missouri one
    ("A teenager was shot and killed early Saturday in Kansas City. Officers found him in the 4100 block of "
     "Brenner Road, police said.", None, "Missouri"),
    # "South Broadway" in a Lexington story is a street there, not Broadway, Virginia
    ("Lexington police are looking into a late-night shooting. Officers went to the area of South Broadway "
     "and Pine Street around 1:30 a.m. A woman was shot in the leg.", "Lexington", "Kentucky"),
])
def test_a_local_storys_town_and_state(text, town, state):
    e = lead(text)
    assert e.location.admin1 == state and (town is None or e.location.name == town)
