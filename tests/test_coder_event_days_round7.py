"""Event days, round seven: a night told by a statement made the day after it, and an arrest's day
told right beside its verb in a sentence that also dates the killing. My own sentences; the places
are real."""

import pytest

from .coder_helpers import top


@pytest.mark.parametrize("text,published,day", [
    # (the page is dated Thursday 10 March 2016; what was said of the night was said on Wednesday)
    ("Air strikes on the town of Rafah killed at least 18 people overnight, local health officials said on "
     "Wednesday.", "2016-03-10", "2016-03-09"),
    # (said on Monday: the night before that Monday's morning)
    ("Drones struck the port of Odesa overnight, killing two dock workers, the regional governor said on "
     "Monday.", "2016-03-10", "2016-03-07"),
    # a statement told without its day leaves "overnight" the page's own day
    ("Gunmen killed four herders in Zamfara overnight, police said.", "2016-03-10", "2016-03-10"),
])
def test_a_night_is_dated_by_the_statement_made_after_it(text, published, day):
    assert top(text, published).event_date == day


def test_a_night_told_by_a_statement_on_another_day_in_another_sentence_keeps_the_pages_day():
    # (the ministry's Monday words are about something else; the night is the page's)
    text = ("Rockets struck the city of Kharkiv overnight, killing three people. The defence ministry said on "
            "Monday that it had moved more air defence units to the region.")
    assert top(text, "2016-03-10").event_date == "2016-03-10"


@pytest.mark.parametrize("text,published,day", [
    # the day right beside "arrested" is the arrest's; the killing is dated by its own day
    ("Police on Friday arrested a second man in the shooting death last month of a Dayton barber who was "
     "gunned down outside his shop on Jan. 14.", "2016-02-14", "2016-01-14"),
    ("A 19-year-old was booked Tuesday in the killing of a cab driver who was shot on Jan. 30 in Toledo.",
     "2016-02-14", "2016-01-30"),
])
def test_an_arrests_own_day_does_not_date_the_killing(text, published, day):
    assert top(text, published).event_date == day


def test_an_arrest_document_named_far_from_the_day_leaves_the_day_to_the_shooting():
    # ("arrest" names the affidavit, not an arrest made that day)
    text = ("According to an arrest affidavit, officers went to Pine Street on April 21 and found that two "
            "men had been shot.")
    assert top(text, "2015-09-23").event_date == "2015-04-21"


def test_a_photos_day_in_its_caption_does_not_date_the_shooting():
    # (the caption comes first, as a photo gallery above a story puts it)
    text = ("Photo 1 of 4 A house near Wayne Avenue where a 9-year-old girl accidentally shot herself in the hand "
            "is shown Tuesday, Aug. 2, 2016, in Dayton. (Staff photo)\n\nPhoto 2 of 4 A 9-year-old girl "
            "accidentally shot herself about 8:40 p.m. Sunday, July 31, 2016, at a home in the 200 block of Elm "
            "Street in east Dayton. (Staff photo)")
    assert top(text, "2016-08-02").event_date == "2016-07-31"


def test_a_day_after_a_caption_phrase_is_the_photos_not_the_deeds():
    from datetime import date

    from sitroom.coder.codebook import load_codebook
    from sitroom.coder.sentence_coder import analyse, statement_date

    info = analyse(load_codebook(), 0, 0, "The burned car is pictured Monday outside the station.",
                   date(2016, 8, 2), None)
    assert [statement_date(info, w) for w in info.dates] == [True]
    info = analyse(load_codebook(), 0, 0, "The car was burned Monday outside the station.", date(2016, 8, 2), None)
    assert [statement_date(info, w) for w in info.dates] == [False]
