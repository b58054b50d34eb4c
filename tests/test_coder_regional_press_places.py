"""Places as regional outlets write them: a village in a state's district told with the state's
possessive ("near Kutru in Chhattisgarh's Bijapur district"). My own sentences; the places are real."""

import pytest

from sitroom.api import pipe, text_document
from sitroom.pipeline import EVENT_STAGES


def first(text, published="2025-02-07"):
    docs = list(pipe([text_document(text, published=published)], stages=EVENT_STAGES, published=published))
    return [e for d in docs for e in d.events if e.event_type][0]


@pytest.mark.parametrize("text", [
    "Two policemen were killed when Maoists set off a mine near Kutru in Chhattisgarh's Bijapur district on Thursday.",
    "RAIPUR, Feb 7: Two policemen were killed when Maoists set off a mine near Kutru in Chhattisgarh's Bijapur "
    "district on Thursday.",
])
def test_a_village_unknown_to_the_gazetteer_falls_back_to_the_district_its_state_owns(text):
    event = first(text)
    assert (event.location.admin1, event.location.admin2) == ("Chhattisgarh", "Bijapur")
