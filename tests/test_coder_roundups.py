"""Stories that report several incidents in turn: each incident's own doers, victims and day.
My own sentences; the places are real."""

import pytest

from sitroom.api import pipe, text_document
from sitroom.pipeline import EVENT_STAGES


def events(text, published="2025-06-14"):
    docs = list(pipe([text_document(text, published=published)], stages=EVENT_STAGES, published=published))
    return [e for d in docs for e in d.events if e.event_type]


@pytest.mark.parametrize("opening", ["In a separate attack,", "In another attack,", "During an attack,"])
def test_a_deed_named_in_the_opening_phrase_takes_its_doers_from_the_clause_after_it(opening):
    event = events(f"{opening} bandits killed three farmers in Katsina.")[0]
    assert event.event_type == "Violence against civilians"
    assert event.actor2.name.startswith("Civilians")
    assert event.fatalities == 3
