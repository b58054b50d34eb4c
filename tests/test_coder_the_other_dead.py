""""The other" is one person more than the one told before it: "One died at the scene and the
other later died at a hospital" is two dead, in the attack's sentence or in one told after it.
Ordinals stay ranks ("a third man died" tells a toll of at least three). My own sentences; the
places are real."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("text,dead", [
    ("Two men were shot outside a bar in Trenton on Sunday night. One died at the scene and the other later "
     "died at a hospital, police said.", 2),
    ("Two men were shot outside a bar in Trenton on Sunday night. One of them died at the scene and the other "
     "man died at a hospital.", 2),
    ("Two men were shot outside a bar in Trenton on Sunday night; one died at the scene and the other died "
     "at a hospital.", 2),
    # the other lived
    ("Two men were shot outside a bar in Trenton on Sunday night. One died at the scene and the other was "
     "listed in stable condition.", 1),
    # both dead told first: the two told again are the same two
    ("Two men were shot dead outside a bar in Trenton on Sunday night. One died at the scene and the other "
     "later died at a hospital.", 2),
])
def test_the_other_who_died_is_one_more(text, dead):
    assert lead(text, published="2016-05-10").fatalities == dead


def test_the_other_who_died_in_a_note():
    e = lead("On 4 May 2020, in Monterrey, Nuevo Leon, two men were shot from a passing car. One man was "
             "injured and the other died.", published=None)
    assert e.fatalities == 1


def test_the_other_of_a_mob_s_two_victims():
    e = lead("On 4 May 2020, a crowd killed two suspected thieves in Bunia, Ituri. One was beaten and the other "
             "was burnt to death.", published=None)
    assert e.fatalities == 2


@pytest.mark.parametrize("text,dead", [
    ("A man and woman were shot to death at their home in Lubbock on Sunday, police said.", 2),
    ("A husband and wife were found shot dead in their car in Lubbock on Sunday, police said.", 2),
    ("The father and son were shot dead outside their shop in Lubbock on Sunday, police said.", 2),
    ("A mother and her son were shot dead at their home in Lubbock on Sunday, police said.", 2),
    # a noun that qualifies the next one is part of the second person
    ("A man and police officer were shot dead at a traffic stop in Lubbock on Sunday.", 2),
    ("A man and father of three was shot dead outside his shop in Lubbock on Sunday, police said.", 1),
])
def test_a_person_joined_without_a_determiner_is_one_more(text, dead):
    assert lead(text, published="2016-05-10").fatalities == dead
