"""Fire told by how it broke out is an attack: "Gunfire erupted at a backyard party, leaving one man
dead" and "shots rang out" code a shooting with its dead, and between two armed sides it is a
clash. My own sentences; the places are real."""

from .story_helpers import lead


def test_gunfire_that_erupted_is_a_shooting_with_its_dead():
    e = lead("Gunfire erupted at a backyard party in Stockton, California, on Saturday night, leaving one man "
             "dead and five others injured.", published="2016-05-10")
    assert (e.event_type, e.fatalities, e.event_date, e.location.name) == \
        ("Violence against civilians", 1, "2016-05-07", "Stockton"), e


def test_shots_that_rang_out_are_a_shooting():
    e = lead("Shots rang out outside a bar in Dayton, Ohio, early Sunday. No one was hurt, police said.",
             published="2016-05-10")
    assert (e.event_type, e.fatalities, e.location.name) == ("Violence against civilians", 0, "Dayton"), e


def test_gunfire_between_two_armed_sides_is_a_clash():
    e = lead("Gunfire broke out between the army and rebels near Kidal on 3 May, killing two soldiers.",
             published="2016-05-10")
    assert (e.event_type, e.fatalities) == ("Battles", 2), e
