"""State and province abbreviations after a town: "Charleston, W.Va.", "Kansas City, Kan."."""

import pytest

from sitroom.geo import abbreviations as module
from sitroom.geo.abbreviations import abbreviations
from sitroom.geo.gazetteer import Gazetteer, Place
from sitroom.geoparse import detect, geoparse
from sitroom.geo.resolve import Resolver
from sitroom.knowledge import KnowledgeError


def written(text):
    return [(text[a.start:a.end], a.division, a.country) for a in abbreviations().find(text)]


def test_an_initialism_counts_anywhere_and_a_shortened_word_only_after_a_town():
    assert written("The S.C. Highway Patrol closed the road.") == [("S.C.", "South Carolina", "USA")]
    assert written("Two men from Kansas City, Kan., were charged.") == [("Kan.", "Kansas", "USA")]
    # "Mass." ending a sentence about church, or "Ind." after no town, is no state
    assert written("The family went to Mass. Lunch followed.") == []
    assert written("He ran as an Ind. candidate.") == []
    assert written("Flooding closed roads near Wood County, W. Va., on Sunday.") == [("W. Va.", "West Virginia", "USA")]
    # the longest form wins: New South Wales, not Nova Scotia and a stray "W."
    assert written("Storms hit Dubbo, N.S.W. overnight.") == [("N.S.W.", "New South Wales", "AUS")]


def place(name, country, kind, admin1, lat, lon, pop):
    return Place(None, name, country, admin1, None, lat, lon, pop, kind, "PPL" if kind == "city" else "ADM1")


def test_the_state_decides_the_town_before_it():
    gaz = Gazetteer("t")
    for p in (place("Charleston", "USA", "city", "South Carolina", 32.78, -79.93, 150_000),
              place("Charleston", "USA", "city", "West Virginia", 38.35, -81.63, 46_000),
              place("West Virginia", "USA", "adm1", "West Virginia", 38.6, -80.6, 1_800_000),
              place("Georgia", "USA", "adm1", "Georgia", 32.7, -83.4, 10_000_000),
              place("Macon", "USA", "city", "Georgia", 32.84, -83.63, 150_000),
              place("Georgia", "GEO", "country", None, 42.0, 43.5, 3_700_000),
              place("United States", "USA", "country", None, 39.8, -98.5, 330_000_000)):
        gaz.add(p, [p.name])
    resolver = Resolver(gaz)
    text = "A warehouse burned in Charleston, W.Va. on Monday."
    places = {text[p["start"]:p["end"]]: p for p in geoparse(text, "t", resolver)}
    assert places["W.Va."]["name"] == "West Virginia"
    assert places["Charleston"]["admin1"] == "West Virginia"
    # the abbreviation carries its country: "Ga." is the state, never the Caucasus country
    text = "Fire crews from Macon, Ga., were sent north."
    places = {text[p["start"]:p["end"]]: p for p in geoparse(text, "t", resolver)}
    assert places["Ga."]["country"] == "USA" and places["Ga."]["admin1"] == "Georgia"
    # deep in a longer sentence, after other names, the pairing still holds
    text = "Late on Friday, Sheriff Dale Owens said that a driver from the city of Charleston, W.Va., was held."
    charleston = next(m for m in detect(text, resolver) if m.name == "Charleston")
    assert charleston.context == ("West Virginia",)
    # without the abbreviation the bigger namesake keeps its lead
    plain = geoparse("A warehouse burned in Charleston on Monday.", "t", resolver)
    assert [p["admin1"] for p in plain] == ["South Carolina"]


@pytest.mark.parametrize("data, message", [
    ({"US": {"Kan.": "Kansas"}}, "ISO3"),
    ({"USA": {"Kan": "Kansas"}}, "end with a dot"),
    ({"USA": {"Kan.": ""}}, "must name"),
    ({"USA": {"Ga.": "Georgia"}, "CAN": {"Ga.": "Gaspesie"}}, "twice"),
    ({"USA": []}, "abbreviations"),
])
def test_mistakes_in_the_file_are_named(monkeypatch, data, message):
    monkeypatch.setattr(module, "load_yaml", lambda name: data)
    with pytest.raises(KnowledgeError, match=message):
        abbreviations.__wrapped__()  # (past the cache: the real file's entries stay cached)
