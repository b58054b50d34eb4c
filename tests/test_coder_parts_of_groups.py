"""A part of a group told inside the group's phrase ("Nine Maoists, including three women,") is
among the group: the group is who was hurt, and how many."""

from sitroom.coder.parts import before_part, in_part, past_part

from .story_helpers import lead


def test_the_group_not_its_part_is_the_target():
    event = lead("Nine Maoists, including three women, were killed in an encounter with security forces in "
                 "Sukma district on Thursday.", published="2025-05-10")
    assert event.actor2.name.startswith("CPI (Maoist)")
    assert event.fatalities == 9 and event.event_type == "Battles"


def test_the_injured_are_the_whole_group_not_the_last_of_its_parts():
    event = lead("Ten people, including two women and a minor, were injured when a bomb went off in a market in "
                 "Quetta on Monday.", published="2025-05-13")
    assert event.injured == 10


def test_an_armed_part_is_the_target_as_acled_codes_it():
    event = lead("Three people including a policeman were injured in a bomb blast in Quetta on Monday.",
                 published="2025-05-13")
    assert event.actor2.name == "Police Forces of Pakistan"


def test_among_names_the_group_not_a_part():
    lows = "a man who was among five people shot".split()
    assert not in_part(lows, lows.index("five"))
    lows = "nine maoists , including three women , were killed".split()
    assert in_part(lows, lows.index("three"))
    assert past_part(lows, 2) == lows.index("were")
    assert before_part(lows, lows.index("were")) == 2
    assert past_part(lows, 0) == 0 and before_part(lows, 1) == 1
