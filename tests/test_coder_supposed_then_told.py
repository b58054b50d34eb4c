"""An event a story first names only as supposed ("a quarrel may have led to the shooting death
of a teen") and then states ("he was shot and killed on Sunday") is reported, not hypothetical:
the hedge was on the cause. One only supposed, or only foreseen, stays so. My own sentences."""

from .story_helpers import story


def _violent(text, published="2021-03-22"):
    return [e for e in story(text, published) if e.event_type == "Violence against civilians"]


def test_a_supposed_killing_stated_later_is_reported():
    events = _violent("A quarrel over a bicycle may have led to the shooting death of a Tucson teenager on "
                      "Saturday, police said. Mateo Ruiz, 16, was shot and killed outside a park on Saturday. "
                      "Two other boys were hurt.")
    assert events and events[0].attribution.modality == "asserted"
    assert events[0].fatalities == 1


def test_a_killing_only_supposed_stays_hypothetical():
    events = _violent("A quarrel over a bicycle may have led to the shooting death of a Tucson teenager, a "
                      "neighbour said. Police have not confirmed how the boy died.")
    assert all(e.attribution.modality != "asserted" for e in events)
