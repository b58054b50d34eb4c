"""Numbers and words that count no victims: ages listed after the people they describe ("two
brothers, 15 and 17, were shot dead" counts two dead, not 32), "16 yr old" as "16-year-old", and
a homicide rate."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("text, dead", [
    ("Two brothers, 15 and 17, were shot dead outside a store in Memphis on Sunday.", 2),
    ("Two men (25 and 31) were shot dead in Tijuana on Monday.", 2),
    ("A gunman killed three cousins, 9, 12 and 14, at a farmhouse near Lubbock on Friday.", 3),
    ("Police said a 16 yr old was shot and killed in Fresno on Saturday night.", 1),
    ("A 20 yrs-old man was shot dead in Tulsa on Sunday.", 1),
])
def test_ages_after_the_people_are_not_counted(text, dead):
    assert lead(text).fatalities == dead


def test_a_name_ending_with_an_abbreviation_is_followed_by_an_age():
    event = lead("Officers found Mark Ellis Jr., 12, dead in a bedroom in Dayton on Monday after a shooting.")
    assert event.fatalities != 12


def test_counts_set_off_by_commas_are_still_counted():
    # figures followed by their nouns are counts, not ages
    assert lead("Gunmen killed 9 soldiers, 3 police officers and 2 civilians near Quetta on Sunday.").fatalities == 14


def test_a_rate_of_homicides_is_no_death():
    text = "A man was shot in the leg in Fresno on Monday, a week after police said the homicide rate had doubled."
    assert lead(text).fatalities == 0
