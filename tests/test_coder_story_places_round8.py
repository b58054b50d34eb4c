"""Places, round eight: the story's own spelling of a "St."/"Saint" town, a town written beside
another ("X, south of Y"). My own sentences; the places are real."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("text,dateline,name", [
    # the gazetteer writes "Saint Paul"; the story writes "St. Paul" and so does the row
    ("A man was shot and killed early Sunday on Maple Lane, St. Paul police said.", "St. Paul, Minn.", "St. Paul"),
    ("A woman was wounded by gunfire Friday night outside a bar in St. Cloud, Minn., police said.", None,
     "St. Cloud"),
])
def test_the_storys_spelling(text, dateline, name):
    assert lead(text, dateline).location.name == name


@pytest.mark.parametrize("text,town", [
    # "Kyle, south of Austin" is Kyle, not a Kyle inside Austin (nor Austin itself)
    ("A man was shot and killed Saturday at a gas station in Kyle, south of Austin, deputies said.", "Kyle"),
])
def test_a_town_beside_another(text, town):
    assert lead(text).location.name == town


def test_a_town_written_around_a_place_tells_the_storys_country():
    # "from Lahore" is where the student came from; the mall "in Gastonia" is where the story is
    e = lead("A student from Lahore was shot outside the Eastridge Mall in Gastonia on Saturday, police said.")
    assert (e.location.name, e.location.country) == ("Gastonia", "USA")


def test_a_small_town_of_another_state_is_no_guess_for_a_local_storys_spot():
    from dataclasses import replace

    from sitroom.coder.codebook import load_codebook
    from sitroom.coder.locating import ArticlePlaces, _stray_namesake
    from sitroom.coder.places import PlaceMention
    from sitroom.coder.rules import load_rules
    from sitroom.coder.sentence_coder import analyse

    from .story_helpers import resolver

    codebook, rules = load_codebook(), load_rules()

    def story(text, dateline):
        infos = [analyse(codebook, 0, 0, text, None, None, rules)]
        return ArticlePlaces(codebook, resolver(), "USA", infos, dateline)

    spokane = story("A man was shot near a corner of Spokane late Friday, police said.", "SPOKANE, Wash.")
    assert spokane.local and spokane.region == "Washington"
    lyons = resolver().resolve("Lyons", (), "USA", region="Illinois")
    assert lyons is not None and lyons.place.admin1 == "Illinois"
    bare = PlaceMention(name="Lyons", text="Lyons", start=0, end=5, token=0)
    # "Lyons and Lidgerwood" in a Spokane story: a street corner, not Lyons, Illinois
    assert _stray_namesake(lyons, bare, spokane)
    # written with its state, or a big city, it keeps the guess
    assert not _stray_namesake(lyons, replace(bare, context=["Illinois"]), spokane)
    chicago = resolver().resolve("Chicago", (), "USA")
    assert not _stray_namesake(chicago, bare, spokane)


@pytest.mark.parametrize("text,dateline,town", [
    # a local story's street named after another town (or the state) it lies in is a street of the
    # story's own town, not that town
    ("A 19-year-old man was shot in the arm late Sunday on Wethersfield Avenue, police said.", "HARTFORD, Conn.",
     "Hartford"),
    ("A woman was shot and wounded Friday night outside a store on Texas Avenue, police said.",
     "HOUSTON, Texas", "Houston"),
])
def test_a_street_named_after_a_town_of_the_state(text, dateline, town):
    assert lead(text, dateline).location.name == town
