"""Kinds of event that ACLED's notes tell and that no trigger read before: blows by hand, bodies
left where they would be seen, a victim ordered to go with the captors, a crowd before a seat of
power or gathered in support, an office padlocked, a building set alight, fighters captured, a
column or patrol of forces, prisoners released and a foreign force seen. My own sentences; the
places are real."""

import pytest

from .coder_helpers import pipeline_events

PUB = "2021-06-04"

CASES = [
    ("On 3 June 2021, police hit several women of an indigenous community in Posadas.",
     ("Violence against civilians", "Attack"), "Posadas"),
    ("On 3 June 2021, residents of a neighbourhood in Luque hit a man they suspected of stealing motorcycles.",
     ("Riots", "Mob violence"), "Luque"),
    ("On 3 June 2021, the bodies of two men were left by armed men in a street of Cuernavaca.",
     ("Violence against civilians", "Attack"), "Cuernavaca"),
    ("On 3 June 2021, a man was sitting outside his house in Chaguanas when six masked men got out of "
     "a car and ordered him to come with them.",
     ("Violence against civilians", "Abduction/forced disappearance"), "Chaguanas"),
    ("On 3 June 2021, about fifty farmers gathered in front of the district headquarters in Kairouan to "
     "support their mayor against charges of fraud.",
     ("Protests", "Peaceful protest"), "Kairouan"),
    ("On 3 June 2021, nurses padlocked the director's office in Taxco to report unpaid wages.",
     ("Protests", "Peaceful protest"), "Taxco"),
    ("On 3 June 2021, the shop of a trader in Soweto was set alight by gunmen.",
     ("Strategic developments", "Looting/property destruction"), "Soweto"),
    ("On 3 June 2021, Turkish forces captured three fighters trying to cross into Tal Abyad.",
     ("Strategic developments", "Arrests"), "Tall Abyad"),
    ("On 3 June 2021, a patrol of Russian military police took place from Qamishli airbase toward Amuda.",
     ("Strategic developments", "Change to group/activity"), "Amuda"),
    ("On 3 June 2021, a column of Turkish military vehicles entered Syria heading to Turkish bases in Idlib.",
     ("Strategic developments", "Change to group/activity"), "Idleb"),
    ("On 3 June 2021, ten soldiers were released from Taliban prisons in Baghlan province.",
     ("Strategic developments", "Other"), "Baghlan"),
    ("On 3 June 2021, elements of Burundi's army were spotted in Uvira carrying out operations.",
     ("Strategic developments", "Other"), "Uvira"),
]


@pytest.mark.parametrize("text,codes,place", CASES)
def test_the_kind_is_coded_where_it_happened(text, codes, place):
    events = pipeline_events(text, PUB)
    assert events, f"no event from {text!r}"
    event = events[0]
    assert (event.event_type, event.sub_event_type) == codes
    assert event.location.name == place
    assert event.event_date == "2021-06-03"


@pytest.mark.parametrize("text", [
    "A car hit the wall of a shop in Posadas on Monday.",
    "Fifty friends gathered at the family's home in Kairouan on Monday.",
    "Turkish forces captured the hill above Tal Abyad on Monday after a long fight.",
    "The hostages were freed when troops stormed the house in Chaguanas on Monday.",
])
def test_what_is_none_of_these_kinds(text):
    kinds = {(e.event_type, e.sub_event_type) for e in pipeline_events(text, PUB)}
    assert ("Violence against civilians", "Attack") not in kinds or "hostages" in text
    assert ("Protests", "Peaceful protest") not in kinds
    assert ("Strategic developments", "Arrests") not in kinds
    assert ("Strategic developments", "Other") not in kinds
