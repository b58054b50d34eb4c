"""The story's country from what its sentences write: a US state written out or abbreviated is a
vote for the USA, a state that shares a country's name ("Georgia", "New Mexico") is none for that
country, and a country's name that opens a person's or firm's name is no vote. Also a district's
seat spelled otherwise, and the place a sentence without one carries. My own sentences; the places are real."""

import pytest

from sitroom.coder.codebook import load_codebook
from sitroom.coder.story_country import story_country
from sitroom.coder.rules import load_rules
from sitroom.coder.sentence_coder import analyse
from sitroom.geo.gazetteer import load_gazetteer

from .story_helpers import lead


def focus_of(*sentences):
    codebook, rules = load_codebook(), load_rules()
    infos = [analyse(codebook, i, 0, s, None, None, rules) for i, s in enumerate(sentences)]
    return story_country(codebook, infos, None, None)


@pytest.mark.parametrize("sentences,country", [
    (["SILVER CITY, New Mexico - A man was shot outside a bar on Tuesday, police said."], "USA"),
    (["A man was shot at a bar in Bristol, Tenn., on Saturday."], "USA"),
    (["Jordan Pierce, 19, was shot twice in the leg on Maple Street, police said."], None),
    (["Malaysia Airlines staff were questioned after a shooting in a parking lot in Ohio."], "USA"),
    (["A Georgia police officer was hurt, and the Georgia Bureau of Investigation is looking into it."], None),
    # foreign stories keep their country
    (["Gunmen killed two soldiers near Amman, Jordan, on Monday."], "JOR"),
    (["Two policemen were killed in an ambush in Georgia's breakaway region of Abkhazia."], "GEO"),
    (["Protesters marched in Syria Tuesday against the price of bread."], "SYR"),
])
def test_the_storys_country(sentences, country):
    assert focus_of(*sentences) == country


@pytest.mark.parametrize("district,seat", [("Vehari", "Vihari"), ("Umerkot", "Umarkot")])
def test_a_districts_seat_may_be_spelled_one_letter_otherwise(district, seat):
    gaz = load_gazetteer(progress=False)
    division = next(p for p in gaz.lookup(district) if p.kind == "adm2" and p.country == "PAK")
    assert gaz.seat(division).name == seat


def test_a_sentence_without_a_place_carries_the_place_written_with_its_address():
    # "a house in Austin" is a bare name after the addressed town, not a Texas city
    e = lead("On 2 June 2021, police in Nova Iguacu, Rio de Janeiro, raided a house in Austin. Officers were "
             "shot at by suspects.", published="2021-06-05")
    assert (e.location.name, e.location.country) == ("Nova Iguacu", "BRA")


def test_a_town_written_with_its_state_named_like_a_country_is_in_that_state():
    # the town lies in the division written with it: Georgia the state, not the country
    event = lead("Two men were wounded in a shooting in Macon, Georgia, on Sunday.", published="2024-03-20")
    assert (event.location.country, event.actor2.name) == ("USA", "Civilians (United States)")
    abroad = lead("Two soldiers were killed in a shooting near Gori, Georgia, on Sunday.", published="2024-03-20")
    assert abroad.location.country == "GEO"


def test_a_wire_bureaus_dateline_lends_no_country_to_a_story_about_another():
    sudan = lead("Paramilitary fighters shelled a displacement camp near El Fasher in Sudan's Darfur region on "
                 "Tuesday, killing 12 people, the army said. The army said its troops repelled a later assault.",
                 dateline="CAIRO", published="2025-03-19")
    assert "Military Forces of Sudan" in {sudan.actor1.name, sudan.actor2.name}
    # a story of the bureau's own country keeps it
    cairo = lead("Police fired tear gas at protesters in central Cairo on Friday, the interior ministry said.",
                 dateline="CAIRO", published="2025-03-19")
    assert cairo.location.country == "EGY" and cairo.actor2.name == "Police Forces of Egypt"
    # and a national capital's dateline still names the bare military's country
    strike = lead("The military said its jets struck militant hideouts in Afghanistan's Khost province on Monday, "
                  "killing 20 militants.", dateline="ISLAMABAD", published="2025-03-19")
    assert strike.actor1.name == "Military Forces of Pakistan"
