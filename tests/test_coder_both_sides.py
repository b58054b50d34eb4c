"""A fight's dead told side by side in one sentence are summed, as ACLED counts both sides; a
figure after a dateline's colon is a count, not a time. Every sentence is my own; the places
are real."""

import pytest

from .coder_helpers import top


@pytest.mark.parametrize("text,dead", [
    # each side with its own death verb: the soldiers and the militants are different dead
    ("Three soldiers were martyred and two terrorists were killed in an exchange of fire in North "
     "Waziristan on Tuesday, the military said.", 5),
    ("Two soldiers were martyred while four militants were killed during a raid in Bannu district on Monday.", 6),
    ("Four policemen were killed and two attackers were shot dead when gunmen stormed a checkpoint in "
     "Dera Ismail Khan on Monday.", 6),
    # one side told twice is one toll, not two
    ("Five soldiers were killed and two militants were killed in Zhob on Monday, and the five soldiers "
     "were killed by a roadside bomb.", 7),
    # the wounded are no dead
    ("Three Taliban fighters were killed and two soldiers were wounded in a clash in Kunduz on Monday.", 3),
    # the dead of one side beside the unnamed, or beside civilians, are not both sides of a fight
    ("Two civilians were killed and three others were wounded when a shell hit a house in Kunduz on Monday.", 2),
])
def test_both_sides_dead_are_summed(text, dead):
    assert top(text, published="2021-06-09").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    ("PESHAWAR: Three soldiers were martyred in an attack on a check post in Khyber district on Monday.", 3),
    ("QUETTA: Two policemen were shot dead in Quetta on Monday, officials said.", 2),
    # a time written with a colon still counts nobody
    ("A man was shot dead at 10:30 on Monday in Quetta, police said.", 1),
])
def test_a_figure_after_a_datelines_colon_counts(text, dead):
    assert top(text, published="2021-06-09").fatalities == dead
