"""A deed in a clause opened by "<n> days after" or "a week after" took place that many days before
the day its sentence names: "died Monday, four days after he was shot" dates the shooting on the
Thursday before. My own sentences; the places are real."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("text, day", [
    ("A 62-year-old man died Monday, four days after he was shot during a robbery in Camden, New Jersey.",
     "2016-05-05"),
    ("A man died Monday, 5 days after he was stabbed outside a bar in Tulsa.", "2016-05-04"),
    ("A 62-year-old man died Monday, a day after he was shot during a robbery in Camden, New Jersey.",
     "2016-05-08"),
    ("A 19-year-old man died Monday at a hospital, a week after he was shot during a robbery in Peoria, Illinois.",
     "2016-05-02"),
])
def test_the_deed_is_dated_that_many_days_before(text, day):
    assert lead(text, published="2016-05-10").event_date == day


def test_days_after_an_arrest_date_nothing_back():
    # the arrest followed the deed: its clause dates no shooting
    e = lead("A man died Monday, four days after police arrested a suspect in his shooting in Tulsa.",
             published="2016-05-10")
    assert e.event_date == "2016-05-09", e
