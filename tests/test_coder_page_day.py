"""The date a line of the page carries ("Date: Sunday, March 5, 2023") dates a story that tells
no day of its own, and its weekdays, when it is earlier than the publication date given with
the story (the day the page was collected). My own sentences; the places are real."""

from datetime import date

from sitroom.coder.story_days import written_day

from .coder_helpers import pipeline_events

RELEASE = """Killing Becomes the Town's Second Homicide This Year

Date: Sunday, March 5, 2023, 9:40 PM

Location: 1400 Elm Street

Offense: Murder

Officers of the Tyler Police Department responded to a shooting at 1400 Elm Street. They found a
22 year old man with a gunshot wound to his chest. The man died at the hospital.

Anyone with information about this crime is asked to call the tip line."""

POSTED = """Man wounded in Tyler shooting

Posted: Sunday, March 5, 2023

A man was shot in the leg on Saturday night outside a bar on Broadway Avenue in Tyler, Texas,
police said. He was taken to a hospital and is expected to survive."""



def test_a_story_with_no_day_of_its_own_takes_the_day_of_its_date_line():
    (event, *_) = pipeline_events(RELEASE, "2023-03-07")
    assert event.event_date == "2023-03-05"
    assert event.fatalities == 1


def test_weekdays_count_from_the_day_the_page_was_posted():
    # collected a week later: "Saturday" is the day before the posting, not the Saturday before the collection
    (event, *_) = pipeline_events(POSTED, "2023-03-12")
    assert event.event_date == "2023-03-04"


def test_a_date_line_no_earlier_than_the_publication_changes_nothing():
    (event, *_) = pipeline_events(RELEASE, "2023-03-05")
    assert event.event_date == "2023-03-05"
    (event, *_) = pipeline_events(POSTED.replace("March 5, 2023", "March 9, 2023"), "2023-03-05")
    assert event.event_date == "2023-03-04"


def test_the_written_day():
    published = date(2023, 3, 7)
    assert written_day(published, date(2023, 3, 5)) == date(2023, 3, 5)
    assert written_day(published, date(2023, 3, 9)) == published  # an update after the publication
    assert written_day(published, date(2021, 3, 5)) == published  # a record's date years before
    assert written_day(published, None) == published
    assert written_day(None, date(2023, 3, 5)) == date(2023, 3, 5)
