"""Round 3 of story place fixes: a title before a speaker's name, a state's name inside a
town's, and a direction before a street's name."""

from .story_helpers import lead


def test_town_before_an_officials_title_is_no_persons_name():
    # "Tulsa Mayor Dana Rhodes says": Dana Rhodes is the person; Tulsa is still the story's town
    e = lead("Two men were wounded in a shooting Friday night in Tulsa. "
             "Tulsa Mayor Dana Rhodes says the city will add patrols. "
             "The men were shot in the 1200 block of Quimby Avenue, police said.")
    assert e.location.name == "Tulsa"
    assert e.location.admin1 == "Oklahoma"


def test_state_name_inside_a_town_name_does_not_pick_the_state():
    # "Kansas City" says nothing of the state of Kansas: the big city is the Missouri one
    e = lead("A teenager was shot and killed early Saturday in Kansas City. "
             "Officers found him in the 4100 block of Brenner Road, police said.")
    assert e.location.admin1 == "Missouri"


def test_direction_before_a_street_is_no_namesake_town_elsewhere():
    # "South Broadway" in a Lexington story is a street there, not Broadway, Virginia
    e = lead("Lexington police are looking into a late-night shooting. "
             "Officers went to the area of South Broadway and Pine Street around 1:30 a.m. "
             "A woman was shot in the leg.")
    assert e.location.name == "Lexington"
    assert e.location.admin1 == "Kentucky"
