"""Shots fired from a passing car and a drive-by told alone are shootings, and those who found
the shell casings did not fire them. My own sentences; the places are real."""

import pytest

from .coder_helpers import top


@pytest.mark.parametrize("text", [
    "Two teenagers were wounded Friday night when someone fired from a passing car on Lincoln Avenue in York.",
    "A drive-by left a man wounded on Vance Avenue in Memphis on Friday.",
])
def test_shots_from_a_car_are_a_shooting(text):
    event = top(text, "2016-05-21")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.fatalities == 0
    assert event.injured in (1, 2)


def test_who_found_the_casings_did_not_fire():
    text = "Two teenagers were hurt in York on Friday night. Police found 11 shell casings in the street."
    event = top(text, "2016-05-21")
    assert not event.actor1.name.startswith("Police Forces")
