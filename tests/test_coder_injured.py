"""The injured of an event, counted apart from its dead and exported beside them (flat rows,
PLOVER's ``injured``, the event schema). My own sentences; the places are real."""

import json
from importlib.resources import files

import jsonschema
import pytest

from sitroom.exports.flat import flat_row
from sitroom.exports.plover_jsonl import plover_record, plover_view
from sitroom.exports.provenance import Provenance

from .story_helpers import lead


def _lead(text, published="2021-06-14"):
    return lead(text, published=published)


@pytest.mark.parametrize("text,dead,injured", [
    # a figure with the injury word after it, or right after one, or the subject of its passive
    ("A gunman killed one man and wounded four others at a bar in Toledo, Ohio, on Saturday night.", 1, 4),
    ("A shooting on Bourbon Street in New Orleans left a bystander dead and nine people hurt on Sunday.", 1, 9),
    ("Three people died and two were wounded in a shooting in Dayton, Ohio, early Sunday.", 3, 2),
    ("Two men, ages 19 and 23, were wounded in a shooting in Toledo, Ohio, on Saturday.", 0, 2),
    # a part of a figure told before it is not more of them
    ("Five people, including a 3-year-old, were wounded in a shooting in Toledo, Ohio, on Saturday.", 0, 5),
    ("On 3 May 2020, a grenade thrown at a mosque in Sharana (Paktika) injured 12 worshippers, including two "
     "children.", 0, 12),
    # tens and units written apart
    ("On 6 May 2020, shells fired by LNA forces killed one civilian and injured twenty seven more in Abu Salim "
     "(Tripoli).", 1, 27),
    # none hurt, said so; and nothing said
    ("On 5 May 2020, an IED exploded near a police van in Quetta (Balochistan) but no one was hurt.", 0, 0),
    ("Two people were killed in a shooting in Dayton, Ohio, on Sunday.", 2, None),
])
def test_the_injured_are_counted_apart_from_the_dead(text, dead, injured):
    event = _lead(text, "2020-05-07" if text.startswith("On ") else "2021-06-14")
    assert (event.fatalities, event.injured) == (dead, injured)


def test_the_dead_are_never_counted_injured():
    # the bodies had gunshot wounds: they are two dead, not two hurt
    event = _lead("On 4 May 2020, the bodies of 2 civilians with gunshot wounds were found on a road near Abtaa "
                  "(Daraa) after gunmen shot them.", "2020-05-07")
    assert not event.injured
    assert event.fatalities == 2


def test_the_injured_are_exported_and_valid():
    event = _lead("A gunman killed one man and wounded four others at a bar in Toledo, Ohio, on Saturday night.")
    provenance = Provenance(id=None, incident_id=None, reports=1)
    row = flat_row(event, provenance)
    assert (row["fatalities"], row["injured"]) == (1, 4)
    view = plover_view(event)
    record = plover_record(event, provenance, view)
    assert record["injured"] == 4
    plover_schema = json.loads((files("sitroom") / "schema" / "plover.schema.json").read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft202012Validator(plover_schema).iter_errors(record))
    event_schema = json.loads((files("sitroom") / "schema" / "event.schema.json").read_text(encoding="utf-8"))
    data = event.to_dict()
    assert data["injured"] == 4
    assert not list(jsonschema.Draft202012Validator(event_schema).iter_errors(data))


def test_a_figure_of_wounds_counts_no_injured_people():
    event = lead("A 30-year-old man was shot dead in Akron, Ohio, early Sunday. Officers found him with multiple "
                 "gunshot wounds in a parking lot.", published="2024-06-09")
    assert (event.fatalities, event.injured) == (1, None)
    event = lead("A woman suffered two stab wounds in an attack at a bus stop in Akron, Ohio, on Sunday.",
                 published="2024-06-09")
    assert event.injured != 2
    # people counted beside their wounds are still the injured
    event = lead("Three people sustained serious injuries when gunmen opened fire on a bus in Akron, Ohio, "
                 "on Sunday.", published="2024-06-09")
    assert event.injured == 3


@pytest.mark.parametrize("text,dead,injured", [
    # those told shot, less the dead, are the injured when no figure of the injured is told
    ("A 52-year-old woman was shot in the leg during a drive-by shooting in Toledo, Ohio, on Saturday.", 0, 1),
    ("Four people were shot in Dayton, Ohio, on Sunday, one of them fatally, police said.", 1, 3),
    ("A man was shot on Sunday night in Dayton, Ohio. He died at the hospital, police said.", 1, None),
    # fired upon is not hit
    ("A man was shot at by two gunmen outside a store in Dayton, Ohio, on Sunday.", 0, None),
    # a participle coordinated with the shooting's auxiliary: "were shot and wounded"
    ("Two men were shot and wounded outside a bar in Toledo, Ohio, on Saturday.", 0, 2),
])
def test_those_shot_less_the_dead_are_the_injured(text, dead, injured):
    event = _lead(text)
    assert (event.fatalities, event.injured) == (dead, injured)


def test_a_tally_of_people_shot_across_a_city_is_no_events_injured():
    event = _lead("At least 12 people were shot across the city over the weekend in Toledo, Ohio, police said.")
    assert event.injured is None
    event = _lead("More than 50 people were shot in Chicago over the Fourth of July weekend, 9 of them fatally.")
    assert (event.fatalities, event.injured) == (0, None)


@pytest.mark.parametrize("text,injured", [
    # the next sentence tells the injured of the attack, and codes nothing of its own
    ("Gunmen attacked a police checkpoint in Bannu on Monday, killing three policemen. Four other policemen "
     "were injured, officials said.", 4),
    ("Militants fired rockets at an army post near Miranshah on Monday. Two soldiers sustained injuries.", 2),
    ("A man was shot dead outside a bakery in Dayton, Ohio, on Sunday. No one else was hurt.", 0),
    ("Gunmen stormed a wedding hall in Jos on Sunday and killed two guests. As many as 15 others were "
     "wounded.", 15),
    # not another story, an earlier year, a city's tally, or a TV channel's number
    ("A man was shot dead outside a bakery in Dayton, Ohio, on Sunday. Separately, two men were wounded "
     "on Fifth Street.", None),
    ("A man was shot dead outside a bakery in Dayton, Ohio, on Sunday night. Nine other people were wounded "
     "across the city overnight.", None),
    ("A boy was shot dead at a park in Toledo, Ohio, on Sunday. Officers told 13 News the injuries to a "
     "second boy were minor.", None),
])
def test_the_injured_told_in_a_sentence_after_the_attack_are_its_own(text, injured):
    assert _lead(text).injured == injured


@pytest.mark.parametrize("text,injured", [
    # a vague word before a figure qualifies it, it counts no one of its own
    ("A bomb exploded at a market in Maiduguri on Sunday, wounding as many as 20 people.", 20),
    ("A bomb exploded at a market in Maiduguri on Sunday, wounding some 30 traders.", 30),
    ("A bomb exploded at a market in Maiduguri on Sunday, wounding a few dozen people.", 12),
])
def test_an_approximated_figure_of_the_injured_is_that_figure(text, injured):
    assert _lead(text).injured == injured


@pytest.mark.parametrize("text,injured", [
    # those told carried to a hospital are hurt, where nothing else tells the injured
    ("A man was shot dead outside a bar in Toledo, Ohio, on Saturday. Two others were taken to a hospital.", 2),
    ("Two men were rushed to a hospital after a shooting in Toledo, Ohio, on Saturday.", 2),
    ("Three others, ranging in age from 19 to 27, were taken to area hospitals after a shooting in Toledo, "
     "Ohio, on Saturday.", 3),
    # ... but no fewer than those told shot, and not one who died there
    ("Five people were shot during a party in Toledo, Ohio, on Saturday; two were taken to a hospital.", 5),
    ("A man was shot in Toledo, Ohio, on Saturday and was taken to a hospital, where he died.", None),
])
def test_the_injured_told_carried_to_a_hospital(text, injured):
    assert _lead(text).injured == injured
