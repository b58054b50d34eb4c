"""One more person hurt, told as "another" or "a third" after the people told before."""

from .story_helpers import lead


def test_another_after_a_death_is_one_injured():
    event = lead("A shooting outside a bar in Toledo on Saturday left one man dead and another injured, police said.",
                 published="2024-10-14")
    assert (event.fatalities, event.injured) == (1, 1)


def test_another_told_with_its_own_verb_is_counted_once():
    event = lead("One man was killed and another was injured in a shooting in Toledo on Saturday, police said.",
                 published="2024-10-14")
    assert (event.fatalities, event.injured) == (1, 1)


def test_another_as_the_object_of_wounding_is_one_injured():
    event = lead("Gunmen killed one villager and wounded another in Jiribam on Saturday.", published="2024-10-14")
    assert (event.fatalities, event.injured) == (1, 1)


def test_a_third_grazed_after_two_shot_is_three_injured():
    event = lead("Two people were shot and a third was grazed by a bullet in Toledo on Saturday, police said.",
                 published="2024-10-14")
    assert (event.fatalities, event.injured) == (0, 3)


def test_shot_and_killed_is_still_no_injury():
    event = lead("Two people were shot and killed in Toledo on Saturday.", published="2024-10-14")
    assert (event.fatalities, event.injured) == (2, None)
