"""The words of a page's address ("/news/child-shot-in-parking-lot-southeast-atlanta/") name the
story's big city when its text names no town; a mention written in capitals that the gazetteer
lacks is no place; a street written with the story's own town is in that town. My own sentences;
the places and the kinds of address are real."""

import pytest

from .story_helpers import lead, resolver


@pytest.mark.parametrize("url,name", [
    ("http://www.wsbtv.com/news/local/girl-shot-in-parking-lot-southeast-atlanta/nx2/", "Atlanta"),
    ("http://web.archive.org/web/20160101000000/http://www.wxyz.com:80/news/two-hurt-in-san-antonio-shooting/",
     "San Antonio"),
])
def test_the_big_city_an_address_path_names(url, name):
    from sitroom.coder.web_address import path_places

    assert [p.name for p in path_places(resolver().gaz, url, "USA")] == [name]


@pytest.mark.parametrize("url", [
    "http://www.wsbtv.com/news/local/girl-shot-in-parking-lot/nx2/",  # no city in the words
    "http://www.atlanta-news.com/story/1/",  # the host is not the path (web_places reads hosts)
    None,
])
def test_an_address_path_that_names_no_big_city(url):
    from sitroom.coder.web_address import path_places

    assert path_places(resolver().gaz, url, "USA") == []


def test_a_story_of_streets_only_is_in_the_city_its_address_path_names():
    text = "A 4-year-old girl was shot in the leg Tuesday in a parking lot on Flat Shoals Road, police said."
    e = lead(text, url="http://www.wsbtv.com/news/local/girl-hit-by-stray-bullet-southeast-atlanta/nx2/")
    assert (e.location.name, e.location.admin1) == ("Atlanta", "Georgia")


def test_a_town_the_text_names_beats_the_address_path():
    text = "A 4-year-old girl was shot in the leg Tuesday in Macon, Georgia, police said."
    e = lead(text, url="http://www.wsbtv.com/news/local/girl-hit-by-stray-bullet-southeast-atlanta/nx2/")
    assert e.location.name == "Macon"


def test_words_in_capitals_the_gazetteer_lacks_are_no_place():
    # a broadcast's transcript in capitals: "THAT HOUSE AND THAT'S WHEN" is no place
    text = ("TWO MEN WERE SHOT OUTSIDE THAT HOUSE AND THAT'S WHEN NEIGHBORS CALLED POLICE. The shooting "
            "happened late Sunday in Flint, Michigan, police said.")
    e = lead(text)
    assert (e.location.name, e.location.admin1) == ("Flint", "Michigan")


def test_a_street_written_with_the_storys_town_is_in_it():
    # "Norfolk" alone is also an English county: written with the story's own town it is that town
    text = ("Norfolk, Va. - A woman died after she was shot in her home on Bolling Avenue in the Lamberts "
            "Point neighborhood of Norfolk, police said.")
    e = lead(text)
    assert (e.location.name, e.location.admin1) == ("Norfolk", "Virginia")


def test_the_outlets_town_in_the_page_title_votes_for_the_storys_country():
    # a local page's teasers name another country twice; the outlet's own town and a state outvote them
    text = ("A soldier returns from Afghanistan to meet his newborn son. A Missouri mother wins a cooking "
            "contest. His wife followed Afghanistan news for three years. A 13-year-old boy was killed "
            "Wednesday afternoon when he was shot accidentally at a home in Lexington, police said.")
    e = lead(text, title="Boy dies in accidental shooting at Lexington home - Columbia, South Carolina")
    assert (e.actor1.country, e.location.name, e.location.admin1) == ("USA", "Lexington", "South Carolina")


def test_a_towns_road_written_after_the_is_the_town():
    # "the Jounieh bridge", kind word in lower case: the town's bridge, near the town
    text = "On 7 May 2020, protesters blocked the Jounieh bridge to denounce the government of Lebanon."
    e = lead(text, published=None)
    assert (e.location.name, e.location.country, e.location.geo_precision) == ("Jounieh", "LBN", 2)
