"""Notes of the kind ACLED writes in later years than the dev sets (see also
test_coder_later_notes.py): newer armed groups, a military government's troops, aircraft named
by their country, drones sent at a target and protesters shot dead by a figure. My own
sentences; the groups and places are real."""

import pytest

from sitroom.annotate.sentences import split_sentences
from sitroom.coder.document_coder import code_article

from .story_helpers import lead, resolver, story


@pytest.mark.parametrize("text,actor1,actor2,kind", [
    ("On 10 March 2024, CSP-PSD fighters ambushed a Malian army convoy near Ber (Timbuktu).",
     "CSP-PSD: Permanent Strategic Framework for Peace, Security, and Development", "Military Forces of Mali",
     "Armed clash"),
    ("On 10 March 2024, MNDAA troops attacked junta positions in Lashio (Shan-North).",
     "MNDAA: Myanmar National Democratic Alliance Army", "Military Forces of Myanmar", "Armed clash"),
    ("On 10 March 2024, AFF fighters attacked a Taliban checkpoint in Panjshir.",
     "AFF: Afghanistan Freedom Front", "Taliban", "Armed clash"),
    ("On 10 March 2024, Hurras al-Din fighters clashed with HTS near Sarmada (Idleb).",
     "Hurras al Din", "HTS: Hayat Tahrir al Sham", "Armed clash"),
])
def test_newer_armed_groups_are_named_as_acled_names_them(text, actor1, actor2, kind):
    event = lead(text, published="2024-03-11")
    assert (event.actor1.name, event.actor2.name, event.sub_event_type) == (actor1, actor2, kind)


def test_csp_alone_names_the_malian_coalition_only_in_malian_news():
    mali = lead("On 10 March 2024, CSP fighters ambushed a Malian army convoy near Ber (Timbuktu).",
                published="2024-03-11")
    assert mali.actor1.name.startswith("CSP-PSD")
    elsewhere = lead("On 10 March 2024, CSP fighters ambushed a police patrol near Quetta (Balochistan).",
                     published="2024-03-11")
    assert not (elsewhere.actor1 and elsewhere.actor1.name.startswith("CSP-PSD"))


def test_aircraft_of_a_named_country_are_its_air_force():
    event = lead("On 14 March 2024, Israeli aircraft carried out airstrikes on Rafah (Gaza Strip), killing 12 people.",
                 published="2024-03-15")
    assert (event.sub_event_type, event.actor1.name) == ("Air/drone strike", "Military Forces of Israel")
    assert event.fatalities == 12


def test_a_drone_launched_at_a_target_is_a_drone_strike_and_one_sent_to_watch_is_not():
    event = lead("On 13 March 2024, Houthi forces launched a drone at a tanker off Mocha (Taizz).",
                 published="2024-03-14")
    assert event.sub_event_type == "Air/drone strike"
    text = "On 13 March 2024, the army launched a drone to watch the road near Mocha (Taizz)."
    watched = code_article(text, split_sentences(text), "t", "2024-03-14", resolver=resolver())
    assert not any(e.sub_event_type == "Air/drone strike" for e in watched)


@pytest.mark.parametrize("count", ["2", "at least 4", "several"])
def test_protesters_shot_dead_by_the_police_is_excessive_force(count):
    event = lead(f"On 3 March 2024, police shot dead {count} demonstrators during a protest over the election "
                 f"results in Kinshasa.", published="2024-03-04")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert event.actor2.name == "Police Forces of the Democratic Republic of Congo"


@pytest.mark.parametrize("text,kind,sides", [
    ("On 6 April 2024, Ukrainian forces struck Russian positions with HIMARS near Tokmak (Zaporizhzhia), "
     "killing 7 Russian soldiers.", "Shelling/artillery/missile attack",
     ("Military Forces of Ukraine", "Military Forces of Russia")),
    # no weapon told: striking the other side's positions is fire from a distance
    ("On 6 April 2024, Ukrainian forces struck Russian positions near Tokmak (Zaporizhzhia).",
     "Shelling/artillery/missile attack", ("Military Forces of Ukraine", "Military Forces of Russia")),
    ("On 5 April 2024, Russian forces launched Shahed drones at Kharkiv city, damaging a power plant.",
     "Air/drone strike", ("Military Forces of Russia", None)),
])
def test_weapons_by_their_names_and_positions_struck(text, kind, sides):
    event = lead(text, published="2024-04-07")
    assert event.sub_event_type == kind
    assert (event.actor1.name, event.actor2.name if event.actor2 else None) == sides


@pytest.mark.parametrize("means", ["using an ATGM", "with an anti-tank missile", "using a guided missile"])
def test_a_vehicle_destroyed_with_a_guided_missile_is_a_missile_attack(means):
    # the means decides: a vehicle destroyed by a missile from a distance is no property destruction
    event = lead(f"On 4 May 2024, opposition fighters destroyed a regime bulldozer on the front near Kafranbel "
                 f"{means}.", published="2024-05-05")
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_a_person_named_like_a_drone_is_a_person():
    event = lead("On 5 April 2024, Shahed Khan, a shopkeeper, was shot dead by gunmen in Peshawar.",
                 published="2024-04-06")
    assert (event.sub_event_type, event.fatalities) == ("Attack", 1)


def test_striking_positions_told_with_an_assault_is_the_assault():
    event = lead("On 6 April 2024, Taliban fighters attacked a post and struck army positions in Kunar, "
                 "killing 2 soldiers.", published="2024-04-07")
    assert event.event_type == "Battles"


@pytest.mark.parametrize("count", ["5", "five", "at least 12 Grad"])
def test_rockets_fired_with_a_count_between_are_a_shelling(count):
    event = lead(f"On 6 April 2024, militants fired {count} rockets at Sderot, the army said.", published="2024-04-07")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_rockets_fired_with_small_weapons_in_an_assault_are_a_clash():
    event = lead("On 6 April 2024, BLA militants fired with small weapons and rockets at an army camp in Kohlu "
                 "(Balochistan).", published="2024-04-07")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "On 5 April 2024, Ukraine's air force said it shot down 24 of 31 Shahed drones launched overnight.",
    "On 5 April 2024, the Ukrainian military said it intercepted 5 missiles over Kyiv.",
])
def test_weapons_brought_down_by_a_count_are_disrupted_by_the_speaker(text):
    event = lead(text, published="2024-04-06")
    assert (event.sub_event_type, event.actor1.name) == ("Disrupted weapons use", "Military Forces of Ukraine")


@pytest.mark.parametrize("text,kind", [
    # drones with their kind between the verb and the noun
    ("On 3 June 2025, Ukrainian forces used FPV drones to strike a Russian supply truck near Sudzha (Kursk).",
     "Air/drone strike"),
    ("On 3 June 2025, the junta used explosive drones against a PDF camp in Kani township (Sagaing).",
     "Air/drone strike"),
    ("On 3 June 2025, militants attacked a checkpoint in Lakki Marwat (Khyber Pakhtunkhwa) with a quadcopter, "
     "wounding two policemen.", "Air/drone strike"),
    ("On 3 June 2025, the RSF launched suicide drones targeting an army base in Kosti (White Nile).",
     "Air/drone strike"),
    ("On 3 June 2025, Russian forces launched loitering munitions at Zhytomyr city (Zhytomyr).", "Air/drone strike"),
    # artillery fired with a word between
    ("On 3 June 2025, M23 fighters fired heavy artillery at army positions near Minova (Sud-Kivu).",
     "Shelling/artillery/missile attack"),
])
def test_drones_and_artillery_with_their_kind_between_are_remote_violence(text, kind):
    event = lead(text, published="2025-06-04")
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", kind)


def test_drones_used_to_watch_are_no_strike():
    events = story("On 3 June 2025, Ukrainian forces used reconnaissance drones to monitor Russian positions near "
                   "Tetkino (Kursk).", published="2025-06-04")
    assert all(e.sub_event_type != "Air/drone strike" for e in events)


@pytest.mark.parametrize("text,actor1", [
    ("On 3 March 2025, Los Choneros gunmen shot dead two men in Guayaquil (Guayas).", "Los Choneros"),
    ("On 3 March 2025, Los Lobos members killed a prison guard in Machala (El Oro).", "Los Lobos"),
    ("On 3 March 2025, Hafiz Gul Bahadur group militants attacked a police post in Bannu (Khyber Pakhtunkhwa).",
     "Hafiz Gul Bahadur Group"),
])
def test_gangs_of_ecuador_and_a_waziristan_faction_are_named(text, actor1):
    assert lead(text, published="2025-03-05").actor1.name == actor1


@pytest.mark.parametrize("text", [
    "On 3 June 2025, an Israeli strike killed five people in a tent camp in Khan Younis (Gaza Strip).",
    "On 3 June 2025, Turkish strikes hit PKK positions near Amedi (Dahuk).",
])
def test_a_strike_by_a_states_forces_is_from_the_air(text):
    event = lead(text, published="2025-06-04")
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


def test_us_as_a_pronoun_strikes_nothing():
    events = story("Let us strike a deal before the talks end, the minister told reporters in Doha.",
                   published="2025-06-04")
    assert all(e.event_type != "Explosions/Remote violence" for e in events)
