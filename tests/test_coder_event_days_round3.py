"""Event days, round three: a weekday the day after publication, a vague date narrowed by a day told
within it, the shooting's own day in a follow-up story, and days set for what is still to come. My own
sentences; the places are real."""

from datetime import date

import pytest

from sitroom.coder.when import find_dates

from .coder_helpers import code, top


@pytest.mark.parametrize("text,published,day", [
    # a weekday the day after publication, in a story that names its publication day by its weekday
    ("Deputies searched a Macon neighborhood on Thursday for the man who shot a teenager Wednesday night.",
     "2017-03-01", "2017-03-01"),
    ("Police in Fresno on Sunday were still looking for whoever shot a woman outside her home Saturday evening.",
     "2016-07-23", "2016-07-23"),
    # (without the publication day told by weekday, the weekday stays in the week before)
    ("A Lodi boy died Friday after he was accidentally shot at his home on Thursday.", "2014-10-01", "2014-09-25"),
    # a vague date narrowed by a day told within it
    ("A man was killed outside a bar in Flint last month. It happened on March 6 after an argument, police said.",
     "2017-04-06", "2017-03-06"),
    ("Two men were wounded in a shooting in Gary last week. It happened on Dec. 15 outside a gas station.",
     "2016-12-23", "2016-12-15"),
    # a follow-up story: the court's or the arrest's day, and the shooting's own date before it
    ("A man accused of killing his neighbour appeared in court in Tulsa on Tuesday. Prosecutors said he shot the "
     "neighbour on May 3 during an argument.", "2016-09-14", "2016-05-03"),
    ("Police arrested a 19-year-old on Monday in the fatal shooting of a Detroit teenager. The teenager was shot on "
     "March 26 outside a store.", "2017-04-06", "2017-03-26"),
    # (a protest against an arrest keeps its own day)
    ("On 6 May 2020, people protested in Lviv against the arrest of an activist. The activist stabbed a man in "
     "Odessa on 24 May 2018.", "2020-05-08", "2020-05-06"),
    # a day set for a trial dates nothing (and is no day of the year before)
    ("A woman charged in the shooting of her husband in Kittanning is scheduled for trial June 6.",
     "2016-05-05", "2016-05-05"),
    ("A Marksville officer indicted in the shooting death of a boy has a trial date set for Nov. 28.",
     "2016-09-29", "2016-09-29"),
])
def test_the_events_day(text, published, day):
    assert top(text, published).event_date == day


def test_a_day_in_court_still_to_come_is_no_date():
    assert find_dates("He is due back in court on July 10.", date(2015, 6, 25)) == []


def test_a_day_told_before_an_event_does_not_narrow_its_month():
    # the crossing's day is another event's: the fall of the town keeps "earlier this month"
    events = code("Soldiers crossed the border on July 25, officials said. The Taliban overran the border town "
                  "of Spin Boldak earlier this month.", "2021-07-26")
    fall = next(e for e in events if e.sub_event_type == "Non-state actor overtakes territory")
    assert (fall.event_date, fall.time_precision) == ("2021-07-01", 3)


def test_a_month_opening_a_sentence_dates_its_deed_to_that_month():
    from sitroom.coder.codebook import load_codebook
    from sitroom.coder.sentence_coder import analyse
    from datetime import date

    def months(text, published):
        return [(w.date, w.precision) for w in analyse(load_codebook(), 0, 0, text, published, None).dates]

    assert months("In December, militants attacked a checkpoint in Afgoye.", date(2025, 3, 11)) == [("2024-12-01", 3)]
    assert months("Back in February, a man was shot in Dover.", date(2025, 3, 11)) == [("2025-02-01", 3)]
    # not the month of publication, not mid-sentence, not "May" the verb
    assert months("In March, militants attacked a checkpoint in Afgoye.", date(2025, 3, 11)) == []
    assert months("He was shot in December, police said.", date(2025, 3, 11)) == []
    assert months("In May, he said, the talks may resume.", date(2025, 3, 11)) == [("2024-05-01", 3)]


def test_a_day_after_the_shooting_is_its_own_when_the_arrest_has_its_day_before():
    from .story_helpers import lead

    event = lead("Police on Monday arrested a man in the fatal shooting of a teenager on Friday in Dover.",
                 published="2024-03-19")
    assert event.event_date == "2024-03-15"


def test_a_month_told_mid_sentence_dates_the_when_clause_after_it():
    from sitroom.coder.codebook import load_codebook
    from sitroom.coder.sentence_coder import analyse
    from datetime import date
    from .story_helpers import lead

    def months(text, published):
        return [(w.date, w.precision) for w in analyse(load_codebook(), 0, 0, text, published, None).dates]

    published = date(2025, 11, 10)
    assert months("Ties have soured since October, when border clashes killed 23 soldiers.", published) \
        == [("2025-10-01", 3)]
    assert months("The valley has been quiet since March 2023, when gunmen stormed the market.", published) \
        == [("2023-03-01", 3)]
    # without a "when" clause a month mid-sentence is a comparison or a background, no date
    assert months("It was the deadliest attack since October, officials said.", published) == []
    assert months("The militia was formed in March 2023 by local traders.", published) == []
    event = lead("Ties between the neighbours have soured since October, when border clashes killed 23 soldiers "
                 "near Chaman.", published="2025-11-10")
    assert (event.event_date, event.time_precision, event.fatalities) == ("2025-10-01", 3, 23)


def test_a_month_and_year_written_on_a_deed_dates_it_past_a_court_act():
    from .story_helpers import lead

    event = lead("A court in Abuja on Thursday sentenced five men to death over the June 2022 attack on a church in "
                 "Owo, in which 41 worshippers were killed.", published="2025-10-10")
    assert (event.event_date, event.time_precision, event.fatalities) == ("2022-06-01", 3, 41)
    # a day written on the trigger stays the deed's after a court's act too
    event = lead("A man was sentenced in Dover on Thursday for Monday's shooting of a shopkeeper.", published="2025-10-10")
    assert event.event_date == "2025-10-06"


@pytest.mark.parametrize("text,date,fatalities", [
    # a month told for a deed in a clause dates that deed alone, never the sentence's own
    ("Gunmen killed eight villagers in Zamfara on Sunday, the deadliest attack in the state since March 2024, "
     "when bandits killed 40 people.", "2025-06-08", 8),
    ("Gunmen killed eight villagers in Zamfara, the deadliest attack in the state since February, when bandits "
     "killed 40 people.", "2025-06-10", 8),
    ("Gunmen killed eight villagers in Zamfara on Sunday, the deadliest attack since the March 2024 bombing of a "
     "mosque.", "2025-06-08", 8),
    ("A man jailed over the June 2022 attack on a church in Owo was stabbed to death in prison on Sunday.",
     "2025-06-08", 1),
])
def test_a_month_told_for_a_past_deed_does_not_date_the_sentences_own(text, date, fatalities):
    from .story_helpers import lead

    event = lead(text, published="2025-06-10")
    assert (event.event_date, event.fatalities) == (date, fatalities)
    assert event.event_type == "Violence against civilians"


def test_a_month_ahead_dates_nothing():
    from sitroom.coder.codebook import load_codebook
    from sitroom.coder.sentence_coder import analyse
    from datetime import date

    def months(text):
        return [(w.date, w.precision) for w in analyse(load_codebook(), 0, 0, text, date(2025, 6, 10), None).dates]

    assert months("Protesters vowed to stay in the square until September, when lawmakers return.") == []
    assert months("The mission will stay until March 2027, when its mandate ends.") == []


def test_a_deed_named_by_its_month_and_told_by_its_verb_is_dated_so():
    from .story_helpers import lead

    event = lead("Officials said the May 2025 ambush killed 15 soldiers near Diffa.", published="2025-06-10")
    assert (event.event_date, event.time_precision, event.fatalities) == ("2025-05-01", 3, 15)


@pytest.mark.parametrize("text,remembered", [
    ("Ten years after terrorists stormed the Army Public School in Peshawar and killed more than 140 people, the "
     "nation on Monday remembered the victims.", True),
    ("Survivors gathered in Srebrenica on Friday to mark the 30th anniversary of the massacre that killed 8,000 men "
     "and boys.", True),
    # a deed after the remembered clause's comma is today's
    ("Two years after the war ended, gunmen killed 12 villagers in Kauru on Sunday.", False),
])
def test_a_deed_remembered_years_after_is_background(text, remembered):
    from sitroom.api import pipe, text_document
    from sitroom.pipeline import EVENT_STAGES

    docs = list(pipe([text_document(text, published="2025-06-10")], stages=EVENT_STAGES, published="2025-06-10"))
    events = [e for d in docs for e in d.events if e.event_type]
    assert events
    assert all(e.attribution.modality == "generic" for e in events) is remembered
