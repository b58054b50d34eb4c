"""Document-level tolls: a shooting typed as mob violence counts its dead, a lower figure told
after a toll is a part of it, ages written "y/o" or with a suspended hyphen count nobody. My own
sentences; the places are real."""

import pytest

from .coder_helpers import code
from .story_helpers import lead


@pytest.mark.parametrize("text,dead", [
    # a crowd's shooting is no protest: the death it caused is counted, not read as a grievance
    ("Four people are in custody after a deadly shooting at a Dover bowling alley on Sunday. The shooting "
     "killed one person and wounded three others.", 1),
])
def test_a_death_at_mob_violence_is_counted(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # the lead's toll stands; a smaller group of the dead told just after is some of them
    ("Four people were killed and two were wounded when a gunman opened fire at a cookout in Dover on "
     "Saturday, police said. The gunman killed two people near the grill before firing from a car.", 4),
    # one attacker's toll, then his victims one by one
    ("A man shot and killed four relatives at a Dover home on Saturday, police said. The man killed his "
     "mother as she came down the stairs, police said.", 4),
    ("A man shot and killed three relatives at a home in Dover on Saturday, police said. He then shot his "
     "cousin, who died in the kitchen, police said.", 3),
])
def test_a_lower_figure_told_after_the_toll_is_part_of_it(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    ("Police say a 31 y/o man and a 27 y/o man were shot and killed in Dover on Saturday.", 2),
    ("A 19 y/o was killed in Dover on Saturday, police said.", 1),
    # "12-" takes the unit told with the next age
    ("Police said the 12- and 10-year-old brothers were wounded, and their father was shot and killed in "
     "Dover on Saturday.", 1),
])
def test_ages_count_nobody(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # "multiple times" counts shots, not people
    ("A teenager was shot multiple times outside a Dover store on Friday and died, police said.", 1),
    ("A man was stabbed several times in a Dover park on Friday night and later died, police said.", 1),
])
def test_a_vague_figure_of_shots_counts_nobody(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # a death sentence, death threats: nobody died
    ("A woman was wounded in a shooting in Dover on Friday, police said. \"I hope the shooter gets a death "
     "sentence,\" her brother said.", 0),
    ("A man was shot in the arm in Dover on Friday, police said. He had received death threats for weeks, "
     "his sister said.", 0),
])
def test_a_death_sentence_is_no_death(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    ("Two brothers were shot outside a Dover bar on Friday night. Both died at the hospital, police said.", 2),
    ("Gunmen opened fire on a car in Dover on Friday, killing both passengers, police said.", 2),
])
def test_both_counts_two(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # the killing's name counts its dead, also when one victim is named
    ("Maria Lopez, 41, was killed in a double homicide at a Dover home on Friday, police said.", 2),
    ("A woman was killed in a double homicide at a Dover home on Friday, police said.", 2),
    # the killer's death told apart is not counted twice
    ("A man killed his wife in a murder-suicide at a Dover home on Friday, then turned the gun on himself.", 2),
])
def test_a_counted_killing_sets_the_toll(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


def test_a_murder_suicide_is_an_event_with_its_toll():
    text = ("Four people are dead after an apparent murder-suicide at a Dover restaurant on Friday night. "
            "Police said a man shot his former partner and two of her friends before turning the gun on himself.")
    assert lead(text, published="2015-06-05").fatalities == 4


@pytest.mark.parametrize("text,dead", [
    # "he was killed" later in the story retells the one victim, whatever the sentence calls him
    ("A Dover man is charged with shooting and killing his nephew on Friday, deputies said. The nephew had "
     "joined the Army Reserve last year, and he was killed two days before he was due to report.", 1),
])
def test_a_pronoun_death_retells_the_victim(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # people named one by one before a plural death are as many dead
    ("Ana Ruiz, 39, and Tom Hill, 41, were shot and killed outside a Dover bar on Friday, police said.", 2),
    # a death told without a figure ("a fatal shooting") is a floor the named dead raise
    ("Police are investigating a fatal shooting in Dover on Friday. Ana Ruiz and Tom Hill were found shot to "
     "death in a parked car, police said.", 2),
])
def test_people_named_before_a_plural_death_are_counted(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


def test_deaths_told_without_a_figure_are_floors():
    # "a fatal shooting" (one at least), then two people named as shot dead: two, not the lower one
    from sitroom.coder.document_coder import _fatalities
    from sitroom.coder.merging import Draft
    d = Draft([], "Violence against civilians", "Attack", figures=[(1, "~any"), (2, "~any")])
    assert _fatalities(d) == 2
    # figures told outright still take the lowest (ACLED)
    assert _fatalities(Draft([], "Violence against civilians", "Attack", figures=[(3, "any"), (2, "any")])) == 2


@pytest.mark.parametrize("text,dead", [
    # a thief, an informer, a herdsman: one person each, as a man or a farmer is
    ("On 3 June 2021, a mob beat and killed a suspected thief in Agbor.", 1),
    ("On 3 June 2021, gunmen shot dead an alleged informer near Gao.", 1),
    ("On 3 June 2021, bandits killed a herdsman and a miner near Zurmi.", 2),
])
def test_one_person_by_what_they_do(text, dead):
    assert lead(text, published="2021-06-05").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # a death from a crash or an illness told beside the shooting is no one killed in it
    ("Gunmen opened fire at a wake in Fresno on Friday, wounding four people. The wake was for a rider "
     "who died after crashing into a wall last month.", 0),
    ("A gunman shot dead a shopkeeper in Fresno on Friday. The shopkeeper's father died of cancer in 2019.", 1),
    # a death after the shooting still counts
    ("A man died after he was shot in the chest in Fresno on Friday, police said.", 1),
    ("A woman died of her wounds in hospital after she was shot in Fresno on Friday.", 1),
    ("A man was shot in Fresno on Friday and died of wounds to his heart, police said.", 1),
])
def test_a_death_from_a_crash_or_an_illness_is_no_victim(text, dead):
    assert lead(text, published="2016-12-10").fatalities == dead


def test_a_toll_booth_is_no_toll():
    e = lead("On 28 April 2021, about 100 merchants demonstrated at a toll booth in Salamanca, Guanajuato.",
             published="2021-04-29")
    assert e.fatalities == 0


@pytest.mark.parametrize("text,dead", [
    # the death word right after the figure "including" opens tells the dead among the many
    ("Five people were shot in Dover on Friday, including one dead.", 1),
    ("Six people were shot at a party in Dover on Friday, including two killed.", 2),
    # a subset told with its own noun is some of the dead
    ("14 militants including 3 commanders were killed in Kunduz on Friday.", 14),
])
def test_including_the_dead(text, dead):
    assert lead(text, published="2016-05-02").fatalities == dead


def test_an_attack_told_last_month_is_another_event():
    text = ("A roadside bomb hit a vehicle carrying Levies personnel in Sibi district on Tuesday, killing three of "
            "them and wounding two others, officials said. No group has claimed responsibility. Last month, a "
            "similar attack in the same area killed two policemen.")
    assert lead(text, published="2023-03-28").fatalities == 3
    text = ("Gunmen shot dead two shopkeepers in Quetta on Saturday, police said. Last week, gunmen killed four "
            "people at a market nearby.")
    assert lead(text, published="2023-03-28").fatalities == 2
    # a month named without a day that opens the sentence, before the month of publication
    text = ("A suicide bomber killed nine people at a market in Mogadishu on Tuesday, police said. In December, "
            "militants attacked a checkpoint in Afgoye, killing 16 soldiers.")
    assert lead(text, published="2025-03-11").fatalities == 9


def test_a_death_told_days_after_the_shooting_still_adds_to_it():
    text = ("A man was shot in the chest outside a bar in Dover on Friday. His friend, who was shot in the leg, "
            "died at a hospital on Monday, police said.")
    assert lead(text, published="2015-06-09").fatalities == 1


def test_an_air_strike_and_the_suicide_attack_it_answers_are_two_events():
    text = ("Pakistani jets pounded militant hideouts in North Waziristan, killing at least 30 militants, officials said "
            "on Sunday. The strikes came days after a suicide attack on a military convoy killed 12 soldiers in the area.")
    events = code(text, published="2023-03-28")
    by_kind = {e.sub_event_type: e.fatalities for e in events if e.event_type == "Explosions/Remote violence"}
    assert by_kind == {"Air/drone strike": 30, "Suicide bomb": 12}


@pytest.mark.parametrize("text,dead", [
    # the victim's death told without a figure, then the killer's own: both count
    ("Police said Tom Reed shot and killed his son at their home in Dover on Friday, then turned the gun on "
     "himself.", 2),
    # an age between the possessive and the person ("his 7-year-old son") still names one person
    ("Police said Tom Reed shot and killed his 7-year-old son in Dover on Friday, then turned the gun on "
     "himself.", 2),
    ("Tom Reed killed his 12-year-old daughter at a Dover home on Friday, police said.", 1),
    # her death told without a figure counts beside his
    ("Ana Reed was fatally shot by her husband at their Dover home on Friday before he turned the gun on "
     "himself.", 2),
    # a man, then his name after a comma: one person
    ("Police said Tom Reed shot and killed Ana Reed and another man, 43-year-old Joe Hill, before turning the "
     "gun on himself in Dover on Friday.", 3),
    # the killer's death told alone is the one death
    ("A gunman shot and wounded a deputy in Dover on Friday and then took his own life, police said.", 1),
])
def test_the_killers_own_death_is_added_to_a_victims_told_without_a_figure(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # the children of a parent are no victims
    ("A 29-year-old mother of three was killed in a shooting in Dover on Sunday, police said.", 1),
    ("A father of two was shot dead outside his home in Dover on Sunday.", 1),
    # "... and died" with a named subject: he died
    ("Tom Hill, 41, was shot in Dover on Monday and died at the hospital, police said.", 1),
])
def test_parents_children_are_no_toll_and_a_named_man_who_died_is_one(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # "both" with an age: two people of that age, not the age as a toll
    ("Robert and Denise Allen, both 58, were killed in a shooting at their home in Dover on Sunday.", 2),
    ("The brothers, both 19, were pronounced dead at the scene of a shooting in Dover on Sunday.", 2),
    # "both" restating a group already counted is not two more
    ("A couple, both in their 70s, were found shot to death in their home in Dover on Sunday.", 2),
    # an age and a person noun after "and" is one more of a list
    ("Police said Tom Reed killed his 2-year-old son and 8-month-old daughter in Dover on Sunday, then killed "
     "himself in his car.", 3),
    # the bodies of people named one by one
    ("Deputies found the body of Michael Olson, 45, inside a home in Dover on Sunday.", 1),
    ("Deputies found the bodies of a man and his wife inside a home in Dover on Sunday.", 2),
])
def test_both_with_an_age_and_ages_in_a_list_of_victims(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # a place's count of its killings is no death of this shooting
    ("A man was wounded in a shooting in Dover on Sunday, a day after the city marked its 40th homicide of "
     "the year.", 0),
    ("A woman was wounded in a shooting in Dover on Sunday, a week after the town's third killing this month.", 0),
])
def test_a_citys_nth_homicide_is_no_death_of_the_event(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


def test_a_gunman_who_shot_himself_to_death_hours_later_is_counted():
    text = ("Three men were shot, two fatally, outside a bar in Dover on Sunday. Hours later the gunman shot "
            "himself to death.")
    assert lead(text, published="2015-06-05").fatalities == 3


def test_former_partners_are_people():
    assert lead("Police said Tom Reed shot and killed his ex-girlfriend and her boyfriend at an apartment in Dover "
                "on Sunday.", published="2015-06-05").fatalities == 2


def test_one_of_the_wounded_dying_later_is_one_more_dead():
    event = lead("A man was shot and killed and a woman was critically wounded in a shooting at an apartment "
                 "complex in Dover on Saturday, police said. The woman died of her injuries on Monday, police "
                 "said Tuesday.", published="2015-06-05")
    assert (event.fatalities, event.injured) == (2, 0)
    # a death told again of one already counted adds no one
    event = lead("A man was shot and killed in Dover on Saturday, police said. He died at the scene.",
                 published="2015-06-05")
    assert event.fatalities == 1


def test_one_of_the_wounded_dying_later_is_read_under_other_words():
    event = lead("A man was shot and killed and a woman was wounded outside a bar in Dover on Saturday, police "
                 "said. The woman died as a result of her injuries on Monday, police said.",
                 published="2015-06-05")
    assert (event.fatalities, event.injured) == (2, 0)


@pytest.mark.parametrize("death", ["The woman died of her gunshot wounds on Monday, police said.",
                                   "The woman died of gunshot wounds Monday at a hospital.",
                                   "She died from a gunshot wound on Monday."])
def test_a_death_of_wounds_after_the_attack_is_no_attack_of_its_own(death):
    event = lead("A man was shot and killed and a woman was wounded outside a bar in Dover, Delaware, on "
                 "Saturday, police said. " + death, published="2015-06-05")
    # the shooting's day, not the day she died; she is one more dead
    assert (event.event_date, event.fatalities) == ("2015-05-30", 2)


def test_a_lead_that_tells_a_death_of_wounds_is_still_an_event():
    event = lead("A 23-year-old man died of gunshot wounds Saturday night in Dayton, Ohio, police said.",
                 published="2015-06-01")
    assert (event.event_date, event.fatalities, event.location.name) == ("2015-05-30", 1, "Dayton")


# a story that tells of its victim long after the attack, as local news updates do
_LONG_MIDDLE = ("Witnesses said an argument started in the parking lot. Two men were seen running toward a "
                "gray sedan. Police are asking anyone with information to call Crime Stoppers. The store has "
                "had several police calls this year. Neighbors said they heard four shots. ")


def test_a_victim_told_alive_who_dies_far_on_in_the_story_is_one_more_dead():
    text = ("A woman was killed and a child was wounded in a shooting in Memphis on Friday night, police "
            "said. The 6-year-old boy was taken to a children's hospital in critical condition. "
            + _LONG_MIDDLE + "The boy died Saturday morning, police said.")
    assert lead(text, published="2016-01-16").fatalities == 2
    # one told as dead, told again far on, is no one more
    text = ("A woman was killed and a child was wounded in a shooting in Memphis on Friday night, police "
            "said. The woman was pronounced dead at the scene. " + _LONG_MIDDLE
            + "The woman died in front of her home, relatives said.")
    assert lead(text, published="2016-01-16").fatalities == 1


def test_a_death_far_on_in_the_story_is_its_toll_only_when_it_tells_of_its_victim():
    text = ("A man was shot outside a store on Elm Street in Dayton early Saturday, police said. Officers "
            "found the 27-year-old with a gunshot wound to the chest. He was taken to a hospital in "
            "critical condition. " + _LONG_MIDDLE + "UPDATE: The man died at the hospital Sunday, police said.")
    assert lead(text, published="2016-01-17").fatalities == 1
    # a death of someone the story has not told of is no toll of its attack
    text = text.replace("UPDATE: The man died", "UPDATE: The store's owner died")
    assert lead(text, published="2016-01-17").fatalities == 0


@pytest.mark.parametrize("text,dead", [
    # the attacker killed by the police in the sentence of his attack is one more dead
    ("A gunman killed two people at a diner in Dover on Sunday before he was shot and killed by police.", 3),
    ("A man shot and killed two people at a diner in Dover on Sunday before officers fatally shot him.", 3),
    ("The gunman killed his estranged wife and her sister before police shot him dead outside the home in Wichita "
     "on Saturday, authorities said.", 3),
    ("A gunman killed a clerk at a store in Dover on Sunday; the gunman was shot dead by a deputy.", 2),
    # the only one dead is the man the police shot: one, not two
    ("Police shot and killed a man who opened fire at a diner in Dover on Sunday.", 1),
])
def test_an_attacker_killed_by_the_police_counts_beside_his_victims(text, dead):
    assert lead(text, published="2015-06-05").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # a person noun that qualifies the noun after it counts no one ("a local medical group")
    ("A drone strike on a market in Mellit killed at least 23 people on Tuesday, a local medical group said.", 23),
    ("Gunmen fired on a civilian vehicle near Mastung on Monday, killing two passengers.", 2),
    # ... but it does where the noun phrase ends with it
    ("Gunmen shot dead a local in Mastung on Monday.", 1),
])
def test_a_person_noun_used_as_an_adjective_counts_no_one(text, dead):
    assert lead(text, published="2025-03-12").fatalities == dead


def test_people_wounded_after_a_shooting_are_its_victims_not_a_mob():
    event = lead("One man is dead and two other people were wounded after a shooting at a house in Dover on Sunday.",
                 published="2015-06-05")
    assert (event.event_type, event.fatalities, event.injured) == ("Violence against civilians", 1, 2)


@pytest.mark.parametrize("text,dead", [
    # a group counted after those named one by one adds to them; an age after a name does not
    ("A suicide bomber struck a ministry in Kabul on Wednesday, killing Khalil Haqqani and five other people.", 6),
    ("Police said a man shot and killed Ana Ruiz and two other people at a diner in Dover on Sunday.", 3),
    ("Police charged a man with murder in the shooting death of Ed Burke, 22, in Dover on Sunday.", 1),
])
def test_a_group_counted_after_people_named_adds_to_them(text, dead):
    assert lead(text, published="2025-03-12").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # a suicide bomber's own death is one more, as ACLED counts perpetrators killed
    ("A suicide bomber blew himself up at a police post in Mastung on Monday, killing three policemen.", 4),
    ("A suicide bomber struck a police post in Mastung on Monday, killing three policemen. The bomber was also "
     "killed, officials said.", 4),
    # unless he is counted among them
    ("A suicide bomber killed four people, including the bomber, at a police post in Mastung on Monday.", 4),
])
def test_a_bombers_own_death_is_counted(text, dead):
    assert lead(text, published="2025-03-18").fatalities == dead


def test_a_passer_by_is_a_person_counted_with_the_others():
    event = lead("A roadside bomb killed three policemen and a passer-by near a checkpoint in Mastung on Monday.",
                 published="2025-03-18")
    assert event.fatalities == 4


@pytest.mark.parametrize("text,dead", [
    # deaths told one after another are as many people
    ("One man died at the scene and a 17-year-old boy died later at a hospital after a shooting in Macon, "
     "Georgia, on Sunday.", 2),
    ("A gunman killed his neighbor and then shot and killed a store clerk in Macon, Georgia, on Sunday.", 2),
    # not a harm that is no death, nor the attacker's own death counted again
    ("A man opened fire at a school in Macon, Georgia, on Monday, fatally shooting his wife and striking two "
     "students before killing himself.", 2),
    # nor the same dead told twice
    ("Three people were killed in a shooting in Macon, Georgia, on Sunday; the three victims died at the scene.", 3),
])
def test_deaths_told_in_turn_add_up(text, dead):
    assert lead(text, published="2025-03-18").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # the victim is told alive: the homicide unit called to the scene counts no death
    ("A 3-year-old boy accidentally shot himself in the chest at a home in Dover on Monday, police said. "
     "He was listed in critical condition on Monday night. Homicide detectives were called to the scene.", 0),
    ("A man was shot in the leg outside a store in Dover on Monday and is in stable condition. "
     "The homicide unit is investigating.", 0),
    # nothing tells the victim alive: the homicide unit stays a cue of a death
    ("A man was shot outside a store in Dover on Monday night. Homicide detectives are investigating.", 1),
    # told alive, then dead: the death counts
    ("A man was shot outside a store in Dover on Monday night. He was in critical condition. "
     "He died at a hospital on Tuesday.", 1),
])
def test_the_homicide_unit_after_a_victim_told_alive_counts_no_death(text, dead):
    assert lead(text, published="2016-03-08").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # a deed that took a life: one death, the age after the name counts nobody
    ("Police are investigating a shooting on Tuesday evening in New Orleans that claimed the life of a "
     "19-year-old man.", 1),
    ("A shooting in Baton Rouge on Friday claimed the life of Gerald Smith, 17, police said.", 1),
    ("A fire set by rioters claimed the lives of three people in Kisumu on Tuesday, police said.", 3),
])
def test_a_deed_that_claimed_lives_counts_them(text, dead):
    assert lead(text, published="2016-03-08").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # a group named by a plural noun is counted by the ages listed after it
    ("Tom Fuller, 31, shot and killed his sons, ages 3 and 4, at their home in Statesville on Saturday.", 2),
    ("A man shot and killed his daughters, aged 5, 7 and 9, at a home in Statesville on Saturday.", 3),
    # shot, not killed: nobody dead
    ("A man shot his sons, ages 3 and 4, at a home in Statesville on Saturday; both survived.", 0),
])
def test_a_group_is_counted_by_the_ages_listed_after_it(text, dead):
    assert lead(text, published="2016-03-08").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # a running count across incidents is no toll of this one
    ("Five people were shot in a South Side shooting on Sunday evening, police said. The attacks brought "
     "to at least 74 the number of people shot since Wednesday in Chicago, with 12 of them killed.", 0),
    ("Four people were shot outside a store in Dayton on Sunday night. The shooting came during a violent "
     "stretch in which nine people were shot and three were killed across two days.", 0),
    # the tally set off by a dash after the deed leaves the deed's own toll
    ("Police say a man broke into a home in Baltimore on Tuesday, killed a young couple and shot two "
     "others \u2014 a scene that brought to 40 the number of homicides in the city this year.", 2),
])
def test_a_count_across_incidents_is_no_toll(text, dead):
    assert lead(text, published="2016-03-08").fatalities == dead


@pytest.mark.parametrize("text,dead", [
    # an age closed by a dash is the age of the person just named, no figure of the dead
    ("A man — Gerald Smith, 47 — was shot dead at a gas station in Baton Rouge on Friday, police said.", 1),
    ("Police said the victim - Gerald Smith, 47 - died at the scene of a shooting in Baton Rouge on Friday.", 1),
    ("The shooting killed the driver — Gerald Smith, 47 — and wounded his passenger in Baton Rouge on Friday.", 1),
])
def test_an_age_between_dashes_counts_nobody(text, dead):
    assert lead(text, published="2016-03-08").fatalities == dead
