"""Actors and roles: the codebook's names, voice, possessives, coordination, victims."""

from sitroom.coder.actors import find_mentions
from sitroom.coder.codebook import load_codebook
from sitroom.coder.tokens import tokenize

from .coder_helpers import top


def names(sentence):
    return [(m.text, m.name) for m in find_mentions(load_codebook(), tokenize(sentence), sentence)]


def test_demonyms_and_country_phrases_name_state_forces():
    found = dict(names("Afghan soldiers, the military of Pakistan, Pakistan's army and Iraqi police."))
    assert found["Afghan soldiers"] == "Military Forces of Afghanistan"
    assert found["military of Pakistan"] == "Military Forces of Pakistan"
    assert found["Pakistan's army"] == "Military Forces of Pakistan"
    assert found["Iraqi police"] == "Police Forces of Iraq"


def test_group_aliases_and_transliterations():
    for spelling in ("Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "the TTP"):
        assert ("TTP: Tehreek-i-Taliban Pakistan" in [n for _, n in names(f"A statement by {spelling} followed.")]), spelling
    assert "Islamic State ({country})" in [n for _, n in names("Fighters loyal to Daesh moved in.")]


def test_acronyms_match_only_in_capitals():
    assert names("It is what it is.") == []
    assert [n for _, n in names("IS fighters attacked.")] == ["Islamic State ({country})"]


def test_institutions_and_the_country_takes_the():
    found = dict(names("The ISPR and the US State Department issued statements."))
    assert found["ISPR"] == "Military Forces of Pakistan"
    assert found["US State Department"] == "Government of the United States"


def test_passive_voice_puts_the_agent_first():
    event = top("Two policemen were killed by militants in Bannu, Pakistan.")
    assert event.actor1.name == "Unidentified Armed Group (Pakistan)"
    assert event.actor2.name == "Police Forces of Pakistan"
    assert event.event_type == "Battles"


def test_possessive_agent():
    event = top("Pakistan's airstrikes hit hideouts in North Waziristan.")
    assert event.actor1.name == "Military Forces of Pakistan"


def test_coordinated_actors_become_associated():
    event = top("Soldiers attacked Uzbek and Tajik militants, and their Afghan hosts, near Datta Khel in Pakistan.")
    assert event.actor1.name == "Military Forces of Pakistan"
    assert event.actor2.name.startswith("Unidentified Armed Group")


def test_clash_between_two_named_sides():
    event = top("Fighting between the Taliban and Afghan forces continued in Kunduz.")
    assert {event.actor1.name, event.actor2.name} == {"Taliban", "Military Forces of Afghanistan"}


def test_victim_of_violence_against_civilians_is_actor2():
    event = top("Unidentified gunmen killed two brothers in Khuzdar, Pakistan.")
    assert event.event_type == "Violence against civilians"
    assert event.actor1.name == "Unidentified Armed Group (Pakistan)"
    assert event.actor2.name == "Civilians (Pakistan)"
    assert event.fatalities == 2


def test_unnamed_actors_take_the_story_country():
    event = top("Militants attacked a police post in Lakki Marwat district of Khyber Pakhtunkhwa.")
    assert event.actor1.name == "Unidentified Armed Group (Pakistan)"
    assert event.actor2.name == "Police Forces of Pakistan"


def test_protest_actors_follow_acled():
    event = top("Shopkeepers protested in Chaman, Pakistan, against the closure of the border with Afghanistan.")
    assert event.actor1.name == "Protesters (Pakistan)"


def test_crowd_attacking_police_is_mob_violence():
    event = top("Villagers beat up two policemen who tried to enforce the curfew in Bihar, India.")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
    assert event.actor1.name == "Rioters (India)"


def test_unnamed_killers_in_a_crime_story_are_a_gang():
    event = top("Armed men shot dead a drug dealer in Culiacan, Mexico.")
    assert event.actor1.name == "Unidentified Gang (Mexico)"
    assert top("Armed men shot dead a teacher in Culiacan, Mexico.").actor1.name == "Unidentified Armed Group (Mexico)"
