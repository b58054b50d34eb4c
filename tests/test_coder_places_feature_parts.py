"""A part of a place written after its kind word ("town center", "district centre", "city
square") leaves the places written after it to the place: "Kadikoy town center, Istanbul" is
Kadikoy in Istanbul (a quarter of the city), as "Kadikoy town, Istanbul" is, not the Kadikoy of Yalova. My own
sentences; the places are real."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("written", ["Kadikoy town center", "Kadikoy town centre", "Kadikoy city square",
                                     "Kadikoy town hall", "Kadikoy town"])
def test_a_part_after_the_kind_word_keeps_the_province_written_after_it(written):
    e = lead(f"On 6 May 2020, about two hundred people rallied in {written}, Istanbul to remember "
             "three students.", published=None)
    assert e.location.name == "Istanbul-Kadikoy" and e.location.admin1 == "Istanbul", e.location


def test_the_part_is_part_of_the_mention():
    e = lead("On 6 May 2020, a rally was held in Kadikoy town center, Istanbul to mark the anniversary.",
             published=None)
    assert e.location.mention == "Kadikoy town center, Istanbul"


def test_a_kind_word_alone_is_still_read_as_before():
    # a part noun that is not after a kind word changes nothing ("the Kadikoy market")
    e = lead("On 6 May 2020, traders protested outside the Kadikoy market in Istanbul over a new tax.",
             published=None)
    assert e.location.admin1 == "Istanbul"
