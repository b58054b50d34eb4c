"""Notes in the style of ACLED's later years (Ukraine, the Sahel, Ethiopia, Myanmar, Pakistan
since 2022): drones as the means, the armies' own acronyms, both sides of a clash told before
its dead, and a group a post belongs to. Every sentence is my own; the places are real."""

import pytest

from .coder_helpers import code, top
from .test_coder_places_written import places_of, top as placed_top


def _sides(event):
    return (event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None)


def test_both_sides_of_a_clash_stay_the_sides_when_a_later_clause_counts_the_dead():
    event = top("On 26 March 2023, the Pakistani military and TTP militants exchanged fire in North Waziristan, "
                "killing 2 soldiers and 3 militants.")
    assert _sides(event) == ("Military Forces of Pakistan", "TTP: Tehreek-i-Taliban Pakistan")
    assert event.fatalities == 5
    # an opponent named with "with" is still the other side
    event = top("On 26 March 2023, Taliban fighters clashed with Afghan forces in Kunar, killing two soldiers.")
    assert _sides(event) == ("Taliban", "Military Forces of Afghanistan")


def test_the_verb_before_a_means_names_the_sides_even_when_both_roles_seem_filled():
    # "the PDF attacked a column ... with landmines, killing 5 soldiers": the PDF laid them
    event = top("On 9 March 2023, the PDF attacked a Myanmar military column near Kani with landmines, "
                "killing 5 soldiers.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert _sides(event) == ("PDF: People's Defense Force", "Military Forces of Myanmar")


@pytest.mark.parametrize("text,actor", [
    ("On 8 March 2023, Fano militiamen clashed with the ENDF near Debre Markos.", "Military Forces of Ethiopia"),
    ("On 8 March 2023, M23 rebels clashed with FARDC soldiers near Rutshuru.",
     "Military Forces of the Democratic Republic of Congo"),
    ("On 8 March 2023, the RSF clashed with the SAF in Omdurman.", "Military Forces of Sudan"),
])
def test_an_armys_own_acronym_names_its_military(text, actor):
    assert top(text).actor2.name == actor


@pytest.mark.parametrize("text,actor1", [
    ("On 5 March 2023, a Ukrainian drone struck an oil depot in Belgorod city.", "Military Forces of Ukraine"),
    ("On 5 March 2023, rebels attacked an army base with a drone near Kidal.", None),
    ("On 5 March 2023, Russian forces dropped grenades from a drone on a car in Kherson.", "Military Forces of Russia"),
    ("On 5 March 2023, a drone-dropped grenade wounded two soldiers near Bakhmut.", None),
])
def test_a_drone_as_the_means_is_an_air_or_drone_strike(text, actor1):
    event = top(text)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    if actor1 is not None:
        assert event.actor1.name == actor1


def test_a_grenade_thrown_by_hand_is_still_a_grenade():
    event = top("On 13 March 2023, a hand grenade was thrown at a shop in Imphal, injuring one person.")
    assert event.sub_event_type == "Grenade"


def test_the_group_a_post_belongs_to_is_no_place():
    sentence = ("On 28 April 2020, a Turkish drone attacked a military post belonging to Asayish in Ain al Arab "
                "city in Aleppo countryside.")
    assert "Asayish" not in places_of(sentence)
    assert placed_top(sentence).location.country == "SYR"
    assert "Haftar" not in places_of("Fighters loyal to Haftar shelled Tripoli on Monday.")
    # a place gone to is still a place
    assert "Chitral" in places_of("Soldiers fled to Chitral on Monday.")


def test_a_township_is_a_kind_of_place():
    assert places_of("Junta troops burned houses in Kani township on Monday.")["Kani"].feature == "township"


def test_no_event_from_a_sentence_without_one():
    assert code("The ENDF is Ethiopia's army.") == []
