"""A bare small town's name that the gazetteer holds only far off in a datelined local story's
own state is a part of the story's town ("Oak Park" in a Sacramento story is its neighbourhood,
not the town of Ventura County, 480 km off); a town of the outlet's own region keeps its place.
My own sentences; the places are real."""

from .coder_helpers import pipeline_events


def test_a_far_namesake_in_the_state_is_a_part_of_the_town():
    text = "SACRAMENTO, Calif. (KCRA) - A 16-year-old boy was shot in the leg in Oak Park on Tuesday afternoon, " \
           "police said."
    event = pipeline_events(text, "2016-05-25")[0]
    assert (event.location.name, event.location.admin1) == ("Sacramento", "California")


def test_a_town_of_the_outlets_region_keeps_its_place():
    text = "FRESNO, Calif. - A man was shot in Clovis on Tuesday, police said."
    assert pipeline_events(text, "2016-05-25")[0].location.name == "Clovis"
