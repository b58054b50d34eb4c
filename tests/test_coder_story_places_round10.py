"""Places, round ten: the words of a newspaper's name that name no town, a hospital named after
two owners, and the AP convention that a town of another state is written with its state. My own
sentences; the places are real."""

import pytest

from sitroom.coder.locating import title_town

from .story_helpers import lead


@pytest.mark.parametrize("title,town", [
    ("Nurse hurt at a clinic - The Daily Free Press", None),  # "Daily" is no town (Dailly, Scotland)
    ("Two hurt downtown - Sunday Herald", None),
    ("Man held after a chase | The Evening Chronicle", None),
    ("Man held after a chase - Denver Daily News", "Denver"),
    ("Teen shot at a park - The Macon Morning Telegraph", "Macon"),  # the town stays, the schedule goes
    ("Man killed | The Macon Chronicle", "Macon"),
])
def test_a_papers_schedule_or_readers_name_no_town(title, town):
    assert title_town(title) == town


def test_a_student_paper_does_not_move_a_boston_story_abroad():
    text = ("A nurse was shot at a clinic near Fenway on Tuesday morning, Boston police said. "
            "The man who shot her was arrested an hour later.")
    e = lead(text, title="Nurse shot near campus - The Daily Free Press", published="2016-05-10")
    assert e.location.country == "USA" and e.location.admin1 == "Massachusetts"


@pytest.mark.parametrize("name", ["Brigham and Women's Hospital", "Brigham & Women's Hospital"])
def test_a_hospital_named_after_two_owners_is_not_a_town(name):
    # "Brigham" alone is Brigham City, Utah: the hospital is in the Boston the sentence names
    e = lead(f"A nurse was shot at {name} on Tuesday morning, Boston police said.", published="2016-05-10")
    assert e.location.name == "Boston" and e.location.admin1 == "Massachusetts"


def test_two_towns_joined_by_and_are_still_towns():
    e = lead("Gunmen attacked police posts in Bannu and Lakki Marwat on Tuesday, killing two policemen.",
             published="2021-06-03")
    assert e.location.name == "Bannu"


@pytest.mark.parametrize("text,dateline,title,town,admin1", [
    # a Hartford outlet writes a Connecticut town bare; the gazetteer's only towns of that name lie
    # in other states: the story's own town, as far as is known
    ("HARTFORD - Police charged a man on Friday with murder in the death of a 22-year-old. "
     "Officers arrested him at a motel in Vernon after a short chase.", "HARTFORD", None, "Hartford", "Connecticut"),
    # written with its state, the town is that state's
    ("HARTFORD - A man from Hartford was shot dead at a motel in Vernon, Texas, on Friday, police there said.",
     "HARTFORD", None, "Vernon", "Texas"),
    # Pakistan's news writes towns of other provinces bare: a Peshawar dateline does not pull them in
    ("PESHAWAR: Militants attacked a levies post in Turbat on Monday, killing three personnel, officials said.",
     "PESHAWAR", None, "Turbat", "Balochistan"),
    # the only "Green Meadows" the gazetteer knows is a village of Ohio; the paper and the coroner
    # are Los Angeles's
    ("A 17-year-old boy died on Sunday, a day after he was shot in the 300 block of East 110th Street in "
     "Green Meadows, according to Los Angeles County coroner records.", None,
     "Teen dies after shooting - The Homicide Report - Los Angeles Times", "Los Angeles", "California"),
    # a small town of the paper's own state is still the story's town
    ("A 17-year-old boy was shot dead on Sunday night in Lancaster, sheriff's deputies said.", None,
     "Teen killed - Los Angeles Times", "Lancaster", "California"),
])
def test_a_bare_town_of_another_state_in_a_local_us_story(text, dateline, title, town, admin1):
    e = lead(text, dateline=dateline, title=title, published="2021-05-10")
    assert e.location.name == town and e.location.admin1 == admin1


@pytest.mark.parametrize("text,town,admin1", [
    # a parish written with its municipality and state lies there, not at a namesake abroad
    ("On 8 May 2020, in La Concordia parish, San Cristobal, Tachira state, residents protested over "
     "the failures of basic services.", "San Cristobal", "Tachira"),
    ("On 3 May 2020, in Petare parish, Sucre municipality, Miranda state, residents protested over water cuts.",
     "Petare", "Miranda"),
])
def test_a_parish_is_read_with_the_places_written_after_it(text, town, admin1):
    e = lead(text, published="2020-05-10")
    assert e.location.name == town and e.location.admin1 == admin1 and e.location.country == "VEN"
