"""A square or quarter written with its kind word in lower case ("the Nour square") is the place
of that name, in the town written with it, even where the story's first reading of that town is a
namesake abroad; and a lower-case article that opens a name is no place of its own. My own
sentences; the places are real (Tripoli's Al Nour Square is in geo/city_quarters.yaml)."""

from sitroom.geo.resolve import default_resolver
from sitroom.geoparse import geoparse

from .story_helpers import lead


def test_a_lone_article_opening_a_name_is_no_known_part_of_it():
    resolver = default_resolver()
    assert resolver.known_part("al Nour") is None
    assert resolver.known_part("el Mansour") is None
    assert resolver.known_part("Texas Fire Service") == "Texas"


def test_geoparse_finds_no_place_named_by_an_article():
    text = "Retired teachers gathered at the al Nour square in Tripoli on Sunday."
    names = [text[p["start"]:p["end"]] for p in geoparse(text, "t", default_resolver())]
    assert "al" not in names
    assert "Tripoli" in names


def test_a_square_in_lower_case_is_the_square_of_its_town():
    for square in ("the al Nour square", "the Nour square", "al Nour Square"):
        event = lead(f"On 1 May 2021, retired teachers gathered at {square} in Tripoli to protest a pension cut.",
                     published="2021-05-02")
        assert event.location.country == "LBN", square
        assert event.location.admin1 == "North", square
