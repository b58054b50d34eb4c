"""A street named "X Court" is a street, not a court of law before a place named X: "shot on Maple
Court in Dayton" happened in Dayton, not in Maple Valley, and "the 1200 block of Elm Court" names
no town Elm. A court's kind ("Municipal Court") or a place's ("Wayne County Court") before "Court"
still makes it a court of law in that place. My own sentences; the places are real."""

from .story_helpers import lead


def test_a_court_that_is_a_street_lies_in_its_town():
    e = lead("A man was shot dead on Maple Court in Dayton on Saturday, police said.", published="2016-03-21")
    assert (e.location.name, e.location.admin1) == ("Dayton", "Ohio"), e.location


def test_a_court_in_a_block_names_no_town_of_its_first_word():
    e = lead("A man was shot dead in the 1200 block of Elm Court on Saturday, police said.",
             dateline="Dayton, Ohio", published="2016-03-21")
    assert (e.location.name, e.location.admin1) == ("Dayton", "Ohio"), e.location


def test_a_court_of_law_still_names_its_place():
    from sitroom.coder.places import find_places
    from sitroom.coder.tokens import tokenize
    for sentence, name in (("He appeared in Warren Municipal Court on Monday.", "Warren"),
                           ("He was charged in Wayne County Court on Monday.", "Wayne County"),
                           ("A bail plea was heard in the Peshawar High Court on Monday.", "Peshawar")):
        names = [p.name for p in find_places(tokenize(sentence), sentence, set())]
        assert len(names) == 1 and names[0].startswith(name) and "Court" not in names[0], (sentence, names)
