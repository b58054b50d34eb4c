"""The owner of what was struck is no agent, whether or not the sentence names who struck: "The
strikes targeted compounds used by the Pakistani Taliban" is no attack by the Taliban. My own
sentences; the places are real."""

import pytest

from .coder_helpers import code, pipeline_events


@pytest.mark.parametrize("text", [
    "The strikes targeted compounds used by the Pakistani Taliban near the Afghan border, two security officials said.",
    "Jets targeted compounds used by the Pakistani Taliban near the Afghan border on Sunday.",
])
def test_the_owner_of_a_target_did_not_strike(text):
    event = min(code(text, "2024-03-18"), key=lambda e: e.rank)
    assert event.actor1.name != "TTP: Tehreek-i-Taliban Pakistan"
    assert event.actor2.name == "TTP: Tehreek-i-Taliban Pakistan"


def test_a_story_of_strikes_on_a_groups_compounds_is_one_strike():
    text = ("Pakistani jets struck militant hideouts in North Waziristan late on Sunday, killing more than 150 "
            "militants, security officials said on Monday.\n\nThe strikes targeted compounds used by the Pakistani "
            "Taliban near the Afghan border, two security officials said.")
    events = [e for e in pipeline_events(text, "2024-03-18") if e.event_type != "Strategic developments"]
    assert [(e.event_type, e.fatalities) for e in events] == [("Explosions/Remote violence", 150)]
