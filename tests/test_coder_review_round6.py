"""What a review of the sixth red-team round's readings found they over-read, bounded."""

from .story_helpers import lead, story


def test_a_bomber_killing_herself_and_wounding_others_killed_only_herself():
    event = lead("A female suicide bomber blew herself up at a market in Maiduguri on Tuesday, killing herself and "
                 "wounding 11 civilians.", published="2025-05-09")
    assert (event.fatalities, event.injured) == (1, 11)


def test_the_men_of_another_clause_are_not_the_posts_target():
    event = lead("Militants attacked a police checkpoint in Bannu on Tuesday, killing two civilians, before soldiers "
                 "arrived.", published="2025-05-09")
    assert event.actor2.name == "Police Forces of Pakistan"


def test_a_group_yet_to_claim_the_attack_is_not_its_agent():
    events = story("Militants attacked a police station in Bannu on Tuesday, killing two policemen. The TTP has yet "
                   "to claim responsibility for the attack.", published="2025-05-09")
    assert events[0].actor1.name.startswith("Unidentified Armed Group")


def test_a_lead_death_of_earlier_wounds_goes_back_to_the_dated_attack():
    events = story("A man died on Thursday of wounds he suffered when gunmen attacked a bus near Kano. On May 2, "
                   "gunmen opened fire on the bus, killing four passengers.", published="2025-05-09")
    assert len([e for e in events if e.event_type is not None]) == 1


def test_a_residential_block_of_a_town_is_the_town():
    event = lead("Israeli airstrikes destroyed a residential block of Khan Younis on Tuesday, killing 12 people.",
                 published="2025-05-09")
    assert event.location.admin1 is not None


def test_including_does_not_reach_into_a_clause_of_its_own():
    event = lead("Gunmen raided several villages in Zamfara on Tuesday including Kadu where villagers were killed.",
                 published="2025-05-09")
    assert event.actor2.name == "Civilians (Nigeria)"


def test_the_bombers_figure_is_the_one_told_with_them():
    event = lead("Two suicide bombers in three vehicles blew themselves up at an army base in Bannu on Tuesday.",
                 published="2025-05-09")
    assert event.fatalities != 3


def test_a_sentence_adverb_is_no_dateline_town():
    event = lead("Meanwhile, May 6 - Gunmen killed three soldiers in Kidal.", published="2025-05-09")
    assert event.event_date == "2025-05-06"
