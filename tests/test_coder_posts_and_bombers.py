"""The men a deed at a post killed are its target, the post killed no one, and bombers who blew
themselves up are counted as many as the story tells."""

from .story_helpers import lead


def test_policemen_killed_at_a_checkpoint_are_the_target_not_the_army():
    event = lead("A suicide bomber blew himself up at a checkpoint in Bannu on Monday, killing three policemen, "
                 "officials said.", published="2024-05-07")
    assert event.actor2.name == "Police Forces of Pakistan"
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_men_wounded_at_a_checkpoint_are_the_target():
    event = lead("Gunmen attacked a checkpoint near Turbat on Friday, wounding two levies personnel.",
                 published="2024-05-11")
    assert event.actor2.name == "Police Forces of Pakistan" and event.injured == 2


def test_a_checkpoint_without_its_men_hurt_stays_the_target():
    event = lead("Militants attacked a checkpoint near Turbat on Friday, police said.", published="2024-05-11")
    assert event.actor2.name == "Military Forces of Pakistan"


def test_two_bombers_who_blew_themselves_up_are_two_dead():
    event = lead("Two suicide bombers blew themselves up at the gate of a camp in Bannu on Monday, killing "
                 "three soldiers, officials said.", published="2024-05-07")
    assert event.fatalities == 5


def test_one_bomber_who_blew_himself_up_is_one_dead():
    event = lead("A suicide bomber blew himself up at the gate of a camp in Bannu on Monday, killing three "
                 "soldiers, officials said.", published="2024-05-07")
    assert event.fatalities == 4


def test_bombers_without_a_number_count_one():
    event = lead("Attackers blew themselves up at the gate of a camp in Bannu on Monday, killing three "
                 "soldiers.", published="2024-05-07")
    assert event.fatalities == 4
