"""The names of one story agree on where it is: support between readings, and the story's state."""

import pytest

from sitroom.geo.coherence import support
from sitroom.geo.gazetteer import Gazetteer, Place
from sitroom.geoparse import geoparse, story_region
from sitroom.geo.resolve import Resolver

from .gazetteer_helpers import place


PARIS_FR = place("Paris", "FRA", admin1="Ile-de-France", lat=48.86, lon=2.35, pop=2_100_000)
PARIS_TX = place("Paris", "USA", admin1="Texas", admin2="Lamar County", lat=33.66, lon=-95.56, pop=25_000)
PARIS_TN = place("Paris", "USA", admin1="Tennessee", admin2="Henry County", lat=36.30, lon=-88.33, pop=10_000)
LAMAR = place("Lamar County", "USA", kind="adm2", admin1="Texas", admin2="Lamar County", lat=33.67, lon=-95.57,
              pop=50_000)
BLOSSOM = place("Blossom", "USA", admin1="Texas", admin2="Lamar County", lat=33.66, lon=-95.39, pop=1_500)
TEXAS = place("Texas", "USA", kind="adm1", admin1="Texas", lat=31.25, lon=-99.25, pop=29_000_000)
FRANCE = place("France", "FRA", kind="country", lat=46.0, lon=2.0, pop=67_000_000)


def test_a_reading_inside_a_county_or_state_the_story_names_is_supported():
    found = support({"Paris": [PARIS_FR, PARIS_TX, PARIS_TN], "Lamar County": [LAMAR]})
    assert found[PARIS_TX] == 1.0
    assert PARIS_FR not in found and PARIS_TN not in found
    # the county is supported by the town it holds; "Paris" may lie in three states, so it gives a third
    assert found[LAMAR] == pytest.approx(1 / 3)
    assert support({"Paris": [PARIS_FR, PARIS_TX], "Texas": [TEXAS]})[PARIS_TX] == 1.0


def test_neighbouring_towns_support_each_other_and_far_ones_do_not():
    found = support({"Paris": [PARIS_FR, PARIS_TX], "Blossom": [BLOSSOM]})
    assert found[PARIS_TX] == 1.0 and found[BLOSSOM] == 0.5
    assert PARIS_FR not in found
    far = place("Amarillo", "USA", admin1="Texas", admin2="Potter County", lat=35.22, lon=-101.83)
    # the same state is not enough: Amarillo is 600 km from Paris
    assert PARIS_TX not in support({"Paris": [PARIS_TX], "Amarillo": [far]})


def test_countries_neither_give_nor_get_support():
    assert support({"Paris": [PARIS_FR], "France": [FRANCE]}) == {}


def ashford_and_millbrook(*more):
    """Invented towns: the bigger Ashford lies far away; the smaller one is 30 km from Millbrook,
    which lies across the state line."""
    gaz = Gazetteer("t")
    for p in (place("Ashford", "USA", admin1="Tennessee", lat=36.3, lon=-88.3, pop=100_000),
              place("Ashford", "USA", admin1="Texas", lat=33.66, lon=-95.56, pop=25_000),
              place("Millbrook", "USA", admin1="Oklahoma", lat=33.98, lon=-95.5, pop=5_000), *more):
        gaz.add(p, [p.name])
    return Resolver(gaz)


def test_a_neighbour_across_a_state_line_outweighs_a_bigger_namesake():
    # the story's state is Millbrook's, not Texas: only the neighbour's support places Ashford
    resolver = ashford_and_millbrook()
    text = "Deputies from Millbrook chased the stolen truck to Ashford on Friday."
    places = {p["name"]: p for p in geoparse(text, "t", resolver)}
    assert places["Ashford"]["admin1"] == "Texas"
    alone = {p["name"]: p for p in geoparse("Deputies chased the stolen truck to Ashford on Friday.", "t", resolver)}
    assert alone["Ashford"]["admin1"] == "Tennessee"
    agreement = support({"Ashford": resolver.candidates("Ashford"), "Millbrook": resolver.candidates("Millbrook")})
    assert resolver.resolve("Ashford", focus="USA", region="Oklahoma").place.admin1 == "Tennessee"
    assert resolver.resolve("Ashford", focus="USA", region="Oklahoma", support=agreement).place.admin1 == "Texas"


def test_story_region_splits_a_names_vote_among_its_states():
    gaz = Gazetteer("t")
    gaz.add(place("Dublin", "USA", admin1="Ohio", lat=40.1, lon=-83.1, pop=49_000), ["Dublin"])
    gaz.add(place("Dublin", "USA", admin1="Georgia", lat=32.5, lon=-82.9, pop=16_000), ["Dublin"])
    gaz.add(place("Athens", "USA", admin1="Georgia", lat=33.96, lon=-83.38, pop=127_000), ["Athens"])
    gaz.add(place("Athens", "USA", admin1="Texas", lat=32.2, lon=-95.85, pop=13_000), ["Athens"])
    resolver = Resolver(gaz)
    names = ["Dublin", "Athens"]
    # no name lies in one state alone, yet both may lie in Georgia: half a vote each
    assert story_region(resolver, names, "USA") == "Georgia"
    assert story_region(resolver, names[:1], "USA") == "Ohio"  # an even split goes to the first listed
    assert story_region(resolver, names, None) is None


def test_the_coder_places_an_event_where_the_articles_names_agree():
    from sitroom.annotate.sentences import split_sentences
    from sitroom.coder.document_coder import code_article

    resolver = ashford_and_millbrook(
        place("United States", "USA", kind="country", lat=39.8, lon=-98.5, pop=330_000_000))
    text = ("Gunmen shot dead two guards at a depot in Ashford on Friday, police in the United States said. "
            "The attackers had come from Millbrook, officers said.")
    events = code_article(text, split_sentences(text), "t", "2024-05-04", None, resolver=resolver)
    assert events and events[0].location.name == "Ashford" and events[0].location.admin1 == "Texas"


def test_a_region_of_no_one_country_casts_no_vote_for_the_storys_country():
    from sitroom.annotate.sentences import split_sentences
    from sitroom.coder.codebook import load_codebook
    from sitroom.coder.locating import ArticlePlaces
    from sitroom.coder.rules import load_rules
    from sitroom.coder.sentence_coder import analyse

    gaz = Gazetteer("t")
    for p in (Place(None, "Middle East", None, None, None, 29.0, 41.0, 0, "region", "RGN"),
              place("Aden", "YEM", admin1="Aden", lat=12.78, lon=45.04, pop=800_000)):
        gaz.add(p, [p.name])
    resolver = Resolver(gaz)
    # no country named: the places vote, and the region, named twice, must not outvote Aden
    text = ("Tension across the Middle East has grown, analysts said. Shipping in the Middle East slowed "
            "this week. Gunmen killed three guards at the port in Aden on Friday.")
    codebook, rules = load_codebook(), load_rules()
    infos = [analyse(codebook, s.index, s.start, s.text, None, None, rules) for s in split_sentences(text)]
    assert [[p.name for p in info.places] for info in infos] == [["Middle East"], ["Middle East"], ["Aden"]]
    assert ArticlePlaces(codebook, resolver, None, infos, None).focus == "YEM"
