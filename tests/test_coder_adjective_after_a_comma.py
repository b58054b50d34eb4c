"""A people's adjective after a place and a comma opens the next clause, it does not enclose the
place: "In the Donetsk region, Russian shelling killed ..." (a country's name does: "Fort Riley,
U.S."). My own sentences; the places are real."""

from sitroom.coder.places import find_places
from sitroom.coder.tokens import tokenize


def _contexts(sentence: str) -> dict:
    return {p.name: p.context for p in find_places(tokenize(sentence), sentence, set())}


def test_an_adjective_after_a_comma_is_no_enclosing_place():
    assert _contexts("In the Donetsk region, Russian shelling killed two civilians on Friday.")["Donetsk"] == []


def test_a_country_after_a_comma_encloses_the_place():
    assert _contexts("A teen died in a shooting at Fort Riley, U.S. Attorney Jane Cole said.")["Fort Riley"] == ["U.S."]
