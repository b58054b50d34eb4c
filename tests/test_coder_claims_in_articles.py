"""Claims and their speakers in a wire story: a party's figure posted on a platform is its claim
on the lead's clash (the platform is no place), the speaker of a reporting verb joined by "and"
to a denial is the denial's subject, and a country's rockets are its forces' shelling. My own
sentences; the places are real."""

from sitroom.coder.claims import find_source
from sitroom.coder.tokens import tokenize

from .story_helpers import lead, story


def _events(text):
    return story(text, "2023-03-28")


def test_a_partys_figure_posted_on_a_platform_is_its_claim_on_the_lead():
    events = _events("KABUL (Frontier Desk) - Taliban fighters attacked an army base in Ghazni province on Monday, "
                     "killing at least 9 soldiers, a provincial official said.\n\nA Taliban spokesman said on "
                     "Twitter that 25 soldiers were killed. The defence ministry said 14 attackers were killed in "
                     "the fighting.")
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert len(clashes) == 1 and clashes[0].fatalities == 23
    assert any("Taliban reported 25" in n for n in clashes[0].notes)
    assert all(e.location is None or e.location.name != "Twitter" for e in events)


def test_the_speaker_of_a_reporting_verb_joined_to_a_denial_is_its_subject():
    text = "The defence ministry denied the base had fallen and said 14 attackers were killed."
    assert find_source(tokenize(text), text).text == "The defence ministry"
    # a clause with no speaking verb before "and" names no one
    text = "The base had fallen and said nothing more."
    source = find_source(tokenize(text), text)
    assert source is None or "had" not in source.text


def test_a_countrys_rockets_are_its_forces_shelling():
    event = lead("On 27 March 2023, Pakistani rockets killed 4 civilians in Dangam district of Kunar province.",
                 published="2023-03-28")
    assert (event.sub_event_type, event.actor1.name, event.actor2.name, event.fatalities) == \
        ("Shelling/artillery/missile attack", "Military Forces of Pakistan", "Civilians (Afghanistan)", 4)
    # fired rockets are the weapon, not an actor
    event = lead("On 27 March 2023, militants fired rockets at a police station in Bannu.", published="2023-03-28")
    assert event.actor1.name == "Unidentified Armed Group (Pakistan)"


def test_a_shooting_that_claimed_lives_is_told_not_claimed():
    event = lead("The shooting in Flint late Friday claimed the lives of two teenagers, police said.",
                 published="2016-05-10")
    assert (event.attribution.modality, event.fatalities) == ("asserted", 2)
    assert event.attribution.source == "police"
    # a party that claims an attack still claims it
    assert find_source(tokenize("The Taliban claimed the attack on the checkpoint."),
                       "The Taliban claimed the attack on the checkpoint.").text == "The Taliban"
