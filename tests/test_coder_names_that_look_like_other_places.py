"""Names that look like other places: a town that bears a country's name, written with its state
("Peru, Ind.", "Lebanon, Tenn."), is that state's town; a spot named with a building's word
("the Gilpin Court neighborhood") is in the story's town. My own sentences; the places are real."""

import pytest

from .coder_helpers import pipeline_events


def first(text, published="2025-06-16"):
    return pipeline_events(text, published)[0]


@pytest.mark.parametrize("text, state", [
    ("A man was killed in a shooting in Peru, Ind., on Monday.", "Indiana"),
    ("Two people were wounded in a shooting Sunday in Lebanon, Tenn., police said.", "Tennessee"),
    ("A woman was shot dead outside a bar in Mexico, Mo., on Friday night.", "Missouri"),
])
def test_a_town_named_as_a_country_with_its_state_abbreviated_is_that_states(text, state):
    event = first(text)
    assert (event.location.country, event.location.admin1) == ("USA", state)
    assert event.actor2.name == "Civilians (United States)"


def test_a_postal_code_after_a_town_abroad_names_no_us_state():
    event = first("On Thursday, members of a party held a protest in Thoothukudi district (Thoothukudi, TN) "
                  "against the reopening of liquor shops.", "2020-05-08")
    assert event.location.country == "IND"


@pytest.mark.parametrize("text", [
    "RICHMOND, Va. -- A man was shot and killed in the Gilpin Court neighborhood on Friday night, police said.",
    "A man was shot dead in the Mosby Court housing project in Richmond, Va., on Friday night.",
])
def test_a_spot_named_with_a_buildings_word_is_in_the_storys_town(text):
    event = first(text)
    assert (event.location.name, event.location.admin1) == ("Richmond", "Virginia")
    assert not event.actor1.name.startswith("Judiciary")


def test_a_court_after_a_county_still_ends_the_countys_name():
    event = first("A man was shot dead outside the Wayne County Court building in Detroit on Friday.")
    assert event.location.admin1 == "Michigan"


def test_a_name_with_an_elided_article_is_read_whole_and_placed_in_its_province():
    # the gazetteer lacks the commune: its arrondissement, written with it, not a namesake abroad
    event = first("On 14 February 2025, gang members raped 2 women in Petite Riviere de l'Artibonite "
                  "(Dessalines, Artibonite).", "2025-02-16")
    assert (event.location.country, event.location.admin1) == ("HTI", "Artibonite")
