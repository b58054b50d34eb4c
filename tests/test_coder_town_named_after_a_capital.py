"""A town named after a capital ("Fort Washington", "Port Washington") is that town, not the
capital's government and a stray "Fort": the capital's name right after another capitalised word
belongs to that longer name. Alone, the capital still speaks for its state. My own sentences; the
places are real."""

import pytest

from .story_helpers import lead, story


@pytest.mark.parametrize("text,town,state", [
    ("A man was shot dead in Fort Washington on Tuesday morning, police said.", "Fort Washington", "Maryland"),
    ("A woman was shot dead on Palmer Road in Fort Washington, Maryland, on Tuesday.", "Fort Washington", "Maryland"),
    ("A man was shot dead outside a bar in Port Washington, New York, on Friday night.", "Port Washington",
     "New York"),
])
def test_a_town_named_after_a_capital_is_the_town(text, town, state):
    e = lead(text, published="2016-05-10")
    assert e.location.name == town and e.location.admin1 == state, e.location
    assert "Government" not in e.actor1.name and (e.actor2 is None or "Government" not in e.actor2.name)


def test_the_capital_alone_still_speaks_for_its_state():
    events = story("On 3 May 2020, in Kabul, Washington accused the Taliban of killing civilians in Helmand.",
                   published=None)
    assert any(e.actor1 is not None and e.actor1.mention == "Washington"
               and e.actor1.name == "Government of the United States" for e in events), events
