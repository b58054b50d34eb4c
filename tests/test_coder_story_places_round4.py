"""Places, round four: a side of a big town ("the South Side"), a county as the story's home when it
names no town, a state that shares a country's name written after a town, and the day of a follow-up
story's event. My own sentences; the places are real."""

import pytest

from sitroom.coder.codebook import load_codebook
from sitroom.coder.story_days import anchor_day
from sitroom.coder.rules import load_rules
from sitroom.coder.sentence_coder import analyse
from sitroom.coder.when import parse_iso
from sitroom.geo.name_parts import is_town_side

from .story_helpers import lead


def test_a_side_of_an_unnamed_town_is_no_namesake_town():
    # "the South Side" is a side of the story's town, not Southside, Alabama (nor Side, Turkey)
    e = lead("A man was shot on the South Side late Friday, police said. He is in good condition.",
             published="2016-09-20")
    assert e.location.lat is None and e.location.country is None


@pytest.mark.parametrize("name,side", [("Far South Side", True), ("East End", True), ("South Bend", False),
                                       ("West Point", False)])
def test_town_sides(name, side):
    assert is_town_side(name) is side


def test_a_county_is_the_storys_home_when_it_names_no_town():
    # the killing is told at no place; the county the story names is where it was, as far as is known
    e = lead("A woman was found shot dead in her home on Sunday. Her husband was booked into the jail in Pima "
             "County, Ariz., deputies said.")
    assert (e.location.admin2, e.location.admin1) == ("Pima County", "Arizona")


def test_a_county_of_many_states_named_alone_is_no_home():
    e = lead("A man was shot and wounded in Orange County on Sunday, deputies said.")
    assert e.location is None or e.location.admin1 is None or e.location.geo_precision >= 3


def test_a_state_that_shares_a_countrys_name_after_a_town_is_the_state():
    e = lead("A woman was wounded in a shooting in Albany, Georgia, on Sunday night, police said.")
    assert (e.location.name, e.location.country, e.location.admin1) == ("Albany", "USA", "Georgia")


def infos_of(*sentences, published="2016-09-20"):
    codebook, rules = load_codebook(), load_rules()
    return [analyse(codebook, i, 0, s, parse_iso(published), None, rules) for i, s in enumerate(sentences)]


def test_an_undated_event_of_a_stamped_story_takes_the_first_earlier_exact_day():
    # the story's first date is its page stamp, the day it came out; the event's is told further down
    pub = parse_iso("2016-09-20")
    infos = infos_of("Tuesday, September 20, 2016.", "A man was shot outside a bar in Dover.",
                     "He was first taken to a hospital on Aug. 30.")
    assert anchor_day(infos, pub).date == "2016-08-30"
    # a story whose first date is not its publication day keeps that first date
    infos = infos_of("A man was shot on Sept. 18 outside a bar in Dover.", "He was taken to a hospital on Aug. 30.")
    assert anchor_day(infos, pub).date == "2016-09-18"
    # a weekday is no exact earlier day: the stamp stays the anchor
    infos = infos_of("Tuesday, September 20, 2016.", "A man was shot outside a bar.", "He moved to Dover on Monday.")
    assert anchor_day(infos, pub).date == "2016-09-20"


def test_an_events_own_weekday_still_dates_it():
    text = "Posted: Tuesday, September 20, 2016. A man was shot Monday night outside a bar in Dover, police said."
    assert lead(text, published="2016-09-20").event_date == "2016-09-19"
