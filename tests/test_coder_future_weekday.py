"""A weekday told of a deed still to come is the one to come ("Protests are planned for Thursday"
in a Wednesday story is the next day), and the event stays out of what is reported; a weekday of
a deed done is the last one. My own sentences; the places are real."""

from .coder_helpers import code


def test_a_planned_protest_is_dated_to_the_weekday_to_come():
    (event,) = code("Protests are planned in several other towns in Kenya on Thursday, organizers said.", "2024-06-26")
    assert event.attribution.modality == "future"
    assert event.event_date == "2024-06-27"


def test_a_deed_done_on_a_weekday_keeps_the_last_one():
    event = code("Two men were shot on Thursday in Jackson.", "2024-06-26")[0]
    assert event.attribution.modality == "asserted"
    assert event.event_date == "2024-06-20"
