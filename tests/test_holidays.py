"""Holidays date events and are never places. My own sentences."""

from datetime import date

import pytest

from sitroom.coder.codebook import load_codebook
from sitroom.coder.sentence_coder import analyse
from sitroom.coder.when import _easter, find_dates
from sitroom.knowledge import KnowledgeError


@pytest.mark.parametrize("sentence,published,expected", [
    ("A man was shot on Christmas Eve outside a bar.", date(2015, 1, 3), "2014-12-24"),
    ("A man was shot on Christmas Eve outside a bar.", date(2015, 12, 27), "2015-12-24"),
    ("Two teens were wounded on Easter Sunday.", date(2016, 3, 29), "2016-03-27"),
    ("A store clerk was shot on Good Friday.", date(2014, 4, 20), "2014-04-18"),
    ("Three people were shot on Thanksgiving night.", date(2015, 11, 28), "2015-11-26"),
    ("Police said the shooting happened on Memorial Day.", date(2013, 5, 29), "2013-05-27"),
    ("Shots were fired at a party on New Year's Eve.", date(2016, 1, 1), "2015-12-31"),
    ("A guard was killed on Valentine's Day in the parking lot.", date(2014, 2, 16), "2014-02-14"),
    ("A girl was killed the day after Thanksgiving.", date(2016, 11, 29), "2016-11-25"),
])
def test_a_holiday_is_its_day_on_or_before_publication(sentence, published, expected):
    assert [w.date for w in find_dates(sentence, published)] == [expected]


def test_a_holiday_that_only_bounds_the_time_dates_nothing():
    assert find_dates("A teen was killed just after Christmas.", date(2016, 12, 30)) == []
    assert find_dates("Four shootings since Easter have left the block shaken.", date(2016, 5, 2)) == []


def test_a_holiday_is_dated_in_the_year_the_text_names_without_a_publication_date():
    assert [w.date for w in find_dates("Gunmen struck on Christmas Day.", None, year_hint=2019)] == ["2019-12-25"]
    assert find_dates("Gunmen struck on Christmas Day.", None) == []


def test_western_easter_sunday():
    assert [_easter(y).isoformat() for y in (2013, 2019, 2025)] == ["2013-03-31", "2019-04-21", "2025-04-20"]


def test_a_holiday_is_no_place():
    info = analyse(load_codebook(), 0, 0, "A woman was shot on Christmas Eve in Tulsa and on Easter Sunday in Tacoma.",
                   None, None)
    assert [p.name for p in info.places] == ["Tulsa", "Tacoma"]


def test_a_holiday_without_its_day_is_refused():
    from sitroom.coder.when import holiday_index
    with pytest.raises(KnowledgeError, match="founders day"):
        holiday_index({"holidays": {"founders day": {"month": 3}}})
    assert len(holiday_index({"holidays": {"founders day": {"month": 3, "weekday": "friday", "nth": 1}}})) == 1


def test_a_page_stamp_dates_the_page_not_the_event():
    from .coder_helpers import top

    text = ("Posted: Wednesday, April 8, 2015 4:09 AM EDT\n\nA man was shot and killed outside a bar in Shreveport "
            "on Sunday night, police said. Updated: Thursday, April 9, 2015")
    assert top(text, published="2015-04-09").event_date == "2015-04-05"
    # the stamp is no date of the event, but the event came no later than the page
    stamped = "A clerk was shot at a store in Macon. (Published Monday, Nov. 24, 2014)"
    assert top(stamped, published="2014-11-25").event_date == "2014-11-24"
    stamped = "A clerk was shot at a store in Macon on Sunday. (Published Monday, Nov. 24, 2014)"
    assert top(stamped, published="2014-11-25").event_date == "2014-11-23"


def test_a_stamp_word_used_as_a_verb_in_running_text_is_no_stamp():
    from sitroom.coder.sentence_coder import _page_stamp
    from sitroom.coder.tokens import tokenize

    def stamp_before(sentence, day):
        tokens = tokenize(sentence)
        return _page_stamp(tokens, tokens.lows.index(day))

    assert not stamp_before("The family said the video was updated on Monday by the school.", "monday")
    assert stamp_before("Updated Monday, April 6, 2015: a guard was shot dead at the gate.", "monday")
    assert stamp_before("A guard was shot dead at the gate (updated Monday).", "monday")
    assert stamp_before("A guard was shot dead. posted: Monday", "monday")


def test_a_holiday_written_on_the_deed_dates_it_on_the_day_the_story_came_out():
    from .coder_helpers import top

    # the page's own day told by its name is the happening's, as a weekday would be; a guess
    # told later ("as early as Friday night") does not move it
    event = top("LEBANON, Tenn. — Deputies identified the four people killed Christmas Eve at a farmhouse on "
                "Cedar Lane. A neighbour found them around 1 p.m., but detectives say they may have been killed as "
                "early as Friday night.", published="2016-12-24")
    assert event.event_date == "2016-12-24"
