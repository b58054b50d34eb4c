"""Ukraine's cities as English news long spelled them: without a country written, the Ukrainian
city; with a namesake's state written, or in a story set in that state, the namesake. My own
sentences; the places are real."""

import pytest

from .story_helpers import lead


@pytest.mark.parametrize("written,city", [
    ("Odessa", "Odesa"), ("Zaporozhye", "Zaporizhzhya"), ("Kharkov", "Kharkiv"), ("Lugansk", "Luhansk"),
    ("Nikolaev", "Mykolayiv"), ("Gorlovka", "Horlivka"),
])
def test_a_russian_spelling_is_the_ukrainian_city(written, city):
    e = lead(f"On 2 May 2020, shelling hit a residential area of {written}, injuring two civilians.",
             published="2020-05-03")
    assert (e.location.name, e.location.country) == (city, "UKR")


@pytest.mark.parametrize("text", [
    "A man was shot and killed outside a bar in Odessa, Texas early Sunday, police said.",
    "ODESSA, Texas (KOSA) - A man was shot and killed outside a bar in Odessa early Sunday, police said.",
])
def test_a_namesake_with_its_state_stays_the_namesake(text):
    e = lead(text, published="2023-03-28")
    assert (e.location.name, e.location.country, e.location.admin1) == ("Odessa", "USA", "Texas")
