"""Place names that go on past "and" (a state, a province or a country whose name holds "and" is
one place, two towns joined by "and" stay two), and a town read in another province than its
sentence writes. My own sentences; the places are real."""

import pytest

from sitroom.annotate.sentences import split_sentences
from sitroom.coder.document_coder import code_article

from .story_helpers import lead


@pytest.mark.parametrize("text,place,kind_admin1", [
    ("On 5 May 2020, militants attacked a police post in Jammu and Kashmir, killing two policemen.",
     "Jammu and Kashmir", "Jammu and Kashmir"),
    # the kind word after the second name belongs to the whole
    ("On 3 May 2020, a protest was held in Kohgiluyeh and Boyer-Ahmad province against water cuts.",
     "Kohgiluyeh and Boyer-Ahmad", "Kohgiluyeh and Boyer-Ahmad"),
    ("On 5 May 2020, students staged a protest in Lahaul and Spiti over exam dates.",
     "Lahul and Spiti", "Himachal Pradesh"),
])
def test_a_division_whose_name_holds_and_is_one_place(text, place, kind_admin1):
    location = lead(text, published="2020-05-06").location
    assert (location.name, location.admin1) == (place, kind_admin1)
    assert location.lat is not None


def test_two_towns_joined_by_and_stay_two():
    # no place is called "Gumla and Ranchi": the first town is where it happened
    location = lead("On 5 May 2020, unidentified gunmen shot dead two traders in Gumla and Ranchi.",
                    published="2020-05-06").location
    assert location.name in ("Gumla", "Ranchi") and location.admin1 == "Jharkhand"


def test_without_the_gazetteer_the_name_stops_at_and():
    text = "On 5 May 2020, militants attacked a police post in Jammu and Kashmir, killing two policemen."
    events = code_article(text, split_sentences(text), "t", "2020-05-06")
    assert events and events[0].location.name == "Jammu"


@pytest.mark.parametrize("text,town,admin1", [
    # the gazetteer lacks the village; the town of its name lies in another state than the one written
    ("On 9 May 2020, villagers attacked a family with sharp weapons in Hamirpur village near Rapar town "
     "(Kachchh, Gujarat).", "Rapar", "Gujarat"),
    ("On 1 May 2020, villagers assaulted three men at Souramuri village under Koya police station limits in "
     "Hajo (Kamrup, Assam).", "Hajo", "Assam"),
])
def test_a_town_read_in_another_province_than_its_sentence_writes_gives_way(text, town, admin1):
    location = lead(text, published="2020-05-10").location
    assert (location.name, location.admin1) == (town, admin1)

