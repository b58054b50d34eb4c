"""A target named by no nationality of its own is of the country where the event took place, not
of its attacker. My own sentences; the places are real."""

import pytest

from sitroom.api import pipe, text_document
from sitroom.pipeline import EVENT_STAGES


def first(text, published="2025-06-04"):
    docs = list(pipe([text_document(text, published=published)], stages=EVENT_STAGES, published=published))
    return [e for d in docs for e in d.events if e.event_type][0]


@pytest.mark.parametrize("text,attacker,target", [
    ("On 3 June 2025, Russian artillery shelled Nikopol, killing a man.",
     "Military Forces of Russia", "Civilians (Ukraine)"),
    ("On 3 June 2025, Israeli warplanes struck Hama military airport, killing 4 soldiers.",
     "Military Forces of Israel", "Military Forces of Syria"),
    ("Pakistani jets struck a house in Barmal district of Paktika on Monday, killing eight civilians.",
     "Military Forces of Pakistan", "Civilians (Afghanistan)"),
])
def test_an_unnamed_target_is_of_the_events_country(text, attacker, target):
    event = first(text)
    assert event.actor1.name == attacker and event.actor2.name == target


def test_a_target_named_by_its_nationality_keeps_it():
    event = first("On 3 June 2025, Russian artillery shelled Nikopol, killing two Russian soldiers held there.")
    assert event.actor2 is not None and event.actor2.name.endswith("Russia")
