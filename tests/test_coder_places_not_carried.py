"""Where a suspect was arrested and where a victim was treated are no places of the deed told
after them: a shooting told next, with no town of its own, is not put there. My own sentences;
the places are real."""

import pytest

from .coder_helpers import pipeline_events

ARREST_FIRST = (
    "Hartford police arrest suspect in December homicide\n\n"
    "HARTFORD - Police arrested a suspect on Friday in a December homicide. Police arrested Zachary Hale, 26, "
    "and charged him with murder in the death of a 22-year-old man. Officers arrested Hale at the Days Inn in "
    "Vernon after a brief struggle. On December 12, 2015, police were called to 20 Griswold Street for a "
    "report of a person shot. They found the man, who had been shot several times."
)

HOSPITAL_FIRST = (
    "Five hurt at party\n\n"
    "NEW HAVEN, Conn. - Five people were wounded at a party early Sunday. Three of the victims were taken by "
    "ambulance to Yale-New Haven Hospital. Moments earlier, a man had walked back into the room and opened fire "
    "with a handgun, police said."
)


@pytest.mark.parametrize("text,published,town", [
    (ARREST_FIRST, "2016-01-16", "Hartford"),
    (HOSPITAL_FIRST, "2015-05-31", "New Haven"),
])
def test_the_deed_stays_in_the_storys_town(text, published, town):
    event = pipeline_events(text, published)[0]
    assert event.event_type == "Violence against civilians"
    assert (event.location.name, event.location.admin1) == (town, "Connecticut")
