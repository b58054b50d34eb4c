"""A story's later sentence that tells the other side's own deed ("militants fired rockets" after
an air strike on a house) is a second event, not the lead retold; the other side fighting back
against the lead's forces is still one battle. My own sentences; the places are real."""

from .story_helpers import story


def _events(text):
    return story(text, "2024-03-26")


def test_the_other_side_firing_rockets_after_an_air_strike_on_civilians_is_its_own_event():
    events = _events("RAFAH (Levant Desk) - An Israeli air strike on a house in Rafah killed 9 members of one family "
                     "overnight, medics said on Tuesday.\n\nSeparately, Palestinian militants fired 5 rockets toward "
                     "southern Israel, the army said.")
    kinds = [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in events]
    assert kinds[0] == ("Air/drone strike", "Military Forces of Israel")
    assert ("Shelling/artillery/missile attack", "Unidentified Armed Group (Palestine)") in kinds
    assert events[0].fatalities == 9


def test_militants_firing_back_in_the_armys_battle_stay_in_that_battle():
    events = _events("QUETTA (Frontier Desk) - Soldiers clashed with militants near Kohlu on Monday, killing four "
                     "of them, the army said.\n\nThe militants fired rockets at the troops before fleeing.")
    battles = [e for e in events if e.event_type in ("Battles", "Explosions/Remote violence")
               and e.attribution.modality == "asserted"]
    assert len(battles) == 1 and battles[0].sub_event_type == "Armed clash"
