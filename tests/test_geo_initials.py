"""Two or three capital letters written alone are a group's or a party's initials more often than a
place: "AAS" is no village of Norway, "APC" none of Hungary. A country, a province, a big city or a
short form the aliases file gives stays. My own sentences; the places are real."""

import pytest

from sitroom.geo.resolve import default_resolver

from .coder_helpers import pipeline_events


@pytest.mark.parametrize("initials", ["AAS", "APC", "NDA", "IS", "OLA"])
def test_initials_alone_name_no_small_place(initials):
    assert default_resolver().resolve(initials, [], focus=None) is None


@pytest.mark.parametrize("initials, country", [("UAE", "ARE"), ("DRC", "COD"), ("UK", "GBR"),
                                               ("KP", "PAK"), ("AJK", "PAK"), ("NWA", "PAK")])
def test_a_country_province_or_curated_short_form_stays(initials, country):
    assert default_resolver().resolve(initials, [], focus=None).place.country == country


def test_the_same_letters_written_as_a_name_are_still_the_place():
    assert default_resolver().resolve("Aas", [], focus=None).place.country == "NOR"


def test_a_group_s_initials_leave_the_event_in_the_town_the_story_names():
    events = pipeline_events("Fighters of the AAS attacked a checkpoint of the JaS near Afrin on Monday, "
                             "killing two of them, a local monitor said.", published="2020-05-06")
    assert events[0].location.country == "SYR"
