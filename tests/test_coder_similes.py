"""A trigger that only makes a comparison ("looked like a riot") is no event of its own."""

from .story_helpers import lead


def test_a_shooting_that_looked_like_a_riot_is_a_shooting():
    event = lead("A 17-year-old was shot dead in Charlotte on Thursday night during a party that witnesses "
                 "said looked like a riot.", published="2017-03-03")
    assert event.event_type == "Violence against civilians" and event.fatalities == 1


def test_a_riot_told_plainly_is_still_a_riot():
    event = lead("Rioters torched cars and looted shops in Lyon on Monday night, police said.")
    assert event.event_type == "Riots"
