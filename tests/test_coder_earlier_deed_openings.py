"""A sentence that opens with how long after an earlier deed it comes ("Ten days after a bombing
killed nine people in Parachinar, gunmen shot dead three policemen in Hangu on Friday") tells its
own deed after the comma: the earlier one's dead, means and day are not its own. My own sentences;
the places are real."""

from .coder_helpers import pipeline_events, top


def test_the_deed_after_the_comma_is_the_sentences_own():
    event = top("HANGU, Pakistan — Ten days after a market bombing killed nine people in Parachinar, gunmen shot "
                "dead three policemen at a checkpoint in Hangu on Friday, officials said.", published="2025-01-19")
    assert event.fatalities == 3
    assert event.event_date == "2025-01-17"
    assert event.sub_event_type != "Remote explosive/landmine/IED"


def test_the_earlier_deeds_day_written_in_the_opening_does_not_date_the_sentences_deed():
    events = pipeline_events("GUSAU, Nigeria — Barely two weeks after the Jan. 4 raid in which bandits killed 11 "
                             "farmers in Maru, gunmen attacked Kadi village on Friday, killing at least 14 people, "
                             "residents said.", "2025-01-20")
    assert events[0].fatalities == 14 and events[0].event_date == "2025-01-17"


def test_a_deed_told_after_after_without_a_span_is_the_same_deed():
    # ("After gunmen stormed the village, they killed seven farmers": one deed told in two clauses)
    event = top("After gunmen stormed the village of Kadi in Zamfara State on Friday, they killed seven farmers, "
                "residents said.", published="2025-01-20")
    assert event.fatalities == 7


def test_an_earlier_deed_of_another_kind_stays_an_event_of_its_own():
    # ("Hours after a bomber killed 30 people, protesters took to the streets": the bombing is told
    # nowhere else, and is no rival of the protest)
    events = pipeline_events("PESHAWAR, Pakistan — Hours after a suicide bomber killed 23 worshippers at a mosque in "
                             "Peshawar on Friday, hundreds of traders took to the streets to denounce the "
                             "government.", "2025-03-15")
    kinds = {e.event_type: e for e in events}
    assert kinds["Explosions/Remote violence"].fatalities == 23
    assert "Protests" in kinds


def test_the_earlier_deeds_place_is_not_the_sentences_deeds():
    event = top("Less than a day after a roadside bomb killed four soldiers in Kurram, militants attacked a police "
                "station in Lakki Marwat, killing two constables, officials said.", published="2025-03-18")
    assert event.fatalities == 2 and event.location.name.startswith("Lakki")
