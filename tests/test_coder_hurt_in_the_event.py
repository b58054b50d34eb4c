"""Those told hurt "in a shooting" are its victims, not a crowd that did it: "Four people were
wounded in a shooting" is an attack on civilians, not mob violence by four rioters. My own
sentences; the places are real."""

from .story_helpers import lead


def _lead(text, published="2021-06-14"):
    return lead(text, published=published)


def _names(event):
    return (event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None)


def test_those_wounded_in_a_shooting_are_its_victims():
    event = _lead("Four people were wounded in a shooting in Dayton, Ohio, on Sunday night, police said.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert _names(event) == ("Unidentified Armed Group (United States)", "Civilians (United States)")
    # the day and an adjective may stand between the hurt and the shooting
    event = _lead("Five people were injured early Sunday after an apparent drive-by shooting in Toledo, Ohio.")
    assert event.event_type == "Violence against civilians" and "Rioters" not in str(_names(event))


def test_the_dead_told_first_and_the_wounded_after_are_all_victims():
    event = _lead("Three people died and two others were wounded in a shooting in Dayton, Ohio, early Sunday.")
    assert event.event_type == "Violence against civilians" and event.fatalities == 3
    assert "Rioters" not in str(_names(event))


def test_a_participle_after_the_hurt_is_a_passive():
    event = _lead("Police named the two men killed in a Saturday night shooting outside a bar in Toledo, Ohio.")
    assert event.event_type == "Violence against civilians" and event.fatalities == 2
    event = _lead("Four people shot outside a bar in Toledo, Ohio, on Saturday night were taken to hospital.")
    assert event.event_type == "Violence against civilians" and "Rioters" not in str(_names(event))


def test_a_toll_told_so_is_not_lowered_by_some_victims_told_later():
    # the lead's figure counts anyone hurt in the shooting; the two bodies told further down are
    # some of its dead, not a corrected toll
    event = _lead("Three people are dead and another was injured in a shooting at a farm near Salem, Oregon. "
                  "A suspect was arrested on the interstate two hours later. Deputies charged him with murder on "
                  "Monday. Deputies were called to the farmhouse just before noon on Sunday. They found the "
                  "bodies of two people at the house and two other people with gunshot wounds.")
    assert event.fatalities == 3


def test_the_forces_among_the_hurt_are_the_target():
    event = _lead("On 9 March 2022, two FC personnel and one civilian were injured in an IED blast in Turbat "
                  "(Kech, Balochistan).", "2022-03-10")
    assert event.actor2 is not None and "Frontier Corps" in event.actor2.name


def test_doers_before_a_participle_with_an_object_stay_the_doers():
    # "killed at least eight": the men before it did the killing
    event = _lead("On 2 May 2020, JNIM militants killed at least eight soldiers near Gao (Gao).", "2020-05-03")
    assert event.actor1 is not None and "JNIM" in event.actor1.name


def test_those_told_dead_after_a_shooting_are_its_victims():
    event = _lead("Two people are dead after a shooting at a house in Dayton, Ohio, on Sunday night, police said.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert _names(event) == ("Unidentified Armed Group (United States)", "Civilians (United States)")
    assert event.fatalities == 2
