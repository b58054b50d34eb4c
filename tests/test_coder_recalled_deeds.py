"""A deed a story recalls in a sentence that opens with a week, a month or a year ("Earlier this
month, ...", "Last week, ...") and tells a toll of its own is another event, not the lead told
again. My own sentences; the places are real."""

from .story_helpers import story


def test_a_deed_recalled_earlier_this_month_with_its_own_toll_is_another_event():
    text = ("Five soldiers were killed and eight militants died in a raid on a hideout near Razmak on Monday "
            "night, the army said on Tuesday.\n\nEarlier this month, two soldiers were killed in an ambush near "
            "Miranshah in the same district.")
    events = story(text, "2024-03-20")
    lead = events[0]
    assert (lead.fatalities, lead.event_date) == (13, "2024-03-18")
    recalled = [e for e in events[1:] if e.fatalities == 2]
    assert recalled and recalled[0].event_date == "2024-03-01" and recalled[0].time_precision == 3


def test_the_lead_told_again_with_its_week_is_still_the_lead():
    # (the same toll told again: the lead, whatever frame the sentence opens with)
    text = ("Five soldiers were killed in a raid on a hideout near Razmak on Monday night, the army said.\n\n"
            "Earlier this week, five soldiers were killed in the raid, which began after a tip-off.")
    events = story(text, "2024-03-20")
    assert [e.fatalities for e in events if e.event_type] == [5]


def test_last_years_count_opened_by_its_year_is_no_dated_event_of_the_story():
    text = ("A 24-year-old man was shot and killed on Elm Street in Dayton late Friday, police said. In 2015, 43 "
            "people were shot dead in Dayton.")
    events = story(text, "2016-03-13")
    assert (events[0].fatalities, events[0].event_date) == (1, "2016-03-11")
    counted = [e for e in events if e.fatalities == 43]
    assert counted and counted[0].event_date is None and counted[0].attribution.modality == "generic"


def test_a_date_of_last_year_written_in_full_still_dates_a_deed():
    # (a story in early January may lead with a shooting of late December)
    events = story("A man was shot and killed on Elm Street in Dayton on Dec. 30, 2015, police said.", "2016-01-04")
    assert events[0].event_date == "2015-12-30"


def test_a_deed_told_a_day_before_the_lead_is_dated_so():
    text = ("Gang members opened fire on residents of Solino in Port-au-Prince on Tuesday, killing three people, "
            "police said. The attack came a day after police killed two gang members in a shootout in the area.")
    events = story(text, "2024-08-07")
    assert events[0].event_date == "2024-08-06"
    shootout = [e for e in events if e.fatalities == 2]
    assert shootout and shootout[0].event_date == "2024-08-05"


def test_a_deed_after_the_comma_of_an_opening_a_day_after_keeps_its_own_day():
    # ("Two days after a bombing ..., gunmen attacked": the sentence's own deed, not the earlier one)
    text = ("Gunmen shot dead three policemen in Hangu on Friday. Two days after a market bombing killed nine "
            "people in Parachinar, gunmen attacked a checkpoint in Kohat on Sunday.")
    events = story(text, "2024-08-06")
    kohat = [e for e in events if e.location is not None and e.location.name == "Kohat"]
    assert kohat and kohat[0].event_date == "2024-08-04"
