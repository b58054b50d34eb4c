"""One killed after exchanging fire with a force names the force as the other side, as one killed
in an encounter with it does; a drug trafficker or dealer named alone is a gang's man. My own
sentences; the places are real."""

from .coder_helpers import pipeline_events

PUB = "2021-06-07"


def _sides(text):
    event = pipeline_events(text, PUB)[0]
    return event.event_type, event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None


def test_the_force_fired_at_is_the_other_side():
    assert _sides("On 6 June 2021, a gunman was killed after exchanging fire with police in Ilheus, Bahia.") \
        == ("Battles", "Police Forces of Brazil", "Unidentified Armed Group (Brazil)")


def test_a_drug_trafficker_killed_by_military_police_is_a_gang_s_man():
    kind, first, second = _sides("On 6 June 2021, a drug trafficker was killed after exchanging fire with military "
                                 "police forces in Ilheus, Bahia.")
    assert kind == "Battles"
    assert {first, second} == {"Military Forces of Brazil Military Police", "Unidentified Gang (Brazil)"}


def test_an_encounter_still_names_both_sides():
    assert _sides("On 6 June 2021, three militants were killed in an encounter with security forces in Kupwara.") \
        == ("Battles", "Military Forces of India", "Unidentified Armed Group (India)")
