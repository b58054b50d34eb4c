"""A hyphenated name the gazetteer lacks, written with the province around it, is at the known
town that opens it when that town lies in the province ("Zolote-5, Luhansk", "the highway
Turmero-Maracay, Aragua state"), not at the province; a road written in a known town stays in
that town; an Arabic name joined by "wa" and an article is one name. My own sentences; the
places are real."""

import pytest

from sitroom.coder.places import find_places
from sitroom.coder.tokens import tokenize

from .coder_helpers import pipeline_events


def _first(text, published="2021-05-07"):
    return pipeline_events(text, published)[0]


def test_a_road_named_by_the_towns_it_joins_after_its_kind_is_found():
    sentence = "On 6 May 2021, in the highway Turmero-Maracay, Aragua state, drivers blocked traffic."
    (place,) = find_places(tokenize(sentence), sentence, set())
    assert (place.name, place.feature, place.context) == ("Turmero-Maracay", "highway", ["Aragua"])


def test_a_road_word_before_a_plain_name_is_unchanged():
    sentence = "Protesters blocked the road to Kabul on Monday."
    assert [p.name for p in find_places(tokenize(sentence), sentence, set())] == ["Kabul"]


@pytest.mark.parametrize("text, town", [
    ("On 9 June 2021, in the highway Turmero-Maracay, Aragua state, truck drivers blocked all lanes "
     "to protest fuel shortages.", "Turmero"),
    ("On 4 May 2021, troops fired mortars at positions in the area of Zolote-5, Luhansk.", "Zolote"),
])
def test_the_known_town_opening_the_name_inside_the_written_province(text, town):
    event = _first(text)
    assert event.location.name == town and event.location.geo_precision == 2


def test_a_road_written_in_a_known_town_stays_in_that_town():
    event = _first("On 3 June 2021, garment workers protested at the Dhaka-Aricha highway in Savar town "
                   "(Savar, Dhaka) over unpaid wages.")
    assert event.location.name == "Savar"


def test_an_arabic_name_joined_by_wa_and_an_article_is_one_name():
    sentence = "On 9 June 2021, air strikes hit farms in Khabb wa ash Shaaf district (Al Jawf) on Monday."
    (place,) = find_places(tokenize(sentence), sentence, set())
    assert (place.name, place.context) == ("Khabb wa ash Shaaf", ["Al Jawf"])
    event = _first(sentence, "2021-06-10")
    assert (event.location.country, event.location.admin1) == ("YEM", "Al Jawf")


def test_a_name_before_and_and_a_word_is_not_joined():
    sentence = "The fighters entered Kabul as the government fled."
    assert [p.name for p in find_places(tokenize(sentence), sentence, set())] == ["Kabul"]
