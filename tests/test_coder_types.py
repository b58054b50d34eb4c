"""Event types and sub-types: one sentence of our own per ACLED sub-type and PLOVER view."""

import pytest

from .coder_helpers import by_plover, code, top

CASES = [
    ("Pakistani jets carried out airstrikes on hideouts in the Tirah valley on Monday.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("A drone strike hit a compound near Mir Ali, killing three people.",
     "Explosions/Remote violence", "Air/drone strike"),
    # the air force as the one who strikes, or aircraft as the means of the attack
    ("On 2 June 2021, the Afghan air force targeted Taliban positions in Lashkar Gah.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("On 3 June 2021, attacks by helicopter gunships were reported against militants near Palma.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("Border forces shelled villages across the frontier with mortars overnight.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("On 4 June 2021, rebels fired heavy machine guns at army positions near Kadugli.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("On 5 June 2021, an RCIED targeted a police pickup near Baidoa.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("On 6 June 2021, two guards were hurt when a bomb hidden in a cart went off in Khost.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("On 7 June 2021, the national air force reportedly bombed rebel depots near Kidal.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("On 8 June 2021, a drone struck a rebel post east of Marib.", "Explosions/Remote violence", "Air/drone strike"),
    ("On 8 June 2021, drones struck a compound near Mir Ali, killing four people.", "Explosions/Remote violence",
     "Air/drone strike"),
    ("On 9 June 2021, the army bombed insurgent hideouts in the hills above Palma.",
     "Explosions/Remote violence", "Air/drone strike"),
    # (with the kind of group before its hideouts)
    ("On 9 June 2021, the army bombed Islamist militant bases in the hills above Palma.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("On 10 June 2021, troops were ordered to bombard a ridge held by rebels near Rafah.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("On 11 June 2021, militants fired four Grad rockets towards a garrison near Tessalit.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("On 12 June 2021, militants cut power to Baiji after detonating two transmission towers.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("A roadside bomb struck a police van in Quetta.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("On 3 May 2021, a bomb killed two soldiers at a checkpoint outside Quetta.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Unknown men hurled a hand grenade at a shop in Turbat.",
     "Explosions/Remote violence", "Grenade"),
    ("A suicide bomber blew himself up at the gate of a mosque in Peshawar.",
     "Explosions/Remote violence", "Suicide bomb"),
    ("Soldiers and militants exchanged fire for two hours near the Afghan border.",
     "Battles", "Armed clash"),
    ("Gunmen opened fire on a patrol of the Frontier Corps in Kech.", "Battles", "Armed clash"),
    ("Gunmen shot dead a shopkeeper in his store in Gwadar.", "Violence against civilians", "Attack"),
    ("Armed men abducted two engineers from a construction site in Zhob.",
     "Violence against civilians", "Abduction/forced disappearance"),
    # people carried off in an attack that killed, or in a battle, are the attack's or battle's
    ("Gunmen on motorcycles killed 15 villagers and abducted dozens of others in a raid on a village in "
     "Zamfara.", "Violence against civilians", "Attack"),
    ("Militants clashed with a police patrol in Zhob and abducted two constables.", "Battles", "Armed clash"),
    # shots told as a count of what was traded, before the arrests that followed
    ("On 4 May 2021, cadres of a banned outfit exchanged gun shots with police in Dhankuta. Police arrested "
     "two cadres after the incident.", "Battles", "Armed clash"),
    ("The Taliban overran a district centre in Badakhshan after a week of fighting.",
     "Battles", "Non-state actor overtakes territory"),
    ("Government troops recaptured the town of Mazar after a fierce battle with the Taliban.",
     "Battles", "Government regains territory"),
    ("Teachers held a peaceful protest outside the press club in Quetta.", "Protests", "Peaceful protest"),
    ("On 8 March 2021, nurses gathered outside the health ministry in solidarity with unpaid colleagues.",
     "Protests", "Peaceful protest"),
    ("On 9 March 2021, taxi drivers carried out a motorcade through Lima to ask for government aid.",
     "Protests", "Peaceful protest"),
    ("On 10 March 2021, residents blocked the office of the mayor of Chaman over water shortages.",
     "Protests", "Peaceful protest"),
    # the abduction is what the protesters complain of, not an event of that day
    ("On 11 March 2021, relatives who say their sons were abducted by security agencies held a sit-in outside "
     "the Quetta press club.", "Protests", "Peaceful protest"),
    ("On 3 March 2021, soldiers torched and destroyed 12 houses in a village near Buthidaung.",
     "Strategic developments", "Looting/property destruction"),
    ("On 4 March 2021, a shop was set on fire in Turbat after its owner refused to pay extortion.",
     "Strategic developments", "Looting/property destruction"),
    # the "attack" inside "arson attack targeting" is not an attack on people
    ("On 6 March 2021, anarchists carried out an arson attack targeting a bank branch in Izmir.",
     "Strategic developments", "Looting/property destruction"),
    ("On 5 March 2021, police were accused of having beaten villagers who tried to leave the camp.",
     "Violence against civilians", "Attack"),
    ("On 6 March 2021, gang members whipped a man in the town square of Apatzingan.",
     "Violence against civilians", "Attack"),
    ("On 7 March 2021, a stray bullet hit and injured a girl at her home in Karachi.",
     "Violence against civilians", "Attack"),
    # security forces off duty or retired are civilians, as ACLED codes them
    ("On 3 May 2021, gunmen shot dead an off-duty policeman near his home in Dera Ismail Khan.",
     "Violence against civilians", "Attack"),
    ("On 4 May 2021, militants killed a soldier (off-duty) at a market in Mogadishu.",
     "Violence against civilians", "Attack"),
    ("On 5 May 2021, unknown men shot and killed a retired army officer in Quetta.",
     "Violence against civilians", "Attack"),
    ("On 6 May 2021, gunmen shot dead a policeman on duty at a checkpoint in Quetta.", "Battles", "Armed clash"),
    # off duty, or at home, a policeman or soldier is a civilian target
    ("On 7 May 2021, gunmen shot dead an off-duty policeman near a bakery in Quetta.",
     "Violence against civilians", "Attack"),
    ("On 8 May 2021, armed men killed a soldier at his house in Mastung.", "Violence against civilians", "Attack"),
    ("Police fired tear gas to disperse students who protested against the fee increase in Lahore.",
     "Protests", "Protest with intervention"),
    ("Protesters threw stones at the police and burned tyres on the highway in Karachi.",
     "Riots", "Violent demonstration"),
    ("An angry mob lynched a man accused of theft in a village near Sialkot.", "Riots", "Mob violence"),
    # the one struck told before the stones
    ("Villagers pelted two suspected thieves with stones in a village near Sialkot.", "Riots", "Mob violence"),
    ("Police arrested four suspects in a raid in Rawalpindi.", "Strategic developments", "Arrests"),
    ("The bomb disposal squad defused an explosive device planted near the railway track.",
     "Strategic developments", "Disrupted weapons use"),
    ("Militants looted shops and torched houses in the village.",
     "Strategic developments", "Looting/property destruction"),
    ("The two sides signed a ceasefire agreement in Doha.", "Strategic developments", "Agreement"),
    ("Party workers took out a procession in Multan to mark the anniversary.", "Protests", "Peaceful protest"),
    ("Nurses formed a human chain outside the hospital in Peshawar.", "Protests", "Peaceful protest"),
    # blockades, pots and pans, and a crowd before the seat of power it addresses
    ("On 2 June 2021, farmers staged a road blockade near Sangla Hill over water shares.", "Protests", "Peaceful protest"),
    ("On 3 June 2021, students blocked the Indus highway near Kohat for three hours.", "Protests", "Peaceful protest"),
    ("On 4 June 2021, residents of Tucuman banged pots from their balconies at night.", "Protests", "Peaceful protest"),
    ("On 5 June 2021, about 200 pensioners gathered in front of the ministry of finance in Tunis.",
     "Protests", "Peaceful protest"),
    ("Jobless youths barricaded the main road with burning tyres in Gilgit.", "Riots", "Violent demonstration"),
    ("Rebels established a new base in the hills above the valley.",
     "Strategic developments", "Headquarters or base established"),
    ("The army re-captured the district headquarters after two days.", "Battles", "Government regains territory"),
    ("Two armed clans fought one another over grazing land near Kohat.", "Battles", "Armed clash"),
    ("Inmates demonstrated over the food and set their mattresses on fire.", "Riots", "Violent demonstration"),
    # looting, fires and shooting in the air by the crowd itself, told in the next sentence
    ("On 4 June 2021, traders protested in Jos over a new levy. Some of them looted shops near the market.",
     "Riots", "Violent demonstration"),
    ("On 5 June 2021, unpaid soldiers demonstrated in Kindia. They fired their rifles into the air for an hour.",
     "Riots", "Violent demonstration"),
    ("On 6 June 2021, residents protested in Ibb over power cuts. The protesters destroyed a transformer.",
     "Riots", "Violent demonstration"),
    # the crowd's violence told in the sentence before the protest
    ("On 9 June 2021, villagers piled up tyres and set them on fire. They then blocked the road to Thatta.",
     "Riots", "Violent demonstration"),
    # fire on the road, stones carried, barricades, a reporter beaten by the crowd, records burnt
    ("On 10 June 2021, drivers blocked the road with burning furniture in Goma.", "Riots", "Violent demonstration"),
    ("On 11 June 2021, about 50 youths demonstrated with sticks outside the town hall of Dedza.",
     "Riots", "Violent demonstration"),
    ("On 12 June 2021, market women protested over a tax and barricaded the entrances of Bouake.",
     "Riots", "Violent demonstration"),
    ("On 13 June 2021, a rally was held in Medan. A reporter covering it was beaten by protesters.",
     "Riots", "Violent demonstration"),
    ("On 14 June 2021, detainees protested over visits and burnt documents in the prison office.",
     "Riots", "Violent demonstration"),
    # riots told as past ("during recent riots") leave today's protest peaceful
    ("On 15 June 2021, students protested in Sidon against arrests made during recent riots in the city.",
     "Protests", "Peaceful protest"),
    # but funds that were looted, or police shooting in the air, leave a protest peaceful
    ("On 7 June 2021, protesters in Sidon demanded the return of looted funds.", "Protests", "Peaceful protest"),
    ("On 8 June 2021, nurses protested in Kano. Police fired shots into the air to disperse them.",
     "Protests", "Protest with intervention"),
    # the crowd's people arrested, the police stepping in: an intervention
    ("On 9 June 2021, about 30 teachers protested in Gomel over unpaid wages. Two women were arrested.",
     "Protests", "Protest with intervention"),
    ("On 9 June 2021, nurses held a rally in Pinsk. Some were detained by the riot police.",
     "Protests", "Protest with intervention"),
    ("On 9 June 2021, traders protested outside the town hall in Kindia, and security guards intervened.",
     "Protests", "Protest with intervention"),
    ("On 9 June 2021, students marched in Huancayo. The police detained their leader.",
     "Protests", "Protest with intervention"),
    # told three sentences after the protest, as a short report ends with how it went
    ("On 9 June 2021, farmers protested in Kisumu over maize prices. They asked for lower fees. One of "
     "them climbed a lamp post. Police officers intervened to bring him down.", "Protests", "Protest with intervention"),
    # men counted by the dozen are a crowd: their clash with the police is mob violence; two men are not
    ("On 4 May 2021, dozens of Hasidic men clashed with police in Bet Shemesh when officers closed a school.",
     "Riots", "Mob violence"),
    ("On 4 May 2021, two men clashed with police at a checkpoint in Bet Shemesh.", "Battles", "Armed clash"),
    ("On 12 June 2021, traders barricaded the northern entrance of Gaoua to demand the market reopen.",
     "Riots", "Violent demonstration"),
    # a crowd's demand told after the place it gathered at
    ("On 1 May 2021, retired soldiers gathered at the main square in Beirut, demanding their pensions.",
     "Protests", "Peaceful protest"),
    # one named person's arrest is what the crowd protests, not an intervention
    ("On 9 June 2021, supporters of a blogger protested in Gomel. He was arrested last week on a tax charge.",
     "Protests", "Peaceful protest"),
    ("On 9 June 2021, residents protested in Ufa demanding the release of a cleric who was arrested in May.",
     "Protests", "Peaceful protest"),
    ("Troops fired 82mm mortars at the positions of the rebels near the river.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Soldiers fired at the positions of the rebels near the river.", "Battles", "Armed clash"),
    ("Militiamen fired 14.5mm machine guns at farms near the village of Khokha.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Unknown gunmen severely wounded a herder near Menaka.", "Violence against civilians", "Attack"),
    ("Police baton-charged traders at the market in Agartala for ignoring the curfew.",
     "Violence against civilians", "Attack"),
    ("Gunmen stole about 40 cows from a farm near Makurdi.", "Strategic developments", "Looting/property destruction"),
    ("On 9 June 2021, rebels went through the market of Beni, carting away sacks of rice.",
     "Strategic developments", "Looting/property destruction"),
    ("On 10 June 2021, the army closed all of the town's entrances in Afrin until further notice.",
     "Strategic developments", "Change to group/activity"),
    # seizures: a vehicle with its owner named, drugs, munitions
    ("Rebels seized a UN water truck on the road to Kidal.", "Strategic developments", "Looting/property destruction"),
    ("Customs officers seized two tons of cocaine in a container at the port of Santos.",
     "Strategic developments", "Looting/property destruction"),
    ("Police seized 400 munitions hidden in a barn near Thala.", "Strategic developments", "Disrupted weapons use"),
    ("On 6 June 2021, police uncovered a cache in an orchard near Sopore, seizing two rifles.",
     "Strategic developments", "Disrupted weapons use"),
    # a bomb that goes off in its makers' hands, or not at all
    ("On 7 June 2021, two militants were killed when a mine they were planting exploded near Ghazni.",
     "Strategic developments", "Disrupted weapons use"),
    ("On 8 June 2021, a grenade thrown at a patrol in Sopore failed to explode.",
     "Strategic developments", "Disrupted weapons use"),
    # a quantity longer than a gap between the seizure and the goods
    ("Border guards seized close to half a ton of hashish near Tangier.", "Strategic developments",
     "Looting/property destruction"),
    ("Customs agents confiscated 12,000 packs of smuggled cigarettes on the road to Foz do Iguacu.",
     "Strategic developments", "Looting/property destruction"),
    ("The two militias exchanged prisoners at a crossing near Taiz.", "Strategic developments", "Agreement"),
    ("A Turkish patrol took place on the road north of Kobani.", "Strategic developments",
     "Change to group/activity"),
    ("Soldiers razed farmland near the village of Sawiyah.", "Strategic developments",
     "Looting/property destruction"),
    ("Two men threw Molotov cocktails at a shop in Coatzacoalcos.", "Strategic developments",
     "Looting/property destruction"),
    ("Residents blocked the avenue with burning tyres to demonstrate against the closure of the clinic.",
     "Riots", "Violent demonstration"),
    ("A brawl broke out between rival supporters at the stadium in Tirana.", "Riots", "Mob violence"),
    ("Two groups clashed over a land dispute in a village near Ballia.", "Riots", "Mob violence"),
    ("Two communities clashed over the route of a procession near a shrine in Meerut.", "Riots", "Mob violence"),
    # an armed group on one side makes a clash with a crowd a battle; the police do not
    ("On 6 June 2021, militiamen from a nearby county clashed with farmers near Wau.", "Battles", "Armed clash"),
    ("On 7 June 2021, police fought with market vendors over a lockdown order in Hawassa.", "Riots", "Mob violence"),
    ("On 8 June 2021, two party workers were assaulted by unknown people in Zomba.",
     "Violence against civilians", "Attack"),
    # a group of people is a crowd by its head word; two men are not
    ("A tailor was beaten to death by a group of young men over a debt in a village near Sitapur.",
     "Riots", "Mob violence"),
    ("A tailor was beaten to death by two men over a debt in a village near Sitapur.",
     "Violence against civilians", "Attack"),
    # armed, a crowd is a militia, and its fighting a clash
    ("Armed youths from two villages fought each other near Rumbek, killing three.", "Battles", "Armed clash"),
    ("Armed clashes between villagers of two districts left two dead near Ballia.", "Battles", "Armed clash"),
    ("Three persons beat up a policeman on duty near the market in Pune.", "Riots", "Mob violence"),
    ("Two men on a motorcycle shot dead a shopkeeper in Leon.", "Violence against civilians", "Attack"),
    # the armed men named with "by" further on did it: they are no armed target
    ("A teenager was wounded in a shooting near the bus station of Leon by armed men on a motorbike.",
     "Violence against civilians", "Attack"),
    ("An exchange of fire took place between two groups of soldiers near a checkpoint in Jowhar.",
     "Battles", "Armed clash"),
    ("Government troops were deployed along the highway near Kidal.", "Strategic developments",
     "Change to group/activity"),
    ("The rebels ended their affiliation with the northern alliance.", "Strategic developments",
     "Change to group/activity"),
    ("The provincial governor imposed a quarantine on three districts of Herat.", "Strategic developments",
     "Change to group/activity"),
    # an authority's ban changes what people may do, as a quarantine does
    ("On 3 June 2021, the governor of Kunar instituted a ban on all travel between its districts.",
     "Strategic developments", "Change to group/activity"),
    ("The government released 40 prisoners from a jail in Ghazni.", "Strategic developments", "Other"),
    # ACLED keeps Arrests for the state and the armies of rival governments; a rebel group abducts
    ("On 3 June 2021, the SDF arrested six young men in a village east of Raqqa.",
     "Violence against civilians", "Abduction/forced disappearance"),
    ("On 4 June 2021, the Houthis arrested two teachers in Ibb.", "Strategic developments", "Arrests"),
    ("On 5 June 2021, police arrested six young men in a village east of Peshawar.", "Strategic developments", "Arrests"),
    ("About 150 refugees returned from Colombia through the crossing at Paraguachon.",
     "Strategic developments", "Other"),
    ("Unknown persons vandalised gravestones at a church cemetery.",
     "Strategic developments", "Looting/property destruction"),
    ("Unknown men burned one bus at a depot in Bamenda on Sunday.",
     "Strategic developments", "Looting/property destruction"),
    # firearms named between "fired" and its target; fire exchanged as "gun fire" or "shots"
    ("On 2 May 2020, soldiers fired rifles at a hamlet near Mopti.", "Violence against civilians", "Attack"),
    ("On 2 May 2020, two rival militias exchanged gun fire near a market in Beni.", "Battles", "Armed clash"),
    ("On 2 May 2020, militiamen forcibly disappeared a trader in Kidal.",
     "Violence against civilians", "Abduction/forced disappearance"),
    # the target that shoots back, or that routs its attackers, makes the attack a battle
    ("On 2 May 2020, officers were patrolling a market in Sonsonate when men approached and started shooting. "
     "The officers shot back.", "Battles", "Armed clash"),
    ("On 2 May 2020, bandits raided the village of Soro and seized cattle. Local hunters routed the assailants.",
     "Battles", "Armed clash"),
    # shells and launchers seized are weapons taken out of use, not a shelling
    ("On 2 May 2020, police recovered mortar shells and a rocket launcher from a hideout near Quetta.",
     "Strategic developments", "Disrupted weapons use"),
    # the weapons a seizure or an interception lists after it are not an attack of their own
    ("On 2 May 2020, police recovered ammunition, three rifles, a pistol and two mortar shells from a farmhouse near "
     "Quetta.", "Strategic developments", "Disrupted weapons use"),
    ("On 2 May 2020, air defences intercepted at least one ballistic missile fired by rebels near Marib.",
     "Strategic developments", "Disrupted weapons use"),
    ("On 2 May 2020, rebels fired a ballistic missile at a camp near Marib, and air defences intercepted it.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    # a mine or shell left from a war that has ended is an explosive remnant of war (ACLED: Other)
    ("On 5 May 2020, a shepherd was injured by a landmine, laid during the Iran-Iraq War, near Mehran.",
     "Strategic developments", "Other"),
    ("On 5 May 2020, a farmer was killed by a mortar shell left over from the civil war near Kampot.",
     "Strategic developments", "Other"),
    ("On 5 May 2020, a soldier was killed when a roadside mine exploded under his vehicle near Kidal.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize("text,etype,sub", CASES)
def test_acled_types(text, etype, sub):
    event = top(text)
    assert (event.event_type, event.sub_event_type) == (etype, sub), text


def test_verbal_events_have_plover_and_no_acled_type():
    events = code("Kabul accused Islamabad of sheltering the insurgents. "
                  "Islamabad denied the charge. Kabul later recalled its ambassador from Islamabad.")
    accuse = by_plover(events, "ACCUSE")
    assert accuse.event_type is None and accuse.sub_event_type is None
    assert accuse.actor1.name == "Government of Afghanistan"
    assert accuse.actor2.name == "Government of Pakistan"
    assert by_plover(events, "REJECT").actor1.name == "Government of Pakistan"
    recall = by_plover(events, "SANCTION")
    assert recall.plover.mode == "withdraw" and recall.actor1.name == "Government of Afghanistan"


def test_airstrike_inside_a_battle_is_one_battles_event():
    events = code("Soldiers clashed with militants for hours near Ghazni, backed by airstrikes.")
    violent = [e for e in events if e.plover.type == "ASSAULT"]
    assert len(violent) == 1
    assert violent[0].event_type == "Battles"


def test_plover_modes_follow_the_tactic():
    assert top("Warplanes bombed a camp near Kunduz.").plover.type == "ASSAULT"
    assert top("Warplanes bombed a camp near Kunduz.").plover.mode == "aerial"
    assert top("Police arrested four suspects in Rawalpindi.").plover.mode == "arrest"


def test_sentence_without_a_trigger_gives_no_event():
    assert code("The weather in Islamabad was pleasant and markets were busy.") == []


def test_a_crowd_that_demands_protests_and_a_government_requests():
    crowd = top("On 3 March, about sixty parents gathered outside the education office in Gilgit, Pakistan, "
                "to demand lower school fees.")
    assert (crowd.event_type, crowd.sub_event_type) == ("Protests", "Peaceful protest")
    assert crowd.plover.type == "PROTEST"
    assert crowd.actor1.name == "Protesters (Pakistan)"
    # the crowd stands further back than the ministry named before the demand
    back = top("Some forty pensioners gathered at the Ministry of Finance in Lahore to demand their arrears.")
    assert back.event_type == "Protests"
    ministry = code("The Foreign Office demanded an explanation from the ambassador.")
    assert [e.event_type for e in ministry] == [None]
    assert ministry[0].plover.type == "REQUEST"


def test_warning_shots_are_no_attack():
    events = code("Border guards fired warning shots in the air near the village of Apkan.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Strategic developments", "Other")]
    assert events[0].plover.type == "THREATEN"


def test_a_withdrawal_of_troops_is_a_change_of_activity():
    event = top("The ministry said it was withdrawing 300 troops from the eastern provinces.")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Change to group/activity")
    assert event.movement.kind == "withdrawal"


@pytest.mark.parametrize("text,sub_type", [
    # the means decides: an IED or a roadside bomb is an explosion even against soldiers or police
    ("A roadside bomb hit a police van near Kalat on Monday, killing three policemen.", "Remote explosive/landmine/IED"),
    ("Rebels detonated a remote-controlled mine under an army truck near Hpakant, killing four soldiers.",
     "Remote explosive/landmine/IED"),
    # heavy weapons used in an assault told with it are the assault's arms: a clash
    ("Militants armed with heavy weapons attacked a border post in Zhob and fought the soldiers for hours.",
     "Armed clash"),
    # "heavy weapons" name no artillery, mortar, rocket or missile: fired at a post, they are a clash's
    ("Militants fired with heavy weapons at a military post in Zhob on Tuesday.", "Armed clash"),
    # fired from afar they are shelling
    ("Rebels fired heavy machine guns at the army positions near Zhob on Tuesday.",
     "Shelling/artillery/missile attack"),
    # a grenade is the event only when it is the main means
    ("Militants stormed a police station in Bannu with guns and grenades, killing two policemen.", "Armed clash"),
    ("Unidentified men threw a hand grenade at a shop in Quetta, injuring two people.", "Grenade"),
    # a member of a pro-government militia is an armed actor: killing one is a clash
    ("Gunmen killed a member of a pro-government peace committee in Bajaur on Sunday.", "Armed clash"),
    ("Insurgents killed two members of the Civilian JTF near Gwoza on Sunday.", "Armed clash"),
    ("Militants killed four VDP members near Titao on Sunday.", "Armed clash"),
    # an unarmed man accused of informing is a civilian target
    ("Militants shot dead a man in Kech on Monday, accusing him of being a government informer.", "Attack"),
    # a village's head is unarmed, whoever the text names after him
    ("Militants killed a village chief near Dori, accusing him of collaborating with soldiers.", "Attack"),
])
def test_acled_s_decisions_by_means_and_target(text, sub_type):
    assert top(text).sub_event_type == sub_type


@pytest.mark.parametrize("text,protest", [
    ("Teachers walked out of classes on Monday to demand higher pay in Lahore.", True),
    ("Workers walked out in protest at the factory in Faisalabad.", True),
    ("Nurses staged a walkout in Karachi over unpaid salaries.", True),
    # leaving a place is no walkout
    ("The deputy walked out of the parish jail on Wednesday after posting bond.", False),
    ("The gunman walked out the door of the bar in Tulsa and drove away.", False),
])
def test_a_walkout_is_a_protest_and_walking_out_of_a_place_is_not(text, protest):
    assert any(e.event_type == "Protests" for e in code(text, "2020-01-01")) is protest


def test_a_crowd_marching_towards_a_seat_of_power_protests():
    text = "On 6 May 2021, dozens of unemployed graduates marched towards the labour ministry in Rabat over jobs."
    assert any(e.event_type == "Protests" for e in code(text, "2021-05-07"))


@pytest.mark.parametrize("text", [
    "A teenager was struck by a stray bullet outside his home in Las Vegas on Friday.",
    "A man was grazed by gunfire in Tulsa on Monday.",
    "A rifle fell over and accidentally discharged, striking a 17-year-old girl in Buckeye.",
    "A father in Bismarck was charged after his gun accidentally discharged and struck his daughter.",
])
def test_a_bullet_that_struck_someone_or_a_gun_that_went_off_is_an_attack(text):
    assert top(text, "2020-01-01").event_type == "Violence against civilians"


@pytest.mark.parametrize("text", [
    "A pharmacy clerk in Toledo was pistol-whipped during an armed robbery on Saturday night.",
    "Two men pistol whipped a delivery driver in Akron and took his car, police said.",
])
def test_a_blow_with_a_gun_is_an_attack(text):
    assert top(text, "2020-01-01").event_type == "Violence against civilians"


def test_shouting_a_witness_heard_is_no_protest():
    events = code("A 52-year-old man was stabbed to death at a home in Racine on Tuesday night, police said. Neighbours "
                  "said they heard shouting around 9 p.m.", "2024-12-27")
    assert [e.event_type for e in events if e.event_type] == ["Violence against civilians"]
    # (a crowd shouting still demands)
    assert top("Hundreds of traders gathered outside the district office in Racine, shouting slogans against the "
               "new tax.", "2024-12-27").event_type == "Protests"


def test_no_one_accuses_asks_or_meets_itself():
    events = code("The statement said that a local Afghan National Army commander had requested help for the "
                  "Afghan soldiers.", "2021-07-26")
    request = by_plover(events, "REQUEST")
    assert (request.actor1.name, request.actor2) == ("Military Forces of Afghanistan", None)
    accuse = by_plover(code("Kabul accused Islamabad of providing sanctuary to the Taliban.", "2021-07-26"), "ACCUSE")
    assert (accuse.actor1.name, accuse.actor2.name) == ("Government of Afghanistan", "Government of Pakistan")


def test_armed_groups_of_the_sahel_and_ethiopia_keep_acleds_names():
    e = top("On 4 June 2022, soldiers and Wagner fighters killed eleven herders near Hombori.")
    assert "Wagner Group" in [a.name for a in e.assoc_actor1]
    e = top("On 4 June 2022, Fano militiamen clashed with federal troops near Gondar.")
    assert e.actor1.name == "Fano Militia" and e.sub_event_type == "Armed clash"


def test_a_countrys_strikes_are_its_military_s():
    e = top("On 4 June 2022, more than 40 civilians were killed in Pakistani airstrikes in Khost province.")
    assert (e.sub_event_type, e.actor1.name, e.actor2.name) == \
        ("Air/drone strike", "Military Forces of Pakistan", "Civilians (Afghanistan)")
    e = top("On 4 June 2022, Russian shelling killed two civilians in Kherson.")
    assert e.actor1.name == "Military Forces of Russia"


def test_a_state_force_read_as_the_agent_of_a_grenade_or_a_bomb_is_its_target():
    # the FC patrol was hit: the bomb's agent is untold, the patrol its target
    event = top("On 10 May 2023, an FC patrol was hit by a remote-controlled bomb near the bus stand in Quetta.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1.name.startswith("Unidentified Armed Group")
    assert event.actor2.name.startswith("Police Forces")
    # civilians hurt with the police: the target is the civilians, as ACLED codes such a blast
    event = top("On 10 May 2023, nine people including two traffic policemen were injured when motorcyclists "
                "threw a grenade near a market in Quetta.")
    assert event.actor1.name.startswith("Unidentified Armed Group")
    assert event.actor2.name.startswith("Civilians")
    # a force written as the doer keeps it
    event = top("On 10 May 2023, soldiers from an army battalion attacked a teacher with a grenade in Sittwe.")
    assert event.actor1.name.startswith("Military Forces")
    event = top("On 10 May 2023, a landmine planted by regime forces exploded near Hama, injuring a shepherd.")
    assert event.actor1.name.startswith("Military Forces")


def test_a_remote_controlled_explosion_is_an_attack_and_a_controlled_one_a_bomb_squad_s():
    event = top("On 4 December 2023, the BLA carried out a remote controlled explosion against an FC convoy near Kohlu.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    event = top("On 4 December 2023, the bomb disposal squad carried out a controlled explosion of the device in Kohlu.")
    assert event.sub_event_type == "Disrupted weapons use"
