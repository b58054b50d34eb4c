"""One wounded earlier who died is one dead, however the wound is told of the subject ("A man
wounded in a shooting last month died Monday", "A man who was critically injured in ... died")
and whatever abbreviation's period stands between ("A man shot on Sept. 18 died"). My own
sentences; the places are real."""

import pytest

from sitroom.coder.quantities import death_figures, find_quantities
from sitroom.coder.tokens import tokenize

from .coder_helpers import top


def _dead(sentence: str) -> int:
    tokens = tokenize(sentence)
    return sum(q.value(False) for chain, _ in death_figures(tokens, find_quantities(tokens)) for q in chain)


@pytest.mark.parametrize("sentence", [
    "A man shot in Trenton on Sept. 18 died Monday night, police said.",
    "A woman shot outside a bar on St. Claude Avenue died Sunday.",
    "A man wounded in a shooting in Trenton last month died Monday, police said.",
    "A man who was critically wounded during a robbery in Trenton died on Friday.",
    "A teenager injured at a party in Trenton in August died Tuesday.",
])
def test_one_wounded_before_who_died_is_one_dead(sentence):
    assert _dead(sentence) == 1


@pytest.mark.parametrize("sentence, dead", [
    # (the wounded are others than the one who died)
    ("Two men were wounded and one died.", 1),
    ("Three people were injured. One died later.", 1),
])
def test_the_wounded_told_apart_from_the_dead_stay_apart(sentence, dead):
    assert _dead(sentence) == dead


def test_the_event_counts_the_one_who_died():
    event = top("A man wounded in a shooting in Trenton last month died Monday, police said.", "2016-11-09")
    assert event.fatalities == 1
