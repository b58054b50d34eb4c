"""Those who arrest, charge or name a suspect in a crime did not commit it: "Police arrested a
suspect Friday in the July 4 shooting" is no shooting by the police; soldiers who arrest men in a
raid still raided. My own sentences; the places are real."""

import pytest

from .coder_helpers import code


def _killing(text: str):
    return next(e for e in code(text, "2014-09-02") if e.event_type == "Violence against civilians")


@pytest.mark.parametrize("text", [
    "Police arrested a suspect Friday in the July 4 shooting that killed a teenager in Decatur.",
    "Police on Friday arrested a suspect in the Aug. 2 killing of a teenager in Decatur.",
    "Deputies arrested two men for the murder of a store clerk in Decatur last month.",
])
def test_who_arrest_a_suspect_in_a_crime_did_not_commit_it(text):
    event = _killing(text)
    assert not event.actor1.name.startswith("Police Forces")
    assert event.fatalities == 1


def test_who_arrest_in_a_raid_raided():
    events = code("Soldiers arrested two men in a raid on a hideout in Bannu on Friday.", "2014-09-02")
    assert any(e.actor1 is not None and e.actor1.name.startswith("Military Forces") for e in events)
