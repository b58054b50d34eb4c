"""Notes in the style of ACLED's later years (Ukraine, the Sahel, Ethiopia, Myanmar, Pakistan
since 2022): drones as the means, the armies' own acronyms, both sides of a clash told before
its dead, and a group a post belongs to. Every sentence is my own; the places are real."""

import pytest

from .coder_helpers import code, top
from .story_helpers import lead
from .test_coder_places_written import places_of, top as placed_top


def _sides(event):
    return (event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None)


def test_both_sides_of_a_clash_stay_the_sides_when_a_later_clause_counts_the_dead():
    event = top("On 26 March 2023, the Pakistani military and TTP militants exchanged fire in North Waziristan, "
                "killing 2 soldiers and 3 militants.")
    assert _sides(event) == ("Military Forces of Pakistan", "TTP: Tehreek-i-Taliban Pakistan")
    assert event.fatalities == 5
    # an opponent named with "with" is still the other side
    event = top("On 26 March 2023, Taliban fighters clashed with Afghan forces in Kunar, killing two soldiers.")
    assert _sides(event) == ("Taliban", "Military Forces of Afghanistan")


def test_the_verb_before_a_means_names_the_sides_even_when_both_roles_seem_filled():
    # "the PDF attacked a column ... with landmines, killing 5 soldiers": the PDF laid them
    event = top("On 9 March 2023, the PDF attacked a Myanmar military column near Kani with landmines, "
                "killing 5 soldiers.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert _sides(event) == ("PDF: People's Defense Force", "Military Forces of Myanmar")


@pytest.mark.parametrize("text,actor", [
    ("On 8 March 2023, Fano militiamen clashed with the ENDF near Debre Markos.", "Military Forces of Ethiopia"),
    ("On 8 March 2023, M23 rebels clashed with FARDC soldiers near Rutshuru.",
     "Military Forces of the Democratic Republic of Congo"),
    ("On 8 March 2023, the RSF clashed with the SAF in Omdurman.", "Military Forces of Sudan"),
])
def test_an_armys_own_acronym_names_its_military(text, actor):
    assert top(text).actor2.name == actor


@pytest.mark.parametrize("text,actor1", [
    ("On 5 March 2023, a Ukrainian drone struck an oil depot in Belgorod city.", "Military Forces of Ukraine"),
    ("On 5 March 2023, rebels attacked an army base with a drone near Kidal.", None),
    ("On 5 March 2023, Russian forces dropped grenades from a drone on a car in Kherson.", "Military Forces of Russia"),
    ("On 5 March 2023, a drone-dropped grenade wounded two soldiers near Bakhmut.", None),
])
def test_a_drone_as_the_means_is_an_air_or_drone_strike(text, actor1):
    event = top(text)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    if actor1 is not None:
        assert event.actor1.name == actor1


def test_a_grenade_thrown_by_hand_is_still_a_grenade():
    event = top("On 13 March 2023, a hand grenade was thrown at a shop in Imphal, injuring one person.")
    assert event.sub_event_type == "Grenade"


def test_the_group_a_post_belongs_to_is_no_place():
    sentence = ("On 28 April 2020, a Turkish drone attacked a military post belonging to Asayish in Ain al Arab "
                "city in Aleppo countryside.")
    assert "Asayish" not in places_of(sentence)
    assert placed_top(sentence).location.country == "SYR"
    assert "Haftar" not in places_of("Fighters loyal to Haftar shelled Tripoli on Monday.")
    # a place gone to is still a place
    assert "Chitral" in places_of("Soldiers fled to Chitral on Monday.")


def test_a_township_is_a_kind_of_place():
    assert places_of("Junta troops burned houses in Kani township on Monday.")["Kani"].feature == "township"


def test_no_event_from_a_sentence_without_one():
    assert code("The ENDF is Ethiopia's army.") == []


def test_an_acronym_in_capitals_is_no_passive_verb():
    # "IS Sahel militants executed": "IS" is the Islamic State, not "is executed"
    event = top("On 7 May 2022, IS Sahel militants executed 3 civilians accused of collaborating with the Malian "
                "army near Tessit.")
    assert (event.event_type, event.actor1.name) == ("Violence against civilians", "Islamic State (Greater Sahara)")
    assert event.actor2.name == "Civilians (Mali)"
    # a headline written in capitals keeps its passive verbs (read in lower case, its peoples'
    # names in title case: shouting.py)
    event = top("TWO AFGHAN SOLDIERS WERE KILLED BY MILITANTS IN KUNAR")
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Afghanistan"


def test_an_armed_groups_raid_with_machetes_is_an_attack_and_a_crowds_lynching_a_riot():
    event = top("On 17 May 2022, ADF militants attacked Mukondi village with machetes and killed 19 civilians.")
    assert (event.event_type, event.actor1.name) == ("Violence against civilians", "ADF: Allied Democratic Forces")
    event = top("On 6 May 2020, around 100 residents lynched two armed men who were robbing people in Puebla.")
    assert event.sub_event_type == "Mob violence"


def test_an_informant_is_a_civilian_target():
    event = top("On 6 May 2022, unidentified gunmen shot and killed a suspected army informant in Menaka town.")
    assert event.event_type == "Violence against civilians"
    assert event.actor2.name == "Civilians (Mali)"


def test_rockets_fired_in_an_assault_with_small_arms_are_an_armed_clash():
    event = top("On 15 May 2022, Baloch separatists attacked an FC convoy with rockets and small arms fire near "
                "Turbat, killing 2 FC personnel.")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    # fire from a distance alone is shelling, recoilless rifles included
    event = top("On 5 May 2020, pro-Houthi forces fired mortar shells, RPGs and B-10 recoilless rifles at "
                "residential areas of Hays district.")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_a_military_aircraft_shot_down_is_a_clash_and_a_drone_intercepted_disrupted_weapons():
    event = top("On 12 May 2022, Ukrainian forces shot down a Russian Ka-52 helicopter near Kherson.")
    assert (event.event_type, event.actor1.name) == ("Battles", "Military Forces of Ukraine")
    event = top("On 12 May 2022, Ukrainian forces shot down a Russian drone near Kherson.")
    assert event.sub_event_type == "Disrupted weapons use"


def test_killing_captured_or_surrendered_soldiers_is_violence_against_civilians():
    event = top("On 13 June 2021, the Taliban executed 3 ANDSF soldiers who had surrendered in Faryab.")
    assert (event.event_type, event.actor1.name, event.fatalities) == ("Violence against civilians", "Taliban", 3)
    assert top("On 13 June 2021, Taliban fighters shot dead two captured soldiers in Kunduz.").event_type \
        == "Violence against civilians"
    # soldiers killed in a fight are still a clash
    assert top("On 13 June 2021, Taliban fighters killed two soldiers in Kunduz.").event_type == "Battles"


def test_a_death_told_after_a_comma_at_a_protest_is_a_death_not_a_grievance():
    event = top("On 9 August 2022, TLP workers attacked policemen with stones and sticks during a protest in Lahore, "
                "killing one policeman.")
    assert (event.event_type, event.fatalities) == ("Riots", 1)
    # the death a crowd protests is still no death at the protest
    assert top("On 9 August 2022, hundreds protested in Lahore against the killing of two students.").fatalities == 0


def test_the_press_words_for_militants_killed_count_them():
    event = top("QUETTA: Four Levies personnel embraced martyrdom when terrorists attacked their check post in Kalat on "
                "Friday night, while two terrorists were sent to hell in retaliatory fire, officials said.")
    assert event.fatalities == 6
    event = top("Security forces neutralised five terrorists in an operation in Khyber district on Monday, the ISPR said.")
    assert (event.event_type, event.fatalities) == ("Battles", 5)
    assert event.actor1.name == "Military Forces of Pakistan"
    # a bomb neutralised is disrupted weapons use, with no one dead
    event = top("Police neutralized the bomb before it exploded in Quetta on Monday.")
    assert (event.sub_event_type, event.fatalities) == ("Disrupted weapons use", 0)


def test_a_drone_that_drops_bombs_is_an_air_strike_by_the_side_that_flies_it():
    event = top("On 3 February 2024, a PDF drone dropped bombs on a junta outpost near Kani, Sagaing, "
                "killing 2 soldiers.")
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert _sides(event) == ("PDF: People's Defense Force", "Military Forces of Myanmar")
    event = top("On 3 February 2024, resistance fighters used drones to drop explosives on an army camp "
                "near Kani, Sagaing, wounding 4 soldiers.")
    assert event.sub_event_type == "Air/drone strike"


def test_a_police_checkpoint_is_the_police_not_an_army_that_bombs_it():
    event = top("On 5 February 2024, a suicide bomber blew himself up at a police checkpoint in Lakki Marwat (Khyber Pakhtunkhwa), "
                "killing 2 policemen.")
    assert event.sub_event_type == "Suicide bomb"
    assert event.actor2.name == "Police Forces of Pakistan"
    assert event.actor1.name != "Military Forces of Pakistan"


def test_a_pro_government_militia_and_the_group_it_fights_are_two_sides_whose_dead_are_summed():
    # the VDP is armed by the state of Burkina Faso (groups.yaml sides_with): its dead and the
    # militants' are two tolls, not one told twice
    event = top("On 2 February 2024, JNIM militants stormed a VDP post near Arbinda (Soum) and killed 9 VDP "
                "fighters; 4 militants were also killed.")
    assert event.fatalities == 13
    event = top("On 2 February 2024, Boko Haram fighters killed 3 CJTF members near Dikwa (Borno); "
                "2 of the attackers also died.")
    assert event.fatalities == 5
    # two unnamed bands of militants stay one toll told twice: the lower is this sentence's
    event = top("On 2 February 2024, militants attacked a village near Arbinda (Soum), killing 6 militants "
                "of a rival band; 4 militants were killed.")
    assert event.fatalities in (4, 6)


def test_a_figure_told_after_a_first_toll_with_its_own_death_word_is_more_dead():
    event = top("On 2 February 2024, militants overran an army post near Arbinda (Soum) and killed 7 soldiers, "
                "and 3 militants were also killed.")
    assert event.fatalities == 10


def test_a_clash_between_clans_is_a_battle_of_their_militias():
    event = lead("On 4 February 2024, a clash between two clans over a water point near Dhusamareb (Galgaduud) "
                 "left 5 people dead.", published="2024-02-05")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert _sides(event) == ("Unidentified Communal Militia (Somalia)",) * 2
    assert event.fatalities == 5
    # a clash between groups of students is still a brawl of civilians
    event = top("On 4 February 2024, a clash between two groups of students at a college in Multan left 3 injured.")
    assert event.event_type == "Riots"


def test_a_convoy_of_police_is_the_police():
    event = lead("On 6 February 2024, gunmen ambushed a convoy of state police near Apatzingan (Michoacan), "
                 "killing 3 officers.", published="2024-02-07")
    assert event.actor2.name == "Police Forces of Mexico"


def test_a_group_that_rules_as_the_de_facto_state_arrests_rather_than_abducts():
    # groups.yaml governs: the Taliban rule Afghanistan from 15 August 2021
    event = top("On 8 February 2024, Taliban authorities detained three women activists in Mazar-i-Sharif (Balkh).")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Arrests")
    assert event.actor1.name == "Taliban"
    # before that day, a detention by Taliban fighters was an abduction
    event = top("On 8 February 2019, Taliban fighters detained three teachers in Ghazni city (Ghazni).",
                published="2019-02-09")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_governs_and_sides_with_are_checked():
    import datetime

    from sitroom.coder.codebook import PRO_GOVERNMENT, _governs, _sides_with, load_codebook
    from sitroom.knowledge import KnowledgeError

    codebook = load_codebook()
    assert codebook.governing["Taliban"] == ("AFG", "2021-08-15")
    # (YAML reads an unquoted day as a date)
    assert _governs("g", {"country": "AFG", "since": datetime.date(2021, 8, 15)}, codebook.countries) == \
        ("AFG", "2021-08-15")
    with pytest.raises(KnowledgeError, match="governs needs a country"):
        _governs("g", {"country": "XXX", "since": "2021-08-15"}, codebook.countries)
    with pytest.raises(KnowledgeError, match="governs.since must be a day"):
        _governs("g", {"country": "AFG", "since": "August 2021"}, codebook.countries)
    assert _sides_with("g", "state") == PRO_GOVERNMENT and _sides_with("g", None) == ""
    with pytest.raises(KnowledgeError, match="sides_with may only be 'state'"):
        _sides_with("g", "rebels")


def test_those_who_died_in_a_strike_are_its_victims_not_its_agents():
    event = lead("Nine civilians died in a drone strike in Mir Ali (North Waziristan) on Monday.",
                 published="2024-03-20")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 is None or event.actor1.name != "Civilians (Pakistan)"
    assert (event.actor2.name, event.fatalities) == ("Civilians (Pakistan)", 9)


def test_bombs_dropped_from_aircraft_and_fpv_drones_are_air_strikes():
    event = top("On 20 June 2024, Russian forces struck the village of Khotin (Sumy) with guided aerial bombs.",
                published="2024-06-21")
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    event = top("On 20 June 2024, Ukrainian forces attacked Russian positions near Robotyne (Zaporizhia) "
                "with FPV drones.", published="2024-06-21")
    assert event.sub_event_type == "Air/drone strike"


def test_an_exchange_of_fire_described_is_still_a_clash_of_both_sides():
    event = top("On 17 March 2024, Afghan and Pakistani border forces exchanged heavy fire at the Torkham crossing. "
                "One Afghan border guard was killed.", published="2024-03-18")
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1.name, event.actor2.name} == {"Military Forces of Afghanistan", "Military Forces of Pakistan"}


def test_a_semicolon_ends_the_clause_whose_object_a_trigger_takes():
    event = top("On 17 March 2024, Afghan and Pakistani border forces exchanged heavy fire at the Torkham crossing; "
                "one Afghan border guard was killed.", published="2024-03-18")
    assert (event.actor1.name, event.actor2.name) == ("Military Forces of Afghanistan", "Military Forces of Pakistan")
    assert event.fatalities == 1


@pytest.mark.parametrize("text,sides", [
    # "SNA" is Somalia's army in a Somali story, Syria's National Army in a Syrian one
    ("On 14 March 2024, Al Shabaab detonated an IED targeting an SNA vehicle in Afgooye (Lower Shabelle), "
     "killing 3 soldiers.", ("Al Shabaab", "Military Forces of Somalia")),
    ("On 3 May 2020, SNA fighters clashed with the SDF near Ain Issa (Raqqa).",
     ("JWS: Syrian National Army", "QSD: Syrian Democratic Forces")),
    # the African Union's mission by its later names
    ("On 12 March 2024, Al Shabaab fired mortars at the AUSSOM base in Baidoa (Bay).",
     ("Al Shabaab", "AMISOM: African Union Mission in Somalia (2007-)")),
    # the Islamic State's Sahel province by its later acronym
    ("On 16 March 2024, ISSP militants ambushed a Nigerien army convoy near Tillia (Tahoua), killing 23 soldiers.",
     ("Islamic State (Greater Sahara)", "Military Forces of Niger")),
    ("On 11 March 2024, Fulani herders attacked farmers in Mangu (Plateau), killing 12 villagers.",
     ("Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)")),
    ("On 14 March 2024, Haitian police clashed with members of the 400 Mawozo gang in Croix-des-Bouquets (Ouest).",
     ("Police Forces of Haiti", "400 Mawozo")),
])
def test_later_names_of_armies_missions_and_groups(text, sides):
    assert _sides(placed_top(text)) == sides


def test_russias_africa_corps_is_russias_military():
    from sitroom.coder.actors import find_mentions
    from sitroom.coder.codebook import load_codebook
    from sitroom.coder.tokens import tokenize

    text = "Africa Corps fighters patrolled the road."
    assert [m.name for m in find_mentions(load_codebook(), tokenize(text), text)][:1] == ["Military Forces of Russia"]


def test_troops_burning_houses_destroy_property_and_a_mob_stays_a_mob():
    event = top("On 15 March 2024, military troops set fire to over 100 houses in Salingyi (Sagaing).")
    assert (event.sub_event_type, event.actor1.name) == ("Looting/property destruction", "Military Forces of Myanmar")
    event = top("On 15 March 2024, a mob set fire to over 20 houses in Jaranwala (Punjab).")
    assert event.sub_event_type == "Mob violence"


@pytest.mark.parametrize("text,dead", [
    ("On 11 March 2024, unidentified armed men shot dead a mayoral candidate in Celaya (Guanajuato).", 1),
    ("On 11 March 2024, gunmen killed a paramedic and a firefighter in Culiacan (Sinaloa).", 2),
])
def test_a_person_named_by_a_role_counts_one(text, dead):
    assert top(text).fatalities == dead


def test_a_countrys_air_defence_is_its_military_and_intercepts():
    event = top("On 11 March 2024, Russian air defence shot down 8 Ukrainian drones over Kursk.")
    assert (event.sub_event_type, event.actor1.name) == ("Disrupted weapons use", "Military Forces of Russia")
    # whose drones were shot down is the other side
    assert event.actor2.name == "Military Forces of Ukraine"
    # alone, air defence systems name no country's forces
    event = top("On 3 May 2020, coalition air defence systems intercepted a ballistic missile over Marib.")
    assert event.actor1 is None or event.actor1.name != "Military Forces of Yemen"


def test_an_unknown_village_in_a_province_of_the_same_name_as_a_small_foreign_town_is_in_that_province():
    # "Tonenke" is missing from cities500; Donetsk is Ukraine's province, not the town in Rostov oblast
    event = placed_top("On 13 March 2024, Russian forces shelled Tonenke (Donetsk).")
    assert (event.location.country, event.location.admin1) == ("UKR", "Donetsk")


def test_a_numbered_site_is_read_inside_the_place_written_after_it():
    # "Mine" alone is a Japanese town; "Mine 6/7, Donetsk" is a numbered pit in Donetsk province
    event = placed_top("On 14 April 2021, Ukrainian forces fired mortars at positions near Mine 6/7, Donetsk.")
    assert (event.location.country, event.location.admin1) == ("UKR", "Donetsk")


@pytest.mark.parametrize("text,side", [
    # "government positions" are the government's forces of the story's country, not only Ukraine's
    ("On 14 June 2025, al Shabaab militants fired mortars at government positions in Mogadishu.",
     "Military Forces of Somalia"),
    ("On 5 May 2020, NAF forces fired mortars at government positions near Avdiivka, Donetsk.",
     "Military Forces of Ukraine"),
])
def test_government_positions_are_the_story_countrys_forces(text, side):
    assert top(text).actor2.name.startswith(side)


@pytest.mark.parametrize("text,sides", [
    ("On 12 June 2025, OLA militants attacked a police station in Fiche (North Shewa, Oromia).",
     ("OLA: Oromo Liberation Army", "Police Forces of Ethiopia")),
    ("On 12 June 2025, SPLA-IO fighters attacked an SSPDF base in Nasir (Upper Nile).",
     ("SPLM/A-IO: Sudan People's Liberation Movement/Army (In Opposition)", "Military Forces of South Sudan")),
    ("On 12 June 2025, Kuki militants and Meitei volunteers exchanged fire in Jiribam (Manipur).",
     ("Kuki Ethnic Militia (India)", "Meitei Ethnic Militia (India)")),
    ("On 12 June 2025, MILF fighters clashed with the army in Datu Piang (Maguindanao del Sur).",
     ("MILF: Moro Islamic Liberation Front", "Military Forces of the Philippines")),
])
def test_groups_of_the_later_years_are_named(text, sides):
    event = top(text)
    assert (event.actor1.name, event.actor2.name.split(" (20")[0]) == sides


def test_a_local_alias_names_the_group_only_in_its_own_country():
    # "separatist fighters" are Cameroon's Ambazonians in a Cameroonian note, not elsewhere
    event = placed_top("On 12 June 2025, separatist fighters killed a gendarme in Bamenda (Mezam, North-West).")
    assert event.actor1.name == "Ambazonian Separatists (Cameroon)"
    assert "Ambazonian" not in (placed_top("On 12 June 2025, separatist fighters attacked a police post in Quetta "
                                    "(Balochistan).").actor1.name)


def test_displaced_people_killed_are_its_dead_and_no_flight():
    events = code("On 12 June 2025, RSF fighters shelled Zamzam camp (El Fasher, North Darfur), killing 11 displaced "
                  "persons.", None)
    assert [(e.event_type, e.fatalities) for e in events] == [("Explosions/Remote violence", 11)]


def test_a_mountain_range_the_gazetteer_lacks_is_no_town_spelled_otherwise():
    # "Hamrin" is missing; Hamrun is a council of Malta one vowel away: no reading for a range
    event = placed_top("On 7 June 2025, security forces clashed with IS militants in the Hamrin mountains near "
                       "Tuz Khurmatu (Salah al-Din).")
    assert event.location.country == "IRQ" and event.actor2.name == "Islamic State (Iraq)"


@pytest.mark.parametrize("text,sides", [
    ("On 12 June 2025, Russian and Ukrainian forces fought near Pokrovsk (Donetsk).",
     ("Military Forces of Russia", "Military Forces of Ukraine")),
    ("On 12 June 2025, RSF fighters fought government forces in Bara (North Kordofan).",
     ("RSF: Rapid Support Forces", "Military Forces of Sudan")),
])
def test_forces_that_fought_near_a_place_or_fought_government_forces_clashed(text, sides):
    event = placed_top(text)
    assert (event.event_type, event.actor1.name.split(" (20")[0], event.actor2.name.split(" (20")[0]) \
        == ("Battles", *sides)


def test_riot_police_are_no_riot():
    event = top("On 12 June 2025, farmers protested in Lahore (Punjab) and blocked the highway; riot police dispersed "
                "them with tear gas.")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")


def test_a_partys_supporters_who_clash_with_police_are_rioters():
    event = top("On 12 June 2025, PTI supporters clashed with police in Islamabad, throwing stones.")
    assert (event.event_type, event.actor1.name, event.actor2.name) == \
        ("Riots", "Rioters (Pakistan)", "Police Forces of Pakistan")


def test_a_countrys_strike_is_its_forces():
    event = placed_top("On 11 March 2025, an Israeli strike killed two people in Kfar Kila (Marjayoun, Nabatieh).")
    assert event.actor1.name.startswith("Military Forces of Israel") and event.fatalities == 2


def test_a_junta_drone_is_the_juntas_forces():
    event = top("On 12 June 2025, a junta drone struck a village in Kani township (Sagaing), killing 4 civilians.")
    assert event.actor1.name.startswith("Military Forces of Myanmar") and event.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("text,sides", [
    ("On 12 June 2025, three militants were killed in an encounter with security forces in Kupwara "
     "(Jammu and Kashmir).", ("Military Forces of India", "Unidentified Armed Group (India)")),
    ("On 12 June 2025, two soldiers were killed in a clash with TTP militants in Kurram (Khyber Pakhtunkhwa).",
     ("TTP: Tehreek-i-Taliban Pakistan", "Military Forces of Pakistan")),
])
def test_those_killed_in_a_clash_with_others_are_one_side_and_the_others_the_other(text, sides):
    event = top(text)
    assert (event.actor1.name.split(" (20")[0], event.actor2.name.split(" (20")[0]) == sides


def test_the_first_of_two_subjects_joined_by_and_leads():
    event = top("On 12 June 2025, government security forces and allied armed groups killed 12 civilians in Djibo "
                "(Soum, Sahel).")
    assert event.actor1.name.startswith("Military Forces of Burkina Faso")
