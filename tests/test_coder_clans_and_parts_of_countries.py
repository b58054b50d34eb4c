"""Clans and tribes that clash fight as communal militias (ACLED's identity militias), not as a
mob: "Two rival clans clashed near Jos" is an armed clash. A country after a word for a part of
it ("in central Somalia's Galmudug state") is a place, not its government as a party to the
clash. My own sentences; the places are real."""

from .story_helpers import lead


def test_clans_that_clash_are_communal_militias():
    e = lead("Two rival clans clashed near Jos on Sunday, killing nine people.", published="2016-05-10")
    assert (e.event_type, e.sub_event_type, e.fatalities) == ("Battles", "Armed clash", 9), e
    assert e.actor1.name.startswith("Unidentified Communal Militia"), e.actor1


def test_a_country_after_a_part_word_is_a_place():
    e = lead("Clashes between two rival clans in central Somalia's Galmudug state killed nine people on Sunday.",
             published="2016-05-10")
    names = {e.actor1.name, e.actor2.name if e.actor2 else None}
    assert "Military Forces of Somalia" not in names, names
    assert e.event_type == "Battles" and e.location.country == "SOM", e
