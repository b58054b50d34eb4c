"""The injured told just after a protest or a riot, in a sentence with no event of its own, are
that protest's: "Police fired tear gas at marchers ... At least 12 people were injured". My own
sentences; the places are real."""

from .coder_helpers import code


def test_the_injured_told_after_a_riot_are_its_own():
    text = ("Protesters threw stones at police and set tires on fire in central Nairobi on Tuesday. At least 12 "
            "people were injured, the Kenya Red Cross said.")
    riot = next(e for e in code(text, "2024-06-26") if e.event_type == "Riots")
    assert riot.injured == 12


def test_a_tally_across_a_city_is_no_protests_injured():
    text = ("Protesters threw stones at police and set tires on fire in central Nairobi on Tuesday. Separately, two "
            "men were injured in a road crash on Mombasa Road.")
    riot = next(e for e in code(text, "2024-06-26") if e.event_type == "Riots")
    assert riot.injured is None
