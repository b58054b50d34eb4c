"""Reactions to an event are no events of their own: "The U.S. Embassy in Islamabad condemned the
attack" names the attack told before, at its speaker's town; "called the bombing cowardly" too.
My own sentences; the places are real."""

from .story_helpers import story

WIRE = ("A suicide bomber killed nine soldiers at a checkpoint in Bannu district of northwest Pakistan on "
        "Sunday, officials said. The U.S. Embassy in Islamabad condemned the attack. The Turkish foreign "
        "ministry, in Ankara, also condemned the bombing. The UN secretary-general, speaking in New York, called "
        "the attack cowardly.")


def test_reactions_name_the_event_told_before():
    violent = [e for e in story(WIRE, published="2025-03-18") if e.event_type is not None]
    assert len(violent) == 1
    event = violent[0]
    assert (event.sub_event_type, event.fatalities) == ("Suicide bomb", 9)
    assert "Bannu" in event.location.name
    # the speakers of the reactions are no side of it
    assert event.actor1.name == "Unidentified Armed Group (Pakistan)"


def test_a_call_to_the_police_is_no_reaction():
    events = story("A boy shot his brother at their home in Hudson, Florida, on Wednesday night, the sheriff said. "
                   "A neighbour in Tampa called 911 minutes after the shooting.", published="2025-03-20")
    assert events[0].location.name == "Hudson"


def test_a_deed_a_crowd_protests_is_no_event_of_its_sentence():
    for text in ("Hundreds of tribesmen protested in Miranshah on Monday against the drone strikes.",
                 "Students marched in Lahore on Monday to protest the killing of a classmate by police.",
                 # the grievance told at length, with no comma before the deed
                 "Villagers held a protest in Gambat against the police for raiding their homes "
                 "and trying to rape a woman."):
        events = story(text, published="2025-03-18")
        assert [e.event_type for e in events] == ["Protests"], text


def test_a_regions_history_told_beside_the_event_is_no_event():
    events = story("Gunmen attacked a village in Plateau State late Sunday, killing at least 51 people, in the "
                   "latest outbreak of violence in a region plagued by communal clashes.", published="2025-04-15")
    assert [(e.event_type, e.fatalities) for e in events] == [("Violence against civilians", 51)]
    # a one-word sentence is no trouble
    assert story("Clashes.", published="2025-04-15") is not None


def test_a_grievance_ends_where_another_clause_opens():
    from sitroom.coder.quantities import after_grievance
    from sitroom.coder.tokens import tokenize

    def deed_is_grieved(text: str, deed: str) -> bool:
        tokens = tokenize(text)
        return after_grievance(tokens, [t.low for t in tokens].index(deed), 12)

    assert deed_is_grieved("Villagers protested against the police for raiding their homes and beating a farmer.",
                           "beating")
    for text in ("Students protested against the closure of the hostel as police opened fire on them.",
                 "Students protested against the closure of the hostel and police opened fire on them.",
                 "Students protested against the closure of the hostel, then the police opened fire on them."):
        assert not deed_is_grieved(text, "opened"), text
