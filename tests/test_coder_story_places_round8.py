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
    from types import SimpleNamespace

    from sitroom.coder.locating import _stray_namesake
    from sitroom.geo.gazetteer import Place
    from sitroom.geo.resolve import Resolved

    def town(name, state, people):
        return Resolved(Place(1, name, "USA", state, None, 41.8, -87.9, people, "city"), 1.0, 1)

    spokane = SimpleNamespace(local=True, region="Washington", focus="USA")
    bare, written = SimpleNamespace(context=[]), SimpleNamespace(context=["Illinois"])
    # "Lyons and Lidgerwood" in a Spokane story: a street corner, not Lyons, Illinois
    assert _stray_namesake(town("Lyons", "Illinois", 10_000), bare, spokane)
    # a town of the story's state, a big city, a town written with its state, or a story of no
    # town of its own, keep the guess
    assert not _stray_namesake(town("Lyons", "Washington", 10_000), bare, spokane)
    assert not _stray_namesake(town("Chicago", "Illinois", 2_700_000), bare, spokane)
    assert not _stray_namesake(town("Lyons", "Illinois", 10_000), written, spokane)
    assert not _stray_namesake(town("Lyons", "Illinois", 10_000), bare,
                               SimpleNamespace(local=False, region=None, focus="USA"))
