"""A name of two or more words with a generation's mark ("Jr.", "III") is a person's, not a place:
"the son of Walter Davis Jr." names no town Davis. A street or a school named after such a person
("Martin Luther King Jr. Drive") stays a place, and a title before the name is no part of it
("Hampton Police Chief Terry Sult Jr." names the chief of Hampton). My own sentences; the places
are real."""

from sitroom.coder.places import person_names
from sitroom.coder.tokens import tokenize

from .story_helpers import lead


def test_a_name_with_jr_is_a_person():
    assert {"Walter", "Davis", "Jr"} <= person_names(tokenize("The boy, a grandson of Walter Davis Jr., was shot."))


def test_a_street_named_after_him_is_no_person():
    assert not person_names(tokenize("Officers went to the 2200 block of Martin Luther King Jr. Drive in Lumberton."))


def test_a_title_before_the_name_stays_out_of_it():
    names = person_names(tokenize("Hampton Police Chief Terry Sult Jr. said the shooting was unprovoked."))
    assert {"Terry", "Sult"} <= names and "Hampton" not in names


def test_the_event_is_not_placed_at_the_person_s_namesake_town():
    e = lead("A man was shot and killed outside a store in Hampton on Sunday, police said. The victim, a nephew "
             "of Walter Davis Jr., was 34.", published="2016-05-10")
    assert e.location.name == "Hampton", e.location
