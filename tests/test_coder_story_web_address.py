"""A local outlet's web address ("denverpost.com", "abc7chicago.com", "delawareonline.com") names
the big city or the state it covers: a weak cue for the story's town when the text names no state.
My own sentences; the places and the kinds of address are real."""

import pytest

from .story_helpers import lead, resolver


@pytest.mark.parametrize("url,name,state", [
    ("http://web.archive.org/web/20160101000000/http://www.denverpost.com:80/news/crime/story.html",
     "Denver", "Colorado"),
    ("http://www.nbcmiami.com/news/local/story.html", "Miami", "Florida"),
    ("https://abc7chicago.com/news/a-story/123/", "Chicago", "Illinois"),
    ("http://pittsburgh.cbslocal.com/2015/05/05/a-story/", "Pittsburgh", "Pennsylvania"),
    ("http://www.cleveland19.com/story/1/a-story", "Cleveland", "Ohio"),
    ("http://www.delawareonline.com/story/news/crime/a-story/", "Delaware", "Delaware"),
])
def test_the_place_an_address_names(url, name, state):
    from sitroom.coder.web_address import web_places

    found = web_places(resolver().gaz, url, "USA")
    assert [(p.name, p.admin1) for p in found] == [(name, state)]


@pytest.mark.parametrize("url", [
    "http://www.wsmv.com/story/1/a-story",  # a station's call sign names no town
    "http://www.example.com/chicago-news/",  # a word of the path is no host
    None,
])
def test_an_address_that_names_no_place(url):
    from sitroom.coder.web_address import web_places

    assert web_places(resolver().gaz, url, "USA") == []


def test_a_namesake_in_the_outlets_state():
    # Wilmington, North Carolina is the bigger namesake; a Delaware outlet's story is in Delaware
    text = "Two men were wounded in a shooting late Saturday in Wilmington, police said."
    e = lead(text, url="http://www.delawareonline.com/story/news/crime/2016/05/01/shooting/1/")
    assert (e.location.name, e.location.admin1) == ("Wilmington", "Delaware")


def test_a_story_of_streets_only_is_in_the_outlets_city():
    text = "A 15-year-old boy was shot in the leg Tuesday evening near West Garfield Boulevard, police said."
    e = lead(text, url="http://abc7chicago.com/news/teen-shot/12345/")
    assert (e.location.name, e.location.admin1) == ("Chicago", "Illinois")


def test_a_namesake_dateline_is_a_part_of_the_outlets_city():
    # no Homewood in Pennsylvania is known: a Pittsburgh station's "HOMEWOOD" is that part of Pittsburgh
    text = "Two men were shot Sunday night outside a corner store on Frankstown Avenue, police said."
    e = lead(text, dateline="HOMEWOOD", url="http://pittsburgh.cbslocal.com/2015/05/05/homewood-shooting/")
    assert (e.location.name, e.location.admin1) == ("Pittsburgh", "Pennsylvania")


def test_a_big_city_is_not_moved_to_a_village_of_the_outlets_state():
    # the New York station's state holds a village called Newark; the story's Newark is the big city
    text = "A man was shot and killed Monday night on a Newark street corner, police said. " \
           "Newark police are looking for two suspects."
    e = lead(text, url="http://www.nbcnewyork.com/news/local/newark-shooting/1/")
    assert (e.location.name, e.location.admin1) == ("Newark", "New Jersey")


def test_a_spot_named_after_a_small_town_elsewhere_is_in_the_outlets_city():
    # the story tells no town: its community centre is the outlet's city's, not a town of Indiana
    text = "Two men were shot outside the Kokomo Community Center early Sunday, police said."
    e = lead(text, url="http://www.fox2detroit.com/news/two-shot/1/")
    assert (e.location.name, e.location.admin1) == ("Detroit", "Michigan")


def test_a_small_town_of_another_state_gives_way_to_the_outlets_city():
    from sitroom.coder.web_address import stray_town
    from sitroom.geo.gazetteer import Place
    from sitroom.geo.resolve import Resolved

    def town(name, state, people):
        return Resolved(Place(None, name, "USA", state, None, 0.0, 0.0, people, "city"), 1.0, 1)

    city = town("Harbor City", "Ohio", 400_000).place
    assert stray_town(town("Millbrook", "Georgia", 1_200), (city,), "USA").place is city
    assert stray_town(town("Millbrook", "Ohio", 1_200), (city,), "USA") is None  # the outlet's own state
    assert stray_town(town("Big Falls", "Georgia", 300_000), (city,), "USA") is None  # a big city stands
    assert stray_town(town("Millbrook", "Georgia", 1_200), (), "USA") is None  # no address




@pytest.mark.parametrize("text,url,state", [
    # a bare name whose big namesake lies abroad, in a story of an outlet of an American city
    ("A man was shot and killed Saturday outside a bar in Hamilton, police said.",
     "http://www.cincinnati.com/story/news/1/", "Ohio"),
    ("A woman was shot in the arm Friday night near a park in Windsor, police said.",
     "http://www.detroitnews.com/story/1/", "Michigan"),
])
def test_the_outlets_city_votes_for_the_storys_country(text, url, state):
    e = lead(text, url=url)
    assert (e.location.country, e.location.admin1) == ("USA", state)
