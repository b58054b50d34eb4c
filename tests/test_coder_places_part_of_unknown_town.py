"""A part of a town written with its own town ("the Zahle square in Rmeish") is in that town. When
the gazetteer lacks that town, the part is placed in no town, not in the town whose name it
bears: Zahle is a city of the Bekaa, far from the southern village of Rmeish. My own sentences;
the places are real."""

from .story_helpers import lead


def test_a_square_in_a_town_the_gazetteer_lacks_is_not_the_town_of_its_name():
    e = lead("On 3 March 2021, protesters gathered at the Zahle square in Rmeish, in Lebanon, against high prices.",
             published=None)
    assert e.location.name == "Zahle" and e.location.mention == "Zahle square in Rmeish"
    assert e.location.lat is None and e.location.admin1 is None and e.location.country == "LBN", e.location


def test_a_square_in_a_known_town_is_in_that_town():
    e = lead("On 3 March 2021, protesters gathered at the Zahle square in Sidon against high prices.", published=None)
    assert e.location.name == "Sidon" and e.location.admin1 == "South", e.location


def test_a_square_in_an_unknown_town_of_a_datelined_story_is_in_the_dateline_town():
    e = lead("BEIRUT: On 3 March 2021, protesters gathered at the Zahle square in Rmeish against high prices.",
             dateline="BEIRUT", published=None)
    assert e.location.name == "Beirut", e.location


def test_a_square_told_alone_still_reads_its_name():
    # nothing written with it: the name is all there is ("the Zahle square", in Zahle)
    e = lead("On 3 March 2021, protesters gathered at the Zahle square against high prices in Lebanon.",
             published=None)
    assert e.location.name == "Zahle" and e.location.admin1 == "Bekaa", e.location


def test_such_a_square_says_nothing_of_the_story_s_country():
    # Al-'Alam is a town of Iraq; the sentence's country is Lebanon
    e = lead("On 3 March 2021, protesters gathered at the al Alam square in Rmeish, in Lebanon, against high prices.",
             published=None)
    assert e.location.country == "LBN" and e.location.lat is None, e.location
    assert e.actor1.name == "Protesters (Lebanon)"
