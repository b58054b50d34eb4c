"""Numbers in full news articles: ages, times, addresses and money are never victims; deaths
told without a figure still count; subsets are not totals. Every sentence is our own."""

import pytest

from sitroom.coder.quantities import death_figures, figures, find_quantities
from sitroom.coder.tokens import tokenize

from .coder_helpers import code, top


@pytest.mark.parametrize("text,expected", [
    # ages are not tolls; the words before an age count the people
    ("A 31-year-old man was shot dead in Dayton on Friday night.", 1),
    ("Two 15-year-old girls were fatally shot outside a skating rink.", 2),
    ("The 64-year-old was killed when a gunman opened fire on his truck.", 1),
    ("Three people, aged 19, 20 and 41, were killed in the shooting at the bar.", 3),
    ("Marcus Hale, 27, was killed in a shooting outside a barber shop, police said.", 1),
    ("A five-year-old boy was killed by a stray bullet in the courtyard.", 1),
    # times, addresses, money, calibres and spans of time count nobody
    ("At 11:40 p.m. a man was shot and killed in the 4300 block of Elm Road.", 1),
    ("Police offered a $25,000 reward after a clerk was fatally shot at the store.", 1),
    ("A 9 mm handgun was used to kill a woman in the parking lot, detectives said.", 1),
    ("In the past 48 hours a teenager was shot dead near the park.", 1),
    # death words in another sense: where someone lives, a killing only tried
    ("A man who lives nearby was shot in the arm outside a store in Xenia, police said.", 0),
    ("The gunman, who lives at 812 Elm Street, shot a clerk in the leg in Xenia.", 0),
    ("Police said the suspect was trying to kill 2 deputies when he fired at their car in Xenia.", 0),
    # figures joined across the death word or a word of injury count other people
    ("Two are dead and two are in critical condition after a shooting at a party in Xenia.", 2),
    ("The shooting outside a bar in Xenia left nine injured and one dead, police said.", 1),
    ("A gunman opened fire at a cookout in Xenia, wounding four men and killing one woman.", 1),
    # a person named by a possessive counts one
    ("A mother and her young son were found shot to death in their home in Xenia.", 2),
    ("Police said a gunman shot and killed his brother and two others at a house in Xenia.", 3),
    ("A woman was shot dead by her boyfriend at a house in Xenia.", 1),
    # the figure of a passive's agent counts the attackers; coordinated participles share "was"
    ("A courier was shot dead by two armed men outside a pharmacy in Xenia.", 1),
    ("Three farmers were killed by four gunmen who raided their hamlet near Xenia.", 3),
    ("A night watchman was tied up and beaten to death by a gang in Xenia.", 1),
    ("A village elder was attacked and stabbed to death by about 40 people over a land dispute.", 1),
    # a group joined by "along with" shares the death unless it is told hurt on its own
    ("The gunman killed a shepherd along with his two nephews near Xenia.", 3),
    ("A grocer was killed along with his two daughters when gunmen fired into the shop.", 3),
    ("Deputies found a man shot to death, along with two neighbors who had been shot too.", 1),
    ("They found the bodies of two men in the barn, along with two women who had serious gunshot wounds.", 2),
    # the attacker's own death counts beside the victims', as ACLED counts perpetrators killed,
    # unless it was an accident (the only victim) or is counted already
    ("A man shot and killed his wife at their home in Xenia, then turned the gun on himself.", 2),
    ("A boy accidentally shot and killed himself at a home in Xenia on Friday.", 1),
    # a killing's name counts its dead when no figure is told; an attempt counts none
    ("Police said the shooting at a farmhouse near Xenia on Friday was a double homicide.", 2),
    ("A couple were shot at their home in Xenia on Friday in what deputies called a murder-suicide.", 2),
    ("A man was charged with attempted double murder after the shooting in Xenia.", 0),
    # digits glued to letters name a thing; a figure after "including" is among those counted
    ("A 10TV News crew filmed the street in Xenia where Jones was killed.", 1),
    ("A shooting in Xenia left four people dead, including a gunman, police said.", 4),
    # one person after a killing verb, a determiner and a name's capitalised words
    ("Detectives are searching for whoever gunned down a Wright State University student in Xenia.", 1),
    # a decade of life is an age
    ("A man in his 20s was shot dead outside a bar in Dayton.", 1),
    ("Two women in their 40s were killed when a gunman fired into the car.", 2),
    # a year and an address written as bare digits count nobody; a count written so still counts
    ("The 2015 shooting spree in the valley killed three people.", 3),
    ("In 2015, a gunman killed a guard outside the bank.", 1),
    ("On 14200 Carver, a man was shot and killed on his porch.", 1),
    ("More than 1500 protesters were killed in the crackdown, the group said.", 1500),
    ("Troops killed 1900 militants in the offensive, the army said.", 1900),
    # subsets are not totals
    ("Twelve insurgents including 2 commanders were killed and 5 others were wounded in the raid.", 12),
    # deaths told without a figure
    ("A delivery driver was fatally shot during a robbery in Toledo.", 1),
    ("A gunman fired at a bus in Akron and then took his own life, police said.", 1),
    ("A boy, 4, found a pistol in a drawer in Akron and accidentally shot himself. He died in hospital.", 1),
    ("The man accused of killing officer Dana Reyes surrendered on Monday.", 1),
    ("A shooting on Pine Street left a man wounded. He was pronounced dead at a hospital an hour later.", 1),
    ("Police are searching for a suspect in the fatal shooting at a gas station on Sunday.", 1),
    ("Police are investigating an attempted murder at a gas station on Sunday.", 0),
    ("No one was killed when gunmen fired on the checkpoint.", 0),
    # a death told twice is one death, not two
    ("Police said there was a fatal shooting on Oak Street. A 40-year-old man was shot and killed there.", 1),
    # a death whose victim the sentence does not name is not added to one whose victim it does
    ("A 17-year-old was fatally shot early Sunday at a house party in Mobile. "
     "The 17-year-old boy was fatally shot in the back yard, police said.", 1),
    # a rank written in digits counts nobody
    ("A 9th-grader was shot dead on Tuesday near his school in Dayton.", 1),
    ("Police said the 2nd-degree murder suspect killed a clerk at the store on Friday.", 1),
    # "one fatally": the figure before the adverb is the dead; the ones listed before it the shot
    ("Gunmen shot five people, one fatally, at a block party in Camden on Saturday.", 1),
    ("A gunman wounded six men outside a club, two of them fatally, police said.", 2),
    # "under the age of 10" is an age
    ("A child under the age of 10 was killed in a drive-by shooting in Bakersfield on Thursday.", 1),
    # a roundup's figures count many incidents, not the one the sentence tells
    ("A boy was shot dead in Tulsa on Sunday, one of 12 people killed across the city over the weekend.", 1),
    ("Gunmen killed a clerk in Tulsa on Friday; at least 30 people were killed in the city in May alone.", 1),
    # one person told with "the" and described after a bare comma is one, not a list of two
    ("The victim, a 21-year-old man from Gary, was shot and killed outside a diner in Merrillville on Sunday.", 1),
    ("The owner, a woman in her 60s, was killed during a robbery at her store in Yakima on Friday.", 1),
    # a list that goes on with "and" is a list
    ("The driver, a passenger and a child were killed in a roadside bombing near Kandahar on Friday.", 3),
    ("The driver, a passenger, and a child were killed in a roadside bombing near Kandahar on Friday.", 3),
    # a wound told mortal is a death
    ("Two officers were mortally wounded in an ambush in Dallas on Thursday, police said.", 2),
    # shots fired into a house that hurt no one are still a shooting, with no dead
    ("No one was hurt when someone fired more than a dozen shots into a house on Pine Street in Peoria, "
     "Illinois, on Tuesday night, police said.", 0),
])
def test_news_figures(text, expected):
    assert top(text).fatalities == expected


def test_an_age_is_no_quantity_but_its_article_counts_one():
    tokens = tokenize("A 27-year-old man was shot and killed.")
    quantities = find_quantities(tokens)
    assert [(q.start, q.small) for q in quantities] == [(0, 1)]
    assert figures(death_figures(tokens, quantities), False) == [(1, "any")]


def test_a_day_after_an_abbreviated_month_is_no_quantity():
    tokens = tokenize("Ray Dunn was arrested on Jan. 30 and charged with murder in the death of a clerk.")
    assert all(q.small != 30 for q in find_quantities(tokens))
    assert not [f for f, _ in figures(death_figures(tokens, find_quantities(tokens)), False) if f == 30]


def test_a_death_without_a_figure_is_weak():
    tokens = tokenize("Police said Jordan was fatally shot.")
    (figure, key), = figures(death_figures(tokens, find_quantities(tokens)), False, "Civilians")
    assert figure == 1 and key.startswith("~")


def test_a_killing_a_crowd_protests_is_not_a_death_at_the_protest():
    event = top("Hundreds of students protested in Quetta on Monday against the killing of a teacher.")
    assert event.event_type == "Protests"
    assert event.fatalities == 0


def test_strategic_events_have_zero_fatalities_as_acled_codes_them():
    event = top("Police arrested two men on weapons charges in Fresno on Tuesday.")
    assert event.event_type == "Strategic developments"
    assert event.fatalities == 0


def test_a_weekday_after_a_passive_verb_dates_the_event():
    # "were" opens the reporting phrase "were of the view", but alone it reports nothing
    event = top("Five teens were shot on Saturday evening outside a gym in Tulsa.", published="2014-06-23")
    assert event.event_date == "2014-06-21"


def test_a_party_s_claim_is_never_added_to_the_figures_others_give():
    text = ("Militants attacked a checkpoint in Kandahar on Monday, killing 12 soldiers, officials said. "
            "Twenty attackers were also killed. The Taliban said on their website that they killed 30 soldiers.")
    lead = top(text)
    assert lead.fatalities == 32


def test_a_figure_only_a_party_s_outlet_tells_is_coded_as_zero_and_noted():
    event = top("The Taliban said on Voice of Jihad that their fighters killed 3 policemen in Helmand on Sunday.")
    assert event.fatalities == 0
    assert event.notes == ["Fatalities coded as 0 (Voice of Jihad reported 3 fatalities)"]


def test_a_group_s_own_channel_named_by_a_possessive_is_its_outlet():
    event = top("The Taliban claimed on their website that 12 Pakistani soldiers were killed near Torkham on Sunday.")
    assert event.fatalities == 0
    assert event.notes == ["Fatalities coded as 0 (Taliban (their website) reported 12 fatalities)"]
    # a state's forces on their own website are no party outlet of the kind: their figure counts
    event = top("The army said on its website that 12 militants were killed near Torkham on Sunday.")
    assert event.fatalities == 12


def test_a_group_s_own_claim_counts_when_no_one_else_gives_a_figure():
    # as ACLED's notes code a group's claim reported by the press ("BLA claimed one soldier was killed")
    event = top("Militants of the BLA attacked a post in Kalat on Sunday. The BLA claimed that 2 soldiers were killed.")
    assert event.fatalities == 2


def test_an_event_told_twice_takes_the_day_it_happened_not_the_day_of_a_page_stamp():
    text = ("Girl, 9, shot outside her school Posted: Wednesday, March 4, 2015 6:10 PM EST\n\n"
            "A 9-year-old girl was shot outside her school in Dayton on Monday afternoon, police said.")
    assert top(text, "2015-03-04").event_date == "2015-03-02"
    # a day given before the publication day still wins when the headline has none
    text = ("Police are searching for a gunman after a man was shot dead in Toledo.\n\n"
            "The man was shot dead on Saturday night outside a bar, police said.")
    assert top(text, "2015-03-04").event_date == "2015-02-28"


def test_the_lead_dates_a_note_even_when_an_earlier_attack_is_told_after_it():
    text = ("On 6 May 2020, in Oaxaca, gunmen shot dead a bus driver. "
            "His brother had been attacked on 3 February 2020.")
    assert top(text).event_date == "2020-05-06"


def test_overnight_is_the_night_that_ends_on_the_publication_day():
    assert top("Four people were shot overnight outside a club in Tulsa.", "2015-03-08").event_date == "2015-03-08"
    assert top("Four people were shot last night outside a club in Tulsa.", "2015-03-08").event_date == "2015-03-07"


def _with_title(title, text):
    from sitroom.annotate.sentences import split_sentences
    from sitroom.coder.document_coder import code_article
    events = code_article(text, split_sentences(text), "t", "2016-01-08", title=title)
    return min(events, key=lambda e: e.rank)


def test_the_headline_tells_the_lead_events_toll_when_the_text_does_not():
    body = "Police said a 41-year-old woman was shot twice in the head on Birch Street on Thursday."
    assert _with_title("Woman shot, killed in Germantown; suspect held", body).fatalities == 1
    assert _with_title("Two dead in Germantown shooting", body.replace("woman was", "woman and her son were")).fatalities == 2
    # a headline's commas part clauses: three were shot and one died
    assert _with_title("Three shot, one dead outside Germantown bar", body).fatalities == 1
    # no death in the headline, or a toll the text tells: the text's figure stands
    assert _with_title("Woman wounded on Birch Street", body).fatalities == 0
    assert _with_title("Woman killed on Birch Street", body + " She survived and no one died.").fatalities == 0
    assert _with_title("Woman killed on Birch Street", "Two people were shot dead on Birch Street on Thursday.").fatalities == 2


def test_the_pipeline_reads_the_toll_of_an_articles_title():
    from sitroom.api import pipe, text_document
    from sitroom.pipeline import EVENT_STAGES
    doc = text_document("Police said a 41-year-old woman was shot twice in the head on Birch Street on Thursday.",
                        title="Woman shot, killed on Birch Street", published="2016-01-08")
    [coded] = list(pipe([doc], stages=EVENT_STAGES, geocode=False))
    assert coded.article.title == "Woman shot, killed on Birch Street"
    assert min(coded.events, key=lambda e: e.rank).fatalities == 1


def test_a_roundups_tally_is_no_toll_of_the_storys_events():
    events = code("Three teenagers were wounded by gunfire at a party in Houston on Monday. In Chicago, 39 people "
                  "were shot across the city over the holiday weekend, leaving at least 10 dead.", "2020-06-01")
    assert [e.fatalities for e in events] == [0, 0]
    # a tally told after the story's event does not become its toll
    assert top("A gunman shot a store clerk in Tulsa on Friday. At least 30 people were killed in the city "
               "in May alone.", "2020-06-01").fatalities == 0


def test_a_group_that_owns_someone_counts_that_one_person():
    # "the couple's toddler" is one child, not the couple; listed with others, each counts
    assert top("His girlfriend, her teenage daughter and the couple's toddler were found dead in a trailer "
               "near Xenia on Friday.").fatalities == 3
    assert top("The couple's son was shot dead outside a store in Xenia on Friday.").fatalities == 1
    assert top("A couple were shot dead in their home in Xenia on Friday.").fatalities == 2


def test_a_victims_later_death_adds_to_the_attackers_own():
    # ACLED counts perpetrators killed: the gunman's suicide and the cashier's later death are two
    assert top("A gunman wounded a cashier at a gas station in Xenia on Friday and then killed himself. "
               "The cashier died at a hospital on Saturday.").fatalities == 2
    # the attacker's death told again is still one
    assert top("A man shot his neighbor in the leg in Xenia on Friday, then turned the gun on himself. "
               "The gunman died at the scene.").fatalities == 1


def test_and_died_has_the_sentence_s_opening_subject_however_far_back():
    event = top("A woman was shot in the early hours of Friday outside a bar on the east side of Memphis, Tennessee, "
                "and died two days later at a hospital.", published="2024-07-08")
    assert event.fatalities == 1
    event = top("Two men were shot outside a bar on the east side of Memphis, Tennessee, early on Sunday "
                "and later died at a hospital.", published="2024-07-08")
    assert event.fatalities == 2
    # a verb with its own object is no carried death: "shooting and killing the gunman" kills him
    event = top("A bystander in Memphis, Tennessee, saw the robbery on Sunday, drew his own gun and killed "
                "the gunman.", published="2024-07-08")
    assert event.fatalities == 1


def test_a_pronoun_object_of_a_killing_counts_with_those_joined_to_it():
    event = top("Militants attacked the house of a tribal elder in Lakki Marwat on Sunday, killing him and his "
                "two sons.", published="2024-03-20")
    assert event.fatalities == 3
    event = top("Police said a man shot and killed her and her mother in Tulsa on Sunday.", published="2024-03-20")
    assert event.fatalities == 2


@pytest.mark.parametrize("text", [
    "On 14 March 2024, Israeli airstrikes hit Khan Younis (Gaza Strip). Fatalities coded as 0 (the health "
    "ministry reported 5 fatalities).",
    "On 7 March 2024, Russian forces shelled Kherson city (Kherson). Fatalities coded as 0 (local media reported "
    "1 fatality, which could not be verified).",
])
def test_the_coders_figure_stands_over_the_figure_a_source_reported(text):
    assert top(text, "2024-03-20").fatalities == 0


@pytest.mark.parametrize("text, count", [
    ("The war has killed tens of thousands of people.", 10000),
    ("The floods displaced hundreds of thousands of people.", 100000),
    ("Fighting has killed tens of people in the district.", 10),
])
def test_a_vague_multiple_of_thousands_counts_its_thousands(text, count):
    tokens = tokenize(text)
    assert [q.small for q in find_quantities(tokens)] == [count]


def test_a_platform_a_statement_was_posted_on_is_no_place():
    from datetime import date

    from sitroom.coder.codebook import load_codebook
    from sitroom.coder.sentence_coder import analyse
    info = analyse(load_codebook(), 0, 0, "Rescuers pulled a girl from the rubble, the governor said on Telegram.",
                   date(2023, 5, 10), None)
    assert info.places == []


def test_the_man_named_by_his_town_is_one_person():
    # "The Wichita man ... died": one death, as "The man ... died" is
    assert top("The Wichita man who was shot outside his home Friday night died from his injuries Sunday, "
               "police said.", "2016-05-10").fatalities == 1
