"""A deed's noun that is the subject of its clause ("The shooting is under investigation") has no
target in the clause that "and" opens after it. My own sentences."""

from .coder_helpers import top


def test_those_who_ask_for_information_after_and_were_not_shot():
    for sentence in [
        "The shooting is under investigation and police asked anyone with information to call them.",
        "The stabbing remains under investigation and deputies are asking witnesses to come forward.",
    ]:
        event = top(sentence, "2021-06-13")
        assert event.event_type == "Violence against civilians", sentence
        assert event.actor2 is not None and event.actor2.name.startswith("Civilians"), sentence


def test_a_target_inside_the_deeds_own_clause_stays():
    event = top("The attack on a police checkpoint was claimed by the Taliban and three officers died.",
                "2021-06-13")
    assert event.event_type == "Battles"
    assert event.actor2 is not None and event.actor2.name.startswith("Police Forces")
