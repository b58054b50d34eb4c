"""A state's forces or a named group do not fight themselves: where both sides of a battle come out
as one, the other is the armed side named after the deed ("12 of its soldiers were killed and its
forces killed more than 150 Taliban fighters"). Unidentified gangs and communal militias do fight
their like, as ACLED codes them. My own sentences; the places are real."""

import pytest

from .coder_helpers import pipeline_events, top


def test_an_army_that_lost_men_and_killed_fighters_fought_those_fighters():
    event = top("Pakistan's military said 12 of its soldiers were killed and that its forces had killed more than "
                "150 Taliban fighters in retaliatory strikes.", "2025-10-12")
    assert event.event_type == "Battles"
    assert (event.actor1.name, event.actor2.name) == ("Military Forces of Pakistan", "Taliban")


@pytest.mark.parametrize("text", [
    "Clashes between two clan militias over grazing land killed four people near Galkayo on Sunday.",
    "Clan militias clashed over grazing land near Galkayo on Sunday, killing four people.",
])
def test_communal_militias_fight_their_like(text):
    event = pipeline_events(text, "2025-10-12")[0]
    assert event.event_type == "Battles"
    assert event.actor1.name == event.actor2.name == "Unidentified Communal Militia (Somalia)"
