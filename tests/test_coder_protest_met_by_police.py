"""The police who met a crowd are the protest's other side, told in a later sentence too: not a
second protest beside it, and not the government the crowd addressed. My own sentences; the
places are real."""

from .story_helpers import story


def test_the_police_told_next_are_the_side_that_met_the_crowd():
    events = story("On 2 May 2021, residents protested in Plovdiv, demanding the resignation of the Bulgarian "
                   "President. Police dispersed the protesters.", published="2021-05-03")
    assert [(e.sub_event_type, e.actor2.name if e.actor2 else None) for e in events] == \
        [("Protest with intervention", "Police Forces of Bulgaria")]


def test_how_the_police_met_the_crowd_is_read_to_the_sentence_after_the_last_one_merged():
    events = story("On 29 April 2021, in Arequipa, a group of traders staged a demonstration by blocking a main "
                   "avenue. They had lost their stalls in the lockdown. They demanded cheap loans from the city. "
                   "Police officers surrounded the demonstrators. Police later dispersed them.",
                   published="2021-04-30")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
    assert events[0].actor2 is not None and events[0].actor2.name == "Police Forces of Peru"


def test_the_police_who_met_a_riot_tell_how_it_was_met_not_a_second_protest():
    events = story("On 29 April 2021, residents of a squatter camp barricaded roads with burning tyres in "
                   "Soshanguve, Gauteng, demanding water. Police used rubber bullets to disperse the demonstrators.",
                   published="2021-04-30")
    assert [(e.sub_event_type, e.actor2.name if e.actor2 else None) for e in events] == \
        [("Violent demonstration", "Police Forces of South Africa")]
