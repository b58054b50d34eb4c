"""A deed one side denies and another source tells in the same sentence is told, not denied: the
denial is its own event, of the deniers. My own sentences; the places are real."""

from .coder_helpers import code


def test_a_deed_denied_by_one_side_and_told_by_another_is_asserted():
    text = ("The Taliban denied on Friday that their fighters had attacked a police checkpoint in Ghazni province, "
            "after the provincial police chief said four officers were killed in the assault on Thursday night.")
    event = [e for e in code(text, "2016-03-12") if e.event_type][0]
    assert event.attribution.modality == "asserted"
    assert event.attribution.source == "the provincial police chief"
    assert event.fatalities == 4


def test_a_deed_only_denied_stays_denied():
    text = "The Taliban denied on Friday that their fighters had attacked a police checkpoint in Ghazni province."
    event = [e for e in code(text, "2016-03-12") if e.event_type][0]
    assert event.attribution.modality == "denied"
    # (a source that speaks before the denial tells nothing of the deed again)
    text = ("The police chief said on Friday that the Taliban denied that their fighters had attacked a checkpoint "
            "in Ghazni province.")
    event = [e for e in code(text, "2016-03-12") if e.event_type][0]
    assert event.attribution.modality == "denied"
