"""Event days, round five: a weekday written with its date, days counted back from publication, a
day of the month told alone. My own sentences; the places are real."""

from datetime import date

import pytest

from sitroom.coder.when import find_dates

from .coder_helpers import top
from .story_helpers import story


@pytest.mark.parametrize("sentence,published,days", [
    # a weekday with its date written after it: the date tells the day, not the latest such weekday
    ("Jerome Batiste was shot and killed Saturday, July 5, while sitting on his porch.", "2025-08-27",
     [("2025-07-05", 1), ("2025-07-05", 1)]),
    ("He was killed Sunday, Aug. 17, 2025, in Gentilly.", "2025-08-27", [("2025-08-17", 1), ("2025-08-17", 1)]),
    # (where they disagree, one is a slip: the weekday is read as always, beside the date)
    ("Ava was shot and killed by a robber on Monday, Nov. 15.", "2016-11-15", [("2016-11-14", 1), ("2016-11-15", 1)]),
    # (a date told apart from the weekday is another day)
    ("He was killed Saturday in Gentilly; the funeral is July 5.", "2025-08-27",
     [("2025-08-23", 1), ("2025-07-05", 1)]),
    # days counted back from publication
    ("A man was shot and killed three days ago outside a bar.", "2025-08-27", [("2025-08-24", 1)]),
    ("A man was shot and killed 10 days ago outside a bar.", "2025-08-27", [("2025-08-17", 1)]),
    # (weeks are loose talk: "graduated two weeks ago" dates no deed)
    ("He had graduated from high school two weeks ago.", "2025-08-27", []),
    # a day of the month told alone: this month's, or last month's when it is still to come
    ("He was shot on the night of the 16th in Gentilly.", "2025-08-27", [("2025-08-16", 1)]),
    ("He was shot on the 30th, police said.", "2025-08-27", [("2025-07-30", 1)]),
    # (nor a hundred days: loose talk)
    ("He died 100 days ago.", "2025-08-27", []),
    # (an ordinal before a noun, or one of a list of ordinals, is no day)
    ("Soldiers of the 3rd, 5th and 7th battalions killed 20 militants in Borno State.", "2025-08-27", []),
    ("Fires broke out on the 2nd and 3rd floors.", "2025-08-27", []),
    ("He lived on the 16th floor of the building.", "2025-08-27", []),
    ("The 21st victim died on the way to a hospital.", "2025-08-27", []),
])
def test_days_written_with_a_weekday_counted_back_or_told_alone(sentence, published, days):
    found = find_dates(sentence, date.fromisoformat(published))
    assert [(w.date, w.precision) for w in found] == days


def test_a_story_dates_its_deed_by_a_weekday_and_its_date():
    event = top("NEW ORLEANS — Jerome Batiste, 54, was shot and killed Saturday, July 5, while sitting on his porch "
                "in Gentilly, police said.", published="2025-07-15")
    assert event.event_date == "2025-07-05"


def test_shortly_after_midnight_is_the_day_a_story_came_out():
    event = top("MOBILE, Ala. — A man was shot and killed shortly after midnight in Mobile. The police chief had "
                "warned residents at a news conference last week that guns fired into the air can kill.",
                published="2025-01-01")
    assert event.event_date == "2025-01-01"
    # (with its weekday, the weekday tells the day)
    event = top("MOBILE, Ala. — A man was shot and killed shortly after midnight Sunday in Mobile, police said.",
                published="2025-01-01")
    assert event.event_date == "2024-12-29"


def test_a_separate_case_is_another_event_with_its_own_day():
    from .coder_helpers import code

    events = code("STOCKTON, Calif. — A man was shot and killed at a south Stockton apartment complex early Sunday, "
                  "police said. In a separate case, police said Saturday that they had arrested a man in connection "
                  "with a March 8 shooting near Louis Park that wounded a 16-year-old.", published="2025-03-24")
    attacks = [e for e in events if e.event_type == "Violence against civilians"]
    assert attacks[0].event_date == "2025-03-23" and attacks[0].fatalities == 1
    assert any(e.event_date == "2025-03-08" for e in attacks[1:])


def test_days_counted_back_from_a_burial_to_an_arrest_date_the_arrest_not_the_killing():
    event = top("CLEVELAND — Family members laid Devonte Harris to rest on Saturday, two days after Cleveland police "
                "arrested a man accused of killing him. Harris was shot and killed on June 21 outside a corner store "
                "on the city's east side.", published="2025-06-30")
    assert event.event_date == "2025-06-21"


def test_a_shooting_told_earlier_this_month_takes_its_day_not_the_charge_s():
    text = ("Akron police say they have arrested a man in a shooting earlier this month that left one man "
            "dead and two others hurt. Police say they charged 27-year-old Marcus Dean with murder on Friday. "
            "Officers say at least a dozen shots were fired Dec. 6 outside a corner store on Elm Street. Police "
            "say 31-year-old Terrell Hays died at the scene.")
    events = story(text, published="2015-12-21")
    shooting = next(e for e in events if e.event_type == "Violence against civilians")
    arrest = next(e for e in events if e.sub_event_type == "Arrests")
    # the shots' day, in the month the lead told; the arrest keeps the charge's day
    assert (shooting.event_date, arrest.event_date) == ("2015-12-06", "2015-12-18")
