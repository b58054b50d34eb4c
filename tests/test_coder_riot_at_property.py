"""A riot at private property (a bank, a shop, ATMs) is aimed at its owners: ACLED's actor 2 is
civilians of the country, unless the police or another side is named. A riot at no one's
property has no target. My own sentences; the places are real."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("deed", [
    "hurled Molotov cocktails at a bank",
    "burned two ATMs",
    "smashed the windows of several shops",
    "damaged the facade of a bank",
])
def test_a_riot_at_property_targets_civilians(deed):
    event = lead(f"On 3 May 2021, rioters {deed} in Sidon.", published="2021-05-04")
    assert (event.event_type, event.actor1.name) == ("Riots", "Rioters (Lebanon)")
    assert event.actor2 is not None and event.actor2.name == "Civilians (Lebanon)"


def test_a_riot_at_no_property_has_no_target():
    event = lead("On 3 May 2021, rioters blocked the main road in Sidon with burning tyres.", published="2021-05-04")
    assert event.event_type == "Riots" and event.actor2 is None


def test_the_police_a_riot_fought_stay_its_target():
    event = lead("On 3 May 2021, rioters hurled stones at the police outside a bank in Sidon.", published="2021-05-04")
    assert event.actor2.name.startswith("Police Forces of Lebanon")
