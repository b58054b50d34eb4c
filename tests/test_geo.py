"""The gazetteer and toponym resolution: small gazetteers written here, and the embedded one."""

import pytest

from sitroom.geo.gazetteer import Gazetteer, Place, _load_file, load_gazetteer, save
from sitroom.geo.names import ascii_name, fold, keys
from sitroom.geo.resolve import Resolver


def place(name, country, kind="city", admin1=None, admin2=None, lat=0.0, lon=0.0, pop=1000, gid=None):
    return Place(gid, name, country, admin1, admin2, lat, lon, pop, kind, "PPL" if kind == "city" else "ADM1")


@pytest.fixture
def small():
    gaz = Gazetteer("test")
    gaz.add(place("Kabul", "AFG", admin1="Kabul", lat=34.53, lon=69.17, pop=4_400_000), ["Kabul"])
    gaz.add(place("Kābūl", "ISR", admin1="Northern District", lat=32.87, lon=35.21, pop=14_000), ["Kābūl"])
    gaz.add(place("Afghanistan", "AFG", kind="country", lat=34.0, lon=67.0, pop=30_000_000), ["Afghanistan"])
    gaz.add(place("Israel", "ISR", kind="country", lat=31.5, lon=35.0, pop=9_000_000), ["Israel"])
    gaz.add(place("Springfield", "USA", admin1="Illinois", lat=39.8, lon=-89.6, pop=110_000), ["Springfield"])
    gaz.add(place("Springfield", "USA", admin1="Missouri", lat=37.2, lon=-93.3, pop=160_000), ["Springfield"])
    gaz.add(place("Chitrāl District", "PAK", kind="adm2", admin1="Khyber Pakhtunkhwa", admin2="Chitrāl District",
                  lat=36.0, lon=72.0, pop=100_000), ["Chitrāl District"])
    gaz.add(place("Chitral", "PAK", admin1="Khyber Pakhtunkhwa", admin2="Chitrāl District", lat=35.85, lon=71.79,
                  pop=57_000), ["Chitral"])
    return Resolver(gaz)


def test_names_fold_accents_and_kind_words():
    assert fold("Spīn Bōldak") == "spin boldak"
    assert keys("Chitral District") == ["chitral district", "chitral"]
    assert ascii_name("Kandahār") == "Kandahar"
    # letters Unicode does not split into a letter and an accent
    assert fold("Gədəbəy") == "gadabay" and ascii_name("Łódź") == "Lodz" and fold("Ağdaş") == "agdas"


def test_english_names_of_provinces():
    from sitroom.geo.admin_names import english_name

    # an English kind word after a name gives the English name; the shortest wins
    assert english_name("Ḩalab", ["Aleppo", "Aleppo Governorate", "حلب"]) == "Aleppo"
    assert english_name("Luhanska oblast", ["Luganskaya Oblast’", "Luhansk", "Luhansk Oblast"]) == "Luhansk"
    assert english_name("Al Anbār", ["Al-Anbar Governorate", "Anbar", "Anbar Governorate"]) == "Anbar"
    # a number before the kind word is an old numbering, not a name
    assert english_name("Khūzestān", ["10th Province", "Khuzestan Province", "Khuzistan"]) == "Khuzestan"
    assert english_name("Ostān-e Qom", ["3rd Province"]) == "Ostān-e Qom"
    # a local name in letters English does not use, with one plain other name
    assert english_name("Bayrūt", ["Beirut", "محافظة بيروت"]) == "Beirut"
    assert english_name("Michoacán de Ocampo", ["Estado de Michoacán de Ocampo", "Michoacán"]) == "Michoacán"
    # kept: names in plain letters, shortenings, titles, names in another language
    assert english_name("Beograd", ["Belgrade"]) == "Beograd"
    assert english_name("Jammu and Kashmīr", ["Kashmir", "State of Jammu and Kashmīr"]) == "Jammu and Kashmīr"
    assert english_name("Kandahār", ["Qandahor viloyati", "ولایت قندهار"]) == "Kandahār"
    assert english_name("Ituri", ["Mkoa wa Ituri"]) == "Ituri"
    assert english_name("California", ["Golden State", "CA", "Californie"]) == "California"  # a nickname
    assert english_name("Khyber Pakhtunkhwa", ["خیبرپختونخوا"]) == "Khyber Pakhtunkhwa"


def test_story_country_beats_population_elsewhere(small):
    assert small.resolve("Kabul", focus="AFG").place.country == "AFG"
    assert small.resolve("Kabul", context=["Israel"]).place.country == "ISR"


def test_admin_context_picks_the_right_namesake(small):
    assert small.resolve("Springfield", context=["Missouri"]).place.admin1 == "Missouri"
    assert small.resolve("Springfield", context=["Illinois"]).place.admin1 == "Illinois"


def test_kind_word_chooses_district_or_town(small):
    assert small.resolve("Chitral", feature="district").place.kind == "adm2"
    assert small.resolve("Chitral").place.kind == "city"
    assert small.resolve("Chitral", near=True).precision == 2
    assert small.resolve("Chitral", feature="district").precision == 3


def test_a_district_named_after_its_town_yields_to_the_town():
    gaz = Gazetteer("test")
    # the district has more people than its town, and its alternate name is the town's
    gaz.add(Place(None, "Horlivskyi Raion", "UKR", "Donetsk", "Horlivskyi Raion", 48.16, 38.40, 950_000, "adm2",
                  "ADM2"), ["Horlivskyi Raion", "Horlivka"])
    gaz.add(place("Horlivka", "UKR", admin1="Donetsk", admin2="Horlivskyi Raion", lat=48.30, lon=38.02,
                  pop=240_000), ["Horlivka"])
    resolver = Resolver(gaz)
    assert resolver.resolve("Horlivka").place.kind == "city"
    assert resolver.resolve("Horlivka", feature="district").place.kind == "adm2"
    # written as the division around a place the gazetteer lacks, it stays the division
    around = resolver.resolve("Zaitseve", context=["Horlivka"])
    assert around.place.kind == "adm2" and around.precision == 2


def test_country_only_place_is_precision_four(small):
    found = small.resolve("Afghanistan")
    assert found.place.kind == "country" and found.precision == 4


def test_unknown_place_falls_back_to_its_written_context(small):
    found = small.resolve("Arandu", context=["Chitral"])
    assert found.place.name == "Chitral" and found.precision == 2
    assert small.resolve("Nowhereville") is None


def test_ambiguous_country_is_not_certain(small):
    tie = Gazetteer("tie")
    tie.add(place("Santa Rosa", "ARG", pop=50_000), ["Santa Rosa"])
    tie.add(place("Santa Rosa", "PHL", pop=50_000), ["Santa Rosa"])
    assert not Resolver(tie).resolve("Santa Rosa").country_certain
    assert small.resolve("Kabul", focus="AFG").country_certain


def test_cache_round_trip_and_damaged_cache(tmp_path, small):
    gaz = small.gaz
    path = save(gaz, tmp_path / "g.pickle")
    again = _load_file(path)
    assert again.lookup("Kabul")[0].country == "AFG"
    (tmp_path / "bad.pickle").write_bytes(b"not a pickle")
    assert _load_file(tmp_path / "bad.pickle") is None


def test_embedded_gazetteer_places_the_reference_towns():
    gaz = load_gazetteer(progress=False)
    resolver = Resolver(gaz)
    cases = {
        ("Spin Boldak", (), "AFG"): ("AFG", 31.0, 66.4),
        ("Chitral", (), "PAK"): ("PAK", 35.85, 71.79),
        ("Arandu", ("Chitral",), None): ("PAK", 35.33, 71.55),
        ("North Waziristan Agency", (), None): ("PAK", 32.95, 69.9),
        ("Chaman", (), "PAK"): ("PAK", 30.92, 66.45),
        ("Kandahar", (), "AFG"): ("AFG", 31.6, 65.7),
        ("Nimruz", (), "AFG"): ("AFG", 31.0, 62.4),
    }
    for (name, context, focus), (country, lat, lon) in cases.items():
        found = resolver.resolve(name, context, focus)
        assert found is not None, name
        assert found.place.country == country, name
        assert abs(found.place.lat - lat) < 0.5 and abs(found.place.lon - lon) < 0.5, name
    assert len(gaz) > 200_000


def test_gazetteer_build_has_coordinates_for_subdivisions():
    gaz = load_gazetteer(progress=False)
    kp = [p for p in gaz.lookup("Khyber Pakhtunkhwa") if p.kind == "adm1"]
    assert kp and kp[0].lat is not None and 31 < kp[0].lat < 37
    # a district with no town in cities500 takes its province's centre
    mambasa = [p for p in gaz.lookup("Mambasa") if p.kind == "adm2"]
    assert mambasa and mambasa[0].lat is not None and mambasa[0].admin1 == "Ituri"
    # provinces go by their English names, and the local names still find them
    aleppo = [p for p in gaz.lookup("Halab") if p.kind == "adm1"]
    assert aleppo and aleppo[0].name == "Aleppo"
    town = [p for p in gaz.lookup("Luhansk") if p.kind == "city"]
    assert town and town[0].admin1 == "Luhansk"


def test_geoparse_finds_and_resolves_places_in_free_text(cli, write, tmp_path):
    text = ("Afghan officials said Taliban fighters entered Spin Boldak on Wednesday. Traders in Chaman, "
            "across the border in Pakistan, closed their shops, and Russian diplomats in Kabul urged calm. "
            "Aid convoys waited near the Torkham crossing while the Texas Department of Health sent staff.\n")
    src = write("story.txt", text)
    out = tmp_path / "places.jsonl"
    result = cli("geoparse", str(src), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    places = {p["name"]: p for p in result.records}

    def named(prefix):
        return next(p for n, p in places.items() if n.startswith(prefix))

    for name, country in (("Spin Boldak", "AFG"), ("Chaman", "PAK"), ("Pakistan", "PAK"), ("Kabul", "AFG"),
                          ("Torkham", "PAK"), ("Russia", "RUS"), ("Texas", "USA")):
        assert named(name)["country"] == country, name
    assert "Taliban" not in places and "Afghanistan" in places  # a group is no place; "Afghan" names the country
    article_text = text.strip()
    for p in result.records:
        written = article_text[p["start"]:p["end"]]
        assert written == p["name"] or p["name"] in ("Afghanistan", "Russia"), (written, p["name"])
    assert "Texas" in article_text[named("Texas")["start"]:named("Texas")["end"]]
    assert places["Pakistan"]["geo_precision"] == 4


def test_home_division_beats_a_foreign_country_of_the_same_name():
    gaz = Gazetteer("t")
    gaz.add(place("Georgia", "GEO", kind="country", lat=42.0, lon=43.5, pop=3_700_000), ["Georgia"])
    gaz.add(place("Georgia", "USA", kind="adm1", admin1="Georgia", lat=32.7, lon=-83.4, pop=10_000_000), ["Georgia"])
    resolver = Resolver(gaz)
    assert resolver.resolve("Georgia", focus="USA").place.country == "USA"
    assert resolver.resolve("Georgia").place.country == "GEO"


def test_story_region_decides_between_namesakes():
    gaz = Gazetteer("t")
    gaz.add(place("Dublin", "USA", admin1="Ohio", lat=40.1, lon=-83.1, pop=49_000), ["Dublin"])
    gaz.add(place("Dublin", "USA", admin1="Georgia", lat=32.5, lon=-82.9, pop=16_000), ["Dublin"])
    resolver = Resolver(gaz)
    assert resolver.resolve("Dublin", focus="USA", region="Georgia").place.admin1 == "Georgia"


def test_known_part_only_opens_a_name():
    gaz = Gazetteer("t")
    gaz.add(place("Texas", "USA", kind="adm1", admin1="Texas", pop=29_000_000), ["Texas"])
    gaz.add(place("Peninsula", "USA", pop=500), ["Peninsula"])
    gaz.add(place("North", "USA", pop=500), ["North"])
    resolver = Resolver(gaz)
    assert resolver.known_part("Texas Fire Service") == "Texas"
    assert resolver.known_part("Korean Peninsula") is None
    assert resolver.known_part("North Africa Desk") is None
    gaz.add(place("Northeast", "USA", pop=500), ["Northeast"])
    assert resolver.known_part("Northeast Texas Medical Center") is None


def test_story_region_comes_from_names_without_namesakes():
    from sitroom.geoparse import story_region

    gaz = Gazetteer("t")
    gaz.add(place("Virginia", "USA", kind="adm1", admin1="Virginia", pop=8_000_000), ["Virginia"])
    gaz.add(place("Virginia", "USA", admin1="Minnesota", pop=3_000), ["Virginia"])  # a town elsewhere
    gaz.add(place("Charles City", "USA", admin1="Virginia", pop=7_000), ["Charles City"])
    gaz.add(place("Richmond", "USA", admin1="New York", pop=470_000), ["Richmond"])
    gaz.add(place("Richmond", "USA", admin1="Virginia", pop=220_000), ["Richmond"])
    resolver = Resolver(gaz)
    # five Richmonds do not outvote the state they are in
    names = ["Richmond"] * 5 + ["Virginia", "Charles City"]
    region = story_region(resolver, names, "USA")
    assert region == "Virginia"
    assert resolver.resolve("Richmond", focus="USA", focus_weight=1.5, region=region).place.admin1 == "Virginia"


def test_alias_target_is_the_usual_meaning():
    gaz = load_gazetteer(progress=False)
    found = Resolver(gaz).resolve("Washington")
    assert found.place.kind == "city" and abs(found.place.lat - 38.9) < 0.2
    # a seat of government names its city; the town of the same name still answers in context
    assert Resolver(gaz).resolve("White House").place.admin1 == "District of Columbia"
    assert Resolver(gaz).resolve("White House", context=["Tennessee"]).place.admin1 == "Tennessee"
    # a written state outweighs the usual meaning; a written word that is no place does not
    assert Resolver(gaz).resolve("Washington", context=["Indiana"]).place.admin1 == "Indiana"
    assert Resolver(gaz).resolve("Washington", context=["Zxqvort"]).place.admin1 == "District of Columbia"
    # the Middle East at GeoNames' own point, in the Levant
    region = Resolver(gaz).resolve("Middle East").place
    assert (round(region.lat), round(region.lon)) == (33, 36)


def test_geoparse_keeps_name_boundaries():
    from sitroom.geoparse import geoparse

    resolver = Resolver(load_gazetteer(progress=False))
    text = "Warships sailed across the Indian Ocean towards the Korean Peninsula, officials in Karachi said."
    places = {p["name"]: p for p in geoparse(text, "t", resolver)}
    assert "Peninsula" not in places
    assert "India" not in places and places["Indian Ocean"]["country"] is None
    assert places["Karachi"]["country"] == "PAK"


def test_a_town_in_a_province_of_its_own_name():
    gaz = Gazetteer("test")
    gaz.add(place("Veracruz", "MEX", kind="adm1", admin1="Veracruz", lat=19.4, lon=-96.4, pop=8_000_000), ["Veracruz"])
    gaz.add(place("Veracruz", "MEX", admin1="Veracruz", lat=19.18, lon=-96.14, pop=600_000), ["Veracruz"])
    gaz.add(place("Veracruz", "PAN", admin1="Panama Oeste", lat=8.9, lon=-79.6, pop=20_000), ["Veracruz"])
    found = Resolver(gaz).resolve("Veracruz", context=["Veracruz"])
    assert found.place.kind == "city" and found.place.country == "MEX" and found.precision == 1


def test_a_tie_for_the_story_region_goes_to_a_state_named_outright():
    from sitroom.geoparse import story_region

    gaz = Gazetteer("t")
    # "Orange County" of two states, a town "Chapman" only in the other, and the state named
    gaz.add(place("Orange County", "USA", kind="adm2", admin1="New York", lat=41.4, lon=-74.2, pop=380_000),
            ["Orange County"])
    gaz.add(place("Orange County", "USA", kind="adm2", admin1="California", lat=33.7, lon=-117.8, pop=3_000_000),
            ["Orange County"])
    gaz.add(place("Chapman", "USA", admin1="New York", lat=42.0, lon=-75.0, pop=900), ["Chapman"])
    gaz.add(place("California", "USA", kind="adm1", admin1="California", lat=37.0, lon=-120.0, pop=39_000_000),
            ["California"])
    gaz.add(place("Brenton", "USA", admin1="New York", lat=42.1, lon=-75.1, pop=700), ["Brenton"])
    resolver = Resolver(gaz)
    # New York: 1/2 + 1 + ... ties California's 1/2 + 1: the state named outright wins
    assert story_region(resolver, ["Orange County", "Chapman", "California"], "USA") == "California"
    # (more namesakes there than the one state's name outweigh it)
    assert story_region(resolver, ["Orange County", "Chapman", "Brenton", "California"], "USA") == "New York"
    # a state's name that is as well a big city's elsewhere is not named outright
    gaz.add(place("Washington", "USA", kind="adm1", admin1="Washington", lat=47.4, lon=-120.5, pop=7_000_000),
            ["Washington"])
    gaz.add(place("Washington", "USA", admin1="District of Columbia", lat=38.9, lon=-77.0, pop=690_000),
            ["Washington"])
    gaz.add(place("Collins", "USA", admin1="District of Columbia", lat=38.9, lon=-77.1, pop=500), ["Collins"])
    assert story_region(Resolver(gaz), ["Collins", "Washington"], "USA") == "District of Columbia"
