"""A compound noun for one person counts one victim as its head does ("shot dead a schoolteacher",
"killed a firefighter and two shopowners"). My own sentences; the places are real."""

import pytest

from .coder_helpers import top


@pytest.mark.parametrize("text, dead", [
    ("Unknown assailants shot dead a schoolteacher in Turbat on Friday evening, police said.", 1),
    ("Gunmen killed a firefighter and two shopowners in Kano on Friday.", 3),
])
def test_a_compound_person_noun_counts_one(text, dead):
    assert top(text, "2024-05-24").fatalities == dead
