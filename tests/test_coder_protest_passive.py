"""A protest told in the passive is a protest: "a march was held in Kadikoy". My own sentences."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("told", ["a march was held", "two marches were staged", "a motorcade was taken out",
                                  "a procession was organised"])
def test_a_march_told_in_the_passive_is_a_peaceful_protest(told):
    e = lead(f"On 6 May 2020, {told} in Kadikoy, Istanbul.", published=None)
    assert (e.event_type, e.sub_event_type) == ("Protests", "Peaceful protest")
    assert e.location.admin1 == "Istanbul"
