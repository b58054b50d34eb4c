"""ACLED's first-level divisions that are larger than the gazetteer's (data/geo/acled_territories.yaml):
a place of the Palestinian territories is written in "Gaza Strip" or "West Bank", its governorate as
the admin2, while the governorate's own name still reads; a town of a Serbian district outside
Vojvodina and Belgrade is in "Central Serbia". My own sentences; the places are real."""

import pytest

from sitroom.geo import admin_names
from sitroom.geo.admin_names import acled_territory
from sitroom.geo.gazetteer import load_gazetteer
from sitroom.knowledge import KnowledgeError

from .test_coder_places_written import top


def test_a_governorates_towns_are_in_acleds_territory_with_the_governorate_as_admin2():
    gaz = load_gazetteer(progress=False)
    town = next(p for p in gaz.lookup("Khan Yunis") if p.kind == "city" and p.country == "PSE")
    assert (town.admin1, town.admin2) == ("Gaza Strip", "Khan Yunis")
    town = next(p for p in gaz.lookup("Hebron") if p.kind == "city" and p.country == "PSE")
    assert (town.admin1, town.admin2) == ("West Bank", "Hebron")


def test_the_governorate_itself_still_reads_by_its_name():
    gaz = load_gazetteer(progress=False)
    division = next(p for p in gaz.lookup("Jenin Governorate") if p.country == "PSE")
    assert (division.kind, division.admin1, division.admin2) == ("adm1", "West Bank", "Jenin")


def test_other_countries_provinces_are_untouched():
    assert acled_territory("PSE", "Nablus") == "West Bank"
    assert acled_territory("SYR", "Aleppo") is None
    gaz = load_gazetteer(progress=False)
    aleppo = next(p for p in gaz.lookup("Aleppo") if p.kind == "adm1")
    assert (aleppo.admin1, aleppo.admin2) == ("Aleppo", None)


@pytest.mark.parametrize("text,place,admin1", [
    ("On 3 June 2025, Israeli soldiers raided a house in Khan Younis, killing two men.", "Khan Yunis", "Gaza Strip"),
    ("Israeli aircraft struck targets in Gaza on Monday, killing four people.", "Gaza", "Gaza Strip"),
    ("Settlers set fire to two cars in the town of Jenin on Friday night.", "Janin", "West Bank"),
    ("Israeli tanks shelled a Hamas post in Shujaayah neighbourhood of Gaza city on Monday.", "Gaza", "Gaza Strip"),
])
def test_an_event_in_the_territories_is_placed_in_acleds_division(text, place, admin1):
    event = top(text)
    assert (event.location.name, event.location.admin1, event.location.country) == (place, admin1, "PSE")
    assert event.location.lat is not None  # a town, not the country's centre


def test_civilians_of_a_raid_on_a_gaza_town_are_palestinian():
    assert top("Israeli forces raided Khan Younis on Tuesday, killing three people.").actor2.name == "Civilians (Palestine)"


def test_a_division_in_two_territories_is_refused(tmp_path, monkeypatch):
    bad = tmp_path / "acled_territories.yaml"
    bad.write_text("PSE:\n  Gaza Strip: [Rafah]\n  West Bank: [Rafah]\n", encoding="utf-8")
    monkeypatch.setattr(admin_names, "load_yaml", lambda _name: __import__("yaml").safe_load(bad.read_text()))
    admin_names.acled_territories.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match="Rafah is in both"):
            admin_names.acled_territories()
    finally:
        admin_names.acled_territories.cache_clear()


def test_a_serbian_districts_towns_are_in_central_serbia():
    gaz = load_gazetteer(progress=False)
    town = next(p for p in gaz.lookup("Kragujevac") if p.kind == "city" and p.country == "SRB")
    assert (town.admin1, town.admin2) == ("Central Serbia", "Šumadijski okrug")
    town = next(p for p in gaz.lookup("Novi Sad") if p.kind == "city" and p.country == "SRB")
    assert town.admin1 == "Vojvodina"  # (not one of Central Serbia's districts)
    event = top("On 3 June 2021, hundreds of people protested in Nis against a new mine.")
    assert (event.location.admin1, event.location.country) == ("Central Serbia", "SRB")
