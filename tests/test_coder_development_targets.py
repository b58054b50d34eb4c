"""The targets ACLED codes for strategic developments: those arrested or raided where drugs or
smuggled goods are seized are a gang, not civilians (an arrest that seizes nothing of the kind
keeps its civilians); property looted or destroyed with no owner named is civilians'."""

from .story_helpers import story


def lead(text):
    return story(text, published="2020-05-07")[0]


def test_those_arrested_in_a_drug_seizure_are_a_gang():
    event = lead("On 6 May 2020, in Montes Claros, Minas Gerais, military police seized 600 kilograms of "
                 "marijuana hidden in a warehouse during an operation. A man was arrested.")
    assert event.event_type == "Strategic developments"
    assert event.actor2.name == "Unidentified Gang (Brazil)" and event.actor2.actor_type == 3


def test_a_lab_dismantled_and_its_people_arrested_by_no_one_named():
    event = lead("On 3 May 2020, federal police dismantled a cocaine lab in Sorocaba, Sao Paulo. "
                 "Two people were arrested.")
    assert event.actor2.name == "Unidentified Gang (Brazil)"


def test_an_arrest_without_a_seizure_keeps_its_civilians():
    event = lead("On 6 May 2020, police arrested a journalist in Recife, Pernambuco, for criticising the mayor.")
    assert event.actor2.name == "Civilians (Brazil)"


def test_a_named_armed_group_stays_the_target():
    event = lead("On 3 May 2020, soldiers seized weapons and drugs from Taliban militants in Kandahar.")
    assert event.actor2.name == "Taliban"


def test_property_looted_or_destroyed_belongs_to_civilians():
    looted = lead("On 4 May 2020, Boko Haram looted several houses in a refugee camp in Kolofata town "
                  "(Mayo-Sava, Extreme-Nord).")
    assert looted.sub_event_type == "Looting/property destruction"
    assert looted.actor2.name == "Civilians (Cameroon)" and looted.actor2.actor_type == 7
    burned = lead("On 8 May 2020, two trucks of a company were set on fire by a group of armed men in Temuco, Chile.")
    assert burned.actor2.name == "Civilians (Chile)"


def test_a_drug_lab_taken_apart_by_the_police_is_property_destruction():
    event = lead("On 8 May 2020, in Juazeiro, Bahia, civil police forces dismantled a cocaine lab in a rural area. "
                 "Two men were arrested.")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Looting/property destruction")
    assert event.actor1.name.startswith("Police Forces of Brazil")
