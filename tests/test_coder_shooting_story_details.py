"""Details of local shooting stories: a named victim who died, one found dead, the one who did
the wounding, a holiday that names a kind of party, a remembered attack's dead. My own sentences;
the places are real."""

import pytest

from sitroom.api import pipe, text_document
from sitroom.pipeline import EVENT_STAGES

from .coder_helpers import code


def first(text, published="2025-03-26"):
    docs = list(pipe([text_document(text, published=published)], stages=EVENT_STAGES, published=published))
    return [e for d in docs for e in d.events if e.event_type][0]


@pytest.mark.parametrize("text", [
    "Jaylen Moss, 17, died after being shot outside a store in Bessemer on Saturday evening.",
    "Police said Jaylen Moss died after being shot outside a store in Bessemer on Saturday evening.",
])
def test_a_named_victim_who_died_is_one_dead(text):
    assert first(text).fatalities == 1


def test_one_found_dead_is_one_dead_and_the_finder_did_not_kill():
    event = first("Police found a man dead in his car in Kent, Wash., on Wednesday. He had been shot.")
    assert event.fatalities == 1
    assert not event.actor1.name.startswith("Police")


@pytest.mark.parametrize("text", [
    "The gunman wounded two people in Greenwood, Ind., on Sunday.",
    "A man wounded two people in Greenwood, Ind., on Sunday.",
])
def test_the_one_who_wounded_is_not_among_the_wounded(text):
    assert first(text, "2025-05-19").injured == 2


def test_a_holiday_naming_a_kind_of_party_dates_nothing():
    event = first("A boy was killed at a Christmas party early Sunday in Fairburn, Ga., police said.", "2025-10-26")
    assert event.event_date == "2025-10-26"
    eve = first("A man was shot dead on Christmas Eve in Fairburn, Ga., police said.", "2025-10-26")
    assert eve.event_date == "2024-12-24"


def test_a_remembered_attacks_dead_are_not_the_storys():
    event = first("A gunman wounded two diners outside a restaurant in Greenwood, Ind., on Sunday. The shooting "
                  "comes three years after a similar incident at a mall, where a gunman killed three people in "
                  "July 2022.", "2025-05-19")
    assert event.fatalities == 0 and event.injured == 2


def test_a_neighborhood_told_beside_a_police_agency_is_the_datelines_towns():
    event = first("LOUISVILLE, Ky. -- A man died after being shot overnight in the Shawnee neighborhood, "
                  "Louisville Metro Police said Tuesday morning.", "2025-09-16")
    assert (event.location.name, event.location.admin1) == ("Louisville", "Kentucky")


def test_an_area_named_in_a_county_datelined_story_is_not_a_town_of_another_state():
    event = first("COBB COUNTY, Ga. -- A 46-year-old man was shot in the neck on Interstate 285 near the "
                  "Cumberland area Monday afternoon.", "2024-12-09")
    assert event.location.admin1 == "Georgia"


@pytest.mark.parametrize("dateline,town", [("COLERAIN TOWNSHIP, Ohio", "Colerain Township"), ("AKRON, Ohio", "Akron")])
def test_a_dateline_with_its_state_written_in_full_places_the_story(dateline, town):
    event = first(f"{dateline} — A man died Sunday after being shot outside a store.", "2025-01-05")
    assert (event.location.name, event.location.admin1) == (town, "Ohio")


def test_the_place_of_an_arrest_told_before_the_shooting_is_not_the_shootings():
    text = ("CHARLESTON, S.C. — A man was shot dead in North Charleston on Sunday. Police arrested a suspect in "
            "Savannah in connection with the shooting on Tuesday.")
    docs = list(pipe([text_document(text, published="2025-04-09")], stages=EVENT_STAGES, published="2025-04-09"))
    attacks = [e for d in docs for e in d.events if e.event_type == "Violence against civilians"]
    assert [e.location.name for e in attacks] == ["North Charleston"]  # no second attack in Savannah


@pytest.mark.parametrize("text", [
    "A man fired more than a dozen shots at a car in Rockford early Monday, wounding the driver.",
    "A man fired 14 shots at a car in Rockford early Monday, wounding the driver.",
])
def test_shots_fired_at_with_their_number_between_are_an_attack(text):
    event = first(text, "2025-04-07")
    assert event.event_type == "Violence against civilians" and event.injured == 1


def test_a_vigil_planned_is_still_to_come():
    docs = list(pipe([text_document("A candlelight vigil is planned for 6 p.m. Saturday at the complex in Decatur, "
                                    "Ga.", published="2025-01-23")], stages=EVENT_STAGES, published="2025-01-23"))
    assert all(e.attribution.modality == "future" for d in docs for e in d.events)


def test_a_suspect_who_surrendered_without_a_fight_handed_over_no_territory():
    docs = list(pipe([text_document("The suspect was found hiding in a barn near Cookeville on Wednesday and "
                                    "surrendered without a fight.", published="2025-01-23")],
                     stages=EVENT_STAGES, published="2025-01-23"))
    assert not any(e.sub_event_type == "Non-violent transfer of territory" for d in docs for e in d.events)


def test_a_shooting_denied_by_a_caption_then_told_is_a_fact():
    text = ("A neighbour set up a camera outside his home. It didn't capture Tuesday's shooting, he said.\n\n"
            "GAGE PARK — Four teenagers were shot, one fatally, while sitting in a parked van late Tuesday night, "
            "police said. Someone pulled up beside them and fired multiple shots at them.")
    event = first(text, "2016-04-20")
    assert event.attribution.modality == "asserted" and event.fatalities == 1


@pytest.mark.parametrize("text", [
    "Akron police are asking for help after a shooting left one man dead late Saturday.",
    "A man and a woman were found dead inside a Sterling Heights home Monday night in what police are calling "
    "a murder-suicide.",
    "Albuquerque police have arrested an 18-year-old in connection with Thursday's shooting at a bus stop that "
    "killed a 52-year-old man.",
    "Fresno police on Thursday released new details about a shooting in southeast Fresno that left one man dead.",
])
def test_police_who_appeal_name_or_arrest_did_not_shoot(text):
    event = first(text, "2025-06-14")
    assert event.event_type == "Violence against civilians"
    assert not event.actor1.name.startswith("Police")


@pytest.mark.parametrize("text,dead", [
    ("A gunman shot and killed a co-worker at a warehouse in Gary on Sunday before killing himself.", 2),
    ("A gunman shot and killed two people at a warehouse in Gary on Sunday before taking his own life.", 3),
    ("A 10-year-old boy fatally shot himself at his home in Durham on Sunday.", 1),
])
def test_the_killers_own_death_told_after_his_deed_adds_to_the_victims(text, dead):
    assert first(text, "2025-04-21").fatalities == dead


@pytest.mark.parametrize("text,dead,hurt", [
    ("Keyonna Smith, 17; her cousin, Derrick Smith, 22; and a family friend, Walter Rhodes, 48, were killed in "
     "the shooting in Gary on Sunday.", None, None),
    ("A man was shot dead in Gary on Sunday. The supervisor, 45, was taken to a hospital.", 1, 1),
    ("A man was shot dead in Bessemer on Saturday. A teen, 18, was wounded.", 1, 1),
])
def test_ages_set_off_by_commas_or_semicolons_count_no_one(text, dead, hurt):
    event = first(text, "2025-04-21")
    assert event.fatalities < 17 and (event.injured or 0) < 17  # no age read as a toll
    if dead is not None:
        assert (event.fatalities, event.injured) == (dead, hurt)


def test_an_agency_named_before_its_officers_rank_and_name_is_the_source_not_a_side():
    event = first("A man was shot dead at a bar in Tulsa on Saturday. The shooting happened about 11:20 p.m. at "
                  "The Rusty Spur, Tulsa police Capt. Richard Meulenberg said.", "2025-02-10")
    assert event.event_type == "Violence against civilians"
    assert event.actor2 is not None and not event.actor2.name.startswith("Police")


@pytest.mark.parametrize("text,published,day", [
    ("A gunman opened fire on a Fourth of July parade in Highland Park, killing seven people.", "2025-07-05",
     "2025-07-04"),
    ("A boy was killed at a Christmas party early Sunday in Fairburn, Ga., police said.", "2025-10-26", "2025-10-26"),
])
def test_a_holiday_before_a_kind_of_thing_dates_it_unless_the_sentence_names_its_day(text, published, day):
    assert first(text, published).event_date == day


def test_an_officer_who_speaks_before_the_deed_leaves_his_force_its_part():
    event = first("Tulsa police Capt. Richard Meulenberg said officers shot and killed a man in Tulsa on Sunday.",
                  "2025-07-05")
    assert event.actor1.name == "Police Forces of the United States"


def test_a_hearing_set_for_later_leaves_the_shooting_a_fact():
    docs = list(pipe([text_document("A man was shot dead in Gary on Sunday. Sentencing in the shooting is set for "
                                    "August.", published="2025-07-05")], stages=EVENT_STAGES, published="2025-07-05"))
    assert any(e.attribution.modality == "asserted" and e.fatalities == 1 for d in docs for e in d.events)


def test_the_day_police_released_details_is_not_the_shootings():
    event = first("Fresno police on Thursday released new details about a shooting in southeast Fresno that left one "
                  "man dead earlier this week. Officers were called at 11:47 p.m. on Tuesday to an apartment complex, "
                  "where they found the man with gunshot wounds.", "2025-09-18")
    assert event.event_date == "2025-09-16"


def test_the_hospital_a_victim_died_at_is_no_second_event():
    text = ("OAKLAND, Calif. — One person was killed Saturday night when gunfire broke out at a sideshow in East "
            "Oakland, police said. A man in his 20s was found with a gunshot wound and died at Highland Hospital.")
    docs = list(pipe([text_document(text, published="2024-05-05")], stages=EVENT_STAGES, published="2024-05-05"))
    attacks = [e for d in docs for e in d.events if e.event_type == "Violence against civilians"]
    assert [e.location.name for e in attacks] == ["Oakland"]  # not Highland, a town far off


def test_a_count_of_shootings_over_time_is_no_shooting():
    events = code("NEW YORK — A man was shot dead Wednesday evening in Queens, police said. Shootings in the 103rd "
                  "Precinct are down 22 percent this year, according to NYPD data.", published="2024-05-10")
    told = [e for e in events if e.attribution.modality == "asserted" and e.event_type is not None]
    assert len(told) == 1 and told[0].fatalities == 1
    statistics = [e for e in events if e.attribution.cue == "statistics"]
    assert statistics and statistics[0].attribution.modality == "generic"


def test_the_hospital_is_the_place_where_a_sentence_names_no_other():
    event = first("Two people died at Kano Specialist Hospital after gunmen opened fire on worshippers in a mosque "
                  "on Friday.", "2024-03-12")
    assert event.location is not None and event.location.country == "NGA"


def test_someone_who_opened_fire_is_an_unnamed_attacker_not_the_victims():
    event = first("Two women were hurt when someone opened fire on a crowd leaving a bar in Columbus, Ohio, shortly "
                  "after midnight Sunday.", "2025-03-16")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1.name.startswith("Unidentified") and event.injured == 2
