"""Victims told together or one more at a time: people joined by "and" before a passive of harm,
"another" or "a fourth" wounded, an unhurt officer, and a part of a group that died. My own
sentences; the places are real."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("text,dead,injured", [
    # people joined by "and" (and commas before it) are all of the subject
    ("A man and his 12-year-old son were wounded in a shooting in Macon, Georgia, on Sunday.", 0, 2),
    ("Two men and a teenage girl were wounded in a shooting outside a store in Macon, Georgia, on Sunday.", 0, 3),
    ("A 14-year-old boy and a 19-year-old man were shot in Macon, Georgia, on Sunday, but neither wound was "
     "life-threatening.", 0, 2),
    ("In Macon, Georgia, a woman, her brother and two neighbours were shot on Sunday; one of them died.", 1, 3),
    # people joined by "and" after an active verb of harm are all of its object, but not the
    # subject of a clause of their own
    ("A gunman wounded a woman and a child outside a grocery store in Dayton, Ohio, on Tuesday.", 0, 2),
    ("The gunman injured two officers and a bystander before he was arrested in Dayton, Ohio, on Tuesday.", 0, 3),
    ("A gunman wounded a man and his two sons in Dayton, Ohio, on Tuesday.", 0, 3),
    ("A gunman wounded a man and a woman was arrested later in Dayton, Ohio, on Tuesday.", 0, 1),
    ("Robbers wounded a security guard and two suspects fled on foot in Dayton, Ohio, on Tuesday.", 0, 1),
    ("Gunmen wounded three men and killed a woman in Dayton, Ohio, on Tuesday.", 1, 3),
    # a death denied before "fatally" is none
    ("Six people were shot but none fatally at a block party in Denver, Colorado, late Saturday.", 0, 6),
    ("A 65-year-old man was wounded, not fatally, when a hunter fired at a deer near Wausau, Wisconsin, on "
     "Sunday.", 0, 1),
    ("Six people were shot, one fatally, at a block party in Denver, Colorado, late Saturday.", 1, 5),
    ("Six people were shot, none of them fatally, at a party in Denver, Colorado, on Saturday.", 0, 6),
    # one more shot than the dead told before is hurt; one more killed adds to them
    ("A 16-year-old boy was shot and killed on Edmondson Avenue in Baltimore on Saturday. A 17-year-old boy "
     "was also shot in the leg and is expected to survive.", 1, 1),
    # (after a toll of several, one more "also killed" may be one of them)
    ("Two men were shot and killed outside a nightclub in Memphis, Tennessee, early Sunday, police said. Police "
     "identified one victim as Marcus Hill, 25. His cousin, Darnell Hill, 27, was also killed.", 2, None),
    ("A man was fatally shot on Edmondson Avenue in Baltimore on Saturday, police said. A woman was also "
     "killed.", 2, None),
    # (those shot at were not hit)
    ("A man was shot and killed in Baltimore on Saturday. Two officers were also shot at, but neither was hit.",
     1, None),
    # a dead told by rank sets the toll, more or not ("three found dead ... a third was also killed")
    ("A third person has died after a shooting early Saturday at a tavern in Milwaukee, Wisconsin, police "
     "said.", 3, None),
    ("Police in Salt Lake City said three people were found shot to death on Friday night. A third person, a "
     "28-year-old man, was also killed.", 3, None),
    # one more than those told before
    ("One man was killed and another was wounded in a shooting in Macon, Georgia, on Sunday.", 1, 1),
    ("Three people were killed and a fourth was injured in a shooting in Macon, Georgia, on Sunday.", 3, 1),
])
def test_joined_and_added_victims_are_counted(text, dead, injured):
    event = lead(text, published="2024-03-20")
    assert (event.fatalities, event.injured) == (dead, injured)


def test_an_officer_who_was_not_hurt_is_no_injured():
    event = lead("A man was shot dead by a deputy in Ocala, Florida, on Sunday. The deputy was not injured, the "
                 "sheriff said.", published="2024-03-20")
    assert (event.fatalities, event.injured) == (1, None)


@pytest.mark.parametrize("text,dead", [
    # the part that died is counted, not the group it belongs to
    ("One of the three people shot outside a bar in Macon, Georgia, on Sunday has died.", 1),
    ("Two of the five victims of Sunday's shooting in Macon, Georgia, died at a hospital.", 2),
    # but a group told dead stays whole when one of it is described
    ("One of the two men killed in Macon, Georgia, on Sunday was a high school senior.", 2),
])
def test_a_part_of_a_group_counts_the_part(text, dead):
    assert lead(text, published="2024-03-20").fatalities == dead


def test_a_graze_is_an_injury():
    event = lead("An 8-year-old girl was grazed by a bullet during a shooting in Macon, Georgia, on Sunday.",
                 published="2024-03-20")
    assert (event.fatalities, event.injured) == (0, 1)


def test_a_rank_among_those_shot_tells_nothing_of_the_dead():
    event = lead("A gunman shot four people in Brooklyn, New York, on Friday, killing one, police said. A third man "
                 "was shot in the head and killed.", published="2024-03-20")
    assert event.fatalities == 1


@pytest.mark.parametrize("text,dead", [
    # one told among the dead is one of them, and a speaker after a comma is none of them
    ("Four people were found shot to death in a home in Athens, Texas, on Sunday; the gunman was among the dead, "
     "the sheriff said.", 4),
    ("Police said the gunman was among the dead after a shooting at a bar in Athens, Texas, on Sunday.", 1),
    # (figures told of those among the dead are theirs)
    ("A suicide bomber attacked a market in Kabul on Saturday. Among the dead were 12 soldiers and 30 civilians, "
     "officials said.", 42),
    ("Twelve soldiers were among those killed when a suicide bomber attacked a base in Kabul on Saturday.", 12),
])
def test_one_among_the_dead_is_one_of_them(text, dead):
    assert lead(text, published="2024-04-11").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # the subject of a suicide told after the victims is the attacker, counted once
    ("A 19-year-old woman was shot and killed early Thursday at an apartment complex in Springfield, Missouri, "
     "police said. The shooter then killed himself.", 2),
    ("A gunman shot and killed his wife and then killed himself in Springfield, Missouri, on Thursday.", 2),
    ("A man killed two co-workers before killing himself at a warehouse in Springfield, Missouri, on Thursday.", 3),
])
def test_an_attacker_who_killed_himself_is_counted_once(text, dead):
    assert lead(text, published="2024-04-11").fatalities == dead
