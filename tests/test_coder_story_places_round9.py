"""Places, round nine: a road written inside a town, a country named beside a town, and the
place people came from when no other is told. My own sentences; the places are real."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("text,town", [
    # "Murree road" leads to Murree; the protest was on it inside Rawalpindi
    ("On 2 June 2021, nurses held a protest outside the press club on Murree road in Rawalpindi city "
     "(Rawalpindi, Punjab), against unpaid wages.", "Rawalpindi"),
    ("On 2 June 2021, drivers blocked the Grand Trunk road in Jhelum (Jhelum, Punjab) over fuel prices.", "Jhelum"),
])
def test_a_road_inside_a_town_is_in_that_town(text, town):
    assert lead(text, published="2021-06-03").location.name == town


def test_a_road_named_alone_is_at_its_town():
    # nothing is written around the road: the town it is named after is the nearest known place
    e = lead("On 2 June 2021, rioters blocked the Sidon highway with burning tyres.", published="2021-06-03")
    assert e.location.name == "Sidon"


@pytest.mark.parametrize("text,town", [
    # the country names the movement; the crowd gathered in the town
    ("On 2 June 2021, dozens of protesters from the movement against the political system in Lebanon "
     "gathered at the public square in Hasbaya against the rising prices.", "Hasbaya"),
    ("On 2 June 2021, supporters of the opposition in Kenya marched through Kisumu demanding new polls.", "Kisumu"),
])
def test_a_country_named_beside_a_town_is_not_where_it_was(text, town):
    assert lead(text, published="2021-06-03").location.name == town


def test_a_country_alone_is_still_a_place():
    e = lead("On 2 June 2021, teachers went on strike across Lebanon over unpaid salaries.", published="2021-06-03")
    assert e.location.country == "LBN"


@pytest.mark.parametrize("text,town,admin1", [
    # the only place told is where the crowd came from: there, not nowhere
    ("On 3 June 2021, a mob from Agbor beat a suspected thief to death.", "Agbor", "Delta"),
    # an unknown village is placed in the division written with it
    ("On 3 June 2021, a mob from Oke-Odan (Yewa South LGA, Ogun) beat a suspected thief to death.", None, "Ogun"),
])
def test_where_people_came_from_when_nothing_else_is_told(text, town, admin1):
    e = lead(text, published="2021-06-05")
    assert e.location is not None and e.location.lat is not None and e.location.admin1 == admin1
    if town:
        assert e.location.name == town



def test_a_part_of_a_town_written_with_its_town_stays_there():
    # Beirut is where some came from; the square is in Tripoli, written with it
    e = lead("On 3 May 2021, protesters from Beirut and Aarsal gathered at the al Nour square in Tripoli City "
             "against the political system in Lebanon.", published="2021-05-04")
    # (the square itself, a quarter at its town's point, since the square is read in lower case too)
    assert (e.location.name, e.location.country, e.location.admin1) == ("Tripoli-Al Nour Square", "LBN", "North")


@pytest.mark.parametrize("text,town", [
    # a day named for what it marks is no place, though its day varies by country
    ("On 1 May 2021, in San Salvador, union members marched in celebration of the International Workers' Day.",
     "San Salvador"),
    ("On 4 July 2021, protesters rallied in Kampala on Independence Day against the new tax.", "Kampala"),
])
def test_a_named_day_is_no_place(text, town):
    e = lead(text, published="2021-07-05")
    assert e.location.name == town and e.location.mention != "Independence Day"
