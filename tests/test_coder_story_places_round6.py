"""Places, round six: a name told as a person's with an age ("Dana Reyes, 34," or "the 9-year-old Dana
Reyes") is no place; a big city's name written as a neighbourhood's is a part of the story's town; a
county's force ("the Orange County Sheriff's Office") names the story's county. My own sentences; the
places are real."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("text,names", [
    # a name with its age after it, and a name after an age, are a person's ("Hill", "Williams" are
    # also counties' names: the story's places must not take them)
    ("Officers say Marcus Hill, 29, drove the boy to a hospital.", {"Marcus", "Hill"}),
    ("Two men were charged in the murder of 7-year-old Dana Williams.", {"Dana", "Williams"}),
    ("The 4-year-old Tanya Brooks was shot in the arm.", {"Tanya", "Brooks"}),
])
def test_a_person_with_an_age_is_no_place(text, names):
    from sitroom.coder.places import person_names
    from sitroom.coder.tokens import tokenize
    assert names <= person_names(tokenize(text))


@pytest.mark.parametrize("text", [
    "A 4-year-old Kansas City girl was shot Tuesday.",  # a town and a girl
    "Detectives: Reno Girl, 16, Dies After Shooting",  # a headline's town and a girl
])
def test_a_town_with_an_age_is_still_a_town(text):
    from sitroom.coder.places import person_names
    from sitroom.coder.tokens import tokenize
    assert not {"Kansas", "City", "Reno"} & person_names(tokenize(text))


def test_a_big_citys_name_written_as_a_neighbourhood_is_a_part_of_the_storys_town():
    text = ("Chicago police said two men were shot Sunday night in the Austin neighborhood. The men were "
            "walking near Austin Boulevard when a car pulled up. Austin residents said the block has seen "
            "three shootings this year. Chicago police have made no arrests.")
    e = lead(text)
    assert e.location.admin1 == "Illinois"


def test_a_countys_force_names_the_storys_county():
    text = ("Deputies are investigating a shooting that left a teenager critically injured, the Orange County "
            "Sheriff's Office said. The shooting happened in the 300 block of Pinecrest Drive, according to "
            "Central Florida deputies.")
    e = lead(text)
    assert e.location.admin1 == "Florida"
    assert e.location.lat is not None
