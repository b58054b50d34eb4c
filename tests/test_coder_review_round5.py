"""Readings of the twenty-first pass held to their bounds (a review's cases): a bureau's own country,
a reaction beside a new deed, a day told only as today, a year set off in an apposition, a part of
the wounded, an attacker counted once, strikes that are no air strikes. My own sentences; the
places are real."""

import pytest

from .story_helpers import lead, story


def test_a_bureau_towns_own_country_keeps_its_story():
    event = lead("The army said Sunday its forces killed 12 militants in northern Sinai, near the border with "
                 "Israel and the Gaza Strip.", dateline="CAIRO", published="2025-03-17")
    assert event.actor1.name == "Military Forces of Egypt"


def test_a_reaction_beside_a_new_deed_keeps_the_deed():
    events = story("Gunmen killed five people in Kano on Sunday. The governor condemned the attack, hours before "
                   "another attack killed 12 villagers in Zamfara on Monday.", published="2025-03-19")
    assert sorted(e.fatalities for e in events if e.event_type) == [5, 12]


def test_a_day_told_as_today_does_not_take_another_events_day_before():
    event = lead("Gunmen killed three people in Tulsa today. In a separate incident on Monday, two men were "
                 "wounded in a shooting in Broken Arrow.", published="2019-04-09")
    assert event.event_date == "2019-04-09"


def test_a_year_set_off_after_the_deed_tells_no_earlier_year():
    event = story("Gunmen killed five villagers in Damboa, a town first raided by Boko Haram in 2014, officials "
                  "said.", published="2025-03-18")[0]
    assert (event.fatalities, event.attribution.modality) == (5, "asserted")


@pytest.mark.parametrize("text,dead,injured", [
    ("Two of the five people wounded in a shooting in Macon, Georgia, on Sunday were children.", 0, 5),
    ("One of the three young men killed in a shooting in Macon, Georgia, on Sunday was a student.", 3, None),
    # the attacker's death told with the victims' is counted once
    ("Three people were killed and the attacker was also killed in a shooting in Macon, Georgia, on Sunday.", 4,
     None),
])
def test_parts_and_attackers_are_counted_once(text, dead, injured):
    event = lead(text, published="2025-03-18")
    assert (event.fatalities, event.injured) == (dead, injured)


@pytest.mark.parametrize("text", [
    "The Iranian strike by truck drivers shut markets in Tehran on Monday.",
    "Soldiers fired warning shots at protesters near an artillery base in Quetta on Monday.",
])
def test_strikes_of_workers_and_bases_named_for_guns_are_no_remote_violence(text):
    assert all(e.event_type != "Explosions/Remote violence" for e in story(text, published="2025-03-18"))


def test_an_event_marred_by_clashes_keeps_them():
    events = story("Sunday's election in Kano was marred by clashes between rival party supporters that left three "
                   "people dead.", published="2025-03-18")
    assert any(e.fatalities == 3 for e in events)
