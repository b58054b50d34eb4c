"""Roles read past a note's label and an escort: "Looting:" opening a note names the kind of the
deed its sentence tells, not a deed whose target is the doers; a force told "accompanied by"
another did the deed, the escort did not. My own sentences; the places are real."""

from .story_helpers import lead


def test_a_label_opening_a_note_leaves_the_doers_their_role():
    event = lead("Looting: On 9 May 2021, militiamen looted civilians' crops in Tall Tamr in al-Hasakeh.",
                 published="2021-05-10")
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group (Syria)"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Syria)"


def test_a_label_alone_still_tells_its_deed():
    event = lead("Looting: On 9 May 2021, shops were emptied in Tall Tamr in al-Hasakeh.", published="2021-05-10")
    assert event.sub_event_type == "Looting/property destruction"


def test_the_force_told_before_its_escort_did_the_deed():
    event = lead("On 4 May 2021, regime forces, accompanied by Russian military police, arrested several traders "
                 "in Damascus.", published="2021-05-10")
    assert (event.sub_event_type, event.actor1.name) == ("Arrests", "Military Forces of Syria")
