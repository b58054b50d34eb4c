"""Event days, round four: a day in the clause a reporting verb reports, probation as a court's act, a
day before a vaguer date, and a day that opens a statement. My own sentences; the places are real."""

from datetime import date

import pytest

from sitroom.coder.codebook import load_codebook
from sitroom.coder.sentence_coder import analyse, statement_date

from .coder_helpers import top
from .story_helpers import story


@pytest.mark.parametrize("text,published,day", [
    # a day after "that" is the reported happening's, not the statement's
    ("Prosecutors on Wednesday charged a Salina man with manslaughter. A complaint alleges that last Friday he "
     "fired a rifle at a parked car, wounding a teenager.", "2015-09-16", "2015-09-11"),
    # probation is a court's act: the shooting's own date written in the story dates it
    ("A Dixon teenager received two years of probation Thursday for the shooting of his cousin. He was charged "
     "after he shot his cousin in the leg on March 4, 2014, while handling a rifle.", "2015-09-11", "2014-03-04"),
    # the day of the killing, told as the day of publication, comes before a week told for something else
    ("A father who lost his job last week shot and killed his two sons at their home in Towson, police said. "
     "He killed the boys Friday morning before he shot himself.", "2015-07-17", "2015-07-17"),
])
def test_the_events_day(text, published, day):
    assert top(text, published).event_date == day


def test_a_day_that_opens_a_statement_is_the_statements():
    codebook = load_codebook()
    published = date(2015, 3, 25)
    info = analyse(codebook, 0, 0, "On Tuesday, detectives said a fight over a bicycle led to the gunfire.",
                   published, None)
    assert [statement_date(info, w) for w in info.dates] == [True]
    # (a day that opens a sentence telling the happening itself stays the happening's)
    info = analyse(codebook, 0, 0, "On Tuesday, a man was shot outside a store, detectives said.", published, None)
    assert [statement_date(info, w) for w in info.dates] == [False]


@pytest.mark.parametrize("text,published,day", [
    # a story of the morning after tells the night before by its weekday in another sentence
    ("A man was badly hurt in an overnight shooting at a Springfield motel. The incident happened around "
     "11:40 p.m. Monday at a motel on Glenstone Avenue, officers said.", "2019-04-09", "2019-04-08"),
    ("Two women were wounded in a shooting outside a nightclub in Dayton, Ohio, overnight. It happened shortly "
     "before midnight Friday near the club's back door.", "2021-08-07", "2021-08-06"),
    # the night before told only in a sentence about a later arrest does not date the shooting
    ("A man was wounded in an overnight shooting in Joplin, police said. Officers arrested a suspect Monday "
     "evening.", "2019-04-09", "2019-04-09"),
    # a day the page names otherwise ("today") stays when no day before it is told
    ("A teenager was shot overnight in Tulsa and is in stable condition.", "2019-04-09", "2019-04-09"),
])
def test_a_night_before_told_elsewhere_dates_an_overnight_event(text, published, day):
    assert top(text, published).event_date == day


def test_a_deed_told_in_a_year_long_past_is_background():
    events = story("Militants killed 12 soldiers in an ambush near Damboa in Borno state on Sunday, the army said. "
                   "In December 2022, a military drone strike killed 85 villagers at a religious gathering in "
                   "Kaduna state. In 2021, ISWAP fighters overran a base in Marte, killing 40 soldiers.",
                   published="2025-03-18")
    lead, *rest = events
    assert (lead.fatalities, lead.attribution.modality) == (12, "asserted")
    assert {e.fatalities: e.attribution.modality for e in rest if e.fatalities} == {85: "generic", 40: "generic"}


def test_a_year_before_a_noun_is_no_date_and_last_years_deed_may_be_the_story():
    # "a 2010 black sedan" is a car's model year
    event = story("A 9-year-old boy was wounded in a drive-by shooting in Kearns, Utah, on Wednesday. Two men in a "
                  "2010 black sedan fired at a parked car, police said.", published="2016-12-29")[0]
    assert event.attribution.modality == "asserted"
    # a story a year on may still be about that year's deed (a trial, an arrest)
    trial = story("A man was sentenced Friday for a shooting in Dayton, Ohio. In 2024, he shot and killed two men "
                  "outside a bar, prosecutors said.", published="2025-03-18")
    assert any(e.fatalities == 2 and e.attribution.modality == "asserted" for e in trial)
