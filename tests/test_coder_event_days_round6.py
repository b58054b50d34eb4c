"""Event days, round six: dates written in numbers ("12/23/16", "3.12.2016"), which number is the
month, what is no date, and a numeric date that stamps the story or a record rather than the deed;
a month written with "of" before its year; weekends. My own sentences; the places are real."""

from datetime import date

import pytest

from sitroom.coder.when import find_dates

from .coder_helpers import top


@pytest.mark.parametrize("sentence,published,days", [
    # month first, as American police write it, with a two- or four-digit year
    ("Deputies were called to the store on 12/23/16 at about 8:50 p.m.", "2016-12-27", ["2016-12-23"]),
    ("The shooting happened on 6/3/2016 near the bus depot.", "2016-06-05", ["2016-06-03"]),
    # day first, as most other places write it: the month reading would be after publication
    ("Two guards were shot dead in Lahore on 23/11/2019.", "2019-11-25", ["2019-11-23"]),
    ("Gunmen stormed the checkpoint on 25.04.2021, officials said.", "2021-04-26", ["2021-04-25"]),
    # (both readings are days before publication: the one of the last two weeks, since news tells
    # what is recent; where neither or both are, no date: "2/3/25" in mid-March may be either)
    ("Gunmen stormed the checkpoint on 3.12.2016, officials said.", "2016-12-05", ["2016-12-03"]),
    ("Gunmen stormed the checkpoint on 3.12.2016, officials said.", "2016-12-27", []),
    ("A man was shot dead in Chicago on 2/3/25, police said.", "2025-03-18", []),
    # (a record's date, told after a word of birth, is no happening's)
    ("The suspect, born 11/05/1990, shot dead his neighbour on Sunday.", "2025-03-18", ["2025-03-16"]),
    ("He was identified as John Doe (DOB 11/05/1990).", "2025-03-18", []),
    # (a reading after publication is not the one meant; a day later is a time zone's)
    ("He was shot on 4/5/2016 outside his home.", "2016-04-06", ["2016-04-05"]),
    # with dashes, as a police release's form writes it (a whole year only: "3-2-16" may be a score)
    ("Date: 09-17-2016 01:01:46 Subject: shooting death on Egan Drive.", "2016-09-18", ["2016-09-17"]),
    ("The Bears lost 3-2-16 in a shootout.", "2016-09-18", []),
    # no year, versions, scores and addresses of the web are no dates
    ("The clinic is open 24/7 and treated 3/4 of the wounded.", "2016-04-06", []),
    ("Release v2.1.16 of the app crashed; the address 10.12.4.16 was blocked.", "2016-04-06", []),
    # (with dots, a whole year only: "Article 2.1.18" of a code is no date)
    ("Under Article 2.1.16 of the penal code, the men face prison.", "2016-04-06", []),
    ("He was shot at 1/2/3 Elm Court.", "2016-04-06", []),
])
def test_a_date_written_in_numbers(sentence, published, days):
    found = find_dates(sentence, date.fromisoformat(published))
    assert [w.date for w in found] == days


def test_an_ambiguous_numeric_date_without_a_publication_date_is_no_date():
    assert find_dates("Gunmen stormed the checkpoint on 3.12.2016.", None) == []
    # (one that only one reading makes a day is still read)
    assert [w.date for w in find_dates("Gunmen stormed the checkpoint on 23.12.2016.", None)] == ["2016-12-23"]


def test_a_numeric_date_told_by_police_dates_the_deed():
    event = top("GREENVILLE, S.C. — The sheriff's office said a man was shot and killed outside a bar on 12/23/16 at "
                "approximately 8:50 p.m.", published="2016-12-27")
    assert event.event_date == "2016-12-23"


@pytest.mark.parametrize("stamp", ["(08/18/16)", "(Aug. 18, 2016)"])
def test_a_bracketed_date_that_opens_a_story_stamps_the_story(stamp):
    # "(08/18/16) - ...": the day the story was filed, not that of the shooting it tells
    event = top(f"{stamp} - A man suspected in a shooting that wounded a 7-year-old girl in Flint has turned "
                "himself in, police said.", published="2016-08-17")
    assert event.event_date == "2016-08-17"


@pytest.mark.parametrize("born", ["04/11/1993", "April 11, 1993"])
def test_a_birth_date_on_a_wanted_notice_does_not_date_the_deed(born):
    # (a date alone on its line is no statement's day, years back)
    event = top("Offense: Murder\n\nLocation: 1400 Elm Street\n\nA man was shot and killed in Paris, Texas, police "
                f"said. A warrant has been issued for the suspect.\n\nJOHN DOE\n\n{born}\n\n5'10\" 170 lbs",
                published="2017-02-16")
    assert event.event_date == "2017-02-16"


@pytest.mark.parametrize("sentence,days", [
    # a month and its year joined by "of" read as "October 2014" is: where it opens the sentence
    # or is written on a deed's noun
    ("In October of 2014, gunmen killed two men in a robbery on Poplar Avenue.", [("2014-10-01", 3)]),
    ("Back in March of 2013, a gunman wounded three people at a bus stop.", [("2013-03-01", 3)]),
    # (further on, it is a background or comparison, as "since March 2014" is)
    ("It was the deadliest attack on the street since October of 2014.", []),
])
def test_a_month_of_a_year(sentence, days):
    found = find_dates(sentence, date(2015, 3, 28))
    assert [(w.date, w.precision) for w in found] == days


@pytest.mark.parametrize("sentence,published,days", [
    # a weekend is dated by its Saturday, to the week: the last one begun by publication
    ("Three people were wounded at a house party in Jackson this past weekend.", "2025-03-17", [("2025-03-15", 2)]),
    ("Two men were shot over the weekend in Jackson.", "2025-03-18", [("2025-03-15", 2)]),
    # (later in the week "over the weekend" may be the one to come: no date)
    ("More protests are planned in Jackson over the weekend.", "2025-03-20", []),
    # (nor before "of", "before", "after": "the weekend of November 24")
    ("Riots broke out in Dublin on the weekend of November 24, police said.", "2025-03-17", [("2024-11-24", 1)]),
    ("Two men were shot over the weekend in Jackson.", "2025-03-16", [("2025-03-15", 2)]),
    # ("last weekend" in a Sunday story is the one before)
    ("Two men were shot last weekend in Jackson.", "2025-03-16", [("2025-03-08", 2)]),
    # ("this weekend" in a story of the week is as often the one to come: no date)
    ("A vigil will be held this weekend in Jackson.", "2025-03-19", []),
])
def test_a_weekend(sentence, published, days):
    found = find_dates(sentence, date.fromisoformat(published))
    assert [(w.date, w.precision) for w in found] == days


def test_a_local_story_of_a_weekend_shooting_tells_one_event_dated_by_its_day():
    from .coder_helpers import pipeline_events

    # (the whole pipeline: the dateline makes it a local story, told from its lead to its end)
    events = pipeline_events("PUEBLO, Colo. — Pueblo County deputies have arrested a 17-year-old boy in the shooting death of "
                  "another teenager over the weekend.\n\nThe Pueblo Chieftain reports that the arrest was announced "
                  "Wednesday. He faces a count of manslaughter.\n\nThe victim, Marcus Lee, was also 17. He died Sunday "
                  "of a gunshot wound to the chest.", "2014-11-19")
    attacks = [e for e in events if e.event_type == "Violence against civilians"]
    assert len(attacks) == 1
    assert attacks[0].event_date == "2014-11-16" and attacks[0].fatalities == 1


@pytest.mark.parametrize("sentence,days", [
    # a day counted back from another the sentence told before it, not from publication
    ("Speaking to reporters on Tuesday, the commander said bandits had attacked farmers in Jere the day before.",
     ["2025-03-18", "2025-03-17"]),
    ("On March 14, police stormed the house of a man suspected of killing his neighbours the previous day.",
     ["2025-03-14", "2025-03-13"]),
    ("Mourners gathered on Saturday for Adams, who was shot dead eight days earlier.", ["2025-03-15", "2025-03-07"]),
    # (no day told before it: counted from nothing)
    ("Bandits had attacked farmers in Jere the day before, the commander said.", []),
    # (before a noun it is no count of days: "the day before the election")
    ("He was killed on Saturday, two days before the election.", ["2025-03-15"]),
])
def test_days_counted_back_from_a_day_told_before(sentence, days):
    assert [w.date for w in find_dates(sentence, date(2025, 3, 19))] == days


def test_a_deed_told_the_day_before_a_statement_is_dated_that_day():
    event = top("MAIDUGURI, Nigeria — Speaking to reporters on Tuesday, the army commander said bandits had attacked "
                "farmers in Jere the day before, killing six.", published="2025-03-19")
    assert event.event_date == "2025-03-17"


def test_a_deeds_day_written_as_a_possessive_after_a_claim_is_the_deeds():
    # "claimed responsibility for Wednesday's bombing": Wednesday is the bombing's, not the claim's
    event = top("KUNDUZ, Afghanistan — The Islamic State group claimed responsibility for Wednesday's bombing at a "
                "mosque in Kunduz that killed at least seven worshippers. The group said in a statement on its "
                "Telegram channel on Thursday that one of its fighters carried out the attack.", published="2025-03-20")
    assert event.event_date == "2025-03-19"


def test_a_day_counted_back_in_a_side_clause_does_not_move_the_deeds_day():
    # "had been released on bail two days earlier" tells when he was released, not when he was held
    from .coder_helpers import code

    events = code("A man arrested in Tulsa on Monday had been released on bail two days earlier, police said.",
                  "2025-03-20")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and arrests[0].event_date == "2025-03-17"


@pytest.mark.parametrize("text,day", [
    # a possessive day before a statement's noun is the statement's, not the deed's
    ("The army said in Wednesday's statement that militants had killed four soldiers in Borno last week.",
     "2025-03-10"),
])
def test_a_possessive_day_of_a_statement_is_the_statements(text, day):
    assert top(text, published="2025-03-21").event_date == day


def test_days_counted_back_from_the_day_the_sentence_before_told():
    # "Mourners gathered Saturday ... He was shot dead eight days earlier": counted from Saturday
    assert [w.date for w in find_dates("He was shot dead eight days earlier on Snyder Avenue.", date(2025, 3, 16),
                                       day_before=find_dates("They gathered on Saturday.", date(2025, 3, 16))[0])] \
        == ["2025-03-07"]
    event = top("PHILADELPHIA — Hundreds of mourners gathered Saturday at a church in south Philadelphia for the "
                "funeral of 16-year-old Marcus Bell. Bell was shot dead in a drive-by shooting eight days earlier as "
                "he walked home from practice.", published="2025-03-16")
    assert event.event_date == "2025-03-07"
