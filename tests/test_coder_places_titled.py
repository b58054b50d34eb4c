"""A place whose name opens with a word that alone names an actor ("imam" is a cleric) is a
place when its kind word follows: "in Imam Sahib district, Kunduz". My own sentences; the
places are real."""

from .story_helpers import lead


def test_a_district_named_after_a_title_is_the_district():
    e = lead("On 3 May 2020, Taliban fighters attacked two army posts in Imam Sahib district, Kunduz.",
             published=None)
    assert e.location.name.startswith("Im") and e.location.admin1 == "Kunduz" and e.location.country == "AFG"
    assert e.location.mention == "Imam Sahib district, Kunduz"


def test_an_actors_word_before_a_kind_word_alone_is_no_place():
    # "Taliban areas": the word after the actor's is the kind word itself, no name
    e = lead("On 3 May 2020, Afghan forces attacked Taliban positions in Taliban areas of Kunduz.", published=None)
    assert e.location.name == "Kunduz"
