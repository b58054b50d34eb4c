"""A wire story's furniture and asides that name no actor of its event: the dateline's country,
a war's tally told over its whole course. My own sentences; the places and groups are real."""

import pytest

from sitroom.api import pipe, text_document
from sitroom.pipeline import EVENT_STAGES


def coded(text, published="2025-06-08"):
    docs = list(pipe([text_document(text, published=published)], stages=EVENT_STAGES, published=published))
    return [e for d in docs for e in d.events if e.event_type]


def test_the_datelines_country_is_no_actor():
    event = coded("PORT SUDAN, Sudan (AP) — A drone strike hit a crowded market in El Obeid on Saturday, "
                  "killing at least 27 people.")[0]
    assert event.sub_event_type == "Air/drone strike" and event.fatalities == 27
    assert event.actor1 is None or "Military Forces of Sudan" not in event.actor1.name


def test_the_group_blamed_later_is_the_datelined_strikes_agent():
    text = ("PORT SUDAN, Sudan (AP) — A drone strike hit a crowded market in El Obeid on Saturday, killing "
            "at least 27 people, a medical group said.\n\n"
            "The group blamed the Rapid Support Forces for the attack, which it said targeted civilians.")
    found = coded(text)
    assert found[0].actor1 is not None and found[0].actor1.name == "RSF: Rapid Support Forces"
    assert [e.fatalities for e in found if e.attribution.modality == "asserted"] == [27]


def test_a_wars_tally_is_no_event_of_the_day():
    for text in ("Sudan's civil war has killed more than 40,000 people and displaced some 12 million, according "
                 "to the United Nations.",
                 "The war between the army and the RSF, which erupted in April 2023, has killed more than "
                 "40,000 people and displaced 12 million."):
        found = coded(text)
        assert found and all(e.attribution.modality == "generic" for e in found)


def test_fighting_told_in_the_perfect_may_still_be_the_days_event():
    found = coded("Fighting between troops and militants in Wau has killed 12 people, officials said on Sunday.")
    assert any(e.attribution.modality == "asserted" and e.fatalities == 12 for e in found)


def test_drones_shot_down_in_any_number_are_disrupted_weapons_of_their_owner():
    event = coded("Ukraine's air force said it had shot down 31 of 40 drones launched by Russia overnight.")[0]
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Disrupted weapons use")
    assert event.actor1.name == "Military Forces of Ukraine" and event.actor2.name == "Military Forces of Russia"


def test_the_owner_written_on_the_drones_is_the_target_not_the_interceptor():
    event = coded("Moscow said air defences downed 112 Ukrainian drones overnight over eight regions.")[0]
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Ukraine"
    assert event.actor1 is None or event.actor1.name != "Military Forces of Ukraine"


def test_a_persons_arms_are_no_weapons():
    assert coded("A third child was found unhurt in her mother's arms outside the house in Dayton.") == []
    seized = coded("Troops seized arms and ammunition in Kidal on Monday.")
    assert seized and seized[0].sub_event_type == "Disrupted weapons use"


def test_a_claim_or_blame_without_responsibility_names_the_agent():
    claimed = coded("On 3 May 2025, militants stormed an army base near Jowhar, killing 13 soldiers. "
                    "Al Shabaab claimed the attack.", "2025-05-04")[0]
    assert claimed.actor1.name == "Al Shabaab" and claimed.fatalities == 13
    blamed = coded("On 3 May 2025, gunmen killed four soldiers near Tame, Arauca. Authorities blamed FARC "
                   "dissidents.", "2025-05-04")[0]
    assert blamed.actor1.name == "FARC Dissidents"


def test_blaming_the_state_for_failing_names_no_attacker():
    event = coded("Gunmen killed four villagers near Tame on Monday. Residents blamed the army for failing to "
                  "protect them.")[0]
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_territory_taken_without_fighting_is_no_battle():
    event = coded("On 4 May 2025, M23 rebels took control of Kalehe without fighting.", "2025-05-05")[0]
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")


def test_a_march_told_with_how_it_went_is_a_protest():
    event = coded("Dozens of mothers marched peacefully in Guadalajara on Monday to demand news of their "
                  "missing children.")[0]
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")


def test_shelling_throughout_the_day_keeps_its_dead():
    event = coded("On 3 June 2025, Russian forces shelled Kherson throughout the day, killing 3 civilians.",
                  "2025-06-04")[0]
    assert event.fatalities == 3


def test_the_same_dead_told_again_without_their_nationality_are_not_added():
    event = coded("Militants attacked an Iraqi army post in Kirkuk on Sunday, killing four soldiers. An officer and "
                  "three soldiers were killed.", "2025-11-10")[0]
    assert event.fatalities == 4


def test_a_bureaus_dateline_gives_no_nationality_to_soldiers_elsewhere():
    event = coded("NAIROBI (Reuters) - Soldiers killed 10 civilians in Bahir Dar on Sunday, residents said.",
                  "2025-11-10")[0]
    assert event.actor1.name == "Military Forces of Ethiopia"


def test_shahed_type_drones_strike_from_the_air():
    event = coded("Russia attacked Kharkiv with dozens of Shahed-type drones overnight, killing one person, the "
                  "mayor said.", "2025-08-09")[0]
    assert event.sub_event_type == "Air/drone strike" and event.actor1.name == "Military Forces of Russia"


@pytest.mark.parametrize("text,agent", [
    ("Al Shabaab, an al Qaeda affiliate, killed 10 people in Mogadishu on Sunday.", "Al Shabaab"),
    ("Rebels from the Allied Democratic Forces (ADF), a group affiliated with the Islamic State, killed between "
     "38 and 43 people in Komanda on Sunday.", "ADF: Allied Democratic Forces"),
])
def test_a_group_in_an_apposition_describes_the_agent_and_a_range_is_no_two_sides(text, agent):
    event = coded(text, "2025-07-28")[0]
    assert event.event_type == "Violence against civilians" and event.actor1.name == agent


@pytest.mark.parametrize("text,town", [
    ("Gang members attacked a market in Haiti's capital on Monday, killing 12 people.", "Port-au-Prince"),
    ("Gunmen attacked a market in Yemen's capital Sanaa on Monday, killing 12 people.", "Sanaa"),
])
def test_a_countrys_capital_in_the_possessive_is_its_capital(text, town):
    assert coded(text, "2025-05-06")[0].location.name == town


def test_after_a_bureaus_dateline_fighting_between_two_sides_keeps_both():
    event = coded("MOGADISHU (Reuters) - Fighting between Somali troops and al Shabaab killed 15 people on Sunday "
                  "in Galmudug.", "2025-02-17")[0]
    assert (event.event_type, event.actor1.name, event.actor2.name) == (
        "Battles", "Military Forces of Somalia", "Al Shabaab")


@pytest.mark.parametrize("text,agent", [
    ("Russian forces carried out a strike that killed 9 people in Sumy on Sunday, the governor said.",
     "Military Forces of Russia"),
    ("Hamas blamed Israel for the strike that killed 20 people in Gaza City on Tuesday.", "Military Forces of Israel"),
])
def test_a_deed_carried_out_or_blamed_keeps_its_agent_in_a_relative_clause(text, agent):
    assert coded(text, "2025-07-05")[0].actor1.name == agent


def test_a_war_named_in_a_heading_or_aside_leaves_the_days_strike_a_fact():
    event = coded("Russia's war in Ukraine: a Russian missile strike has killed 9 people in Kryvyi Rih, officials "
                  "said.", "2025-07-05")[0]
    assert event.attribution.modality == "asserted" and event.fatalities == 9
