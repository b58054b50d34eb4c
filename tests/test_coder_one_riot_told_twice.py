"""A riot told as police clashing with a crowd and then as what the crowd and the police did is one
riot, not two. My own sentences; the places are real."""

from .coder_helpers import code


def test_a_crowd_and_the_force_told_in_either_order_are_one_riot():
    text = ("At least three people were killed on Sunday when police clashed with protesters in Dhaka, officials "
            "said. Protesters set fire to two buses and police fired rubber bullets and tear gas.")
    riots = [e for e in code(text, "2024-08-05") if e.event_type == "Riots"]
    assert len(riots) == 1 and riots[0].fatalities == 3


def test_two_crowds_facing_two_forces_in_two_towns_stay_apart():
    text = ("Police clashed with protesters in Dhaka on Sunday. In Chittagong, protesters set fire to a bus and "
            "police fired tear gas.")
    events = [e for e in code(text, "2024-08-05") if e.event_type in ("Riots", "Protests")]
    assert len(events) == 2
