"""A crime named with an earlier year anywhere in a sentence ("wanted for murder in a 2014
killing", "on probation for a 2012 manslaughter conviction in the death of a man") is that year's
deed, and its dead are not the story's. My own sentences; the places are real."""

import pytest

from .coder_helpers import pipeline_events, top


@pytest.mark.parametrize("text", [
    "A man was shot in the arm in Newark on Monday night. The suspect is also wanted for murder in a 2014 "
    "killing in Paterson.",
    "A man was shot by a deputy in Pinellas Park early Tuesday and is expected to survive. He was on probation "
    "for a 2012 manslaughter conviction in the death of a Clearwater man.",
])
def test_an_earlier_years_crime_adds_no_dead(text):
    event = pipeline_events(text, "2016-06-15")[0]
    assert event.fatalities == 0
    assert event.event_date in ("2016-06-13", "2016-06-14")


def test_a_deed_of_the_year_before_may_still_be_the_storys():
    # a story told a year on (a trial) may be about that deed: one year back is no earlier year
    text = "A jury convicted a man on Tuesday in a 2015 killing of a cashier in Dayton."
    assert top(text, "2016-06-15").fatalities == 1
