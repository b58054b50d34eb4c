"""An army that says it killed someone in an air strike is the strike's agent, and the one killed
its target. My own sentences; the places are real."""

from .coder_helpers import top


def test_the_speaker_who_says_it_killed_someone_in_a_strike_carried_it_out():
    event = top("The Israeli military said on Monday it had killed a senior Hamas commander in an air strike in "
                "Gaza City overnight.", "2024-08-06")
    assert event.sub_event_type == "Air/drone strike"
    assert (event.actor1.name, event.actor2.name) == ("Military Forces of Israel", "Hamas Movement")


def test_a_passive_killing_in_a_raid_keeps_its_roles():
    # (no pronoun stands for the speaker: the killed one is not the agent, and no agent is made up)
    event = top("The army said a TTP commander was killed in an air strike in North Waziristan on Monday.",
                "2024-08-06")
    assert event.actor1 is None or "TTP" not in event.actor1.name
