"""A violence's own day: the day written on its trigger wins over the sentence's other days, and a day
that dates a state or what followed (custody, a hospital condition, a search) is not the violence's.
My own sentences; the places are real."""

from datetime import date

import pytest

from sitroom.coder.codebook import load_codebook
from sitroom.coder.sentence_coder import analyse
from sitroom.coder.trigger_day import own_day, state_day

from .coder_helpers import top


@pytest.mark.parametrize("text,published,day", [
    # a day that opens the sentence tells the morning after; the day written on the trigger is the shooting's
    ("Tuesday morning, broken glass still covered the lot in Tulsa where a man was shot Monday night.",
     "2016-05-03", "2016-05-02"),
    # "charged with murder Thursday": the charge's day, not the killing's
    ("Police charged a Macon man with murder Thursday. His neighbor was shot dead on Tuesday in Macon.",
     "2016-05-06", "2016-05-03"),
    # a day that opens the first sentence frames the story: the body's finding is not the killing
    ("On 12 May 2021, gunmen abducted a teacher and killed his brother near Turbat. The brother's body "
     "was found on 15 May 2021.", "2021-05-20", "2021-05-12"),
    # "overnight" is only the page's day: a weekday told with the shooting is more precise
    ("A man was shot overnight on a street in Madison, Alabama. Officers were called to the street about "
     "11 p.m. Sunday after the man arrived at a hospital with a gunshot wound.", "2017-03-06", "2017-03-05"),
])
def test_the_violences_own_day(text, published, day):
    assert top(text, published).event_date == day


def _info(text, published="2016-05-03"):
    return analyse(load_codebook(), 0, 0, text, date.fromisoformat(published), None)


def _trigger(info, word):
    k = next(i for i, t in enumerate(info.tokens) if t.low == word)
    return k, k + 1


@pytest.mark.parametrize("text,trigger,expected", [
    ("Monday's shooting left two men wounded in Tulsa.", "shooting", "2016-05-02"),
    ("A teenager was shot in the leg Monday in Tulsa.", "shot", "2016-05-02"),
    ("the May 1 shooting in Tulsa", "shooting", "2016-05-01"),
    ("A man was charged Wednesday in the May 1 shooting.", "shooting", "2016-05-01"),
    # a day after a trigger that a legal act names is the act's
    ("A man was charged with murder Wednesday.", "murder", None),
    # a comma ends the trigger's phrase: the day after it is another clause's
    ("A teenager was shot, and police searched the block Monday.", "shot", None),
    # a day far after the trigger is not written on it
    ("A teenager was shot outside a store on a busy corner of the city Monday.", "shot", None),
])
def test_a_day_written_on_the_trigger(text, trigger, expected):
    info = _info(text)
    t0, t1 = _trigger(info, trigger)
    day = own_day(info.tokens, t0, t1, info.dates)
    assert (day.date if day else None) == expected


@pytest.mark.parametrize("text,trigger,expected", [
    ("The gunman in the shooting was still on the run Thursday.", "shooting", True),
    ("As of Thursday morning, no one was in custody in the shooting.", "shooting", True),
    ("A suspect was arrested Thursday in the shooting.", "shooting", True),
    # the trigger between the state's word and the day: the day is the trigger's
    ("A man who remained at home was shot Thursday.", "shot", False),
    ("A man was shot Thursday in Tulsa.", "shot", False),
])
def test_a_day_that_dates_a_state(text, trigger, expected):
    info = _info(text, "2016-05-06")
    t0, t1 = _trigger(info, trigger)
    assert state_day(info.tokens, t0, t1, info.dates[0]) is expected


@pytest.mark.parametrize("text,day", [
    # a trigger in a clause opened by "a day after" took place the day before the clause's day
    ("A man died on Monday, a day after he was shot outside a bar in Tulsa.", "2016-05-08"),
    ("Police arrested a suspect Tuesday, a day after a woman was shot dead in Tulsa.", "2016-05-09"),
    ("A clerk was shot dead in Tulsa on Monday, two days after she was threatened by a customer.", "2016-05-09"),
    # without a day of its own the clause dates nothing
    ("A teenager was shot in Tulsa a day after a vigil for his cousin.", "2016-05-10"),
])
def test_a_day_after_dates_its_clause_the_day_before(text, day):
    assert top(text, published="2016-05-10").event_date == day
