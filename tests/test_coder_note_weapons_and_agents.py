"""ACLED-style notes: the aircraft named with its owner after it, a kamikaze drone, an air force's
strike, and an agent named with a hedge. My own sentences; the places and groups are real."""

import pytest

from sitroom.api import pipe, text_document
from sitroom.pipeline import EVENT_STAGES


def first(text, published="2025-03-19"):
    docs = list(pipe([text_document(text, published=published)], stages=EVENT_STAGES, published=published))
    return [e for d in docs for e in d.events if e.event_type][0]


@pytest.mark.parametrize("text,agent", [
    ("On 18 March 2025, a drone operated by the Malian army struck a market in Lerneb, killing 8 civilians.",
     "Military Forces of Mali"),
    ("On 18 March 2025, drones of the Burkinabe army struck a JNIM camp near Djibo, killing 5 militants.",
     "Military Forces of Burkina Faso"),
    ("On 18 March 2025, a military fighter jet bombed a village in Sagaing, killing 6 civilians.",
     "Military Forces of Myanmar"),
    ("On 18 March 2025, a Nigerian Air Force strike hit a village in Zamfara, killing 10 civilians.",
     "Military Forces of Nigeria"),
    ("On 18 March 2025, AQAP militants attacked a checkpoint in Mudiyah with a kamikaze drone, killing 2 soldiers.",
     "AQAP: Al Qaeda in the Arabian Peninsula"),
])
def test_aircraft_told_by_their_owner_or_kind_strike_from_the_air(text, agent):
    event = first(text)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert event.actor1.name == agent


@pytest.mark.parametrize("text,group", [
    ("On 18 January 2025, a landmine suspected to have been planted by ISWAP hit a vehicle near Damboa, killing "
     "4 passengers.", "Islamic State (West Africa)"),
    ("On 18 January 2025, a suicide bomber believed to belong to Boko Haram blew herself up at a market in "
     "Konduga, killing 17 civilians.", "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"),
])
def test_a_group_named_with_a_hedge_is_the_agent_and_the_victims_the_target(text, group):
    event = first(text)
    assert event.actor1.name == group
    assert event.actor2 is not None and event.actor2.name == "Civilians (Nigeria)"


def test_a_group_telling_of_its_fighters_deed_is_its_agent():
    event = first("JNIM said in a statement that its fighters had attacked an army post near Djibo and killed "
                  "more than 60 soldiers.", "2025-04-14")
    assert event.actor1.name == "JNIM: Group for Support of Islam and Muslims"
