"""Those told wounded "when" a blast or a shell struck are its victims, not its agents ("Five
people were wounded when a mortar shell landed on a house" had the five as the shellers); a
"when" clause with a subject of its own keeps that subject as the agent ("Soldiers were wounded
when they attacked a hideout"). My own sentences; the places are real."""

import pytest

from .coder_helpers import top


@pytest.mark.parametrize("text", [
    "Five people were wounded when a mortar shell landed on a house in Kurram.",
    "Two children were among five people wounded when a mortar shell landed on a house in Kurram.",
    "Five civilians were injured when a rocket struck a market in Idlib on Friday.",
])
def test_those_wounded_when_a_shell_struck_are_its_victims(text):
    event = top(text, "2024-05-24")
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1.name.startswith("Unidentified Armed Group")
    assert event.actor2.name.startswith("Civilians")


def test_a_when_clause_with_its_own_subject_keeps_its_agent():
    event = top("Soldiers were wounded when they attacked a militant hideout in Kurram.", "2024-05-24")
    assert event.actor1.name.startswith("Military Forces")
