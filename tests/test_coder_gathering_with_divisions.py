"""A note writes a place's divisions in brackets after it; the brackets do not use up the reach
of a rule that joins a gathering to its aim. My own sentences; the places are real."""

from .story_helpers import lead


def test_a_gathering_to_mark_a_day_past_the_divisions_in_brackets_is_a_protest():
    event = lead("On 3 May 2021, lawyers of the Bar Association of the Wilaya (BAW) gathered in Bejaia (Bejaia, Bejaia), "
                 "to commemorate a colleague jailed since the start of the year.", published="2021-05-04")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.location.name == "Bejaia"
