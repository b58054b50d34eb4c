"""ACLED's first-level divisions that are smaller than the gazetteer's (data/geo/acled_split_regions.yaml):
GeoNames files Iraq's Kurdish governorates under one Kurdistan Region, ACLED writes a place there
in "Dahuk", "Erbil" or "Sulaymaniyah". And English exonyms of provinces and towns of recent wars
that GeoNames spells otherwise (data/geo/aliases.yaml). My own sentences; the places are real."""

import pytest

from sitroom.geo import admin_names
from sitroom.geo.admin_names import split_by_acled
from sitroom.geo.gazetteer import load_gazetteer
from sitroom.knowledge import KnowledgeError

from .story_helpers import lead


def test_a_kurdish_governorates_towns_take_it_as_their_first_level_division():
    gaz = load_gazetteer(progress=False)
    town = next(p for p in gaz.lookup("Soran") if p.kind == "city" and p.country == "IRQ")
    assert (town.admin1, town.admin2) == ("Erbil", None)
    governorate = next(p for p in gaz.lookup("Duhok") if p.kind == "adm1" and p.country == "IRQ")
    assert governorate.admin1 == "Dahuk"  # (ACLED's name: acled_admin1.yaml)


def test_other_provinces_are_untouched():
    assert split_by_acled("IRQ", "Iqlīm Kūrdistān") and not split_by_acled("IRQ", "Anbar")
    gaz = load_gazetteer(progress=False)
    town = next(p for p in gaz.lookup("Mosul") if p.kind == "city" and p.country == "IRQ")
    assert town.admin1 == "Ninewa"


def test_an_event_in_iraqi_kurdistan_is_in_its_governorate():
    e = lead("On 3 June 2021, Turkish drones struck a vehicle near Amadiya in northern Iraq, killing two "
             "PKK fighters.", published="2021-06-04")
    assert (e.location.country, e.location.admin1) == ("IRQ", "Dahuk")


def test_a_malformed_table_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(admin_names, "load_yaml", lambda _name: {"IRQ": "Kurdistan"})
    admin_names.acled_split_regions.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match="acled_split_regions"):
            admin_names.acled_split_regions()
    finally:
        admin_names.acled_split_regions.cache_clear()


@pytest.mark.parametrize("text,country,admin1", [
    ("On 3 June 2021, IS militants attacked an army post in Saladin province, killing a soldier.", "IRQ",
     "Sala al-Din"),
    ("On 3 June 2021, Houthi forces shelled a market in Hodeidah, injuring four civilians.", "YEM", "Al Hudaydah"),
    ("On 3 June 2021, UAE-backed forces deployed to Socotra island.", "YEM", "Suqutra"),
    ("On 3 June 2021, the Arakan Army clashed with the military near Paletwa town.", "MMR", "Chin"),
    ("On 3 June 2021, SDF fighters raided a house in Baghuz, arresting two men.", "SYR", "Deir-ez-Zor"),
    ("On 3 June 2021, two rival clans clashed in Datu Piang, Maguindanao, leaving one dead.", "PHL",
     "Bangsamoro Autonomous Region in Muslim Mindanao"),
    ("On 3 June 2021, soldiers fired on a crowd in Axum, killing two civilians.", "ETH", "Tigray"),
])
def test_a_war_s_exonym_is_its_place(text, country, admin1):
    e = lead(text, published="2021-06-04")
    assert (e.location.country, e.location.admin1) == (country, admin1)
    assert e.location.lat is not None
