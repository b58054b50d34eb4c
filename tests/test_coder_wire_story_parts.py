"""Parts of an international wire story: a date in the dateline dates the filing, not the deed;
kind words after describing words ("the nearby town of Niono"); a deed told first in a country,
then at once at its town, is one deed; the army's answer on another day is its own battle. My
own sentences; the places are real."""

from sitroom.annotate.sentences import split_sentences
from sitroom.coder.document_coder import code_article
from sitroom.coder.places import find_places
from sitroom.coder.tokens import tokenize

from .story_helpers import lead, resolver, story


def _places(sentence):
    return {p.name: p for p in find_places(tokenize(sentence), sentence, set())}


def _events(text, published):
    return [e for e in story(text, published) if e.attribution.modality == "asserted"]


def test_a_date_in_the_dateline_dates_the_filing_not_the_deed():
    event = lead("GAO, June 11 (Desert Wire) - Gunmen killed 6 herders near Gao late on Saturday, officials said.",
                 published="2023-06-12")
    assert event.event_date == "2023-06-10"
    # without a dateline, a date told in the sentence is the deed's
    event = lead("Gunmen killed 6 herders near Gao on June 9, officials said.", published="2023-06-12")
    assert event.event_date == "2023-06-09"


def test_kind_words_after_describing_words():
    places = _places("A trader who fled to the nearby town of Niono said he saw the gunmen.")
    assert places["Niono"].feature == "town" and places["Niono"].motion
    places = _places("Militants attacked a post in the remote border village of Angoor Adda.")
    assert places["Angoor Adda"].feature == "village"
    # an office named with a capital after describing words is not a division called so
    office = _places("He was charged by the state Department of Justice in Ohio.").get("Justice")
    assert office is None or office.feature is None


def test_a_deed_told_in_a_country_then_at_its_town_is_one_deed():
    events = _events("DAKAR (Sahel Desk) - Gunmen killed 14 villagers in an attack in central Mali on Sunday, "
                     "officials said.\n\nThe attackers opened fire on residents in Bankass, in the Mopti region.",
                     "2023-06-12")
    attacks = [e for e in events if e.sub_event_type == "Attack"]
    assert len(attacks) == 1
    assert (attacks[0].fatalities, attacks[0].location.admin1) == (14, "Mopti")


def test_the_armys_answer_on_another_day_is_its_own_battle():
    events = _events("DAKAR (Sahel Desk) - Gunmen killed 14 villagers in Bankass (Mopti) on Sunday, officials said."
                     "\n\nTroops killed 5 of the attackers in Bankass on Monday, the army said.", "2023-06-13")
    kinds = sorted((e.sub_event_type, e.fatalities, e.event_date) for e in events
                   if e.sub_event_type in ("Attack", "Armed clash"))
    assert kinds == [("Armed clash", 5, "2023-06-12"), ("Attack", 14, "2023-06-11")]


def test_a_deed_joined_to_a_tally_is_background_too():
    text = ("Violence by armed groups has killed thousands of people across the Sahel since 2012 and forced "
            "more than two million to flee their homes.")
    events = code_article(text, split_sentences(text), "t", "2023-06-12", resolver=resolver())
    assert events and all(e.attribution.modality == "generic" for e in events)


def test_the_deed_named_again_at_the_head_of_a_longer_trigger_is_the_one_told():
    events = _events("RAIPUR (Central Desk) - Two policemen were killed when Maoists triggered an IED blast in "
                     "Bijapur district on Monday, police said.\n\nThe explosion took place near Tarrem village "
                     "when a patrol was out on the road, an official said.", "2023-03-28")
    blasts = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert len(blasts) == 1 and blasts[0].fatalities == 2


def test_a_search_launched_after_an_attack_is_no_clash():
    events = _events("IMPHAL: A 28-year-old man was shot dead by armed men in Manipur's Bishnupur district late on "
                     "Tuesday, officials said.\n\nSecurity forces have launched a search operation in the area, "
                     "they said.", "2023-03-29")
    assert events[0].sub_event_type == "Attack"
    assert events[0].actor2.name == "Civilians (India)" and events[0].fatalities == 1
    assert not [e for e in events if e.event_type == "Battles"]
