"""Lower-case words inside one place name (an article written alone, Dari and Arabic "wa",
Russian "imeni"), a checkpoint as the security forces' target, and separatist forces as a
non-state armed group. My own sentences; the places are real."""

import pytest

from sitroom.coder.places import find_places
from sitroom.coder.tokens import tokenize

from .story_helpers import lead


def _names(sentence: str) -> list[str]:
    return [p.name for p in find_places(tokenize(sentence), sentence, set())]


@pytest.mark.parametrize("sentence,name", [
    ("Fighting went on for a day in Keran wa Menjan district, Badakhshan.", "Keran wa Menjan"),
    ("A man was found shot in Qaryat ar Rahbah, Deir-ez-Zor.", "Qaryat ar Rahbah"),
    ("Shells fell on houses in Shakhta imeni Gagarina, Donetsk.", "Shakhta imeni Gagarina"),
])
def test_a_lower_case_connector_inside_a_name_keeps_the_name_whole(sentence, name):
    assert name in _names(sentence)


@pytest.mark.parametrize("sentence,names", [
    # English words between a place and the next name do not join them
    ("Shops closed in Kabul as Taliban fighters entered the city.", {"Kabul"}),
    ("Police fired tear gas in Dhaka at Shahbag square.", {"Dhaka", "Shahbag"}),
])
def test_english_words_between_two_names_do_not_join_them(sentence, names):
    found = set(_names(sentence))
    assert names <= found and not any(" as " in n or " at " in n for n in found)


def test_a_district_named_with_wa_is_the_district_not_a_namesake_abroad():
    event = lead("On 9 June 2021, Afghan forces repelled a Taliban attack in Keran wa Menjan district, "
                 "Badakhshan, killing 4 militants.", published="2021-06-10")
    assert (event.location.country, event.location.admin1) == ("AFG", "Badakhshan")


def test_a_village_named_after_someone_is_in_the_province_written_after_it():
    # the gazetteer lacks the village; its first word is a Russian village's name
    event = lead("On 4 March 2021, separatist forces fired mortars at Ukrainian army positions in the area "
                 "of Shakhta imeni Gagarina, Donetsk.", published="2021-03-05")
    assert (event.location.country, event.location.admin1) == ("UKR", "Donetsk")


def test_an_attacked_checkpoint_is_the_security_forces_and_the_attack_a_clash():
    event = lead("On 9 June 2021, Taliban fighters attacked a checkpoint in Baharak district, Badakhshan.",
                 published="2021-06-10")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor2.name == "Military Forces of Afghanistan"


def test_separatist_forces_are_an_armed_group_not_the_state():
    event = lead("On 4 March 2021, separatist forces fired mortars at Ukrainian army positions near "
                 "Avdiivka, Donetsk.", published="2021-03-05")
    assert event.actor1.name == "Unidentified Armed Group (Ukraine)"
    assert event.actor2.name == "Military Forces of Ukraine"
