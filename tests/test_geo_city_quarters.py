"""Quarters of big cities (data/geo/city_quarters.yaml): "Karrada" is Baghdad's, "Kibera"
Nairobi's, at their city's point. My own sentences."""

import pytest

from sitroom.geo import city_quarters
from sitroom.geo.city_quarters import QUARTER_POPULATION, add_city_quarters, load_city_quarters
from sitroom.geo.gazetteer import Place, load_gazetteer
from sitroom.geo.resolve import Resolver, default_resolver
from sitroom.knowledge import KnowledgeError

from .coder_helpers import pipeline_events
from .gazetteer_helpers import gazetteer_of

BAGHDAD = 98182  # GeoNames ids of two cities the file lists
NAIROBI = 184745


def test_every_city_of_the_file_is_in_the_embedded_gazetteer():
    gaz = load_gazetteer()
    missing = [entry.city for entry in load_city_quarters() if entry.city not in gaz.by_id]
    assert missing == []
    spellings = [name for entry in load_city_quarters() for names in entry.quarters for name in names]
    assert len(spellings) > 400 and all(name.strip() == name and name for name in spellings)


def test_a_quarter_is_placed_at_its_city_in_its_province():
    found = default_resolver().resolve("Karrada", [], focus="IRQ")
    baghdad = load_gazetteer().place(load_gazetteer().by_id[BAGHDAD])
    place = found.place
    assert (place.name, place.country, place.admin1, place.kind) == ("Baghdad-Karrada", "IRQ", "Baghdad", "city")
    assert (place.lat, place.lon) == (baghdad.lat, baghdad.lon) and found.precision == 1


def test_a_big_namesake_elsewhere_wins_unless_the_story_is_about_the_quarter_s_country():
    resolver = default_resolver()
    assert resolver.resolve("Eastleigh", [], focus=None).place.country == "GBR"
    assert resolver.resolve("Eastleigh", [], focus="KEN").place.name == "Nairobi-Eastleigh"


def test_a_quarter_is_never_found_spelled_otherwise():
    # Beirut's "Ashrafieh" and Aleppo's "Ashrafiyah" are not a quarter of Afrin written "Al-Ashrafieh"
    found = default_resolver().resolve("Al-Ashrafieh", [], focus="SYR")
    assert found is None or not found.place.name.endswith(("Achrafieh", "Ashrafiyah"))


def test_a_quarter_the_gazetteer_places_itself_keeps_its_own_point():
    city = Place(BAGHDAD, "Baghdad", "IRQ", "Baghdad", None, 33.34, 44.40, 7_000_000, "city", "PPLC")
    own = Place(1, "Karrada", "IRQ", "Baghdad", None, 33.30, 44.43, 0, "city", "PPLX")  # about 5 km away
    gaz = gazetteer_of(city, own)
    added = add_city_quarters(gaz)
    assert added == len(next(e for e in load_city_quarters() if e.city == BAGHDAD).quarters) - 1
    assert [p.name for p in Resolver(gaz).candidates("Karrada")] == ["Karrada"]
    # a namesake village far from the city is no reason to leave the quarter out
    far = Place(2, "Kibera", "KEN", "Nairobi", None, -0.9, 36.2, 800, "city", "PPL")  # about 80 km away
    nairobi = Place(NAIROBI, "Nairobi", "KEN", "Nairobi", None, -1.28, 36.82, 4_000_000, "city", "PPLC")
    names = [p.name for p in Resolver(_with_quarters(nairobi, far)).candidates("Kibera")]
    assert sorted(names) == ["Kibera", "Nairobi-Kibera"]


def _with_quarters(*places):
    gaz = gazetteer_of(*places)
    add_city_quarters(gaz)
    return gaz


def test_a_quarter_weighs_as_a_town_of_fifty_thousand():
    gaz = _with_quarters(Place(NAIROBI, "Nairobi", "KEN", "Nairobi", None, -1.28, 36.82, 4_000_000, "city", "PPLC"))
    (quarter,) = Resolver(gaz).candidates("Kibera")
    assert quarter.population == QUARTER_POPULATION and quarter.feature_code == "PPLX"


@pytest.mark.parametrize("data, message", [
    ({"city": 1}, "must be a list"),
    ([{"city": "Baghdad", "quarters": [["Karrada"]]}], "GEONAMEID"),
    ([{"city": 1, "quarters": []}], "non-empty list"),
    ([{"city": 1, "quarters": [[7]]}], "not text"),
])
def test_a_malformed_file_says_what_to_write(monkeypatch, data, message):
    monkeypatch.setattr(city_quarters, "load_yaml", lambda _file: data)
    with pytest.raises(KnowledgeError, match=message):
        load_city_quarters.__wrapped__()  # (past the cache: the real file's entries stay cached)


def test_an_attack_in_a_baghdad_quarter_is_placed_in_baghdad():
    events = pipeline_events("Gunmen attacked a police checkpoint in Karrada on Tuesday, killing two "
                             "policemen, Iraqi officials said.", published="2021-03-10")
    location = events[0].location
    assert (location.name, location.country, location.admin1) == ("Baghdad-Karrada", "IRQ", "Baghdad")


def test_a_tripoli_quarter_tells_which_tripoli():
    events = pipeline_events("Protesters blocked roads with burning tyres in Bab al-Tabbaneh on Sunday "
                             "night.", published="2021-01-25")
    location = events[0].location
    assert (location.name, location.country) == ("Tripoli-Bab al-Tabbaneh", "LBN")
