"""Places, round five: the outlet's town from a newspaper's name in the page title, a part of a town
named in the headline, a county holding the dateline's town, "X Borough", and an unknown spot inside
an unknown township. My own sentences; the places are real."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("text,dateline,title,town", [
    # a newspaper's name in the title is the outlet's town: the weakest clue to the story's
    ("A man was shot and killed Saturday night in the 400 block of Birch Street, police said.", None,
     "Man killed in weekend shooting - The Sacramento Bee", "Sacramento"),
    ("Two men were wounded by gunfire near Linden Avenue on Friday, police said.", None,
     "Two wounded in Friday shooting - Fresno Herald", "Fresno"),
    # "North Tulsa" in the headline names the story's town
    ("A 16-year-old was shot Tuesday evening near Cedar Avenue, police said.", None,
     "Teen wounded by gunfire in North Tulsa", "Tulsa"),
    ("A man was shot and killed early Monday on Harvest Lane, police said.", None,
     "Man shot dead in South Memphis; no arrests", "Memphis"),
    # a county that holds the dateline's town is that town
    ("Deputies responded to a home on Elm Lane early Friday after a report of a shooting. According to the "
     "Berkeley County coroner, a 40-year-old man was found shot dead inside.", "Moncks Corner, S.C.", None,
     "Moncks Corner"),
    # "Millersburg Borough" is the town of Millersburg
    ("A man was shot and killed Thursday on Market Street in Millersburg Borough, police said.",
     "Dauphin County, Pa.", None, "Millersburg"),
    # an unknown spot in an unknown township is near the dateline's town
    ("A man was shot and killed Sunday at the Oakview Apartments in Quarry Township, state police said.",
     "Lewisburg, Pa.", None, "Lewisburg"),
])
def test_the_storys_town(text, dateline, title, town):
    e = lead(text, dateline, title)
    assert e.location.name == town
