"""A month written with its day is no march ("on the night of 6 March in Latakia"), and the
government's security forces are one actor. My own sentences; the places are real."""

from .coder_helpers import top


def test_a_clash_dated_by_the_month_of_march_is_a_clash_not_a_march():
    event = top("BEIRUT — Clashes between Syrian government security forces and gunmen loyal to a former commander erupted "
                "on the night of 6 March in Jableh, in Latakia province, a monitoring group said. At least 30 people "
                "were killed.", published="2025-03-09")
    assert event.event_type == "Battles" and event.sub_event_type == "Armed clash"
    assert event.actor1.name == "Military Forces of Syria"
    assert event.event_date == "2025-03-06"


def test_marches_are_still_marches():
    assert top("LAHORE — Thousands of students march in Lahore against the killing of a classmate, organisers said.",
               published="2025-03-09").event_type == "Protests"
    # (with the month beside its day elsewhere in the sentence)
    assert top("LAHORE — On 6 March, hundreds of lawyers marched in Lahore against the arrest of a colleague.",
               published="2025-03-09").event_type == "Protests"
