"""Local stories' places, second round: a street told "in" its town read in the story's state, a
neighbourhood named like small towns of other states in a big city's story, a speaker not taken
for the place around a street, a part of a town told as the town's ("Miami's Overtown"), and a
side of a town that is no foreign village. My own sentences; the places are real and come from
the embedded gazetteer."""

import pytest

from .story_helpers import lead, resolver


def where(event):
    return event.location.country, event.location.admin1, event.location.name


def test_a_street_told_in_a_town_is_in_the_namesake_of_the_stories_state():
    # the gazetteer lacks the street; the town written with it is read in the story's state
    found = resolver().resolve("Maple Crest Parkway", ["Bristol"], "USA", region="Tennessee")
    assert found is not None and (found.place.country, found.place.admin1) == ("USA", "Tennessee")
    assert found.precision == 2


@pytest.mark.parametrize("text,dateline,state", [
    # a neighbourhood named like small towns of other states, in a big city's story
    ("A man was shot in Roseland early Sunday. Chicago police said the victim, 25, was hit in the leg. "
     "It was the third shooting in Roseland this week.", None, "Illinois"),
    # a bare dateline of such a neighbourhood, the big city's police speaking
    ("Two men were wounded in a shooting in Englewood on Tuesday night. The men were standing outside a "
     "store when a gunman opened fire, according to a Chicago police spokesman.", "ENGLEWOOD", "Illinois"),
    # a town with a police force of its own stays the town
    ("Beloit police said a 17-year-old was shot dead on Friday. The rifle had been stolen from a home in "
     "the Town of Newark last month.", "BELOIT", "Wisconsin"),
    # a speaker after a street is not the place around it
    ("Two men were shot Saturday at a house on Sunrise Boulevard, Ingram said. Both men were taken to a "
     "hospital.", "GARY, Ind.", "Indiana"),
    # a part of a town told as the town's ("Miami's Overtown") is in that town
    ("Four people were wounded in a drive-by shooting Sunday evening in Overtown. The victims were standing "
     "outside a store when a car drove past, police said. It was the second shooting this month in Miami's "
     "Overtown neighborhood.", None, "Florida"),
])
def test_a_local_storys_place_is_read_in_the_right_state(text, dateline, state):
    assert where(lead(text, dateline=dateline))[:2] == ("USA", state)


def test_a_side_of_a_town_is_no_foreign_village_named_like_its_last_word():
    event = lead("A teenager was shot on the West Side on Monday, Chicago police said. "
                 "Chicago police said the boy was in good condition.")
    assert where(event)[0] == "USA"
