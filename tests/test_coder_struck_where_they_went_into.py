"""Where those struck had gone into is where they were struck, when the sentence tells no other
place: "killed 12 militants who crossed from Afghanistan into North Waziristan" happened in North
Waziristan, not in Afghanistan. My own sentences; the places are real."""

import pytest

from .coder_helpers import pipeline_events, top


@pytest.mark.parametrize("text", [
    "Pakistan said on Monday its forces had killed 12 militants who crossed from Afghanistan into North "
    "Waziristan.",
    "Security forces killed 12 militants who crossed from Afghanistan into North Waziristan on Monday, the "
    "army said.",
])
def test_the_place_they_went_into(text):
    event = pipeline_events(text, "2024-03-20")[0]
    assert event.location.name.startswith("North Waziristan")
    assert event.location.country == "PAK"
    assert event.actor1.name == "Military Forces of Pakistan"


def test_a_place_told_apart_still_wins():
    text = "Troops killed five militants in Bannu on Monday who had crossed from Afghanistan into Pakistan."
    assert top(text, "2024-03-20").location.name == "Bannu"
