"""Fire sent from afar lands where it is sent: a shelling "into Kunar province" is in Kunar. A
country alone after "into" waits for the place struck, where a convoy was heading is not where
it was struck, and people made to go somewhere are not where a strike was. My own sentences; the
places are real."""

from .story_helpers import lead


def test_a_shelling_into_a_province_is_in_the_province():
    e = lead("On 12 March 2023, Pakistani forces fired mortar shells across the border into Kunar province, "
             "Afghanistan, killing two civilians.", published=None)
    assert e.event_type == "Explosions/Remote violence"
    assert e.location is not None and e.location.admin1 == "Kunar" and e.location.country == "AFG", e.location
    assert e.fatalities == 2


def test_a_rocket_into_a_country_is_where_it_exploded():
    e = lead("On 12 March 2023, militants fired a rocket from Gaza into Israel. The rocket exploded in an open "
             "field near Sderot.", published=None)
    assert e.location is not None and e.location.name == "Sderot", e.location


def test_where_a_convoy_was_heading_is_not_where_it_was_struck():
    e = lead("On 12 March 2023, an air strike hit a convoy heading to Albu Kamal near Al Mayadin, Deir ez Zor, "
             "killing 5 fighters.", published=None)
    assert e.location is not None and e.location.name == "Al Mayadin", e.location
