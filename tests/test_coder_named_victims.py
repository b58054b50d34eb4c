"""Victims named one by one after a killing verb, and the attacker's suicide told in a later
sentence. My own sentences; the places are real."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("text,dead", [
    # a figure before an active killing verb counts the killer, the people named after it the dead
    ("A man shot and killed Dana Mott and Lee Park in Dover on Monday, police said.", 2),
    ("Police say Carl Mott shot and killed 39-year-old Dana Mott in Dover on Monday.", 1),
    ("Police say Carl Mott shot and killed Dana Mott, 39, her son and a neighbor in Dover on Monday.", 3),
    ("A gunman killed his wife as well as another man at a diner in Dover on Monday, police said.", 2),
    # "along with" joins the dead across the death word
    ("A woman was killed along with her son in a shooting in Dover on Sunday, police said.", 2),
    # the noun of a killing names its dead after "of"; ", police said" after them is not one of them
    ("Joe Hart, 61, faces a murder charge in the death of 54-year-old Gary Bell in Dover on Monday, police "
     "said.", 1),
    ("A Dover man was charged Monday in the killing of his neighbor and her son, police said.", 2),
    # a charge written in capitals names nobody killed
    ("Joe Hart, 24, is wanted for Assault with Intent to Kill Inflicting Serious Injury after a shooting in "
     "Dover on Monday. The victim remains in hospital.", 0),
])
def test_people_named_after_a_killing_verb_are_counted(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # a title or a kinship noun and the name right after it are one person
    ("Officer Ana Ruiz, 41, and Tom Hill, 58, were shot and killed on Friday during a robbery of a bar in "
     "Dover, police said.", 2),
    ("Officer Ruiz and Deputy Hill were shot dead on Friday in Dover, police said.", 2),
    ("A gunman shot and killed Officer Ana Ruiz and Tom Hill on Friday in Dover, police said.", 2),
    ("A gunman shot and killed his neighbor Tom Hill and his wife on Friday in Dover, police said.", 2),
    # a weekday after the noun is no name
    ("A man shot and killed his wife Sunday in Dover, police said.", 1),
])
def test_a_name_after_a_title_is_the_same_person(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    ("A man opened fire at his Dover home on Monday, killing his wife, police said. The gunman then took his "
     "own life, officials said.", 2),
    ("A man opened fire at his Dover home on Monday, killing his three children, police said. The gunman then "
     "took his own life.", 4),
    ("A man opened fire at his Dover home on Monday, killing his three children before taking his own life, "
     "police said.", 4),
    # an accident, or a suicide the story already counts, adds nobody
    ("A man shot and killed his neighbor in Dover on Monday, police said. The gunman later accidentally "
     "killed himself while cleaning a rifle.", 1),
    ("Three people died in a shooting at a Dover home on Monday, including the gunman, police said. He took "
     "his own life, officials said.", 3),
])
def test_the_attackers_suicide_told_after_the_killings_is_one_more_dead(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


def test_a_crowd_protesting_a_death_is_not_its_toll():
    e = lead("Hundreds marched in Dover on Sunday to protest the death of Gary Bell, who was shot by police last "
             "week.", published="2015-06-05")
    assert e.event_type == "Protests" and e.fatalities == 0

