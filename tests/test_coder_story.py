"""Whole stories of our own: coreference, merging reports of one event, geocoded places."""

import pytest

from sitroom.annotate.sentences import split_sentences
from sitroom.coder.document_coder import code_article
from sitroom.geo.gazetteer import load_gazetteer
from sitroom.geo.resolve import Resolver

from .coder_helpers import by_plover, code, top


def geocoded(text, published=None, dateline=None):
    resolver = Resolver(load_gazetteer(progress=False))
    return code_article(text, split_sentences(text), "g", published, dateline, resolver=resolver)


def test_bare_state_noun_refers_to_the_last_one_named():
    events = code("Thirty Afghan soldiers crossed the border into Pakistan on Monday. "
                  "The soldiers were given food and shelter by the Frontier Corps.", dateline="Islamabad")
    aid = by_plover(events, "AID")
    assert aid.actor2.name == "Military Forces of Afghanistan"
    assert aid.actor1.name == "Police Forces of Pakistan Frontier Corps"  # ACLED names the corps so


def test_bare_official_is_the_reporting_country():
    events = code("An official said it is not true that the army spared any group.", dateline="Islamabad")
    assert by_plover(events, "REJECT").actor1.name == "Government of Pakistan"


def test_follow_up_sentences_merge_into_one_event():
    events = code("Militants ambushed a police patrol near Tank, Pakistan. Two policemen were killed. "
                  "Police said one attacker was also killed.")
    violent = [e for e in events if e.plover.type == "ASSAULT"]
    assert len(violent) == 1
    assert violent[0].fatalities == 3
    assert len(violent[0].evidence) >= 2


def test_the_event_named_again_at_a_spot_the_gazetteer_lacks_is_the_one_told_before():
    text = ("A 17-year-old was shot and killed in Dayton on Friday night, police said. "
            "The shooting happened in the 400 block of Quillmore Street, just after 10 p.m.")
    events = geocoded(text, "2016-03-07")
    violent = [e for e in events if e.plover.type == "ASSAULT"]
    assert len(violent) == 1 and len(violent[0].evidence) == 2 and violent[0].fatalities == 1
    # "a shooting" is another one
    text = ("A 17-year-old was shot and killed in Dayton on Friday night, police said. "
            "Hours later a shooting in the 400 block of Quillmore Street wounded a woman.")
    assert len([e for e in geocoded(text, "2016-03-07") if e.plover.type == "ASSAULT"]) == 2


def test_distant_background_is_not_merged_into_the_lead():
    text = ("Taliban fighters overran a border post in Kunar on Sunday. " + "Officials met in Doha. " * 5 +
            "Earlier this month the Taliban overran the town of Spin Boldak.")
    events = code(text, published="2021-07-26")
    overruns = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert len(overruns) == 2


def test_a_movement_retold_is_one_movement():
    events = code("Dozens of foreign fighters fled to Afghanistan after the strikes. Tribal elders said the "
                  "fighters had fled to Afghanistan in the garb of local tribesmen.")
    moves = [e for e in events if e.movement is not None]
    assert len(moves) == 1 and moves[0].movement.destination.country == "AFG"


def test_motion_place_is_not_where_the_strike_was():
    events = geocoded("Airstrikes hit hideouts in North Waziristan on Monday, forcing the survivors to leave "
                      "Pakistan.", published="2021-07-26")
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert strike.location.country == "PAK" and strike.location.geo_precision == 3
    assert abs(strike.location.lat - 32.95) < 0.5


def test_geocoded_event_has_coordinates_and_admin_names():
    event = geocoded("Gunmen opened fire on a police post in Chaman, Pakistan, killing two policemen.")[0]
    loc = event.location
    assert (loc.name, loc.country, loc.admin1) == ("Chaman", "PAK", "Balochistan")
    assert abs(loc.lat - 30.92) < 0.1 and loc.geonameid and loc.geo_precision == 1
    assert event.actor1.name == "Unidentified Armed Group (Pakistan)"


def test_place_context_in_parentheses():
    event = geocoded("On 4 June 2022, militants attacked a levies post in Buleda tehsil (Kech, Balochistan).")[0]
    assert event.location.country == "PAK" and event.location.admin1 == "Balochistan"
    assert event.location.mention == "Buleda tehsil (Kech, Balochistan)"


def test_weapon_named_with_the_attack_decides_the_tactic():
    assert top("Militants attacked an army camp with rockets near Hoshab.").sub_event_type == \
        "Shelling/artillery/missile attack"
    assert top("Insurgents blew up a gas pipeline near Sui.").sub_event_type == "Remote explosive/landmine/IED"


def test_armed_target_named_further_on_makes_a_battle():
    assert top("Gunmen shot dead a member of the Frontier Corps near Turbat.").event_type == "Battles"
    assert top("Gunmen shot dead a tailor near Turbat.").event_type == "Violence against civilians"


def test_a_single_man_is_not_a_mob():
    assert top("A man armed with a knife stabbed a shopkeeper in Quetta.").event_type == "Violence against civilians"
    assert top("Villagers attacked two forest guards in Swat.").sub_event_type == "Mob violence"


def test_passive_verb_before_a_noun_trigger_sets_the_roles():
    event = top("More than 40 fighters were killed as a result of airstrikes by the army in Zhob, Pakistan.")
    assert event.actor1.name == "Military Forces of Pakistan"
    assert event.actor2.name.startswith("Unidentified Armed Group")
    assert event.fatalities == 40


def test_attack_met_by_armed_resistance_is_one_battle():
    events = code("Gunmen attacked a village near Wana, Pakistan, and burned several houses. "
                  "They were repelled by security forces after an hour.")
    top_event = min(events, key=lambda e: e.rank)
    assert top_event.event_type == "Battles"
    assert top_event.actor2.name == "Military Forces of Pakistan"


def test_officer_ranks_are_armed_targets():
    assert top("Unidentified gunmen shot dead an army lieutenant in Dera Ismail Khan.").event_type == "Battles"


def test_the_day_of_a_statement_bounds_the_day_of_the_event():
    # told only with the day of the statement, the crossing happened no later than that day
    events = code("Twenty soldiers crossed into Tajikistan to seek refuge, the border guards said Monday.",
                  published="2021-07-28")
    assert by_plover(events, "RETREAT").event_date == "2021-07-26"
    # told with its own day as well, the crossing keeps it
    events = code("Twenty soldiers crossed into Tajikistan to seek refuge late on Saturday, the border guards "
                  "said Monday.", published="2021-07-28")
    assert by_plover(events, "RETREAT").event_date == "2021-07-24"


def test_crossings_on_different_days_stay_apart_and_a_retelling_keeps_the_larger_count():
    events = code("Dozens of Afghan soldiers fled into Pakistan. A total of 46 Afghan soldiers crossed the border "
                  "into Pakistan late Sunday. On July 1, 35 Afghan soldiers had crossed into Pakistan as well.",
                  published="2021-07-26")
    moves = sorted((e for e in events if e.movement), key=lambda e: e.event_date or "")
    assert [(e.count, e.event_date) for e in moves] == [(35, "2021-07-01"), (46, "2021-07-25")]


def test_the_most_precise_place_of_a_retold_event_is_kept():
    events = geocoded("Afghan soldiers slipped across the border into Pakistan. They crossed the border near the town of "
                      "Chitral late Sunday.", published="2021-07-26")
    move = next(e for e in events if e.movement)
    assert move.location.name == "Chitral"


def test_a_clash_with_a_crowd_on_either_side_is_mob_violence():
    assert top("A clash erupted between police and shopkeepers in Sukkur over the lockdown.").sub_event_type == \
        "Mob violence"
    assert top("Clashes erupted between Palestinians and Israeli forces near Hebron.").sub_event_type == "Mob violence"
    assert top("Clashes erupted between the army and the Taliban near Ghazni.").sub_event_type == "Armed clash"
    riot = top("Clashes erupted between Palestinians and Israeli forces near Hebron.")
    assert riot.actor1.name.startswith("Rioters") and riot.actor2.name == "Military Forces of Israel"


def test_an_unknown_place_is_placed_at_the_known_place_told_with_it():
    # a bazaar the gazetteer lacks: the town named in the same sentence, as "near" (precision 2)
    event = geocoded("Gunmen shot dead a shopkeeper in Kardgap Bazaar on Sunday, police in Mastung said.")[0]
    assert event.location.mention == "Kardgap Bazaar"
    assert event.location.name == "Mastung" and event.location.country == "PAK"
    assert event.location.geo_precision == 2 and abs(event.location.lat - 29.8) < 0.2
    # the known opening of a longer name: a "Zumpango del Lago" would be in the town of Zumpango
    # (Zumpango de Ocampo is the town itself, by one of its other names)
    protest = geocoded("On 9 May 2021, in Zumpango del Lago, Mexico, residents protested against a landfill.")[0]
    assert protest.location.name == "Zumpango" and protest.location.country == "MEX"
    assert protest.location.geo_precision == 2


def test_a_spot_named_after_its_town_is_in_that_town_unless_another_town_is_told():
    # an airport the gazetteer lacks, named after its town: near that town
    strike = geocoded("On 9 May 2021, rockets landed near Kandahar Airport, killing two guards.")[0]
    assert strike.location.name == "Kandahar" and strike.location.geo_precision == 2
    # a market named after a far city, in the town the sentence names: in that town
    protest = geocoded("On 9 May 2021, traders protested at Lahore Market in Quetta against new taxes.")[0]
    assert protest.location.name == "Quetta" and protest.location.geo_precision == 2


def test_an_event_told_at_a_district_is_put_at_its_main_town():
    # ACLED's practice: the district's town, Turbat for Kech, not the middle of its towns
    event = geocoded("On 9 May 2021, militants attacked a levies post in Kech district, Balochistan.")[0]
    assert event.location.name == "Kech District" and event.location.geo_precision == 3
    assert (round(event.location.lat, 1), round(event.location.lon, 1)) == (26.0, 63.0)


def test_a_place_known_nowhere_keeps_its_mention_without_coordinates():
    event = geocoded("On 9 May 2021, gunmen shot dead a shopkeeper in Qwertzuiop Kalan.")[0]
    assert event.location.name == "Qwertzuiop Kalan" and event.location.lat is None


def test_unnamed_sides_of_a_known_front_line():
    # observers name no side: the theatre's two sides (data/codebook/theatres.yaml)
    seen = geocoded("On 12 May 2020, international observers recorded 14 explosions near Avdiivka, Donetsk.")[0]
    assert seen.actor1.name == "Military Forces of Ukraine"
    assert seen.actor2.name == "NAF: United Armed Forces of Novorossiya"
    # one side named: the other is its opponent
    named = geocoded("On 28 April 2020, the NAF rebel forces fired 152mm artillery and 82mm mortars at positions "
                     "near Zolote, Luhansk.")[0]
    assert named.actor1.name.startswith("NAF") and named.actor2.name == "Military Forces of Ukraine"
    # militants named as such are kept; after the theatre's end date nothing is filled in
    militants = geocoded("On 12 May 2020, militants shelled a village near Avdiivka, Donetsk.")[0]
    assert militants.actor1.name.startswith("Unidentified Armed Group") and militants.actor2 is None
    later = geocoded("On 3 March 2022, heavy shelling hit residential areas of Avdiivka, Donetsk.")[0]
    assert later.actor1.name.startswith("Unidentified Armed Group")
    # away from the front line, an unnamed side stays unnamed
    elsewhere = geocoded("On 12 May 2020, observers recorded 14 explosions near Lviv.")[0]
    assert elsewhere.actor1.name.startswith("Unidentified Armed Group")


def test_the_front_of_russias_war_on_ukraine_has_its_two_sides():
    # the front as later notes tell it: an advance tried names one side, the other is its opponent
    seen = geocoded("On 13 March 2024, Russian forces attempted to advance near Kurakhove (Donetsk). "
                    "Casualties unknown.")[0]
    assert (seen.event_type, seen.actor1.name, seen.actor2.name) == (
        "Battles", "Military Forces of Russia", "Military Forces of Ukraine")
    seen = geocoded("On 13 March 2024, Russian forces conducted offensive operations near Kupiansk (Kharkiv).")[0]
    assert (seen.event_type, seen.actor2.name) == ("Battles", "Military Forces of Ukraine")
    # a shelling keeps its told sides only (ACLED names the civilians it hit, or no one)
    shelled = geocoded("On 13 March 2024, Russian forces shelled Kurakhove (Donetsk).")[0]
    assert shelled.actor2 is None


def test_a_fight_with_an_armed_force_named_as_its_object_is_a_clash():
    seen = geocoded("On 16 March 2024, the TNLA fought the military in Lashio township (Shan).")[0]
    assert (seen.event_type, seen.actor1.name, seen.actor2.name) == (
        "Battles", "TNLA: Taang National Liberation Army", "Military Forces of Myanmar")


def test_a_front_line_village_the_gazetteer_lacks_is_on_the_front_line():
    # the monitoring mission places the story in Ukraine; the village is unknown to cities500
    seen = geocoded("On 3 May 2019, the OSCE SMM recorded 14 explosions of unknown weapons near Zolotarivka-Nova.")[0]
    assert seen.location.country == "UKR" and seen.location.lat is None
    assert (seen.actor1.name, seen.actor2.name) == ("Military Forces of Ukraine", "NAF: United Armed Forces of Novorossiya")
    # the mission observed: it is the source, not a side
    assert seen.attribution.source == "the OSCE SMM"
    after = geocoded("On 3 May 2023, the OSCE SMM recorded 14 explosions of unknown weapons near Zolotarivka-Nova.")[0]
    assert after.actor1.name.startswith("Unidentified Armed Group")


def test_a_theatre_file_with_a_mistake_is_named(monkeypatch):
    import pytest

    from sitroom.coder import theatres
    from sitroom.knowledge import KnowledgeError

    bad = [{"name": "Test line", "countries": ["UKR"], "admin1": ["Donetsk"], "event_types": ["Battles"],
            "from": "2014-13-01", "sides": [{"state": "military", "country": "UKR"}, {"state": "army", "country": "UKR"}]}]
    monkeypatch.setattr(theatres, "load_yaml", lambda name: bad)
    with pytest.raises(KnowledgeError, match="Test line: from: '2014-13-01' is not an ISO date"):
        theatres.load_theatres.__wrapped__()
    bad[0]["from"] = "2014-04-06"
    with pytest.raises(KnowledgeError, match="state must be one of"):
        theatres.load_theatres.__wrapped__()
    bad[0]["sides"][1]["state"] = "military"
    bad[0]["unplaced"] = "yes"
    with pytest.raises(KnowledgeError, match="Test line: unplaced: must be true or false"):
        theatres.load_theatres.__wrapped__()


def test_a_weapon_is_not_an_actor():
    event = code("The rebels shelled the village of Kamal Khel with 152mm artillery.")[0]
    assert event.actor1.mention == "rebels" and event.actor2 is None
    agent = code("Pakistani artillery shelled villages across the border in Kunar.")[0]
    assert agent.actor1.name == "Military Forces of Pakistan"


def test_a_foreign_army_leaving_withdraws_and_its_own_soldiers_flee():
    events = code("Rebels seized two towns in northern Mali on Monday. About 900 French soldiers have left the "
                  "country this year. Dozens of Malian soldiers fled into Niger after the fighting.")
    moves = {e.actor1.name: e.movement for e in events if e.movement is not None}
    assert moves["Military Forces of France"].kind == "withdrawal"
    assert moves["Military Forces of France"].origin.country == "MLI"
    assert moves["Military Forces of Mali"].kind == "flight"
    assert moves["Military Forces of Mali"].destination.country == "NER"


def test_a_named_force_moving_is_one_movement_wherever_it_is_retold():
    filler = "Talks made little progress. " * 5
    text = ("The last French troops completed their final withdrawal from Mali on Sunday. " + filler +
            "Residents fear new fighting as French troops leave the country. " + filler +
            "The president had said in April that the last French troops would soon leave.")
    moves = [e for e in code(text, published="2022-08-16") if e.movement is not None]
    assert len(moves) == 1
    assert len(moves[0].evidence) == 3
    assert moves[0].attribution.modality == "asserted"


def test_groups_of_one_army_counted_differently_stay_apart():
    filler = "Talks made little progress. " * 5
    text = ("Last week 35 Afghan soldiers crossed into Pakistan to seek refuge. " + filler +
            "Hundreds of Afghan soldiers have fled the fighting in Kunduz, officials said.")
    moves = [e for e in code(text, published="2021-07-26") if e.movement is not None]
    assert sorted(e.count for e in moves) == [35, 100]


def test_a_repeated_noun_refers_back_past_a_nearer_army():
    text = ("Forty Afghan soldiers crossed into Pakistan near Chitral on Sunday. The army said in a statement "
            "that the soldiers were given food. Officers of the Frontier Corps met them. The ISPR said the "
            "soldiers would be returned to Kabul after due process.")
    ret = next(e for e in code(text, dateline="Islamabad") if e.evidence[0].sentence.startswith("The ISPR"))
    assert ret.actor1.name == "Military Forces of Afghanistan"


def test_a_blast_answered_by_fire_is_a_battle():
    events = code("On 4 June 2021, gunmen threw a hand grenade at a police checkpoint in Baidoa, Somalia. "
                  "The police responded with gunfire.")
    assert len(events) == 1
    assert (events[0].event_type, events[0].sub_event_type) == ("Battles", "Armed clash")
    assert events[0].actor2.name == "Police Forces of Somalia"
    shelled = code("Rebels fired 120mm mortars at army positions near Kryva Luka. "
                   "Monitors recorded dozens of explosions in both directions near the village.")
    assert [e.sub_event_type for e in shelled] == ["Armed clash"]
    # a shelling and a later clash somewhere else stay two events
    apart = code("Mortars hit the market in Kismayo on Monday. Two days later, clan militias clashed in Jilib.")
    assert {e.sub_event_type for e in apart} == {"Shelling/artillery/missile attack", "Armed clash"}


def test_fighting_in_a_theatre_of_war_is_on_its_front_line():
    # a village with a namesake on the front line is the front-line one
    near = geocoded("On 12 May 2020, observers in Ukraine recorded 9 explosions near Novoselivka.")[0]
    assert near.location.admin1 == "Donetsk"
    assert near.actor1.name == "Military Forces of Ukraine"
    # the gazetteer lacks the front-line Pisky: the Pisky far from the line is not taken for it
    missing = geocoded("On 12 May 2020, observers in Ukraine recorded 9 explosions near Pisky.")[0]
    assert missing.location.lat is None and missing.location.country == "UKR"
    assert missing.actor2.name.startswith("NAF")
    # outside the theatre's dates, or away from fighting, places are as the gazetteer has them
    after = geocoded("On 12 May 2023, a protest was held in Pisky, Ukraine.")[0]
    assert after.location.admin1 is not None and after.location.lat is not None


def test_killing_an_armed_man_or_a_trafficker_is_a_clash():
    # the victim's record, told in the next sentence, makes the killing a clash between gangs
    text = ("On 8 June 2021, two men on a motorcycle shot dead a man in Betim. "
            "The victim had been convicted twice of drug trafficking.")
    event = code(text)[0]
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor2.name.startswith("Unidentified Gang")
    armed = code("On 9 June 2021, gunmen shot dead a man outside a bar in Kidal. The victim was armed.")[0]
    assert armed.event_type == "Battles" and armed.actor2.name.startswith("Unidentified Armed Group")
    # a robber, or a man with a record, is still a civilian
    for record in ["The victim had a criminal record.", "The victim had charges against him for robbery."]:
        event = code("On 8 June 2021, two men on a motorcycle shot dead a man in Betim. " + record)[0]
        assert event.event_type == "Violence against civilians", record


def test_the_operation_a_killing_happened_in_names_its_agent():
    # passive with no "by": the forces whose raid it was did it; suspects of drug use are civilians
    event = top("On 5 June 2021, three drug suspects were killed during a police raid in Manila.")
    assert event.actor1.name == "Police Forces of the Philippines"
    assert event.actor2.name == "Civilians (Philippines)"
    assert event.event_type == "Violence against civilians"
    single = top("On 6 June 2021, a drug suspect was shot dead in an army operation in Manila.")
    assert single.actor1.name == "Military Forces of the Philippines"
    # an agent named with "by" still comes first, and a phrase that is no operation names nobody
    shot = top("On 7 June 2021, an adolescent was shot by gunmen during a police raid in Manila.")
    assert not shot.actor1.name.startswith("Police") and shot.actor2.name == "Civilians (Philippines)"
    quiet = top("On 8 June 2021, a man was killed in a police station in Manila.")
    assert quiet.actor1 is None or not quiet.actor1.name.startswith("Police")


def test_operation_agent_cues_are_checked():
    from sitroom.coder.rules import operation_agent_cues
    from sitroom.knowledge import KnowledgeError

    before, after = operation_agent_cues({"before": ["During"], "after": ["raid", "search operation"]})
    assert before == {"during"} and after.at(["search", "operation"], 0)
    with pytest.raises(KnowledgeError, match="operation_agent needs"):
        operation_agent_cues({"after": ["raid"]})
    with pytest.raises(KnowledgeError, match="operation_agent.after"):
        operation_agent_cues({"before": ["in"], "after": []})


def test_an_operation_is_where_weapons_were_found_not_a_clash():
    found = top("On 9 June 2021, police defused three IEDs in a search operation near Latehar.")
    assert (found.event_type, found.sub_event_type) == ("Strategic developments", "Disrupted weapons use")
    held = top("On 10 June 2021, troops arrested four suspects during a security operation near Bannu.")
    assert held.sub_event_type == "Arrests"
    # an operation told alone is still a clash
    fight = top("On 11 June 2021, a security operation against militants went on near Bannu.")
    assert fight.event_type == "Battles"


def test_who_ran_the_target_is_not_the_agent():
    downed = top("On 12 June 2021, Ethiopian troops shot down a drone operated by the TPLF near Mekele.")
    assert downed.sub_event_type == "Disrupted weapons use"
    assert downed.actor1.name == "Military Forces of Ethiopia"
    post = top("On 13 June 2021, Al Shabaab fighters attacked a checkpoint manned by Kenyan soldiers near Mandera.")
    assert post.actor1.name == "Al Shabaab"
    defused = top("On 14 June 2021, Indian police defused two IEDs planted by Maoists near Gaya.")
    assert defused.actor1.name == "Police Forces of India"
    # the bomb as the trigger: who planted it is the agent
    blast = top("On 15 June 2021, an IED planted by the BLF exploded near a school in Turbat, killing two.")
    assert blast.actor1.name.startswith("BLF")


def test_tribesmen_who_clash_are_militias():
    fight = top("On 16 June 2021, tribesmen of two clans clashed over a water well near Marib, killing three.")
    assert (fight.event_type, fight.sub_event_type) == ("Battles", "Armed clash")
    assert fight.actor1.name == "Unidentified Communal Militia (Yemen)"
    # villagers who clash are still a mob
    brawl = top("On 17 June 2021, villagers of two hamlets clashed over a water well near Marib.")
    assert brawl.sub_event_type == "Mob violence"


def test_a_local_story_s_street_is_in_its_dateline_town():
    text = "A man was shot and killed on Tuesday night in the 2300 block of Cedar Street, police said."
    event = top_of(geocoded(text, "2016-01-20", "Dayton, OH"))
    assert (event.location.name, event.location.admin1) == ("Dayton", "Ohio")
    assert event.location.mention == "Cedar Street" and event.location.geo_precision == 2


def test_a_street_is_not_the_town_of_its_first_word():
    text = "TOLEDO, Ohio - A woman was fatally shot on Sunday on Windsor Drive, police said."
    event = top_of(geocoded(text, "2016-01-20", "Toledo, Ohio"))
    assert event.location.name == "Toledo"


def test_an_event_told_at_no_place_is_in_the_dateline_town():
    event = top_of(geocoded("A gunman shot two people at a gas station on Friday, police said.", "2016-01-20",
                            "Reno, Nev."))
    assert (event.location.name, event.location.admin1, event.location.country) == ("Reno", "Nevada", "USA")


def test_without_a_dateline_the_story_town_is_the_one_it_names_most():
    text = ("Two men were wounded in a shooting in Tulsa on Friday. Tulsa police said the gunfire broke out "
            "near Lantern Lane after an argument. Officers from Tulsa found the weapon nearby.")
    event = top_of(geocoded(text, "2016-01-20"))
    assert event.location.name == "Tulsa" and event.location.admin1 == "Oklahoma"


def test_the_dateline_state_decides_the_story_country():
    text = ("MEMPHIS, Tenn. (AP) - A man was shot dead outside his home on Monday, police said. "
            "His family said he had served two tours in Iraq.")
    event = top_of(geocoded(text, "2016-01-20", "Memphis, Tenn."))
    assert event.actor2.name == "Civilians (United States)"
    assert event.location.name == "Memphis"


def top_of(events):
    assert events
    return min(events, key=lambda e: e.rank)


def test_a_name_used_as_a_person_is_no_place():
    text = ("A man was shot dead outside a bar in Tulsa on Friday. Detective Salina Cole told reporters "
            "that the gunman fled, and Cole said the victim was a regular.")
    event = top_of(geocoded(text, "2016-01-20"))
    assert event.location.name == "Tulsa"
    from sitroom.annotate.sentences import split_sentences as split
    from sitroom.coder.places import person_names
    from sitroom.coder.tokens import tokenize
    names = set().union(*(person_names(tokenize(s.text)) for s in split(text)))
    assert {"Salina", "Cole"} <= names and "Tulsa" not in names


def test_a_weekday_after_a_place_is_not_part_of_its_name():
    event = top_of(geocoded("Two men were shot dead in Rockbridge County Monday night, deputies said.", "2016-01-20"))
    assert event.location.mention.startswith("Rockbridge County") and "Monday" not in event.location.mention


def test_a_lone_direction_is_no_place():
    event = top_of(geocoded("TULSA, Okla. - A man was shot dead on the East side on Friday, police said.",
                            "2016-01-20", "Tulsa, Okla."))
    assert event.location.name == "Tulsa"


def test_a_local_force_names_the_story_town():
    text = "Fresno police said a man was shot dead on Lantern Drive on Friday. No arrests were made."
    event = top_of(geocoded(text, "2016-01-20"))
    assert (event.location.name, event.location.admin1) == ("Fresno", "California")


def test_a_direction_before_a_town_names_part_of_it():
    event = top_of(geocoded("A woman was shot and killed in South Fresno on Friday night.", "2016-01-20"))
    assert event.location.name == "Fresno" and event.location.geo_precision == 2


def test_a_county_that_holds_the_dateline_town_is_that_town():
    text = "FRESNO, Calif. - A man was shot dead in Fresno County on Friday, deputies said."
    event = top_of(geocoded(text, "2016-01-20", "Fresno, Calif."))
    assert event.location.name == "Fresno"


def test_the_dateline_s_state_is_no_place_of_the_event():
    text = "LOUISVILLE, KY (WXYZ) - A girl was shot on Saturday in her home, police said."
    event = top_of(geocoded(text, "2016-01-20", "Louisville, KY"))
    assert (event.location.name, event.location.admin1) == ("Louisville", "Kentucky")


def test_a_bare_namesake_is_read_in_the_dateline_state():
    text = "SEATTLE - A girl was shot in a drive-by shooting in Kent on Friday, police said."
    event = top_of(geocoded(text, "2016-01-20", "Seattle"))
    assert (event.location.name, event.location.admin1, event.location.country) == ("Kent", "Washington", "USA")


def test_a_later_report_of_the_strikes_joins_the_strikes_not_the_operation_between():
    text = ("ISLAMABAD - Recent airstrikes by the military hit militant hideouts in North Waziristan, officials "
            "said. Tribal sources spoke of a coming military operation in the area. According to officials, "
            "more than 40 militants were killed in the airstrikes.")
    events = geocoded(text, "2021-07-26", "Islamabad")
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1 and strikes[0].fatalities == 40


def test_the_attackers_flight_and_the_suspects_arrest_are_no_events_of_their_own():
    text = ("A gunman shot and killed a clerk at a gas station in Tulsa on Friday night. The gunman fled on foot, "
            "police said. On Sunday, officers arrested a 19-year-old suspect and charged him with murder.")
    events = code(text, published="2016-01-20")
    assert [e.sub_event_type for e in events if e.event_type] == ["Attack"]


def test_an_arrest_told_after_violence_is_its_sequel_whatever_words_it_uses():
    text = ("A gunman shot and killed a clerk at a gas station in Tulsa on Friday night, police said. "
            "Officers stopped a car an hour later, and the driver and his passenger were arrested.")
    events = code(text, published="2016-01-20")
    assert [e.sub_event_type for e in events if e.event_type] == ["Attack"]
    # an arrest told before the violence it follows, when the violence is told on its own
    text = ("A man was arrested on Sunday in the shooting death of a clerk in Tulsa. "
            "The clerk was shot and killed at a gas station on Friday night, police said.")
    assert [e.sub_event_type for e in code(text, published="2016-01-20") if e.event_type] == ["Attack"]


def test_an_arrest_with_no_crime_before_it_is_an_event():
    events = code("Police arrested three activists of the party in Quetta on Monday.", published="2022-01-20")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_the_shooting_named_again_far_below_is_the_same_shooting():
    text = ("A man was shot and killed outside a bar in Tulsa on Friday night. Police closed the street for hours. "
            "Neighbours said the bar had been quiet for years. The owner said he would reopen next week. "
            "A vigil was held on Saturday. Police said the late-night shooting is still under investigation.")
    events = [e for e in code(text, published="2016-01-20") if e.event_type == "Violence against civilians"]
    assert len(events) == 1 and len(events[0].evidence) == 2


LOCAL_STORY = ("DAYTON, Ohio - A 27-year-old man was shot and killed Tuesday night outside a corner store, "
               "police said. Officers arrived within minutes. A woman who lives nearby said the block had been "
               "quiet for months. Detectives are reviewing camera footage from the store. The store will stay "
               "closed this week. Police said Marcus Reed died on the sidewalk near the store's door after he "
               "was shot in the chest.")


def test_a_local_story_tells_one_shooting_from_lead_to_end():
    events = [e for e in geocoded(LOCAL_STORY, "2015-03-05", "Dayton, Ohio") if e.event_type == "Violence against civilians"]
    lead = min(events, key=lambda e: e.rank)
    # the man who died, told five sentences down, is the man of the lead: one event, one death
    assert "Marcus Reed died" in " ".join(v.sentence for v in lead.evidence)
    assert len(events) == 1
    assert lead.fatalities == 1
    assert lead.location.name == "Dayton"


def test_a_quote_far_down_a_local_story_is_comment_not_the_shooting_told_again():
    text = ("DAYTON, Ohio - A 27-year-old man was shot and killed Tuesday night outside a corner store, "
            "police said. Officers arrived within minutes. A woman who lives nearby said the block had been "
            "quiet for months. Detectives are reviewing camera footage from the store. The store will stay "
            "closed this week. \"Two of my cousins have been shot on this street,\" one neighbor said.")
    events = [e for e in geocoded(text, "2015-03-05", "Dayton, Ohio") if e.event_type == "Violence against civilians"]
    lead = min(events, key=lambda e: e.rank)
    assert not any("cousins" in v.sentence for v in lead.evidence)
    assert lead.fatalities == 1


def test_people_sent_back_go_from_where_their_crossing_took_them():
    text = ("Forty Afghan soldiers crossed into Pakistan near Chitral on Sunday after their post was overrun. "
            "The army said the soldiers had been given food and shelter. The soldiers would be returned to "
            "Kabul after due process, the army said.")
    moves = [e for e in code(text, dateline="Islamabad", published="2021-07-26")
             if e.movement is not None]
    crossing = next(e for e in moves if e.movement.kind == "flight")
    back = next(e for e in moves if e.movement.kind == "return")
    assert (crossing.movement.origin.country, crossing.movement.destination.country) == ("AFG", "PAK")
    assert (back.movement.origin.country, back.movement.destination.country, back.movement.count) == \
        ("PAK", "AFG", 40)
    assert back.attribution.modality == "future"


def test_a_return_that_tells_where_it_came_from_keeps_it():
    moves = [e for e in code("About 300 Afghan refugees returned from Iran to Herat on Monday, officials said.",
                             published="2021-03-02") if e.movement is not None]
    assert [(e.movement.kind, e.movement.origin.country, e.movement.destination.country) for e in moves] == \
        [("return", "IRN", "AFG")]


def _coded(text: str, published: str = "2021-07-14"):
    from sitroom.api import pipe, text_document
    from sitroom.pipeline import EVENT_STAGES

    return [e for d in pipe([text_document(text, published=published)], stages=EVENT_STAGES) for e in d.events]


def test_a_named_place_seized_or_retaken_changes_hands():
    taken = _coded("Rebel fighters seized Goma on Tuesday after a week of fighting, the UN mission said.")
    assert [(e.sub_event_type, e.location.name) for e in taken] == [("Non-state actor overtakes territory", "Goma")]
    retaken = _coded("Afghan commandos retook Andar district on Saturday, the defence ministry said.")
    assert [(e.sub_event_type, e.actor1.name, e.location.name) for e in retaken] == [
        ("Government regains territory", "Military Forces of Afghanistan", "Andar")]


def test_a_town_the_gazetteer_lacks_taken_by_its_kind_word_changes_hands():
    # "Tazenkot" is made up: the gazetteer cannot know it, its kind word says it is a town
    taken = _coded("Arakan Army fighters captured Tazenkot town on Tuesday after weeks of "
                   "fighting with the military, residents said.", "2024-03-20")
    assert [e.sub_event_type for e in taken] == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize("text", [
    "On 11 March 2024, the Arakan Army captured a military battalion base in Rakhine. Casualties unknown.",
    "On 7 March 2024, the KIA seized the Nawng Lang military camp in Kachin after a two-day battle.",
])
def test_an_armed_site_taken_changes_hands(text):
    assert [e.sub_event_type for e in _coded(text, "2024-03-20")][:1] == ["Non-state actor overtakes territory"]


def test_a_camp_alone_is_no_armed_site():
    from sitroom.coder.sites import site_object
    from sitroom.coder.tokens import tokenize

    assert not site_object(tokenize("seized the displaced people's camp"), 1)
    assert site_object(tokenize("seized the army camp"), 1)


def test_captured_people_and_seized_things_are_no_takeover():
    for text in ("Security forces captured Mullah Baradar in Karachi, officials told reporters on Monday.",
                 "Police seized weapons in Quetta on Monday, officials said in a statement.",
                 "Militants captured a soldier near Wana on Monday and released a video, officials said."):
        assert not [e for e in _coded(text) if e.sub_event_type == "Non-state actor overtakes territory"], text


def test_a_movement_keeps_the_town_it_left_and_the_country_of_the_town_it_reached():
    moves = [e.movement for e in _coded("Hundreds of families fled from Spin Boldak to Chaman on Thursday after the "
                                        "fighting reached the town, officials said.", "2021-07-15") if e.movement]
    assert [(m.origin.name, m.origin.country, m.destination.name, m.destination.country) for m in moves] == [
        ("Spin Boldak", "AFG", "Chaman", "PAK")]
    moves = [e.movement for e in _coded("Militants fled Bajaur for Afghanistan after the army began an offensive, "
                                        "officials said on Tuesday.", "2008-09-02") if e.movement]
    assert [(m.origin.country, m.destination.country) for m in moves] == [("PAK", "AFG")]


def test_a_deed_told_only_by_the_armed_group_that_did_it_is_its_claim():
    told = _coded("A Taliban spokesman said the group's fighters had seized Maruf district on Monday, "
                  "and government officials could not be reached.", "2021-07-06")
    taken = [e for e in told if e.sub_event_type == "Non-state actor overtakes territory"]
    assert [(e.attribution.modality, e.attribution.source) for e in taken] == [("claimed", "A Taliban spokesman")]
    officials = _coded("Provincial officials said Taliban fighters seized Maruf district on Monday.", "2021-07-06")
    assert [e.attribution.modality for e in officials if e.sub_event_type] == ["asserted"]


def test_forces_withdrawing_from_a_named_place_transfer_it():
    told = _coded("US forces withdrew from Bagram airbase on Friday, handing the base over to the Afghan army, "
                  "officials said.", "2021-07-03")
    assert [(e.sub_event_type, e.actor1.name, e.location.name) for e in told
            if e.sub_event_type == "Non-violent transfer of territory"] == [
        ("Non-violent transfer of territory", "Military Forces of the United States", "Bagram")]
    talks = _coded("The rebels withdrew from the talks in Geneva on Monday, a spokesman said.", "2021-07-03")
    assert not [e for e in talks if e.sub_event_type == "Non-violent transfer of territory"]
