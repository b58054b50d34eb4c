"""A capital named by its country ("the Yemeni capital") is that country's capital; a town whose
name is a common noun ("Man town") is a town, not a man. My own sentences; the places are real."""

from .story_helpers import story


def _lead(text, published="2020-05-10"):
    events = story(text, published)
    assert events, f"no event coded from {text!r}"
    return events[0]


def test_a_capital_named_by_its_country_is_that_countrys_capital():
    event = _lead("On 3 May 2020, a bomb exploded in the Afghan capital, killing 2 people.")
    assert (event.location.name, event.location.country) == ("Kabul", "AFG")
    event = _lead("On 6 May 2020, traders protested in the Yemeni capital against new taxes.")
    assert (event.location.name, event.location.country) == ("Sanaa", "YEM")
    # a province's capital is no country's: the province is what is told
    event = _lead("On 3 May 2020, a bomb exploded in the provincial capital of Helmand, killing 2 people.")
    assert event.location.name != "Kabul" and event.location.admin1 == "Helmand"


def test_a_town_named_by_a_common_noun_is_a_town():
    event = _lead("On 6 May 2020, party members demonstrated in Man town (Tonkpi, Montagnes) against the vote.")
    assert (event.location.name, event.location.country) == ("Man", "CIV")
    # the noun is still a person's noun where it names one
    event = _lead("On 6 May 2020, a man was shot dead in Man town (Tonkpi, Montagnes) by unknown gunmen.")
    assert event.fatalities == 1 and event.location.name == "Man"
