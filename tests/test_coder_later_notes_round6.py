"""Later ACLED-style notes: names in brackets, bodies named after a country, drones that drop
shells, suicide car bombs; and a street told by its block."""

from .story_helpers import lead


def test_a_groups_short_name_in_brackets_keeps_its_fighters_the_groups():
    event = lead("On 6 May 2025, Boko Haram (JAS) fighters abducted 7 women near Bosso (Bosso, Diffa).",
                 published="2025-05-09")
    assert event.actor1.name.startswith("Boko Haram")


def test_a_national_labour_congress_is_neither_the_state_nor_the_us_congress():
    event = lead("On 6 May 2025, members of the Nigeria Labour Congress held a rally in Kaduna. Police fired tear "
                 "gas to disperse them.", published="2025-05-09")
    assert event.event_type == "Protests"
    assert event.actor2.name == "Police Forces of Nigeria"


def test_a_country_before_a_shared_body_word_keeps_it_the_countrys():
    from sitroom.coder.actors import find_mentions
    from sitroom.coder.codebook import load_codebook
    from sitroom.coder.tokens import tokenize

    text = "The Labour Congress and the US Congress met."
    names = [m.name for m in find_mentions(load_codebook(), tokenize(text), text)]
    assert names == ["Government of the United States"]


def test_a_quadcopter_dropping_a_shell_is_a_drone_strike_by_its_country():
    event = lead("On 6 May 2025, a Russian quadcopter dropped a mortar shell on a bus stop in Kherson (Kherson, "
                 "Kherson), injuring three civilians.", published="2025-05-09")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.name == "Military Forces of Russia"


def test_a_suicide_car_bombing_is_a_suicide_bomb():
    event = lead("On 6 May 2025, an Al Shabaab suicide car bombing targeted an army base in Baidoa (Baidoa, Bay), "
                 "killing 5 soldiers.", published="2025-05-09")
    assert event.sub_event_type == "Suicide bomb"


def test_a_street_told_by_its_block_is_no_town_of_that_name():
    for street in ("South Washington", "South Lincoln"):
        event = lead(f"Police were called at 7 a.m. Monday by a resident of the 400 block of {street} who "
                     "reported a man shot in a car.", dateline="Ponca City, Okla.", published="2017-03-07")
        assert event.location.name == "Ponca City"


def test_a_foreign_force_capturing_a_named_town_overtakes_territory():
    event = lead("On 6 May 2025, Russian forces captured Pokrovsk (Pokrovsk, Donetsk) following fighting with "
                 "Ukrainian forces.", published="2025-05-09")
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1.name == "Military Forces of Russia"


def test_the_states_own_forces_capturing_a_name_is_no_takeover():
    from .story_helpers import story

    events = story("Security forces captured Mullah Omar Khan in Quetta on Monday.", published="2025-05-09")
    assert all(e.sub_event_type != "Non-state actor overtakes territory" for e in events)


def test_dozo_hunters_are_their_countrys_communal_militia_not_a_named_dogon_group():
    event = lead("On 6 May 2025, Dozo hunters clashed with JNIM militants near Djenne (Djenne, Mopti), killing 4 "
                 "hunters.", published="2025-05-09")
    assert "Dozo Communal Militia (Mali)" in (event.actor1.name, event.actor2.name)


def test_fulani_militiamen_are_the_fulani_ethnic_militia():
    event = lead("On 6 May 2025, suspected Fulani militiamen attacked Yelwata (Guma, Benue), killing 12 villagers.",
                 published="2025-05-09")
    assert event.actor1.name == "Fulani Ethnic Militia (Nigeria)"


def test_afghan_provinces_carry_acleds_names():
    event = lead("On 6 May 2025, IS-K militants attacked a Taliban checkpoint in Jalalabad (Jalalabad, Nangarhar), "
                 "killing 3 Taliban fighters.", published="2025-05-09")
    assert event.location.admin1 == "Nangarhar"
