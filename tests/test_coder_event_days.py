"""The day an event happened, as a news story tells it: the happening before what followed it
(a death, an arrest, a vigil, a hearing), and never the time stamp of the page. Every sentence
is our own."""

import pytest

from .coder_helpers import top


@pytest.mark.parametrize("text,published,day", [
    # what followed the shooting is told first; the shooting's own day comes after it
    ("A Lodi boy died Friday after he was accidentally shot at his home in Lodi on Thursday.",
     "2014-09-27", "2014-09-25"),
    ("Friends held a vigil Sunday evening in Ogden for two women who were shot dead on Saturday.",
     "2015-03-09", "2015-03-07"),
    ("A judge in Tacoma on Wednesday charged a teenager over the shooting death of his cousin Tuesday night.",
     "2014-06-26", "2014-06-24"),
    # only one day told: it stays
    ("A man was shot dead in Dayton on Friday night, police said.", "2015-03-09", "2015-03-06"),
])
def test_the_happening_is_the_earlier_day_told_with_it(text, published, day):
    assert top(text, published).event_date == day


def test_a_day_that_opens_its_sentence_dates_everything_it_tells():
    text = ("On 8 May 2020, in Tucuman, residents protested outside the police station against the arrest "
            "of a farmer on 6 May 2020.")
    assert top(text, "2020-05-11").event_date == "2020-05-08"


@pytest.mark.parametrize("bound", ["since", "until"])
def test_the_bound_of_a_stretch_of_time_is_no_happening(bound):
    text = (f"Drivers blocked the highway in Guanare on Friday, saying they had waited in line for fuel "
            f"{bound} Tuesday.")
    assert top(text, "2020-05-09").event_date == "2020-05-08"


@pytest.mark.parametrize("stamp", [
    "March 2, 2016, 11:11 AM",
    "March 2, 2016 at 11:40 p.m. EST Last updated: Wednesday, March 2, 2016",
])
def test_a_line_of_nothing_but_a_date_and_a_clock_time_stamps_the_page(stamp):
    # the page's stamp may be a day off the publication date the feed gives
    text = ("Man killed in Akron shooting\n\n"
            f"{stamp}\n\n"
            "Police in Akron are investigating a shooting in which one man was killed.\n\n"
            "Officers were called to the store shortly before midnight Tuesday, police said.")
    assert top(text, "2016-03-03").event_date == "2016-03-01"


def test_a_date_in_brackets_after_a_dateline_dates_the_story_not_the_event():
    text = "AKRON (March 3, 2016) - A man was shot dead in Akron late Tuesday night, police said."
    assert top(text, "2016-03-03").event_date == "2016-03-01"
    # in running text a bracketed date is the event's own
    text = "A man was shot dead in Akron (March 1, 2016), police said on Thursday."
    assert top(text, "2016-03-03").event_date == "2016-03-01"
