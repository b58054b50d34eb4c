"""The attackers' own dead count beside their victims, however the note tells them."""

from .story_helpers import lead, story


def test_attackers_dead_told_after_a_semicolon_add_to_the_victims():
    event = lead("On 4 June 2025, JNIM militants attacked an army post in Arbinda, killing 4 soldiers and 9 "
                 "civilians; 7 attackers also died.", published="2025-06-08")
    assert event.fatalities == 20


def test_a_force_that_lost_men_and_killed_attackers_counts_both():
    event = lead("Soldiers repelled an assault on their base near Menaka on Monday, killing 10 assailants; 2 "
                 "soldiers were killed.", published="2025-06-08")
    assert event.fatalities == 12


def test_a_bomber_killing_herself_and_others_counts_her_and_them():
    event = lead("On 4 June 2025, a female suicide bomber blew herself up at a fish market in Bama, killing "
                 "herself and 8 civilians.", published="2025-06-08")
    assert event.fatalities == 9


def test_dozens_of_displaced_people_killed_are_dozens_dead():
    event = lead("On 4 June 2025, gunmen attacked a camp near Gao, killing dozens of displaced people.",
                 published="2025-06-08")
    assert event.fatalities == 12


def test_an_earlier_attack_on_a_written_date_with_its_own_toll_is_not_the_leads():
    text = ("TURBAT: Four policemen were martyred when gunmen attacked their van in the Nasirabad area of Kech "
            "district on Thursday, officials said.\n\n"
            "On March 2, 11 soldiers were martyred in an attack on a post in Kech.")
    events = story(text, published="2025-03-15")
    assert events[0].fatalities == 4
    assert any(e.fatalities == 11 and e.event_date == "2025-03-02" for e in events[1:])
