"""A protest met by force has the force as its other side (actor2), as ACLED codes it, also when
the force is named only in the sentence that tells how the protest ended."""

from .story_helpers import story


def lead(text):
    return story(text, published="2020-05-09")[0]


def test_the_police_who_dispersed_a_protest_are_its_other_side():
    event = lead("On 8 May 2020, migrant workers in Mangalagiri town (Guntur, Andhra Pradesh) held a protest "
                 "demanding to be sent home. Police resorted to a mild lathi charge to disperse the workers.")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")
    assert event.actor1.name == "Protesters (India)" and event.actor2.name == "Police Forces of India"


def test_rioters_who_stoned_the_police_face_the_police():
    event = lead("On 4 May 2020, over 300 workers demonstrated in Kovvur town (Andhra Pradesh) demanding to go "
                 "home. Rioters pelted stones and bottles at the police.")
    assert event.event_type == "Riots" and event.actor2.name == "Police Forces of India"


def test_a_peaceful_protest_has_no_other_side():
    event = lead("On 4 May 2020, teachers held a peaceful protest in Lahore over unpaid salaries.")
    assert event.sub_event_type == "Peaceful protest" and event.actor2 is None


def test_protesters_beaten_or_dragged_away_by_the_police_met_an_intervention():
    event = lead("On 7 May 2020, residents protesting against evictions were beaten up and dragged into police vans "
                 "outside the town hall in Durres.")
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2.name.startswith("Police Forces")
