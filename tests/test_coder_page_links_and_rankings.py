"""A dateline in capitals after a page's links ("Facebook | Twitter JOHNSON COUNTY (KXYZ) -"), a
country named to rank a local story's deed ("the deadliest shooting in the United States"), and
rankings of many deeds ("the 28 deadliest shootings since 1949"). My own sentences; the places
are real."""

from sitroom.coder.places import find_places
from sitroom.coder.tokens import tokenize

from .story_helpers import lead, story


def _names(sentence):
    return [p.name for p in find_places(tokenize(sentence), sentence, set())]


def test_a_dateline_in_capitals_after_the_pages_links_is_its_own_name():
    names = _names("Follow KXYZ.COM: Facebook | Twitter JOHNSON COUNTY (KXYZ.COM) - A deputy shot a man.")
    assert "JOHNSON COUNTY" in names and not any("Twitter" in n for n in names)
    event = lead("Follow KXYZ.COM: Facebook | Twitter JOHNSON COUNTY (KXYZ.COM) - A deputy shot and killed a "
                 "man near Cleburne on Tuesday, the sheriff said.")
    assert event.location.country == "USA" and "Twitter" not in (event.location.name or "")


def test_a_kind_word_or_a_name_after_a_connector_stays_with_its_name():
    # a district's kind word in capitals is the place's kind, not a dateline opening
    sentence = "Gunmen attacked Kurmin Dangana in Rafi LGA (Niger) at night."
    rafi = next(p for p in find_places(tokenize(sentence), sentence, set()) if p.name == "Rafi")
    assert (rafi.feature, rafi.text) == ("lga", "Rafi LGA (Niger)")
    # a name in capitals after a connector goes on as written
    assert "Director of UNRWA Services" in _names("They gathered at the office of the Director of UNRWA Services in Tyre.")
    # an initialism in capitals after a town's name is not part of it
    assert _names("Police met at the Kabul UNAMA office.") == ["Kabul"]


def test_a_country_ranking_a_datelined_local_deed_is_the_datelines_town():
    text = "The attack left 9 people dead, the deadliest shooting in the United States in a decade."
    event = lead(text, dateline="Riverside, Calif.", published="2016-01-05")
    assert (event.location.name, event.location.admin1) == ("Riverside", "California")
    assert event.fatalities == 9
    # without a dateline the country is all that is told
    assert lead(text, published="2016-01-05").location.name == "United States"


def test_a_ranking_of_many_deeds_is_no_event_of_the_story():
    events = story("Only two of the 28 deadliest shootings since 1949 in the country had more than one gunman.",
                   "2016-01-05")
    assert events and all(e.attribution.modality == "generic" for e in events)
    events = story("It was one of the worst bombings in the city. A car bomb killed 12 people in Mogadishu on "
                   "Monday, police said.", "2019-04-02")
    assert events[0].attribution.modality == "asserted" and events[0].fatalities == 12
    # two deeds told together stay deeds of the story
    events = story("Gunmen carried out two attacks on police posts in Kandahar on Monday, killing 3 officers.",
                   "2019-04-02")
    assert events[0].attribution.modality == "asserted"
