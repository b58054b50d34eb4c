"""The Pakistani press's ways of telling a clash: deaths told as what the dead underwent
("embraced martyrdom", "were sent to hell"), the dead as the subject of an intransitive verb,
and a second incident told "separately". My own sentences; the places are real."""

import pytest

from sitroom.annotate.sentences import split_sentences
from sitroom.coder.document_coder import code_article
from sitroom.coder.places import find_places
from sitroom.coder.tokens import tokenize

from .story_helpers import lead, resolver


@pytest.mark.parametrize("text", [
    "On 22 March 2023, three soldiers embraced martyrdom while five terrorists were sent to hell during an "
    "operation in Lakki Marwat.",
    "On 22 March 2023, three soldiers died while five terrorists were killed during an operation in Lakki Marwat.",
    "On 22 March 2023, three soldiers lost their lives and five terrorists were killed during an operation in "
    "Lakki Marwat.",
])
def test_both_sides_dead_are_summed_whatever_the_verb(text):
    event = lead(text, published="2023-03-23")
    assert (event.event_type, event.fatalities) == ("Battles", 8)


def test_soldiers_who_embraced_martyrdom_are_the_target_not_the_attackers():
    event = lead("On 22 March 2023, two soldiers embraced martyrdom in an attack on a post in Lakki Marwat.",
                 published="2023-03-23")
    assert event.actor2.name == "Military Forces of Pakistan"
    assert event.actor1 is None or event.actor1.name != "Military Forces of Pakistan"
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 2)


def test_a_figure_far_before_a_death_verb_is_not_its_dead():
    event = lead("Photo 3 of 9. A boy who was shot by his cousin at a house in Tulsa on Monday has died, "
                 "police said.", published="2016-01-20")
    assert event.fatalities == 1


def test_a_second_incident_told_separately_is_its_own_event():
    text = ("PESHAWAR: Three soldiers were martyred during an operation in Lakki Marwat on Wednesday night, the "
            "military said.\n\nSeparately, police said two constables were injured when gunmen opened fire on a "
            "police post in Bannu on Thursday morning.")
    events = [e for e in code_article(text, split_sentences(text), "t", "2023-03-24", resolver=resolver())
              if e.attribution.modality == "asserted"]
    places = sorted(e.location.name for e in events if e.event_type in ("Battles", "Violence against civilians"))
    assert places == ["Bannu", "Lakki Marwat District"]


def test_a_protest_on_a_road_named_for_two_towns_is_at_the_town_told_with_it():
    event = lead("On 24 March 2023, protesters blocked the Quetta-Karachi highway near Khuzdar for several hours "
                 "against power cuts.", published="2023-03-25")
    assert (event.event_type, event.location.name) == ("Protests", "Khuzdar")


def test_a_firm_named_after_its_town_is_no_place():
    text = ("QUETTA: Protesters blocked a road near Khuzdar on Friday against power cuts.\n\nThe protesters chanted "
            "slogans against the Quetta Electric Supply Company and the provincial government.")
    events = code_article(text, split_sentences(text), "t", "2023-03-25", resolver=resolver())
    assert [e.location.name for e in events if e.event_type == "Protests"] == ["Khuzdar"]
    sentence = "They protested outside the offices of the Quetta Electric Supply Company on Monday."
    assert not [p for p in find_places(tokenize(sentence), sentence, set()) if "Quetta" in p.name]


@pytest.mark.parametrize("men", ["two constables", "two policemen"])
def test_the_mens_hurt_before_when_are_the_target_not_their_post(men):
    event = lead(f"On 23 March 2023, {men} were injured when unidentified gunmen opened fire on a checkpost in "
                 f"Bannu.", published="2023-03-24")
    assert (event.actor1.name, event.actor2.name) == ("Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan")


def test_the_other_sides_dead_told_first_name_the_side_that_fought():
    event = lead("On 22 March 2023, three soldiers died while five terrorists were killed during an operation in "
                 "Lakki Marwat.", published="2023-03-23")
    assert (event.actor1.name, event.actor2.name) == ("Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)")
