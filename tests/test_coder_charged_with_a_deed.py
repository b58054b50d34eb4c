"""Those who bring a charge for a deed did not do it: "Police arrested a man and charged him with
murder in the death of ..." is no killing by the police. My own sentences; the places are real."""

from .coder_helpers import top


def test_who_charges_did_not_kill():
    text = ("Police arrested Zachary Hale, 26, and charged him with murder in the death of a man in Hartford "
            "on Friday.")
    event = top(text, "2016-01-16")
    assert event.event_type == "Violence against civilians"
    assert not event.actor1.name.startswith("Police Forces")


def test_a_deed_of_their_own_before_the_charge_keeps_them():
    text = "Troops killed five militants and charged them with attacking a checkpoint in Bannu on Friday."
    assert top(text, "2016-01-16").actor1.name.startswith("Military Forces")
