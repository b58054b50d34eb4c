"""Which state and country a local story is in, and so which of several namesakes its places
are: the state it names, a state written without its dot, a headline's dateline, a bare county
name that many countries share. My own sentences; the places are real and come from the
embedded gazetteer."""

from sitroom.api import pipe, text_document
from sitroom.pipeline import EVENT_STAGES

from .story_helpers import lead


def test_a_bare_name_shared_by_an_english_county_and_a_big_us_city_does_not_make_the_story_british():
    event = lead("A woman was found shot dead in Norfolk on Sunday, police said. "
                 "Officers found her in an apartment on Granby Street.")
    assert event.location.country == "USA"


def test_a_small_place_abroad_is_not_a_street_of_a_local_story():
    event = lead("A teenager died after he was accidentally shot at a house in the 11400 block of Panay, "
                 "police said.", dateline="Houston, Texas")
    assert (event.location.country, event.location.admin1) == ("USA", "Texas")


def test_the_actors_of_a_local_story_are_of_its_country_when_a_part_of_town_has_a_namesake_abroad():
    # Whitehaven is a part of Memphis; the gazetteer's only Whitehaven is in England
    event = lead("One man died and two others were wounded in a shooting on Monday night in Whitehaven, "
                 "police said.", dateline="Memphis, Tennessee")
    assert event.location.country == "USA"
    assert (event.actor1.country, event.actor2.name) == ("USA", "Civilians (United States)")


def test_a_state_abbreviation_without_its_dot_after_a_town_is_the_state():
    # in a story the rest of which is American ("the 100 block of Main Street")
    event = lead("A third victim has died after the shooting at a bar in Lake Butler, Fla, police said. "
                 "The shooting happened in the 100 block of Main Street.")
    assert (event.location.country, event.location.admin1) == ("USA", "Florida")


def test_the_state_a_story_names_most_picks_among_namesakes():
    text = ("A man was shot dead outside a store in Lexington on Friday night. Agents of the South Carolina "
            "Law Enforcement Division are investigating, and South Carolina officials asked for witnesses.")
    assert lead(text).location.admin1 == "South Carolina"


def test_a_dateline_without_its_state_is_read_in_the_state_the_story_names():
    # the gazetteer's biggest Jackson is in Mississippi
    text = ("JACKSON (WBBJ) - A teenager was shot and killed outside a gas station on Saturday, police said. "
            "Tennessee investigators were called in.")
    event = lead(text, dateline="JACKSON")
    assert (event.location.name, event.location.admin1) == ("Jackson", "Tennessee")


def test_a_headline_opened_by_a_town_and_its_state_is_the_dateline():
    text = "A boy was accidentally shot and killed at his home on Friday evening, the coroner said."
    doc = next(pipe([text_document(text, doc_id="t", published="2014-10-03",
                                   title="LEXINGTON, SC: Coroner names boy killed in accidental shooting")],
                    stages=EVENT_STAGES))
    assert doc.article.dateline.lower() == "lexington, sc"
    event = min(doc.events, key=lambda e: e.rank)
    assert (event.location.name, event.location.admin1) == ("Lexington", "South Carolina")


def test_the_place_of_an_arrest_is_not_where_the_killing_was():
    event = lead("A man wanted in the shooting death of a woman last week was arrested on Tuesday in "
                 "Richmond, Virginia, police said.", dateline="Durham, N.C.")
    assert (event.location.name, event.location.admin1) == ("Durham", "North Carolina")
    # the killing's own place, told before the arrest's, stays
    event = lead("A man was shot dead in Richmond, Virginia, on Monday, and the suspect was arrested in Durham "
                 "on Tuesday.", dateline="Durham, N.C.")
    assert event.location.name == "Richmond"


def test_a_headline_left_as_the_first_line_is_read_as_the_headline_not_as_an_event():
    from .story_helpers import story

    text = ("Three shot near a park in Indianapolis; one dead\n"
            "INDIANAPOLIS - One person is dead and two others were wounded after a shooting near Watkins Park "
            "on Sunday night, police said.")
    events = [e for e in story(text, published="2024-03-20") if e.attribution.modality == "asserted"]
    assert [(e.fatalities, e.injured, e.location.name) for e in events] == [(1, 2, "Indianapolis")]
    # its toll still stands for a lead that tells none
    text = "Man shot dead outside a Dayton bar\nDAYTON, Ohio - A man was shot outside a bar on Sunday night."
    assert lead(text, published="2024-03-20").fatalities == 1


def test_a_neighbourhood_of_a_datelined_story_is_in_its_town_not_a_namesake_town():
    # Russell is a part of Louisville and a small town of its own in another county
    event = lead("A teen was shot and killed on Friday in the Russell neighborhood, police said.",
                 dateline="Louisville, Ky.")
    assert (event.location.name, event.location.admin1) == ("Louisville", "Kentucky")


def test_a_neighbourhood_the_gazetteer_holds_near_the_datelined_town_is_named_by_the_town():
    # the gazetteer holds Ashburn as a place of its own inside Chicago: coders name the city
    event = lead("A 19-year-old man was shot and killed in the Ashburn neighborhood on Friday night, police said.",
                 dateline="Chicago")
    assert (event.location.name, event.location.admin1) == ("Chicago", "Illinois")
    assert event.location.geo_precision == 2
