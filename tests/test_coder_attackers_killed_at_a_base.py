"""The attackers killed by those they attacked are not the attacked side's dead: "repelled an
attack on a military base, killing 20 of the attackers. Two soldiers were killed" is 22 dead, not
20. My own sentences; the places are real."""

import pytest

from .coder_helpers import top


@pytest.mark.parametrize("text, dead", [
    ("Nigerian troops repelled an attack by Boko Haram insurgents on a military base in Monguno on Saturday "
     "night, killing 20 of the attackers, the army said. Two soldiers were killed in the fighting, an army "
     "spokesman said.", 22),
    ("Nigerian troops repelled an attack by Boko Haram insurgents on a military base in Monguno on Saturday "
     "night, killing dozens of the attackers, the army said. Two soldiers were killed and five wounded in the "
     "fighting.", 14),
])
def test_attackers_dead_and_the_troops_dead_add_up(text, dead):
    event = top(text, "2022-05-11")
    assert event.event_type == "Battles"
    assert event.fatalities == dead


def test_the_attackers_as_the_target_keep_their_toll():
    # (the figure counts the target itself: no second count)
    event = top("Troops killed 20 attackers after militants stormed a base in Monguno on Saturday.", "2022-05-11")
    assert event.fatalities == 20
