"""A big known place named as what was struck ("Russian forces attacked Kharkiv with a ballistic
missile") is the event's place; a person or a small town's name after the verb is not. My own
sentences; the places are real."""

from sitroom.annotate.sentences import split_sentences
from sitroom.coder.document_coder import code_article

from .story_helpers import lead, resolver


def test_a_city_attacked_is_the_place_and_its_people_the_victims():
    event = lead("Russian forces attacked Kharkiv with a ballistic missile overnight, killing three people, the "
                 "governor said on Saturday.", published="2023-03-26")
    assert (event.location.name, event.location.country) == ("Kharkiv", "UKR")
    assert event.actor2.name == "Civilians (Ukraine)"


def test_a_person_struck_is_no_place():
    text = "A pickup truck struck Reid as he crossed the street in Tulsa on Monday, police said."
    events = code_article(text, split_sentences(text), "t", "2016-01-19", resolver=resolver())
    assert all(e.location is None or e.location.name != "Reid" for e in events)


def test_without_the_gazetteer_nothing_is_read_after_the_verb():
    text = "Russian forces attacked Kharkiv with a ballistic missile overnight, killing three people."
    events = code_article(text, split_sentences(text), "t", "2023-03-26")
    assert events and all(e.location is None or e.location.name != "Kharkiv" for e in events)
