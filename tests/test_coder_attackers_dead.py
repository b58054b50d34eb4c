"""The attackers' own dead count beside their victims, however the note tells them."""

from .story_helpers import lead


def test_attackers_dead_told_after_a_semicolon_add_to_the_victims():
    event = lead("On 4 June 2025, JNIM militants attacked an army post in Arbinda, killing 4 soldiers and 9 "
                 "civilians; 7 attackers also died.", published="2025-06-08")
    assert event.fatalities == 20


def test_a_force_that_lost_men_and_killed_attackers_counts_both():
    event = lead("Soldiers repelled an assault on their base near Menaka on Monday, killing 10 assailants; 2 "
                 "soldiers were killed.", published="2025-06-08")
    assert event.fatalities == 12


def test_a_bomber_killing_herself_and_others_counts_her_and_them():
    event = lead("On 4 June 2025, a female suicide bomber blew herself up at a fish market in Bama, killing "
                 "herself and 8 civilians.", published="2025-06-08")
    assert event.fatalities == 9


def test_dozens_of_displaced_people_killed_are_dozens_dead():
    event = lead("On 4 June 2025, gunmen attacked a camp near Gao, killing dozens of displaced people.",
                 published="2025-06-08")
    assert event.fatalities == 12
