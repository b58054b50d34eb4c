"""A place written after "surrounding" is a place near which the event was; a spot in a known
town on a side of its province is in that town, not at the seat of the province's side. My own
sentences; the places are real."""

from sitroom.coder.places import find_places
from sitroom.coder.tokens import tokenize

from .coder_helpers import pipeline_events


def _first(text, published="2021-05-05"):
    return pipeline_events(text, published)[0]


def test_a_place_after_surrounding_is_found_as_near():
    sentence = "Artillery hit the farms surrounding Tal Tamer on Monday."
    (place,) = find_places(tokenize(sentence), sentence, set())
    assert place.name == "Tal Tamer" and place.near


def test_the_place_after_surrounding_is_the_event_s():
    event = _first("On 4 May 2021, artillery shelled positions in the area surrounding Tal Tamer in the "
                   "countryside of Ras Al Ain in Al-Hasakeh.")
    assert event.location.admin1 == "Al-Hasakeh" and event.location.name.startswith("Tall Tam")


def test_a_spot_in_a_known_town_on_a_side_of_its_province_is_in_that_town():
    event = _first("On 2 May 2021, two factions clashed near the Sukkariyah crossing in Al Bab city in the "
                   "northern countryside of Aleppo.")
    assert event.location.name in ("Al Bab", "Al Bāb")
