""""Last week" in a Sunday story is the week that ended the day before (the press's week runs
Sunday to Saturday), so a day told later in the story for the same shooting falls inside it and
dates it. My own sentences; the places are real."""

from datetime import date

import pytest

from sitroom.coder.when import find_dates

from .coder_helpers import top


@pytest.mark.parametrize("published, monday", [
    ("2016-08-07", "2016-08-01"),  # a Sunday: the week just ended
    ("2016-08-08", "2016-08-01"),  # a Monday: the week before
    ("2016-08-10", "2016-08-01"),  # a Wednesday: the week before
])
def test_last_week_is_the_week_before_or_on_a_sunday_the_week_just_ended(published, monday):
    found = find_dates("Two men were shot last week in Jackson.", date.fromisoformat(published))
    assert [(w.date, w.precision) for w in found] == [(monday, 2)]


STORY = ("An arrest has been made in last week's drive-by shooting in north Fresno that wounded an eight-year-old "
         "boy.\n\nDeputies arrested a 24-year-old man on Saturday at a motel in Madera, the sheriff's office said. "
         "He was booked on charges of attempted murder.\n\nShortly before 9 p.m. Wednesday, Aug. 3, deputies were "
         "called to a home on Shields Avenue where the boy had been shot in the leg.")


def test_a_sunday_storys_last_week_takes_the_day_told_later_for_the_shooting():
    assert top(STORY, "2016-08-07").event_date == "2016-08-03"
