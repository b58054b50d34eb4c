"""Where a force is sent is where its deployment took place, when the sentence tells no other
place; where people were made to go is never where they were struck. My own sentences; the
places are real."""

from .coder_helpers import pipeline_events


def _events(text, published="2021-05-08"):
    return pipeline_events(text, published)


def test_a_deployment_takes_place_where_the_force_is_sent():
    (event,) = _events("On 7 May 2021, government forces were deployed to Suqutra.")
    assert event.event_type == "Strategic developments"
    assert (event.location.name, event.location.country) == ("Suqutra", "YEM")


def test_an_attack_is_not_where_its_victims_were_made_to_go():
    events = _events("On 7 May 2021, gunmen attacked the villagers of Hadibu and forced them to flee to Mukalla.")
    violent = [e for e in events if e.event_type != "Strategic developments"]
    assert violent and all(e.location is not None and e.location.name != "Mukalla" for e in violent)
