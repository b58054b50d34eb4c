"""Two shapes of US local news: a basketball court is a place of play, not a court of law, so the
town after it is where the shooting was and the day after it is the shooting's; "unincorporated
Pierce County" is the county's land outside its towns, a place like "rural Pierce County". My own
sentences; the places are real."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("text,place,state", [
    ("A teenager was shot and killed at a basketball court in Tacoma on Sunday.", "Tacoma", "Washington"),
    ("Two men were shot at a food court in Tacoma on Sunday afternoon, police said.", "Tacoma", "Washington"),
    ("Two men were shot at a basketball court Saturday night in Tacoma, police said Monday.", "Tacoma",
     "Washington"),
    ("A teenager was shot and killed in unincorporated Pierce County on Sunday.", "Pierce County", "Washington"),
    ("A man was shot dead outside a bar in unincorporated Pierce County, Washington, on Sunday.", "Pierce County",
     "Washington"),
])
def test_the_place_of_a_shooting(text, place, state):
    e = lead(text, published="2016-05-10")
    assert e.location is not None and e.location.name == place and e.location.admin1 == state, e.location
    assert e.location.mention is not None and e.location.mention.startswith(place), e.location  # (told, not guessed)


def test_a_day_after_a_basketball_court_is_the_shooting_s():
    e = lead("Police said a man was shot at a basketball court Saturday and died at a hospital in Tacoma on "
             "Monday.", published="2016-05-10")
    assert e.event_date == "2016-05-07", e.event_date


def test_a_court_of_law_still_tells_the_legal_act():
    e = lead("A man was sentenced in court in Tacoma on Monday for a shooting that killed a teenager in Seattle "
             "last year.", published="2016-05-10")
    assert e.location.name == "Seattle" and e.event_date != "2016-05-09"
