"""Later ACLED-style notes, round seven: heavy weapons in an assault, a grenade in a gunfight,
battles fought, the means listed after "with". My own sentences; the places and groups are real."""

import pytest

from .coder_helpers import pipeline_events
from .story_helpers import lead


@pytest.mark.parametrize("text", [
    "On 3 May 2025, JNIM militants stormed a FAMa post near Boni with mortars and machine guns, killing 5 soldiers.",
    "On 3 May 2025, JNIM militants assaulted a FAMa post near Boni using mortars, killing 5 soldiers.",
])
def test_heavy_weapons_of_those_who_storm_a_post_are_an_armed_clash(text):
    event = lead(text, published="2025-05-05")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor1.name.startswith("JNIM")


def test_mortars_fired_at_a_village_from_afar_stay_a_shelling():
    event = lead("On 3 May 2025, militants fired mortars and machine guns at a village near Boni.",
                 published="2025-05-05")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_a_grenade_thrown_in_a_gunfight_is_the_clash():
    event = lead("On 3 May 2025, militants attacked a police post in Bannu with grenades and automatic weapons, "
                 "killing 2 policemen.", published="2025-05-05")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_battles_fought_are_a_clash():
    event = lead("On 22 July 2024, CSP-PSD fighters and Wagner Group troops fought heavy battles near "
                 "Tinzaouatene.", published="2024-07-24")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor2.name == "Wagner Group"


def test_the_last_of_the_means_listed_after_with_keeps_the_attackers_roles():
    event = lead("On 3 May 2025, JNIM militants attacked a FAMa post near Boni with machine guns and "
                 "rocket-propelled grenades, killing 5 soldiers.", published="2025-05-05")
    assert event.actor1.name.startswith("JNIM")
    assert event.actor2.name.startswith("Military Forces of Mali")


@pytest.mark.parametrize("after", ["The attack was attributed to Boko Haram.", "Boko Haram was suspected."])
def test_a_group_the_attack_is_attributed_to_or_suspected_of_is_its_agent(after):
    event = lead(f"On 29 June 2024, suicide bombers attacked a wedding in Gwoza, killing 18 civilians. {after}",
                 published="2024-07-01")
    assert event.actor1.name.startswith("Boko Haram")


@pytest.mark.parametrize("text, sub_event_type", [
    ("On 8 April 2024, Russian forces dropped munitions containing chloropicrin on Ukrainian positions near "
     "Robotyne.", "Chemical weapon"),
    ("On 3 August 2024, the MNDAA captured the Northeastern Regional Military Command headquarters in Lashio.",
     "Non-state actor overtakes territory"),
    ("On 8 December 2024, HTS fighters entered Damascus without resistance.", "Non-violent transfer of territory"),
    ("On 24 April 2023, residents in Port-au-Prince stoned and burned 13 suspected gang members.", "Mob violence"),
])
def test_later_kinds_of_event_told_in_their_own_words(text, sub_event_type):
    assert lead(text, published="2024-12-10").sub_event_type == sub_event_type


def test_tear_gas_shells_are_no_shelling():
    event = lead("On 3 May 2020, residents pelted stones at police, who lobbed tear gas shells to control them, "
                 "in Godhra.", published="2020-05-05")
    assert event.event_type == "Riots"


@pytest.mark.parametrize("text, actor", [
    ("On 22 February 2025, M23 rebels clashed with Wazalendo militiamen in Kalehe (Kalehe, Sud-Kivu).",
     "Mayi Mayi Militia"),
    ("On 22 February 2025, FDLR fighters killed 3 civilians in Rutshuru (Nord-Kivu).",
     "FDLR: Democratic Forces for the Liberation of Rwanda"),
    ("On 22 February 2025, Pyu Saw Htee members killed 2 villagers in Kanbalu (Sagaing).", "Pyu Saw Htee"),
])
def test_groups_of_the_later_years_by_their_names(text, actor):
    event = lead(text, published="2025-02-24")
    assert actor in (event.actor1.name, event.actor2.name)


@pytest.mark.parametrize("text, fatalities", [
    ("On 23 March 2024, ISWAP fighters attacked a Nigerian army base in Malam Fatori, but troops repelled the attack "
     "and killed 11 of the militants.", 11),
    ("On 23 March 2024, ISWAP fighters attacked a Nigerian army base in Malam Fatori, but troops repelled the "
     "attack.", 0),
])
def test_those_who_attacked_come_first_and_those_who_repelled_them_second(text, fatalities):
    event = lead(text, published="2024-03-25")
    assert (event.event_type, event.fatalities) == ("Battles", fatalities)
    assert event.actor1.name.startswith("Islamic State")
    assert event.actor2.name.startswith("Military Forces of Nigeria")


@pytest.mark.parametrize("text", [
    "On 16 October 2024, Russian troops shot dead 9 Ukrainian soldiers who had surrendered near Glushkovo (Kursk).",
    "On 16 October 2024, police beat to death a man who had been detained in Karachi.",
])
def test_what_the_victims_had_done_or_undergone_is_no_event_of_its_own(text):
    kinds = [e.event_type for e in pipeline_events(text, "2024-10-18")]
    assert kinds == ["Violence against civilians"]
