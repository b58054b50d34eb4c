"""A group's own men named by a possessive after its words are that group, however far the deed's
trigger ("said their fighters had killed 30 soldiers in clashes") and past the day it spoke ("said
on Sunday their forces had killed"); a platform it spoke on ("on X") is no place. My own
sentences; the places are real."""

import pytest

from .coder_helpers import code, pipeline_events


@pytest.mark.parametrize("text", [
    "The Taliban said on Sunday their forces had killed 30 Pakistani soldiers.",
    "The Taliban said on Sunday that their forces had killed 30 Pakistani soldiers.",
    "The Taliban said their fighters had killed 30 Pakistani soldiers in clashes on Saturday.",
])
def test_the_speakers_own_men_are_the_speaker(text):
    event = min(code(text, "2025-10-12"), key=lambda e: e.rank)
    assert event.actor1.name == "Taliban"
    assert event.actor2.name == "Military Forces of Pakistan"
    assert event.attribution.modality == "claimed"


def test_a_clause_subject_keeps_its_own_men():
    # (the junta's troops, not the speaker's)
    event = min(code("The TNLA said on Monday the junta had sent its troops to attack the town of Lashio.",
                     "2025-10-12"), key=lambda e: e.rank)
    assert event.actor1.name == "Military Forces of Myanmar"


def test_a_platform_spoken_on_is_no_place():
    events = pipeline_events("Taliban spokesman Zabihullah Mujahid said on X that their fighters had killed "
                             "30 Pakistani soldiers in clashes along the border on Saturday.", "2025-10-12")
    assert events and all(e.location is None or e.location.name != "X" for e in events)
