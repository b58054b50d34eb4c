"""A gathering still to come ("ahead of a planned rally", "an upcoming march") is no event of
the day, and it does not take in the deeds done before it. My own sentences."""

from .coder_helpers import code, top


def test_arrests_ahead_of_a_planned_rally_are_arrests():
    event = top("Police arrested at least 45 opposition activists in overnight raids in Dhaka ahead of a "
                "planned rally, party officials said on Tuesday.", "2023-05-10")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Arrests")
    assert event.attribution.modality == "asserted"


def test_an_upcoming_march_is_still_to_come():
    events = code("Organisers said thousands were expected at an upcoming march in Lahore.", "2023-05-10")
    assert all(e.attribution.modality != "asserted" for e in events if e.event_type == "Protests")


def test_a_planned_attack_that_was_carried_out_happened():
    event = top("Al Shabaab fighters carried out a planned attack on Burundian troops in Buurane village "
                "on Tuesday.", "2023-05-10")
    assert event.event_type == "Battles" and event.attribution.modality == "asserted"


def test_arrests_at_a_rally_held_are_the_protests_intervention():
    event = top("Police arrested 12 protesters at a rally in Dhaka on Friday.", "2023-05-10")
    assert event.sub_event_type == "Protest with intervention"
