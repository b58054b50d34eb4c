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
