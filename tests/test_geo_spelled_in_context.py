"""A place the gazetteer lacks as written but holds spelled one letter apart (or without an "h"),
inside the provinces written with it: "Korah district, Zarnab" is the district of Korrah there.
Invented places and my own sentences."""

from functools import partial

from .gazetteer_helpers import place as any_place, resolver_of

place = partial(any_place, country="AFG")


ZARNAB = place("Zarnab", kind="adm1", admin1="Zarnab", lat=32.0, lon=66.0, pop=400_000)
DISTRICT = place("Chorakh", kind="adm2", admin1="Zarnab", admin2="Chorakh", lat=32.4, lon=66.2, pop=0)
NAMESAKE = place("Chorak", country="GRC", admin1="Thessaly", admin2="Larisa", lat=39.6, lon=22.4, pop=3_000)


def test_a_district_spelled_with_an_h_less_is_the_one_in_the_written_province():
    resolver = resolver_of(ZARNAB, DISTRICT, NAMESAKE,
                           place("Afghanistan", kind="country", lat=34.0, lon=66.0, pop=30_000_000))
    # the Greek village is spelled as written, but lies in no province the text writes
    found = resolver.resolve("Chorak", ["Zarnab"], focus="AFG", feature="district")
    assert found.place == DISTRICT
    # with nothing written beside it, the name keeps its own spelling's place
    assert resolver.resolve("Chorak", [], focus=None).place == NAMESAKE


def test_a_joining_vowel_written_otherwise_still_finds_the_district():
    helm = place("Darya", kind="adm1", admin1="Darya", lat=31.5, lon=64.3, pop=900_000)
    nahr = place("Bagh-e Sarab", kind="adm2", admin1="Darya", admin2="Bagh-e Sarab", lat=31.8, lon=64.6, pop=40_000)
    resolver = resolver_of(helm, nahr)
    assert resolver.resolve("Baghi Sarab", ["Darya"], focus="AFG", feature="district").place == nahr


def test_a_district_written_with_the_name_keeps_the_match_inside_it():
    province = place("Kestra", country="PAK", kind="adm1", admin1="Kestra", lat=27.0, lon=68.0, pop=5_000_000)
    inside = place("Lorkana", country="PAK", kind="adm2", admin1="Kestra", admin2="Lorkana", lat=27.5, lon=68.2)
    elsewhere = place("Mando", country="PAK", admin1="Kestra", admin2="Tharpur", lat=25.0, lon=69.0, pop=9_000)
    resolver = resolver_of(province, inside, elsewhere,
                           place("Lorkana", country="PAK", admin1="Kestra", admin2="Lorkana", lat=27.5, lon=68.2,
                                 pop=90_000))
    # "Manda town (Lorkana, Kestra)": Mando lies in another district, so the written district it is
    found = resolver.resolve("Manda", ["Lorkana", "Kestra"], focus="PAK", feature="town")
    assert found.place.name == "Lorkana"


def test_towns_of_countries_spelled_as_written_are_not_respelled():
    state = place("Varona", country="USA", kind="adm1", admin1="Varona", lat=40.0, lon=-90.0, pop=3_000_000)
    town = place("Elkston", country="USA", admin1="Varona", admin2="Pike County", lat=40.2, lon=-90.1, pop=4_000)
    resolver = resolver_of(state, town)
    # "Elkton, Varona": another letter is another American town, not Elkston
    found = resolver.resolve("Elkton", ["Varona"], focus="USA")
    assert found is None or found.place != town


def test_short_names_are_not_respelled():
    province = place("Zarnab", kind="adm1", admin1="Zarnab", lat=32.0, lon=66.0, pop=400_000)
    town = place("Kalat", admin1="Zarnab", admin2="Kalat", lat=32.1, lon=66.1, pop=20_000)
    resolver = resolver_of(province, town)
    # four letters one apart from a five-letter town are too little to go on
    found = resolver.resolve("Kala", ["Zarnab"], focus="AFG")
    assert found is None or found.place != town


def test_notes_with_districts_spelled_otherwise_are_placed_in_them():
    from .coder_helpers import pipeline_events

    # the embedded gazetteer spells them Chorah and Nahr-e Saraj
    chora = pipeline_events("On 5 March 2021, nine Taliban fighters were killed when Afghan forces "
                            "repelled their attack in Chora district, Urozgan.", "2021-03-06")[0]
    assert (chora.location.country, chora.location.admin1) == ("AFG", "Urozgan")
    assert chora.location.name == "Chorah"
    nahr = pipeline_events("On 5 March 2021, a drone strike killed two Taliban fighters in Nahri Saraj "
                           "district, Helmand.", "2021-03-06")[0]
    assert nahr.location.name == "Nahr-e Saraj"


def test_a_province_of_the_storys_country_spelled_with_a_letter_less_beats_a_village_abroad():
    province = place("Hiraab", country="SOM", kind="adm1", admin1="Hiraab", lat=4.0, lon=45.5, pop=500_000)
    village = place("Hirab", country="IRQ", admin1="Dahuk", admin2="Zakho", lat=36.3, lon=44.5, pop=0)
    resolver = resolver_of(province, village)
    # "a ceasefire in Hirab region" in a Somali story: the province, not the Iraqi village
    assert resolver.resolve("Hirab", [], focus="SOM", feature="region").place == province
    assert resolver.resolve("Hirab", [], focus=None).place == village


def test_a_home_spelling_is_not_sought_in_countries_spelled_as_written():
    county = place("Chaffe County", country="USA", kind="adm2", admin1="Varona", admin2="Chaffe County",
                   lat=38.7, lon=-106.1, pop=20_000)
    town = place("Chafe", country="GBR", admin1="England", admin2="Devon", lat=50.5, lon=-3.5, pop=2_000)
    resolver = resolver_of(county, town)
    found = resolver.resolve("Chafe", [], focus="USA")
    assert found is not None and found.place == town
