"""Which places a written name can mean: exact names first, no stray letters, and places
listed beside each other rather than inside each other. Invented places and my own sentences."""

from sitroom.geo.gazetteer import Gazetteer, Place
from sitroom.geo.geoparse import detect, geoparse
from sitroom.geo.names import keys
from sitroom.geo.resolve import Resolver


def place(name, country="USA", kind="city", admin1=None, admin2=None, lat=0.0, lon=0.0, pop=1000):
    code = {"city": "PPL", "adm1": "ADM1", "adm2": "ADM2", "country": "PCLI"}[kind]
    return Place(None, name, country, admin1, admin2, lat, lon, pop, kind, code)


def resolver_of(*places):
    gaz = Gazetteer("t")
    for p in places:
        gaz.add(p, [p.name])
    return Resolver(gaz)


def test_a_name_written_in_full_is_not_its_shortened_form():
    resolver = resolver_of(
        place("Marlow", kind="adm1", admin1="Marlow", lat=38.5, lon=-98.0, pop=2_900_000),
        place("Marlow City", admin1="Marlow", lat=39.0, lon=-94.6, pop=150_000),
        place("Dunmore", admin1="Marlow", lat=38.0, lon=-97.0, pop=20_000))
    # "Marlow City" is the city; the state of Marlow answers only to "Marlow"
    assert [p.name for p in resolver.candidates("Marlow City")] == ["Marlow City"]
    assert resolver.resolve("Marlow City", region="Marlow", focus="USA").place.kind == "city"
    # a kind word the gazetteer does not write still leads to the place: "Dunmore town"
    assert [p.name for p in resolver.candidates("Dunmore town")] == ["Dunmore"]


def test_a_name_in_another_script_leaves_no_stray_letters():
    # folding Cyrillic to ASCII keeps nothing of "Иваново" but would keep the "I" of "Iваново"
    assert keys("Иваново") == []
    assert keys("Iваново") == []
    assert keys("Łódź") == ["lodz"]
    gaz = Gazetteer("t")
    gaz.add(place("Ivanovo Oblast", kind="adm1", pop=900_000), ["Ivanovo Oblast", "Iваново"])
    gaz.add(place("Ii", "FIN", pop=9_000), ["Ii"])
    gaz.add(place("Kachhi", "PAK", kind="adm2", pop=200_000), ["Kachhi"])
    resolver = Resolver(gaz)
    assert resolver.candidates("I") == ()
    # loose spelling ("Kacchi" for Kachhi) needs a name long enough to be more than chance
    assert [p.name for p in resolver.candidates("Kacchi")] == ["Kachhi"]
    assert resolver.candidates("Iii") == ()


def test_the_pronoun_i_is_not_a_place():
    resolver = resolver_of(place("I", "FIN", pop=9_000), place("Dunmore", lat=38.0, lon=-97.0, pop=20_000))
    names = [m.name for m in detect("When I reached Dunmore the bridge was closed.", resolver)]
    assert names == ["Dunmore"]


def test_states_and_cities_written_in_a_list_stay_themselves():
    resolver = resolver_of(
        place("Marlow", kind="adm1", admin1="Marlow", lat=38.5, lon=-98.0, pop=2_900_000),
        place("Harwick", kind="adm1", admin1="Harwick", lat=34.0, lon=-111.0, pop=7_000_000),
        place("Kestrel Bay", admin1="Harwick", lat=33.4, lon=-112.0, pop=1_600_000),
        place("Corran", admin1="Marlow", lat=37.7, lon=-97.3, pop=390_000),
        place("Tilby", admin1="Marlow", lat=38.2, lon=-98.1, pop=800))
    # a state written before another state is listed beside it, not lost inside it
    assert resolver.resolve("Marlow", context=("Harwick",)).place.name == "Marlow"
    assert resolver.resolve("Corran", context=("Kestrel Bay", "Harwick")).place.name == "Corran"
    # a village with no namesake in the place written after it is still placed there
    found = resolver.resolve("Tilby", context=("Harwick",))
    assert found.place.name == "Harwick" and found.precision == 2
    text = "The governors of Marlow, Harwick and Corran's mayor met on Monday."
    assert {p["name"]: p["admin1"] for p in geoparse(text, "t", resolver)}["Marlow"] == "Marlow"
