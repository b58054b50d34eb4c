"""An unnamed kind of actor that only describes a deed ("the attack is gang related") names no
side of it; a former or off-duty guard is a civilian, as ACLED codes one attacked. My own
sentences; the places are real."""

import pytest

from sitroom.coder.actors import find_mentions
from sitroom.coder.codebook import load_codebook
from sitroom.coder.tokens import tokenize

from .coder_helpers import pipeline_events

PUB = "2021-06-04"


def _names(sentence):
    return [m.name for m in find_mentions(load_codebook(), tokenize(sentence), sentence)]


@pytest.mark.parametrize("text,civilians", [
    # a deed told gang related keeps its civilian victims
    ("On 3 June 2021, in Belmopan, two men were shot by a gunman. Police said the attack is gang related.",
     "Civilians (Belize)"),
    # a former bodyguard shot dead is a civilian
    ("On 3 June 2021, a former bodyguard of a mayor was shot dead by unidentified assailants in Cagayan de Oro.",
     "Civilians (Philippines)"),
])
def test_the_victims_are_civilians(text, civilians):
    event = pipeline_events(text, PUB)[0]
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2.name == civilians


def test_a_kind_of_actor_before_a_describing_word_is_no_actor():
    assert not any("Gang" in n for n in _names("Police said the killing was cartel style."))
    assert not any("Gang" in n for n in _names("The attack is gang related, police said."))
    assert any("Gang" in n for n in _names("A gang related to the cartel attacked the bar."))


def test_a_serving_bodyguard_shot_dead_is_an_armed_target():
    events = pipeline_events("On 3 June 2021, a bodyguard of a mayor was shot dead by unidentified assailants "
                             "in Cagayan de Oro.", PUB)
    assert events[0].event_type == "Battles"
