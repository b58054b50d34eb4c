"""Where people fled from may be told as what they fled: "fleeing the fighting in Nangarhar" is a
flight out of Afghanistan, though the town they reached is Pakistani; "fled to safety in Chitral"
tells where they went, not where they left. My own sentences; the places are real."""

from .story_helpers import story


def _flight(text):
    return next(e for e in story(text, published="2023-03-13") if e.movement is not None)


def test_the_fighting_fled_in_a_province_tells_the_origin():
    e = _flight("Around 200 families crossed into Pakistan through the Torkham border on Sunday, fleeing the "
                "fighting in Nangarhar, officials said.")
    assert e.movement.origin.country == "AFG" and e.movement.destination.country == "PAK", e.movement
    assert e.movement.count == 200


def test_safety_reached_in_a_town_is_no_origin():
    e = _flight("Around 200 families fled to safety in Chitral on Sunday, officials said.")
    assert e.movement.origin.name != "Chitral", e.movement
    assert e.location.name == "Chitral"
