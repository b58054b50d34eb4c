"""An armed side's attack thwarted by the other side is a clash between the two (ACLED codes the
fighting off of an assault as an armed clash); a bombing or a plot thwarted stays disrupted
weapons use. My own sentences; the groups and places are real."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("verb", ["thwarted", "foiled"])
def test_an_attack_of_armed_men_thwarted_is_a_clash_with_them(verb):
    event = lead(f"On 6 May 2021, anti-Houthi National Resistance forces {verb} an attack of pro-Houthi forces "
                 "near Hays (Hays, Al Hudaydah), killing and injuring a number of fighters.", published="2021-05-07")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor1.name == "National Resistance Forces"
    assert event.actor2.name == "Military Forces of Yemen (2016-) Supreme Political Council"


@pytest.mark.parametrize("text", [
    "On 5 May 2021, police thwarted an attack by a suicide bomber in Peshawar.",
    "On 5 May 2021, police thwarted an attack by militants carrying explosives in Peshawar.",
])
def test_a_bombing_thwarted_is_disrupted_weapons_use(text):
    assert lead(text, published="2021-05-06").sub_event_type == "Disrupted weapons use"
