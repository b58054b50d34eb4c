"""Texts that tell no event ACLED codes, whatever their verbs say: deaths by accident or by
nature, a court's death sentence, a rescue, a review's plot, an obituary's life and a match report's
play. My own sentences; the places are real."""

import pytest

from sitroom.api import pipe, text_document
from sitroom.coder.not_news import review_or_obituary
from sitroom.coder.rules import load_rules
from sitroom.model import REPORTED
from sitroom.pipeline import EVENT_STAGES


def events(text, published="2025-06-10"):
    docs = list(pipe([text_document(text, published=published)], stages=EVENT_STAGES, published=published))
    return [e for d in docs for e in d.events if e.event_type and e.attribution.modality in REPORTED]


@pytest.mark.parametrize("text", [
    "Four people were killed when a bus collided with a truck near Kisumu on Sunday, police said.",
    "Flash floods killed six people in Kisumu on Monday.",
    "A man was killed after crashing his motorcycle into a wall in Kisumu on Sunday.",
    "Two miners died when a mine collapsed near Geita on Monday.",
    "A boy was swept away by floodwater in Kisumu on Monday, and his body was recovered hours later.",
    "Floods displaced 3,000 people in Kisumu on Monday.",
])
def test_a_death_by_accident_or_by_nature_is_no_event(text):
    assert events(text) == []


@pytest.mark.parametrize("text,kind,dead", [
    ("Gunmen opened fire on a bus near Kisumu on Sunday, killing four passengers before it overturned.",
     "Violence against civilians", 4),
    ("Two soldiers were killed when a roadside bomb struck their vehicle near Kisumu on Sunday.",
     "Explosions/Remote violence", 2),
    ("Militants killed four villagers in Kisumu on Sunday.", "Violence against civilians", 4),
])
def test_violence_told_beside_a_crash_is_still_coded(text, kind, dead):
    found = events(text)
    assert found and found[0].event_type == kind and found[0].fatalities == dead


def test_a_sentence_to_death_kills_no_one():
    found = events("A judge in Lahore on Thursday sentenced five men to death over the killing of two police officers.")
    assert all(e.fatalities != 5 and e.fatalities != 7 for e in found)
    stabbed = events("Gunmen stabbed three men to death in Kano on Thursday.")
    assert stabbed and stabbed[0].fatalities == 3


@pytest.mark.parametrize("title,labelled", [
    ("Film review: a harrowing portrait of the siege", True),
    ("Book review - 'The Long Front' by a veteran reporter", True),
    ("Obituary: a reporter who counted the disappeared", True),
    ("In memoriam: the medic of Kharkiv", True),
    ("Police review: officers cleared over the raid", False),
    ("Gunmen kill five in Kano review of security ordered", False),
    (None, False),
])
def test_a_review_or_an_obituary_is_told_by_its_headline(title, labelled):
    assert review_or_obituary(load_rules(), title) is labelled


def test_a_film_review_tells_no_event():
    text = ("Film review: 'The River Month' retells the war of 1971\n\n"
            "Within minutes the soldiers have stormed the village and shot the men in rows.\n\n"
            "Later the fighters ambush a gunboat and kill a dozen guards in Khulna.")
    assert events(text) == []


MATCH = ("Kano Pillars beat Enyimba 3-1 in Kano\n\n"
         "Kano Pillars attacked from the first whistle and their striker opened the scoring in the 9th minute.\n\n"
         "Enyimba's goalkeeper was beaten again before half-time, and the visitors were killed off by a third goal "
         "in stoppage time.\n\n"
         "\"They destroyed us,\" the Enyimba coach said.\n\n")


def test_a_match_reports_play_is_no_event():
    assert events(MATCH) == []


def test_violence_at_a_match_with_people_hurt_is_still_coded():
    found = events(MATCH + "Rival fans clashed with police outside the stadium in Kano on Sunday, and 14 people "
                           "were injured.")
    assert len(found) == 1 and found[0].injured == 14


def test_a_story_with_a_few_words_of_sport_is_no_match_report():
    found = events("Gunmen shot dead four people at a bar in Kano on Sunday while fans watched the World Cup final "
                   "on television.")
    assert found and found[0].fatalities == 4


@pytest.mark.parametrize("text,dead", [
    ("Police recovered the body of a man from a canal in Dover on Monday.", 1),
    ("Troops recovered the bodies of three herders near Damboa on Sunday.", 3),
])
def test_who_found_a_body_did_not_kill(text, dead):
    found = events(text)
    assert found and found[0].event_type == "Violence against civilians" and found[0].fatalities == dead
    assert found[0].actor1.name.startswith("Unidentified") and found[0].actor2.name.startswith("Civilians")


def test_the_dead_named_with_a_body_found_may_be_armed():
    found = events("Villagers discovered the bodies of five soldiers near Damboa on Sunday.")
    assert found[0].event_type == "Battles" and found[0].actor2.name == "Military Forces of Nigeria"
    assert not found[0].actor1.name.startswith("Civilians")


def test_people_burnt_to_death_in_an_arson_were_attacked():
    found = events("Fifteen people were burnt to death when armed men set fire to houses in Bokkos on Monday night.")
    lead = min(found, key=lambda e: e.rank)
    assert (lead.event_type, lead.fatalities) == ("Violence against civilians", 15)


def test_a_side_that_ran_riot_is_no_riot():
    assert events("Arsenal ran riot at the Emirates on Saturday.") == []
    assert events("Rioters torched shops in Lagos on Saturday.")[0].event_type == "Riots"


def test_the_later_sentences_of_an_accident_tell_its_blast_and_its_responses_not_events():
    text = ("Six people died and nine were injured when a gas cylinder exploded at a restaurant in Karachi on Friday "
            "evening.\n\nThe explosion brought down part of the roof and shattered the windows of nearby shops.\n\n"
            "Soldiers were deployed to help the rescue teams.\n\nThe injured were shifted to the Civil Hospital.")
    assert events(text, "2024-12-14") == []


def test_a_story_that_names_a_weapon_is_no_accidents():
    # the crash follows a bomb: the later blast is the bomb's
    text = ("Two people died when their car crashed into a wall in Karachi on Friday.\n\n"
            "Police said a bomb planted under the car went off first.\n\nThe explosion was heard across the city.")
    found = events(text, "2024-12-14")
    assert found and found[0].event_type == "Explosions/Remote violence"
    # violence told beside the crash in its own sentence keeps the deaths
    found = events("Two men died when their car crashed into a wall in Karachi on Friday after gunmen opened fire "
                   "on it.", "2024-12-14")
    assert found and (found[0].event_type, found[0].fatalities) == ("Violence against civilians", 2)


@pytest.mark.parametrize("text", [
    "Rescue teams recovered the bodies of 25 miners who were trapped when a mine shaft collapsed near Bindura on "
    "Monday.",
    "At least 22 people were killed when a coach plunged into a ravine near Dasu on Tuesday.",
])
def test_more_ways_to_tell_an_accident(text):
    assert events(text) == []


TENNIS = ("Alcaraz routs Sinner 6-2 6-1 to reach Wimbledon final\n\n"
          "Carlos Alcaraz destroyed Jannik Sinner in straight sets on Friday, killing off the contest in 90 minutes.\n\n"
          "The Spaniard broke his opponent's serve five times and fired 30 winners.")


def test_a_short_match_report_is_told_by_its_headline_and_scoreline_too():
    assert events(TENNIS) == []


@pytest.mark.parametrize("text", [
    "Troops rescued 19 abducted passengers in Kaduna on Sunday.",
    "Police freed 12 kidnapped students in Kaduna on Sunday.",
    "The army said it had rescued 19 kidnap victims in Kaduna on Sunday.",
])
def test_a_rescue_is_no_abduction_by_the_rescuers(text):
    assert events(text) == []


def test_an_abduction_told_before_its_rescue_is_still_coded():
    found = events("Gunmen abducted 19 passengers in Kaduna on Sunday, and troops later rescued five of them.")
    assert found[0].sub_event_type == "Abduction/forced disappearance"
    assert found[0].actor1.name == "Unidentified Armed Group (Nigeria)"


@pytest.mark.parametrize("text,kind,dead", [
    ("Gunmen killed four passengers after their bus overturned on the highway near Gusau on Sunday.",
     "Violence against civilians", 4),
    ("Three people were killed when a Ukrainian drone crashed into an apartment building in Belgorod on Sunday.",
     "Violence against civilians", 3),
    ("An explosion overturned a military vehicle near Miranshah on Sunday, killing four soldiers.",
     "Explosions/Remote violence", 4),
    ("A blast ripped through a crowded market in Mogadishu on Sunday, killing nine people, and fire broke out in "
     "nearby shops.", "Explosions/Remote violence", 9),
    ("Twelve civilians were killed as the town of Gao fell into the hands of the jihadists on Sunday.",
     "Violence against civilians", 12),
])
def test_violence_told_with_the_words_of_an_accident_is_still_coded(text, kind, dead):
    found = events(text)
    assert found and (found[0].event_type, found[0].fatalities) == (kind, dead)


def test_an_accidents_story_does_not_swallow_a_later_attack():
    text = ("At least 22 people were killed when a coach plunged into a ravine near Dasu on Tuesday.\n\n"
            "On Tuesday, an explosion at a crowded market in Pulwama killed two civilians.")
    found = events(text)
    assert [(e.event_type, e.fatalities) for e in found] == [("Explosions/Remote violence", 2)]


@pytest.mark.parametrize("text,kind", [
    # words of play that war and protest stories use too are no match report
    ("Russian drones batter Odesa\n\nRussian drones struck Odesa overnight, and explosions blew out windows across "
     "the city, officials said on Sunday.\n\nThree people were injured.\n\nKyiv and Moscow held the first round of "
     "prisoner swaps in May.", "Explosions/Remote violence"),
    ("Opposition supporters clashed with police on the ring road in Kinshasa on Sunday after the ruling party scored "
     "a landslide in the first round.\n\nThey threw stones and police fired tear gas.", "Riots"),
    ("Police opened fire on striking miners in Marikana on Sunday, wounding 10-12 others.\n\nThe strikers had "
     "gathered on a hill near the mine.", "Violence against civilians"),
])
def test_war_and_protest_stories_are_no_match_reports(text, kind):
    found = events(text)
    assert found and found[0].event_type == kind


def test_people_injured_at_a_match_are_told_beside_its_play():
    text = ("Hundreds of fans clashed with police in Cairo after the final whistle on Sunday, leaving 14 people "
            "injured.\n\nThe home side had led 2-1 at half-time through a header from their goalkeeper's long kick, "
            "but conceded an equaliser in stoppage time.")
    found = events(text)
    assert found and found[0].injured == 14


def test_condemning_a_killing_is_no_sentence():
    found = events("Rights groups condemned the mob that beat a man to death in Sukkur on Sunday.")
    assert found and found[0].fatalities == 1


def test_an_obituary_keeps_a_death_of_the_last_days():
    text = ("Obituary: Abdi Farah, a reporter who covered Mogadishu's wars\n\n"
            "Abdi Farah, a reporter for a Somali radio station, was shot dead by gunmen outside his home in "
            "Mogadishu on Monday. He was 41.\n\n"
            "He grew up in Hargeisa, where militiamen stormed his school and burnt it down.")
    found = events(text)
    assert [(e.event_type, e.fatalities, e.event_date) for e in found] == [
        ("Violence against civilians", 1, "2025-06-09")]
    # without the dated death, the life's deeds yield nothing
    assert events(text.replace(" on Monday", " last year")) == []


def test_a_body_found_after_an_attack_names_no_armed_target():
    found = events("Troops recovered the bodies on Sunday after militants attacked the village of Goza.")
    assert found and found[0].event_type == "Violence against civilians"


@pytest.mark.parametrize("text", [
    # the armed dead of an accident are no armed agents
    "Four soldiers were killed when their truck overturned on a highway near Mopti on Sunday.",
    "A fuel tanker exploded on a highway in Niger state on Sunday, killing 31 people.",
])
def test_an_accidents_armed_dead_and_a_tankers_blast_are_no_events(text):
    assert events(text) == []


def test_a_later_sentence_with_deaths_of_its_own_is_another_deed():
    found = events("A gas cylinder blast killed two people in Peshawar on Sunday. Hours later, a powerful explosion "
                   "hit a mosque in the city during prayers, killing 14 worshippers.")
    assert [(e.event_type, e.fatalities) for e in found] == [("Explosions/Remote violence", 14)]


def test_a_blast_a_story_calls_a_bomb_is_no_accident():
    found = events("A gas cylinder exploded at a market in Maiduguri on Sunday, killing six people. Police later "
                   "said the explosion was a bomb.")
    assert sum(e.fatalities or 0 for e in found) == 6


def test_a_court_that_condemns_to_death_kills_no_one():
    found = events("A court in Bamako condemned two jihadists to death on Monday for a 2023 attack on a hotel.")
    assert all(not e.fatalities for e in found)


def test_a_supporter_killed_after_the_final_whistle_is_no_play():
    text = ("Police fired tear gas at fans after the final whistle in Cairo on Sunday, and one supporter was killed "
            "in the crush.\n\nThe home side had led 2-1 at half-time, but the goalkeeper was sent off in stoppage "
            "time.")
    found = events(text)
    assert found and found[0].fatalities == 1


def test_an_obituary_keeps_a_killing_of_last_week():
    text = ("Obituary: Amina Yusuf, a rights lawyer\n\nAmina Yusuf, a rights lawyer, was killed when gunmen stormed "
            "her office in Kano last week.")
    found = events(text)
    assert found and found[0].fatalities == 1


@pytest.mark.parametrize("text", [
    "Nine people were killed on Tuesday after a six-storey building under construction collapsed in Kisumu.",
    "Two villagers were killed in Juchitan on Tuesday when a wall fell on them during the earthquake.",
    "Cholera has killed 12 people in Kano State since January, health officials said on Thursday.",
    "Nine coal miners were killed on Monday in an explosion caused by methane gas in a mine near Sutatausa.",
])
def test_more_accidents_disasters_and_diseases(text):
    assert events(text) == []


def test_an_unlabelled_review_of_a_novel_tells_no_event():
    text = ("A debut that reads like a memoir\n\n"
            "The novel begins in 1967 in a village near Nsukka, where soldiers march past the family compound.\n\n"
            "By the third chapter, the narrator's father has been shot and an air raid kills dozens at a camp.")
    assert events(text) == []


def test_a_basketball_report_with_points_is_a_match_report():
    text = ("Dell scores 34 points as Cleveland crush Milwaukee 128-96\n\n"
            "Marcus Dell scored 34 points and the Cavaliers crushed the Bucks on Saturday night, killing off the "
            "contest with a 20-2 run.\n\n\"We kept attacking,\" Dell said after his fourth straight win.")
    assert events(text) == []


def test_a_fireworks_workshops_blast_is_an_accident():
    assert events("Explosions tore through a fireworks workshop in Tultepec on Friday, killing seven people.") == []


def test_a_markets_story_tells_no_massacre():
    text = ("Stocks plunge in Karachi\n\n"
            "The stock exchange witnessed a massacre on Tuesday as investors dumped shares, and the benchmark index "
            "fell 4 percent.\n\nBank stocks were slaughtered, traders said.")
    assert events(text) == []


@pytest.mark.parametrize("text,dead", [
    # a disease, a hunger or a film named beside violence is no cause of it, no review
    ("At least 45 people were killed across Gaza on Monday, health officials said, as starvation spreads through "
     "the territory.", 45),
    ("Three members of an Ebola response team were killed in Beni on Monday.", 3),
    ("Police fired tear gas into the packed stadium in Malang on Monday, triggering a crowd crush in which 125 people "
     "were killed.", 125),
    ("Gunmen stormed a cinema in Quetta on May 28, killing seven people who had come to watch a new film.\n\n"
     "The movie had drawn protests, and the director of the film had received threats.\n\n"
     "The author of the book it was based on condemned the attack.", 7),
])
def test_violence_beside_the_words_of_want_or_of_a_work_is_still_coded(text, dead):
    found = events(text)
    assert found and found[0].fatalities == dead


def test_an_attack_in_a_story_about_trading_is_still_coded():
    text = ("Oil futures jump after attack on tanker\n\n"
            "Houthi forces fired a missile at a cargo ship off Hodeidah on Monday, setting it ablaze.\n\n"
            "Brent futures rose 3 percent as traders weighed the risk, and shares of shipping firms fell on the stock "
            "exchange.")
    found = events(text)
    assert found and found[0].event_type == "Explosions/Remote violence"


@pytest.mark.parametrize("text", [
    "Detectives executed a search warrant at a house in Dayton on Tuesday.",
    "The coach said his side executed their game plan perfectly in Saturday's win over Lahore.",
    "The EU adopted new sanctions targeting Russian banks on Monday.",
    "The health ministry began a polio vaccination campaign in Peshawar on Monday targeting 300,000 children.",
    "Lawmakers passed legislation targeting payday lenders in Accra on Thursday.",
])
def test_a_deeds_verb_used_of_a_plan_an_order_or_a_law_is_no_event(text):
    assert events(text) == []


@pytest.mark.parametrize("text,dead", [
    ("The authorities executed five prisoners in Tehran on Monday.", 5),
    ("Gunmen targeted a bus carrying pilgrims near Quetta on Monday, killing nine.", 9),
    ("Police executed a search warrant at a house in Dayton on Tuesday and a man inside opened fire, "
     "killing an officer.", 1),
])
def test_a_deed_told_beside_such_words_is_still_coded(text, dead):
    found = events(text)
    assert found and found[0].fatalities == dead
