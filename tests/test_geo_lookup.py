"""Which places a written name can mean: exact names first, no stray letters, and places
listed beside each other rather than inside each other. Invented places and my own sentences."""

from sitroom.geo.gazetteer import Gazetteer, Place, load_gazetteer
from sitroom.geoparse import detect, geoparse
from sitroom.geo.names import keys
from sitroom.geo.resolve import Resolver


def place(name, country="USA", kind="city", admin1=None, admin2=None, lat=0.0, lon=0.0, pop=1000):
    code = {"city": "PPL", "adm1": "ADM1", "adm2": "ADM2", "country": "PCLI", "region": "RGN"}[kind]
    return Place(None, name, country, admin1, admin2, lat, lon, pop, kind, code)


def places_by_name(text, resolver):
    return {p["name"]: p for p in geoparse(text, "t", resolver)}


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


def riverton_story_resolver():
    return resolver_of(
        place("Riverton", admin1="Marlow", lat=38.0, lon=-97.0, pop=60_000),
        place("Marlow", kind="adm1", admin1="Marlow", lat=38.5, lon=-98.0, pop=2_900_000),
        place("Regal", admin1="Harwick", lat=47.0, lon=-120.0, pop=900),
        place("Saxby", admin1="Marlow", lat=38.1, lon=-97.1, pop=4_000),
        place("Brenland", "BRN", kind="country", lat=10.0, lon=10.0, pop=5_000_000),
        place("Bank", "IND", lat=23.0, lon=77.0, pop=3_000),
        place("Tobin and Carrow", "TCW", kind="country", lat=11.0, lon=-61.0, pop=1_300_000),
        place("Tobin", admin1="Harwick", lat=37.0, lon=-105.0, pop=8_000))


def test_a_street_or_building_lies_in_the_storys_town():
    resolver = riverton_story_resolver()
    text = ("The police in Riverton, Marlow, closed Regal Street after a gas leak. Crews from Riverton worked "
            "through the night, and Eva's Shelter on Regal Street took in six families.")
    found = {(p["start"], p["end"]): p for p in geoparse(text, "t", resolver)}
    street = text.index("Regal Street")
    assert found[(street, street + len("Regal Street"))]["name"] == "Regal Street"
    assert found[(street, street + len("Regal Street"))]["admin1"] == "Marlow"  # Riverton, not Regal
    assert found[(street, street + len("Regal Street"))]["geo_precision"] == 2
    shelter = text.index("Eva's Shelter")
    assert (shelter, shelter + len("Eva's Shelter")) not in found  # Eva is not a known name
    # a building named after a town of the story's state keeps that town
    text = "Riverton police drove the injured boy to Saxby Hospital on Friday."
    places = places_by_name(text, resolver)
    assert places["Saxby Hospital"]["lat"] == 38.1
    # the story's town lies in the story's state, though a town elsewhere is named more often
    text = ("Crews from Tobin joined the Tobin volunteers. The police in Riverton, Marlow, closed Regal "
            "Street near Saxby.")
    places = places_by_name(text, resolver)
    assert (places["Regal Street"]["lat"], places["Regal Street"]["admin1"]) == (38.0, "Marlow")  # Riverton
    # with no town in the story, the street keeps the reading of its first word
    alone = places_by_name("Crews closed Regal Street on Friday.", resolver)
    assert alone["Regal Street"]["admin1"] == "Harwick"


def test_an_institution_of_a_place_names_the_place():
    resolver = riverton_story_resolver()
    text = "A loan from the Bank of Brenland reached the Marlow Department of Roads on Monday."
    places = places_by_name(text, resolver)
    assert places["Brenland"]["country"] == "BRN" and "Bank" not in places
    # a place and a kind word before "of" stay the place
    assert places["Marlow Department"]["feature_code"] == "ADM1"


def test_names_joined_by_and_or_a_hyphen():
    resolver = riverton_story_resolver()
    text = "Flights to Tobin and Carrow resumed, said the Riverton-based airline."
    places = places_by_name(text, resolver)
    assert places["Tobin and Carrow"]["country"] == "TCW" and "Tobin" not in places
    assert places["Riverton"]["admin1"] == "Marlow"
    # two places listed with "and" stay two
    both = [p["name"] for p in geoparse("Storms hit Riverton and Saxby on Monday.", "t", resolver)]
    assert both == ["Riverton", "Saxby"]


def test_a_shortened_opening_word_finds_the_name_written_out():
    resolver = resolver_of(place("Saint Aldric", "FRA", pop=40_000), place("St. Aldric", admin1="Marlow", pop=9_000),
                           place("Mt Harlan", "CAN", pop=20_000), place("Fort Keel", pop=3_000))
    assert {p.country for p in resolver.candidates("St. Aldric")} == {"FRA", "USA"}
    assert {p.country for p in resolver.candidates("Saint Aldric")} == {"FRA", "USA"}
    assert [p.name for p in resolver.candidates("Mount Harlan")] == ["Mt Harlan"]
    assert [p.name for p in resolver.candidates("Ft. Keel")] == ["Fort Keel"]
    assert resolver.candidates("Stanton") == ()  # only a whole opening word is shortened


def test_a_shortened_word_inside_a_name_finds_the_name_written_out():
    resolver = resolver_of(place("Cove Saint Aldric", admin1="Marlow", pop=8_000),
                           place("Harbor Mount Keel", admin1="Marlow", pop=2_000))
    assert [p.name for p in resolver.candidates("Cove St. Aldric")] == ["Cove Saint Aldric"]
    assert [p.name for p in resolver.candidates("Harbor Mt. Keel")] == ["Harbor Mount Keel"]
    assert resolver.candidates("Aldric St.") == ()  # a last word is no shortened opening ("Main St.")


def test_a_region_adjective_is_not_the_countrys():
    resolver = resolver_of(place("United States", kind="country", lat=39.8, lon=-98.5, pop=330_000_000))
    resolver.gaz.add(place("Central America", "---", kind="region", lat=12.8, lon=-86.0, pop=0),
                     ["Central America", "Central American"])
    text = "Central American families reached the border, an American official said."
    places = [(p["name"], p["country"]) for p in sorted(geoparse(text, "t", resolver), key=lambda p: p["start"])]
    assert places == [("Central American", "---"), ("United States", "USA")]
    # "The American Legion" is still the country's adjective after a capitalised "The"
    assert [p["name"] for p in geoparse("The American Legion met.", "t", resolver)] == ["United States"]
    assert [p["name"] for p in geoparse("Police said A American tourist was hurt.", "t", resolver)] == ["United States"]


def test_a_country_in_its_own_story_beats_its_namesake_province():
    resolver = resolver_of(
        place("Veloria", "VLR", kind="country", lat=23.0, lon=-102.0, pop=120_000_000),
        place("Veloria", "VLR", kind="adm1", admin1="Veloria", lat=19.4, lon=-99.6, pop=16_000_000),
        place("Veloria", "GLD", kind="adm1", admin1="Veloria", lat=-5.0, lon=30.0, pop=5_000_000))
    # in a Velorian story "Veloria" is the country; in another country's story its province
    # named Veloria would win (as "Georgia" in US news)
    assert resolver.resolve("Veloria", focus="VLR").place.kind == "country"
    assert resolver.resolve("Veloria", focus="GLD").place.country == "GLD"


def test_a_kind_word_or_a_state_abbreviation_outweighs_a_names_usual_meaning():
    gaz = Gazetteer("t")
    gaz.add(Place(4140963, "Washington", "USA", "District of Columbia", None, 38.9, -77.0, 690_000, "city", "PPL"),
            ["Washington"])
    gaz.add(place("Washington", kind="adm1", admin1="Washington", lat=47.5, lon=-120.5, pop=7_700_000), ["Washington"])
    gaz.add(place("Olmsted Falls", admin1="Washington", lat=47.2, lon=-122.5, pop=3_000), ["Olmsted Falls"])
    gaz.add(place("United States", kind="country", lat=39.8, lon=-98.5, pop=330_000_000), ["United States"])
    gaz.curated.add(4140963)  # an alias makes the capital the usual meaning of "Washington"
    resolver = Resolver(gaz)
    assert resolver.resolve("Washington").place.kind == "city"
    assert resolver.resolve("Washington", feature="state").place.kind == "adm1"
    text = "Crews in Olmsted Falls, Wash., cleared the road on Monday."
    found = places_by_name(text, resolver)
    assert found["Washington"]["feature_code"] == "ADM1" and found["Olmsted Falls"]["admin1"] == "Washington"


def test_a_lone_direction_word_is_no_place():
    resolver = resolver_of(place("Western", "RWA", kind="adm1", admin1="Western", pop=2_900_000),
                           place("West", admin1="Harwick", pop=2_800),
                           place("North West", "ZAF", kind="adm1", admin1="North West", pop=3_700_000))
    text = "Western diplomats and envoys from the West met officials of North West on Monday."
    assert [p["name"] for p in geoparse(text, "t", resolver)] == ["North West"]


def test_a_hamlets_name_repeated_does_not_set_the_storys_country():
    resolver = resolver_of(place("Orvek", "ESP", pop=300),
                           place("Sarnos", "TLM", lat=37.7, lon=26.9, pop=6_000),
                           place("Sarnos", "ESP", lat=42.7, lon=-7.3, pop=1_800),
                           place("Talmira", "TLM", kind="country", lat=39.0, lon=22.0, pop=10_000_000))
    # "Orvek" is a man here, and a hamlet of 300 in Spain: four mentions of him outnumber the
    # story's one country name, but a hamlet gives no country vote
    text = ("The guards said Orvek had left the camp. Friends of Orvek said that Orvek was tired. "
            "Then Orvek reached the port. The ferry to Sarnos left at dawn, officials of Talmira said.")
    places = places_by_name(text, resolver)
    assert places["Sarnos"]["country"] == "TLM"


def test_a_name_spelled_with_other_vowels_is_found_in_the_country_the_text_names():
    from sitroom.geo.names import fold, vowelless
    assert vowelless(fold("Al-Qasrayn")) == vowelless(fold("Qasreen")) == "=qsrn"
    assert vowelless(fold("Tell Umran")) == vowelless(fold("Tall Omran"))
    assert vowelless(fold("Abu")) == ""  # too short to tell names apart
    resolver = resolver_of(
        place("Qasrayn Province", "SYR", kind="adm1", admin1="Qasrayn Province", lat=35.0, lon=38.0, pop=500_000),
        place("Tall Omran", "SYR", admin1="Qasrayn Province", lat=35.1, lon=38.2, pop=3_000),
        place("Tell Amran", "TUN", admin1="Gafsa", lat=34.4, lon=8.8, pop=40_000))
    # written as no gazetteer name: matched by its consonants, in the country the story is about
    found = resolver.resolve("Tell Umran", focus="SYR")
    assert (found.place.name, found.place.country) == ("Tall Omran", "SYR")
    # or in the country of the province written with it, itself spelled otherwise
    found = resolver.resolve("Tell Umran", context=["al-Qasreen"])
    assert (found.place.name, found.place.country) == ("Tall Omran", "SYR")
    # a town of the story's country the gazetteer lacks falls back to its province
    found = resolver.resolve("Kafr Yusuf", context=["al-Qasreen"])
    assert (found.place.name, found.precision) == ("Qasrayn Province", 2)
    # a guess from spelling alone, which names the story no country; with the story's country, sure
    assert not found.country_certain
    assert resolver.resolve("Kafr Yusuf", context=["al-Qasreen"], focus="SYR").country_certain
    # with no country written, a vowel-blind match is too loose to trust: namesakes are everywhere
    assert resolver.resolve("Tell Umran") is None
    # and an acronym is no name spelled otherwise
    assert resolver.resolve("TLMRN", focus="SYR") is None


def test_a_division_stands_at_the_town_of_its_own_name_else_its_biggest():
    gaz = Gazetteer("t")
    for p in [place("Orvek District", "PAK", kind="adm2", admin1="Veloria", admin2="Orvek District", lat=30.0, lon=70.0),
              place("Orvek", "PAK", admin1="Veloria", admin2="Orvek District", lat=30.5, lon=70.5, pop=90_000),
              place("Tarsi", "PAK", admin1="Veloria", admin2="Orvek District", lat=30.9, lon=70.9, pop=300_000),
              place("Kesh District", "PAK", kind="adm2", admin1="Veloria", admin2="Kesh District", lat=26.0, lon=62.0),
              place("Marbad", "PAK", admin1="Veloria", admin2="Kesh District", lat=26.1, lon=63.1, pop=70_000),
              place("Veloria", "PAK", kind="adm1", admin1="Veloria", lat=28.0, lon=66.0)]:
        gaz.add(p, [p.name])
    seat = lambda name: gaz.seat(next(p for p in gaz.lookup(name) if p.kind != "city"))  # noqa: E731
    assert seat("Orvek District").name == "Orvek"  # its own name, though Tarsi is bigger
    assert seat("Kesh District").name == "Marbad"  # no town of its name: the biggest
    assert seat("Veloria").name == "Tarsi"  # a province: its biggest town
    assert gaz.seat(gaz.lookup("Marbad")[0]) is None  # a town is its own place


def test_a_district_stands_at_its_own_towns_namesake_filed_under_the_province_alone():
    # the gazetteer files the town under its province with no district, and spells it with one
    # letter fewer than its district: still the district's seat
    gaz = Gazetteer("t")
    for p in [place("Bossavo", "SOM", kind="adm2", admin1="Barra", admin2="Bossavo", lat=11.2, lon=50.5),
              place("Bosavo", "SOM", admin1="Barra", admin2=None, lat=11.3, lon=49.2, pop=70_000),
              place("Qandi", "SOM", admin1="Barra", admin2=None, lat=10.0, lon=48.0, pop=200_000),
              place("Empty District", "SOM", kind="adm2", admin1="Barra", admin2="Empty District", lat=9.0, lon=47.0)]:
        gaz.add(p, [p.name])
    seat = lambda name: gaz.seat(next(p for p in gaz.lookup(name) if p.kind != "city"))  # noqa: E731
    assert seat("Bossavo").name == "Bosavo"
    assert seat("Empty District") is None  # no town of its name: not the province's biggest


def test_a_prominent_place_spelled_with_other_vowels_is_found_without_a_country():
    resolver = resolver_of(
        place("Idrab", "SYR", kind="adm1", admin1="Idrab", lat=35.9, lon=36.6, pop=1_500_000),
        place("Idrab", "SYR", admin1="Idrab", lat=35.93, lon=36.63, pop=160_000),
        place("Hamrun", "MLT", kind="adm1", admin1="Hamrun", lat=35.88, lon=14.48, pop=9_000),
        place("Bolten", "GBR", admin1="England", lat=53.6, lon=-2.4, pop=190_000))
    # one letter from one province and its city the world over: "Idreb city" is that city
    found = resolver.resolve("Idreb", feature="city")
    assert (found.place.name, found.place.country, found.place.kind) == ("Idrab", "SYR", "city")
    # consonants alike but more than one letter apart: a village, not a big city elsewhere
    assert resolver.resolve("Bolotene") is None
    # the country a story is about (as read from its actors: "Iraqi forces shelled Idreb
    # province") does not hide it, but gives the story no country
    found = resolver.resolve("Idreb", focus="IRQ")
    assert (found.place.name, found.place.country) == ("Idrab", "SYR") and not found.country_certain
    # a place written with the name keeps the search inside its country: "the Hamrin mountains
    # in Sarwan province" are no council of Malta, whose provinces are all prominent
    resolver = resolver_of(
        place("Hamrun", "MLT", kind="adm1", admin1="Hamrun", lat=35.88, lon=14.48, pop=9_000),
        place("Sarwan", "IRQ", kind="adm1", admin1="Sarwan", lat=34.6, lon=43.6, pop=1_000_000))
    assert resolver.resolve("Hamrin", ["Sarwan province"], focus="IRQ").place.name == "Sarwan"
    assert resolver.resolve("Hamrin").place.country == "MLT"  # (with nothing written, it is the one spelled)


def test_a_name_written_without_its_arabic_article_finds_the_place_known_with_it():
    # invented villages: the gazetteer knows them only with the article, the text drops it
    resolver = resolver_of(
        place("As Sawarifah", country="PSE", admin1="Nablus", lat=32.1, lon=35.3),
        place("Al Qunaytirah", country="SYR", admin1="Quneitra", lat=33.1, lon=35.8),
        place("Ad Dumm", country="SYR", admin1="Homs", lat=34.7, lon=36.7))
    found = resolver.resolve("Sawarifah", [], "ISR")
    assert (found.place.name, found.place.country) == ("As Sawarifah", "PSE")
    assert resolver.resolve("Qunaytirah", [], None).place.name == "Al Qunaytirah"
    # a short word is left alone ("Dumm" is no village known as Ad Dumm): too many words are names
    assert resolver.resolve("Dumm", [], "SYR") is None
    # a name known as written is never read as another written with an article
    resolver = resolver_of(place("Qunaytirah", country="SYR", admin1="Quneitra", lat=33.2, lon=35.9),
                           place("Al Qunaytirah", country="SYR", admin1="Quneitra", lat=33.1, lon=35.8))
    assert resolver.resolve("Qunaytirah", [], "SYR").place.lat == 33.2


def test_a_name_written_with_or_without_its_particles_finds_the_place():
    # invented towns: the gazetteer keeps one spelling, the writer another
    resolver = resolver_of(
        place("San Telmo Ocuapa", country="MEX", admin1="Oaxaca", lat=17.1, lon=-96.7, pop=8000),
        place("Santa Rita do Norte", country="BRA", admin1="Bahia", lat=-12.5, lon=-41.1, pop=6000),
        place("Villa Ocuapa", country="MEX", admin1="Puebla", lat=19.0, lon=-98.2, pop=5000))
    assert resolver.resolve("San Telmo de Ocuapa", ["Oaxaca"], "MEX").place.name == "San Telmo Ocuapa"
    assert resolver.resolve("Santa Rita Norte", [], "BRA").place.name == "Santa Rita do Norte"
    assert resolver.resolve("Santa Rita de Norte", [], "BRA").place.name == "Santa Rita do Norte"
    # the first word is never a particle dropped, and a name left with one word is no name
    assert resolver.resolve("De Ocuapa", [], "MEX") is None
    assert resolver.resolve("Villa de", [], "MEX") is None
    # in a story: "San Telmo de Ocuapa, Oaxaca" is the town, not the state around it
    resolver = resolver_of(
        place("San Telmo Ocuapa", country="MEX", admin1="Oaxaca", lat=17.1, lon=-96.7, pop=8000),
        place("Oaxaca", country="MEX", kind="adm1", admin1="Oaxaca", lat=16.9, lon=-96.4, pop=3_800_000))
    found = places_by_name("Gunmen shot a trader dead in San Telmo de Ocuapa, Oaxaca, on Monday.", resolver)
    assert found["San Telmo de Ocuapa"]["lat"] == 17.1


def test_a_big_town_spelled_like_a_name_is_not_taken_outside_the_district_written_with_it():
    resolver = resolver_of(
        place("Sorvan District", "PAK", kind="adm2", admin1="Veloria", admin2="Sorvan District", lat=33.0, lon=70.0,
              pop=5_000),
        place("Veloria", "PAK", kind="adm1", admin1="Veloria", lat=34.0, lon=71.0),
        place("Sahiwal", "PAK", admin1="Punjara", admin2="Kerat District", lat=31.9, lon=72.3, pop=538_000))
    # "the Shawal valley of Sorvan District": only its vowels agree with Sahiwal, a big town of another
    # province, so the district written with it is the answer
    found = resolver.resolve("Shawal", context=["Sorvan District"], focus="PAK")
    assert found.place.name == "Sorvan District"
    # with nothing written beside it, the big town spelled so is still read in the story's country
    assert resolver.resolve("Shawal", focus="PAK").place.name == "Sahiwal"


def test_a_bare_name_is_the_town_not_the_county_that_writes_its_kind_word():
    resolver = resolver_of(
        place("Jackson County", "USA", kind="adm2", admin1="Missouri", admin2="Jackson County", lat=39.0, lon=-94.3,
              pop=700_000),
        place("Jackson", "USA", admin1="Mississippi", admin2="Hinds County", lat=32.3, lon=-90.2, pop=160_000))
    # "in Jackson": the town of that name, though the county is bigger
    assert resolver.resolve("Jackson", focus="USA").place.admin1 == "Mississippi"
    # "Jackson County" written whole is the county
    assert resolver.resolve("Jackson County", focus="USA").place.kind == "adm2"


def test_a_context_name_held_as_written_overrules_one_held_only_spelled_otherwise():
    # invented places: "Kawlen" is held by no place; a vowel-blind reading finds only a
    # province of another country, while the province written beside it is held as written
    resolver = resolver_of(
        place("Kowlan City", "HKG", kind="adm1", admin1="Kowlan City", lat=22.3, lon=114.2, pop=400_000),
        place("Kowlan City", "HKG", admin1="Kowlan City", lat=22.33, lon=114.19, pop=400_000),
        place("Sagwen", "MMR", kind="adm1", admin1="Sagwen", lat=25.0, lon=95.5, pop=1_000_000))
    # "Kawlen township (Kawlen, Sagwen)": the town is unknown, so the province written with it
    found = resolver.resolve("Kawlen", ["Kawlen", "Sagwen"], None, "township")
    assert (found.place.name, found.place.country) == ("Sagwen", "MMR")
    # with nothing held as written beside it, the spelled province still tells the country
    found = resolver.resolve("Kawlen", ["Kawlen"], None, "township")
    assert found.place.country == "HKG"


def test_a_district_written_after_its_kind_word_is_found_by_its_name():
    # GeoNames holds the Lebanese district as "Caza de Tyr"; news writes "Tyr"
    resolver = Resolver(load_gazetteer(progress=False))
    assert any(p.country == "LBN" and p.kind == "adm2" for p in resolver.candidates("Tyr"))
    # never by a name in another tongue: "Distrito de Columbia" does not make Columbia the District
    assert not any(p.kind == "adm1" for p in resolver.candidates("Columbia"))


def test_a_name_loosened_to_two_letters_matches_nothing():
    # "Hoosh" without its "h"s and doubled letters is "os": no sign of Osh, Kyrgyzstan
    resolver = Resolver(load_gazetteer(progress=False))
    assert not any(p.country == "KGZ" for p in resolver.candidates("Hoosh"))
    # (a longer name still finds its place spelled with an "h" less or more)
    assert any(p.country == "SOM" for p in resolver.gaz.lookup_loose("Hiran"))


def test_of_namesake_towns_of_a_state_the_seat_of_the_district_of_that_name_is_meant():
    # Jalisco has two towns called El Salto; one is the seat of the municipality of El Salto
    resolver = Resolver(load_gazetteer(progress=False))
    found = resolver.resolve("El Salto", ["Jalisco"])
    assert found.place.kind == "city" and found.place.admin2 == "El Salto"
    # (a town is not the seat of a district of another name: "Carson" is not Carson City)
    assert resolver.resolve("Carson", ["California"]).place.admin1 == "California"


def test_a_name_the_text_uses_as_a_persons_is_no_place_in_it():
    # invented towns named like people, and a contraction spelled like a village
    resolver = resolver_of(
        place("Dorran", admin1="Ohio", lat=40.1, lon=-82.9, pop=3_000),
        place("Welby", admin1="Ohio", lat=40.3, lon=-83.1, pop=2_000),
        place("We're", country="IDN", admin1="Nusa Tenggara Timur", lat=-8.8, lon=121.0, pop=600),
        place("Ohio", kind="adm1", admin1="Ohio", lat=40.4, lon=-82.8, pop=11_700_000))
    text = ("The council met in Welby on Monday. \"We're not done,\" said Dorran Pike, the council's clerk. "
            "Dorran said the vote would wait. \"We're ready,\" said Welby Mayor Ana Cole. Ohio Governor Tim Lane "
            "said he would visit.")
    found = places_by_name(text, resolver)
    assert "Dorran" not in found and "We're" not in found
    # the town before a title after "said" stays a place, and so does a state named before its governor
    assert "Welby" in found and any(name.startswith("Ohio") for name in found)
    assert [m["start"] for m in geoparse(text, "t", resolver) if m["name"] == "Welby"] == [19, text.index("Welby M")]


def test_a_group_or_a_word_of_grammar_is_no_village_of_its_name():
    # real villages named like an alliance and like an English word; an invented big city too
    resolver = resolver_of(
        place("Nato", country="PHL", admin1="Bicol", lat=13.6, lon=123.5, pop=2_000),
        place("As", country="BEL", admin1="Vlaams Gewest", lat=51.0, lon=5.6, pop=7_000),
        place("Latvia", country="LVA", kind="country", lat=57.0, lon=25.0, pop=1_900_000))
    text = ("The alliance said NATO would send more troops to Latvia. \u201cAs the talks stall, we must act,\u201d "
            "one minister said.")
    found = places_by_name(text, resolver)
    assert set(found) == {"Latvia"}
    # a sentence's first word after an opening quotation mark is a place only when it is a big one
    resolver = resolver_of(place("Most", country="CZE", admin1="Ustecky", lat=50.5, lon=13.6, pop=66_000),
                           place("Latvia", country="LVA", kind="country", lat=57.0, lon=25.0, pop=1_900_000))
    assert set(places_by_name("Troops went to Latvia. \u201cMost of them will stay,\u201d he said.", resolver)) \
        == {"Latvia"}
    # a page's credit line names no village called Photo
    resolver = resolver_of(place("Photo", country="IDN", admin1="Jawa Timur", lat=-7.5, lon=112.5, pop=3_000),
                           place("Latvia", country="LVA", kind="country", lat=57.0, lon=25.0, pop=1_900_000))
    assert set(places_by_name("Troops arrive in Latvia on Monday. (AP Photo/Ana Ruiz)", resolver)) == {"Latvia"}
    # a big place that an institution is named after stays a place
    resolver = resolver_of(place("Washington", admin1="District of Columbia", lat=38.9, lon=-77.0, pop=690_000))
    assert "Washington" in places_by_name("Officials in Washington said the talks went well.", resolver)


def test_a_first_name_is_no_place_where_the_text_names_the_person_by_surname():
    # invented villages named like a first name and like a body's opening word
    resolver = resolver_of(
        place("Carran", admin1="Ohio", lat=40.1, lon=-82.9, pop=5_000),
        place("Morvel", admin1="Ohio", lat=40.3, lon=-83.1, pop=4_000))
    text = ("Carran Hegarty spoke at the rally on Monday. Hegarty said the students would march again. "
            "The Morvel Commission met too, and the Commission agreed.")
    found = places_by_name(text, resolver)
    assert "Carran" not in found
    # a body named short after "the" is no surname: its opening word stays the place
    assert "Morvel" in found
    # named in full only, the opening word is still read (no surname told alone)
    assert "Carran" in places_by_name("Carran Hegarty spoke at the rally on Monday.", resolver)


def test_a_surname_alone_and_a_holiday_are_no_places():
    # invented villages named like a surname and like a holiday; a town named after a direction word
    resolver = resolver_of(
        place("Hegarty", admin1="Ohio", lat=40.1, lon=-82.9, pop=900),
        place("Christmas", admin1="Ohio", lat=40.2, lon=-83.0, pop=800),
        place("Welby", admin1="Ohio", lat=40.3, lon=-83.1, pop=2_000))
    text = ("Ana Hegarty spoke at the rally in Welby. The march ended before Christmas Eve, Hegarty said. "
            "Downtown Welby was quiet.")
    found = places_by_name(text, resolver)
    assert "Hegarty" not in found and "Christmas" not in found
    # a town written after a part of town is no surname: "Downtown Welby" ... "Welby"
    assert "Welby" in found


def test_a_headline_word_the_text_writes_in_lower_case_is_no_place():
    # invented villages named like common words; a state
    resolver = resolver_of(
        place("Snow", admin1="Oklahoma", lat=34.4, lon=-95.6, pop=600),
        place("Hope", admin1="Arkansas", lat=33.7, lon=-93.6, pop=9_000),
        place("Ohio", kind="adm1", admin1="Ohio", lat=40.4, lon=-82.8, pop=11_700_000))
    text = "Heavy Snow Shuts Schools In Ohio\n\nThe snow closed every school in the state on Monday."
    assert set(places_by_name(text, resolver)) == {"Ohio"}
    # a town's name that the text never writes as a word stays a place
    assert "Hope" in places_by_name("Schools in Hope closed on Monday after the storm.", resolver)
