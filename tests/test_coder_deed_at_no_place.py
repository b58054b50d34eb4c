"""A deed told "at an unspecified location" is another event than the one told before it at a
named place: its dead are not that event's (ACLED codes such a death apart). My own sentences;
the places are real."""

import pytest

from .story_helpers import story


@pytest.mark.parametrize("where", ["at an unspecified location", "at an undisclosed location",
                                   "in an unknown location"])
def test_a_death_at_no_named_place_is_not_the_located_events(where):
    events = story("On 28 April 2021, rebel forces fired mortars at government positions near Zaitseve, "
                   f"Donetsk. During the day, one Ukrainian soldier was killed {where}.", published="2021-04-29")
    lead = min(events, key=lambda e: e.rank)
    assert lead.sub_event_type == "Shelling/artillery/missile attack" and not lead.fatalities
    assert any(e.fatalities == 1 for e in events if e is not lead)


def test_a_death_at_the_named_place_stays_the_events():
    events = story("On 28 April 2021, rebel forces fired mortars at government positions near Zaitseve, "
                   "Donetsk. One Ukrainian soldier was killed in the shelling.", published="2021-04-29")
    assert min(events, key=lambda e: e.rank).fatalities == 1
