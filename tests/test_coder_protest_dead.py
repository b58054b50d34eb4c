"""The dead a protest is about died in another event: a peaceful protest, or one the police only
broke up, has no dead of its own (a protester killed makes it excessive force, as ACLED codes
it). My own sentences; the places are real."""

from .story_helpers import lead, story


def test_a_protest_over_a_killing_has_no_dead_of_its_own():
    event = lead("On 18 August 2021, hundreds of villagers held a protest in Duki town (Loralai, Balochistan), "
                 "demanding the arrest of the men who killed two shopkeepers.", published="2021-08-19")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.fatalities == 0


def test_protesters_killed_are_the_protests_dead():
    event = lead("On 18 August 2021, police opened fire on protesters in Duki town, killing two demonstrators.",
                 published="2021-08-19")
    assert (event.sub_event_type, event.fatalities) == ("Excessive force against protesters", 2)


def test_a_killing_told_with_the_protest_keeps_its_dead():
    events = story("Gunmen shot dead two shopkeepers in Duki town, Balochistan, on Monday. On Tuesday, traders "
                   "held a protest in Duki against the killings.", published="2021-08-19")
    assert any(e.sub_event_type == "Attack" and e.fatalities == 2 for e in events)


def test_a_crowd_told_by_a_pronoun_met_with_fire_is_the_protests_dead():
    # in the protest's sentence, and in the next one
    for text in ("On 18 August 2021, traders rallied in Duki town and police opened fire on them, killing two.",
                 "On 18 August 2021, traders rallied in Duki town. Police opened fire on them, killing two "
                 "and wounding five."):
        events = story(text, published="2021-08-19")
        assert [(e.sub_event_type, e.fatalities) for e in events] == [("Excessive force against protesters", 2)], text
    # other people shot after a protest are another event
    events = story("On 18 August 2021, traders rallied in Duki town. Later, gunmen opened fire on a bus, killing two.",
                   published="2021-08-19")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Peaceful protest", 0), ("Attack", 2)]
