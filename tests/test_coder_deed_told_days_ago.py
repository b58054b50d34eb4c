"""A deed told as days before publication ("three days ago") in another town is another event, not
more dead of the lead's: "Five soldiers were killed in Mir Ali on Tuesday. Militants killed two
policemen in Bannu three days ago" is two events of 5 and 2 dead, not one of 7. A death told days
later in the same town stays the lead's. My own sentences; the places are real."""

from .story_helpers import story


def test_a_deed_days_ago_in_another_town_is_another_event():
    events = story("Five soldiers were killed in an attack on a post in Mir Ali on Tuesday, officials said. "
                   "Militants killed two policemen in Bannu three days ago.", published="2016-05-10")
    tolls = {e.location.name: (e.fatalities, e.event_date) for e in events if e.event_type == "Battles"}
    assert tolls == {"Mir Ali": (5, "2016-05-10"), "Bannu": (2, "2016-05-07")}, tolls


def test_the_same_town_told_days_ago_stays_one_event():
    events = story("A shopkeeper shot in Bannu died of his wounds on Tuesday, police said. He was shot outside "
                   "his shop in Bannu three days ago.", published="2016-05-10")
    violent = [e for e in events if e.event_type is not None]
    assert len(violent) == 1 and violent[0].fatalities == 1, violent
