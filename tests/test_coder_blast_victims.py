"""Those hurt by a blast or shelling that names no armed target are civilians, as ACLED codes
them; a blast at soldiers keeps the soldiers, and a bomber who killed only himself hurt no one.
My own sentences; the places are real."""

from .story_helpers import lead


def _lead(text, published="2020-05-06"):
    return lead(text, published=published)


def test_those_hurt_by_a_blast_are_civilians():
    event = _lead("On 19 December 2022, at least 20 people were injured when BNA set off two explosions at a "
                  "chowk in Khuzdar (Balochistan).", "2022-12-20")
    assert event.event_type == "Explosions/Remote violence" and event.injured == 20
    assert event.actor2 is not None and event.actor2.name == "Civilians (Pakistan)"
    event = _lead("On 4 May 2020, a landmine injured a 37-year-old near Yebyu (Dawei, Tanintharyi).")
    assert event.actor2 is not None and event.actor2.name == "Civilians (Myanmar)"


def test_a_blast_at_soldiers_keeps_the_soldiers():
    event = _lead("On 5 May 2020, an IED hit a Frontier Corps vehicle in Turbat (Kech, Balochistan), injuring two "
                  "soldiers.")
    assert event.actor2 is not None and "Civilians" not in event.actor2.name


def test_a_blast_that_hurt_no_one_names_no_victims():
    event = _lead("On 5 May 2020, an IED went off near a bridge in Turbat (Kech, Balochistan); no one was hurt.")
    assert event.actor2 is None or "Civilians" not in event.actor2.name
