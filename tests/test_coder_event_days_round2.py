"""Event days, round two: a date told after a verb of happening or a passive "was reported" is
the happening's, not a statement's, even with a reporting verb before it; in a sentence of the
legal process, the dates before the violence date the legal act. My own sentences."""

import pytest

from .coder_helpers import top


@pytest.mark.parametrize("text,published,day", [
    # a day after a verb of happening, with a reporting verb before it
    ("A teenager was shot in the leg in Maple Grove. "
     "Deputies say it happened Tuesday shortly before 9 p.m. near the park.", "2019-10-10", "2019-10-08"),
    ("A woman was shot outside a bakery in Riverton. "
     "Officers said the shooting occurred late Saturday behind the store.", "2019-10-10", "2019-10-05"),
    # a passive report tells when the happening was reported
    ("A man was shot in the arm in Oak Falls, police said. "
     "The shooting was reported Monday evening in the 400 block of Elm Street.", "2019-10-10", "2019-10-07"),
    # the statement's own day, right after the reporting verb or after an impersonal "it", stays the
    # statement's; where the story tells no day of the deed, the deed happened no later than that day
    ("A man was shot in the arm in Oak Falls, police said Wednesday.", "2019-10-10", "2019-10-09"),
    ("It was reported Monday that a man was shot in the arm in Oak Falls.", "2019-10-10", "2019-10-07"),
    ("A man was shot in the arm in Oak Falls, police said Wednesday. He was shot on Monday night.", "2019-10-10",
     "2019-10-07"),
    # a sentencing's or a charge's day is not the killing's
    ("A man was sentenced Thursday for the killing of his neighbour in Oak Falls. "
     "The neighbour was shot on June 3 outside his home.", "2019-10-12", "2019-06-03"),
    ("Late Tuesday, prosecutors charged a man with murder for a shooting that happened on March 7 in Oak Falls.",
     "2019-10-10", "2019-03-07"),
    # a date written on the violence, after a charge, is the violence's
    ("A man was charged Wednesday in the May 31 shooting death of a teenager in Oak Falls.", "2019-10-10",
     "2019-05-31"),
])
def test_the_day_of_the_happening_not_of_its_telling(text, published, day):
    assert top(text, published).event_date == day


@pytest.mark.parametrize("text,published,day", [
    # the funeral's day comes first; the shooting's own is told after it
    ("Relatives laid to rest on Tuesday a 29-year-old woman who was killed in a shooting outside a store in "
     "Riverton on March 9.", "2024-03-20", "2024-03-09"),
    ("At a vigil on Sunday, neighbours mourned a boy who was shot dead in Riverton on March 2.", "2024-03-05",
     "2024-03-02"),
])
def test_a_day_of_mourning_told_before_the_killing_is_not_its_day(text, published, day):
    assert top(text, published=published).event_date == day


def test_overnight_with_a_weekday_is_that_weekdays_night():
    from datetime import date

    from sitroom.coder.when import find_dates

    found = find_dates("Two men were killed in two shootings in Riverton overnight Monday, police said.",
                       date(2024, 3, 20))
    assert [w.date for w in found] == ["2024-03-18"]
    assert top("Two men were killed in two separate shootings in Riverton overnight Monday, police said.",
               published="2024-03-20").event_date == "2024-03-18"
