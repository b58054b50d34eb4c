"""One named who denies speaks for the sentence ("A Taliban spokesman denied the figure" has the
spokesman as its source), and a report's event records who denied it ("Denied by ..."); a toll
denied outright ("Not a single fighter was martyred") is no party's figure. My own sentences;
the places are real."""

import pytest

from sitroom.coder.claims import find_source
from sitroom.coder.tokens import tokenize

from .coder_helpers import pipeline_events


@pytest.mark.parametrize("sentence, speaker", [
    ("A Taliban spokesman denied the figure, saying only civilians had been killed.", "A Taliban spokesman"),
    ("The Taliban denied that their fighters had attacked a checkpoint.", "The Taliban"),
    ("The suspect was denied bail on Monday.", None),
    ("A group of taxi drivers rejected the new fares.", None),
])
def test_who_denies_speaks(sentence, speaker):
    source = find_source(tokenize(sentence), sentence)
    assert (source.text if source else None) == speaker


STORY = ("Pakistani jets struck militant hideouts in North Waziristan late on Sunday, killing more than 150 "
         "militants, security officials said on Monday.\n\nA Taliban spokesman denied the figure, saying only "
         "civilians had been killed. \"Not a single fighter was martyred,\" the spokesman said in a statement.")


def test_the_event_records_who_denied_it_and_no_denied_toll():
    event = pipeline_events(STORY, "2024-03-18")[0]
    assert event.fatalities == 150
    assert event.notes == ["Denied by A Taliban spokesman"]


def test_one_who_says_another_denied_is_not_the_denier():
    text = ("A man was shot dead outside a house on Caddy Drive in Metairie on Saturday. Sheriff Tom Hale said the "
            "suspect denied ever being at the house.")
    assert all(not any(n.startswith("Denied by") for n in e.notes) for e in pipeline_events(text, "2016-12-05"))
