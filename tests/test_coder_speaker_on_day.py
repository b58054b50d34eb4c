"""A day written between a speaker and a verb of speech is the day the speaker spoke: in "Police
on Sunday afternoon said a man was found dead", Sunday dates the statement, and the shooting
keeps the day the story tells for it ("the shots were fired late Saturday"). A day after a
wounded person ("a man shot on Sunday told police") is still the shooting's. A day of a life
("whose birthday would have been June 13", "would have turned 4 on Monday") dates nothing.
My own sentences; the places are real."""

from datetime import date

from sitroom.coder.codebook import load_codebook
from sitroom.coder.sentence_coder import analyse, statement_date

from .story_helpers import lead


def _statement_days(sentence, published="2016-03-21"):
    info = analyse(load_codebook(), 0, 0, sentence, date.fromisoformat(published), None)
    return [(w.date, statement_date(info, w)) for w in info.dates]


def test_a_day_between_the_police_and_said_is_the_statement_s():
    assert _statement_days("Dayton police on Sunday afternoon said a man was found dead in a house.") \
        == [("2016-03-20", True)]
    assert _statement_days("Officials on Monday said three guards were killed at the gate.") \
        == [("2016-03-21", True)]
    assert _statement_days("Harris on Friday told reporters that the gunman fled on foot.") \
        == [("2016-03-18", True)]


def test_a_day_after_a_wounded_person_is_the_shooting_s():
    assert _statement_days("A man shot on Sunday told police he never saw the gunman.") == [("2016-03-20", False)]
    assert _statement_days("Gunmen on Sunday killed three farmers near the river, police said.") \
        == [("2016-03-20", False)]


def test_the_story_dates_the_shooting_by_its_own_day():
    text = ("A house party packed with 200 guests ended in gunfire that killed one man and wounded three "
            "others in Dayton, Ohio.\n\nDayton police on Sunday afternoon said the man, 24, was found dead "
            "inside the house.\n\nOfficers were nearby answering a noise complaint when the shots were fired "
            "at 11:40 p.m. Saturday, police said.")
    e = lead(text, published="2016-03-21")
    assert (e.event_date, e.fatalities, e.location.name) == ("2016-03-19", 1, "Dayton"), e


def test_a_birthday_dates_nothing():
    assert _statement_days("The office charged two men in the shooting of the girl, whose birthday would "
                           "have been June 13.", "2016-05-27") == []
    assert _statement_days("The boy, who would have turned 4 on Monday, was shot in the head.", "2016-05-27") == []
    assert _statement_days("A man was shot at a birthday party late Saturday.", "2016-05-27") \
        == [("2016-05-21", False)]
