"""The one accused of a deed is its agent, and those it was done to its target, not the accuser:
"Kabul accused Islamabad of killing 10 civilians in air strikes". My own sentences; the places
and groups are real."""

import pytest

from .coder_helpers import top


@pytest.mark.parametrize("text,agent,target", [
    ("Kabul accused Islamabad of killing 10 civilians in air strikes in Khost on Monday.",
     "Military Forces of Pakistan", "Civilians (Afghanistan)"),
    ("Afghanistan accused Pakistan of killing 10 civilians in air strikes in Khost on Monday.",
     "Military Forces of Pakistan", "Civilians (Afghanistan)"),
    ("The Taliban government accused the Pakistani military of killing 10 civilians in air strikes in Khost "
     "on Monday.", "Military Forces of Pakistan", "Civilians (Afghanistan)"),
    ("Villagers accused soldiers of killing three farmers near Mopti on Monday.",
     "Military Forces of Mali", "Civilians (Mali)"),
])
def test_the_accused_did_the_deed(text, agent, target):
    event = top(text, "2024-03-20")
    assert event.event_type is not None
    assert (event.actor1.name, event.actor2.name) == (agent, target)


def test_a_deed_before_the_accusing_word_keeps_its_own_agent():
    # "alleged" describes the target; the deed the sentence tells comes before it
    text = ("Gunmen attacked an alleged informer accused of helping the army near Panjgur on Monday, "
            "killing him.")
    assert top(text, "2024-03-20").actor1.name.startswith("Unidentified Armed Group")
