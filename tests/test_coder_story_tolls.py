"""Document-level tolls: a shooting typed as mob violence counts its dead, a lower figure told
after a toll is a part of it, ages written "y/o" or with a suspended hyphen count nobody. My own
sentences; the places are real."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("text,dead", [
    # a crowd's shooting is no protest: the death it caused is counted, not read as a grievance
    ("Four people are in custody after a deadly shooting at a Dover bowling alley on Sunday. The shooting "
     "killed one person and wounded three others.", 1),
])
def test_a_death_at_mob_violence_is_counted(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # the lead's toll stands; a smaller group of the dead told just after is some of them
    ("Four people were killed and two were wounded when a gunman opened fire at a cookout in Dover on "
     "Saturday, police said. The gunman killed two people near the grill before firing from a car.", 4),
    # one attacker's toll, then his victims one by one
    ("A man shot and killed four relatives at a Dover home on Saturday, police said. The man killed his "
     "mother as she came down the stairs, police said.", 4),
    ("A man shot and killed three relatives at a home in Dover on Saturday, police said. He then shot his "
     "cousin, who died in the kitchen, police said.", 3),
])
def test_a_lower_figure_told_after_the_toll_is_part_of_it(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    ("Police say a 31 y/o man and a 27 y/o man were shot and killed in Dover on Saturday.", 2),
    ("A 19 y/o was killed in Dover on Saturday, police said.", 1),
    # "12-" takes the unit told with the next age
    ("Police said the 12- and 10-year-old brothers were wounded, and their father was shot and killed in "
     "Dover on Saturday.", 1),
])
def test_ages_count_nobody(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead
