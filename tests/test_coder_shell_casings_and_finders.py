"""Shell casings and those who find the dead: spent casings found where shots were fired tell a
shooting, never a weapon seized; whoever finds bodies did not kill, whatever verb follows the
bodies. My own sentences; the places are real."""

from .coder_helpers import code, top


def test_shell_casings_found_are_a_shooting_not_a_weapons_seizure():
    text = ("Police in Joliet are investigating after someone fired at a house on Elm Street late Sunday. No one "
            "was hurt. Officers found a dozen shell casings in the road.")
    events = code(text, "2016-02-16")
    assert [e.sub_event_type for e in events if e.event_type] == ["Attack"]
    assert events[0].fatalities == 0


def test_a_story_told_only_by_the_casings_is_still_a_shooting():
    text = "Officers found several spent shell casings outside an apartment building in Akron on Monday night."
    event = top(text, "2016-02-16")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_weapons_and_ammunition_found_are_still_seized():
    text = "Soldiers found a cache of rifles and ammunition in a house near Kandahar on Monday."
    assert top(text, "2016-02-16").sub_event_type == "Disrupted weapons use"


def test_those_who_find_bodies_dumped_by_a_road_did_not_kill():
    text = "Police found the bodies of five men dumped beside a highway in the state of Guerrero on Thursday."
    event = top(text, "2016-02-16")
    assert event.fatalities == 5
    assert "Police" not in event.actor1.name
    # (whoever the bodies' own words name as the killers still are: "killed by gunmen")
    text = "Villagers found the bodies of three soldiers killed by militants near Kunduz on Thursday."
    event = top(text, "2016-02-16")
    assert (event.actor1.name, event.actor2.name) == ("Unidentified Armed Group (Afghanistan)",
                                                      "Military Forces of Afghanistan")


def test_weapons_recovered_in_a_deadly_operation_carry_none_of_its_dead():
    text = ("The Frontier Corps said on Tuesday it had killed four terrorists in an operation in the Hoshab area of "
            "Kech, and recovered weapons and explosives from their hideout.")
    events = code(text, "2024-03-20")
    seized = [e for e in events if e.sub_event_type == "Disrupted weapons use"]
    assert seized and seized[0].fatalities == 0
    assert max(e.fatalities or 0 for e in events) == 4
