"""A dateline with the town written as a name and the filing day ("Imphal, Nov 8:", "Quetta, Jan 5
(APP):") dates the filing, not the event, and the figure after it opens the story."""

from .story_helpers import lead


def test_the_filing_day_of_a_title_case_dateline_is_not_the_events_day():
    event = lead("Imphal, Nov 8: Two villagers were killed when armed men attacked a village in Jiribam district "
                 "on Thursday night, police said.", published="2024-11-08")
    assert event.event_date == "2024-11-07"
    assert event.fatalities == 2


def test_the_figure_after_an_agencys_dateline_counts():
    event = lead("Quetta, Jan 5 (APP): Two policemen were killed when gunmen attacked a check post on the city's "
                 "outskirts on Saturday.", published="2025-01-05")
    assert event.fatalities == 2 and event.event_date == "2025-01-04"


def test_a_clock_time_and_a_label_still_count_nobody():
    from sitroom.coder.quantities import find_quantities
    from sitroom.coder.tokens import tokenize

    for text in ("The shooting happened at 6:45 p.m.", "Deputies: Couple says man found dead"):
        tokens = tokenize(text)
        colon = next(k for k, t in enumerate(tokens) if t.text == ":")
        assert all(q.start != colon + 1 for q in find_quantities(tokens))


def test_a_sentence_opening_with_a_weekday_and_a_date_is_dated_by_it():
    event = lead("Tuesday, March 4 - Gunmen killed two traders in Jiribam district, police said.",
                 published="2025-03-06")
    assert event.event_date == "2025-03-04"
