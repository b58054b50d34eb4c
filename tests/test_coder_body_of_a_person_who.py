"""The body of a person found is a death, however long what is told of the dead stands before the
finding: "The body of a man who had been missing for two weeks was found in a field", and the finding
told as a noun: "The discovery of a man's body ... is under investigation". My own
sentences; the places are real."""

import pytest

from .coder_helpers import code, top


@pytest.mark.parametrize("text", [
    "The body of a man who had been missing for two weeks was found in a field in Toledo on Monday.",
    "The body of a man who had been missing for two weeks was found in a field in Toledo on Monday. He had "
    "been shot.",
])
def test_a_body_found_after_a_long_clause_is_a_death(text):
    event = top(text, "2016-01-04")
    assert event.event_type == "Violence against civilians"
    assert event.fatalities == 1


@pytest.mark.parametrize("text, dead", [
    ("The discovery of a man's body in a ditch near Albion on Sunday is under investigation, deputies said.", 1),
    ("The discovery of two bodies in a burned car on Friday has shaken residents of Tulsa.", 2),
])
def test_the_discovery_of_a_body_told_as_a_noun_is_a_death(text, dead):
    event = top(text, "2016-01-04")
    assert event.event_type == "Violence against civilians"
    assert event.fatalities == dead


def test_the_recovery_of_a_stolen_thing_is_no_death():
    assert all(not e.fatalities for e in code("The recovery of a stolen truck led officers to a suspect in Austin.",
                                              "2016-01-04"))
