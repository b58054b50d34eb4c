"""The body of a person found is a death, however long what is told of the dead stands before the
finding: "The body of a man who had been missing for two weeks was found in a field". My own
sentences; the places are real."""

import pytest

from .coder_helpers import top


@pytest.mark.parametrize("text", [
    "The body of a man who had been missing for two weeks was found in a field in Toledo on Monday.",
    "The body of a man who had been missing for two weeks was found in a field in Toledo on Monday. He had "
    "been shot.",
])
def test_a_body_found_after_a_long_clause_is_a_death(text):
    event = top(text, "2016-01-04")
    assert event.event_type == "Violence against civilians"
    assert event.fatalities == 1
