"""A plural deed after "<is/has been> the <noun of a place's character> of" tells what a place is
like, not one event: "Zamfara has been the epicentre of kidnappings" and "the district is a
hotbed of attacks" are kept as generic, out of the default outputs; "This was the first day of
protests" still tells the protest. My own sentences; the places are real."""

import pytest

from .coder_helpers import code


@pytest.mark.parametrize("text", [
    "Zamfara has been the epicentre of kidnappings for ransom by armed gangs in northwest Nigeria.",
    "The district has been the scene of frequent clashes between herders and farmers.",
    "The valley is a hotbed of attacks by militants.",
])
def test_a_place_s_character_is_no_event(text):
    events = code(text)
    assert events and all(e.attribution.modality == "generic" for e in events), events


def test_the_first_day_of_protests_is_the_protest():
    events = code("On 7 May 2020, residents of Maracay protested over the lack of water. "
                  "This was the first day of protests.")
    assert [e.attribution.modality for e in events] == ["asserted"], events
    assert len(events[0].evidence) == 2, events[0].evidence
