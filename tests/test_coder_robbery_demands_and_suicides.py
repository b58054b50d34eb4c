"""A robber's demand is no protest, and an attacker who dies by suicide after his killings is one
more dead. My own sentences; the places are real."""

import pytest

from .coder_helpers import code, top


@pytest.mark.parametrize("text", [
    "Two men demanded his wallet and his phone outside a store in Akron on Thursday night.",
    "The robber demanded cash from the clerk at a gas station in Dayton on Friday.",
    "A masked man demanded money from a teller at a bank in Portland on Monday.",
])
def test_a_robbers_demand_is_no_demand_of_a_crowd(text):
    assert [e.plover.type for e in code(text, "2016-02-14")] == []


def test_a_crowds_demand_is_still_one():
    text = "Hundreds of protesters demanded the release of jailed opposition leaders in Dhaka on Friday."
    assert top(text, "2016-02-14").sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text,dead", [
    # told in the sentence of the killing
    ("A man shot and killed his wife at their home in Mesa on Friday and then died by suicide, police said.", 2),
    # told after it: the two he killed are not he
    ("A gunman killed two co-workers at a plant in Tulsa on Monday. He later died by suicide, police said.", 3),
    ("A gunman killed two co-workers at a plant in Tulsa on Monday. He later took his own life, police said.", 3),
])
def test_an_attacker_who_dies_by_suicide_is_one_more_dead(text, dead):
    assert top(text, "2016-02-14").fatalities == dead


@pytest.mark.parametrize("text", [
    "A 40-year-old man died by suicide at a motel in Reno on Sunday, police said.",
    "A 40-year-old man committed suicide at a motel in Reno on Sunday, police said.",
])
def test_a_suicide_told_alone_is_no_attack(text):
    assert [e for e in code(text, "2016-02-14") if e.event_type] == []
