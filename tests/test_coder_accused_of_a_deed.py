"""The one accused of a deed is its agent, and those it was done to its target, not the accuser:
"Kabul accused Islamabad of killing 10 civilians in air strikes". My own sentences; the places
and groups are real."""

import pytest

from .coder_helpers import code, top


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


def test_the_subject_of_a_passive_accusation_is_the_accused():
    text = "Pakistan was accused of killing 10 civilians in air strikes in Khost on Monday."
    event = top(text, "2024-03-20")
    assert event.actor1.name.startswith("Military Forces")
    assert event.actor2.name.startswith("Civilians")


@pytest.mark.parametrize("text", [
    "Al Shabaab militants shot and killed a man accused of spying for the government in Afgooye on Monday.",
    "A mob lynched a man accused of theft in Port-au-Prince on Monday.",
])
def test_a_participle_describing_a_victim_accuses_no_one(text):
    assert [e.plover.type for e in code(text, "2024-03-20") if e.event_type is None] == []


def test_an_accusation_with_its_own_verb_is_kept():
    text = "The Taliban have repeatedly accused Pakistan of sheltering militants."
    assert [e.plover.type for e in code(text, "2024-03-20")] == ["ACCUSE"]
