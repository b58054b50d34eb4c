"""A town written with a province ("Garabulli (Almargeb)") that the gazetteer counts in the
neighbouring province, as GeoNames and ACLED draw some borders otherwise: the town, placed
in the province the text writes, not the province's middle. Invented places and my own sentences."""

from functools import partial

from .coder_helpers import pipeline_events
from .gazetteer_helpers import place as any_place, resolver_of

place = partial(any_place, country="LBY")


COAST = place("Sahil", kind="adm1", admin1="Sahil", lat=32.50, lon=14.00, pop=300_000)
CAPITAL = place("Wadi Kabir", kind="adm1", admin1="Wadi Kabir", lat=32.80, lon=13.20, pop=2_000_000)
COUNTRY = place("Libya", kind="country", lat=27.0, lon=17.0, pop=6_000_000)


def test_a_town_beside_the_written_province_is_the_town_in_that_province():
    town = place("Qarrab", admin1="Wadi Kabir", lat=32.70, lon=13.75, pop=40_000)  # about 32 km away
    found = resolver_of(COAST, CAPITAL, COUNTRY, town).resolve("Qarrab", ["Sahil"], focus="LBY")
    assert (found.place.name, found.place.admin1, found.precision) == ("Qarrab", "Sahil", 1)


def test_a_namesake_far_from_the_written_province_leaves_the_province():
    far = place("Qarrab", admin1="Wadi Kabir", lat=31.00, lon=11.00, pop=40_000)  # over 300 km away
    found = resolver_of(COAST, CAPITAL, COUNTRY, far).resolve("Qarrab", ["Sahil"], focus="LBY")
    assert found.place.name == "Sahil" and found.place.kind == "adm1"


def test_a_province_the_gazetteer_places_nowhere_leaves_it_as_before():
    # (GeoNames lists some first-level divisions without a point: nothing to measure from)
    nowhere = place("Sahil", kind="adm1", admin1="Sahil", lat=None, lon=None, pop=0)
    town = place("Qarrab", admin1="Wadi Kabir", lat=32.70, lon=13.75, pop=40_000)
    found = resolver_of(nowhere, CAPITAL, COUNTRY, town).resolve("Qarrab", ["Sahil"], focus="LBY")
    assert found.place.name == "Sahil"


def test_a_shelled_town_written_with_its_libyan_province_is_the_town():
    events = pipeline_events("Mortar rounds fired by LNA forces landed on houses in Garabulli (Almargeb) "
                             "on Tuesday, residents said. Nobody was hurt.", published="2020-05-07")
    location = events[0].location
    assert location.name == "Qasr al Qarabulli" and location.admin1 == "Almargeb"
