"""Local stories' places, second round: a street told "in" its town read in the story's state, a
neighbourhood named like small towns of other states in a big city's story, a speaker not taken
for the place around a street, a part of a town told as the town's ("Miami's Overtown"), and a
side of a town that is no foreign village. My own sentences; the places are real and come from
the embedded gazetteer."""

from .story_helpers import lead, resolver


def where(event):
    return event.location.country, event.location.admin1, event.location.name


def test_a_street_told_in_a_town_is_in_the_namesake_of_the_stories_state():
    # the gazetteer lacks the street; the town written with it is read in the story's state
    found = resolver().resolve("Maple Crest Parkway", ["Bristol"], "USA", region="Tennessee")
    assert found is not None and (found.place.country, found.place.admin1) == ("USA", "Tennessee")
    assert found.precision == 2


def test_a_neighbourhood_named_like_small_towns_elsewhere_is_in_the_big_city_the_story_names():
    event = lead("A man was shot in Roseland early Sunday. "
                 "Chicago police said the victim, 25, was hit in the leg. "
                 "It was the third shooting in Roseland this week.")
    assert where(event)[:2] == ("USA", "Illinois")


def test_a_bare_dateline_of_a_neighbourhood_is_in_the_big_city_whose_police_speak():
    event = lead("Two men were wounded in a shooting in Englewood on Tuesday night. "
                 "The men were standing outside a store when a gunman opened fire, "
                 "according to a Chicago police spokesman.", dateline="ENGLEWOOD")
    assert where(event)[:2] == ("USA", "Illinois")


def test_a_town_with_a_police_force_of_its_own_stays_the_town():
    event = lead("Beloit police said a 17-year-old was shot dead on Friday. "
                 "The rifle had been stolen from a home in the Town of Newark last month.",
                 dateline="BELOIT")
    assert where(event)[:2] == ("USA", "Wisconsin")


def test_a_speaker_after_a_street_is_not_the_place_around_it():
    event = lead("Two men were shot Saturday at a house on Sunrise Boulevard, Ingram said. "
                 "Both men were taken to a hospital.", dateline="GARY, Ind.")
    assert where(event)[:2] == ("USA", "Indiana")


def test_a_part_of_a_town_told_as_the_towns_is_in_that_town():
    event = lead("Four people were wounded in a drive-by shooting Sunday evening in Overtown. "
                 "The victims were standing outside a store when a car drove past, police said. "
                 "It was the second shooting this month in Miami's Overtown neighborhood.")
    assert where(event)[:2] == ("USA", "Florida")


def test_a_side_of_a_town_is_no_foreign_village_named_like_its_last_word():
    event = lead("A teenager was shot on the West Side on Monday, Chicago police said. "
                 "Chicago police said the boy was in good condition.")
    assert where(event)[0] == "USA"
