"""How an event's place is read from the way news writes places: names joined by "de los",
a part of a town named beside the town, a road between two towns, "X of Y", "in central Y".
My own sentences; the places are real and come from the embedded gazetteer."""

from functools import cache

import pytest

from sitroom.annotate.sentences import split_sentences
from sitroom.coder.codebook import load_codebook
from sitroom.coder.document_coder import code_article
from sitroom.coder.sentence_coder import analyse
from sitroom.geo.gazetteer import load_gazetteer
from sitroom.geo.resolve import Resolver


@cache
def resolver():
    return Resolver(load_gazetteer(progress=False))


def top(text):
    events = code_article(text, split_sentences(text), "t", None, resolver=resolver())
    assert events, f"no event coded from {text!r}"
    return min(events, key=lambda e: e.rank)


def places_of(sentence):
    return {p.name: p for p in analyse(load_codebook(), 0, 0, sentence, None, None).places}


def test_a_name_joined_by_de_los_or_de_la_is_one_name():
    found = places_of("Farmers blocked a road in San Juan de los Lagos, Jalisco, on Tuesday.")
    assert found["San Juan de los Lagos"].context == ["Jalisco"]
    assert "Martinez de la Torre" in places_of("Gunmen shot a taxi driver in Martinez de la Torre.")
    # an article after "de" that opens no name does not join anything
    assert "Leon" in places_of("Police met in Leon de la manera habitual.")


def test_a_part_of_a_place_written_before_its_name_is_read_through():
    found = places_of("Hundreds marched in central Ankara while shells fell in the countryside of Aleppo.")
    assert not found["Ankara"].near
    assert found["Aleppo"].near  # the land around a town is near it


def test_a_town_told_with_its_state_beats_a_country_named_in_passing():
    e = top("On 3 June 2021, in Puebla, Puebla, nurses of a hospital chain of Mexico protested over unpaid wages.")
    assert (e.location.name, e.location.admin1) == ("Puebla", "Puebla")


def test_a_part_of_a_town_named_beside_the_town_is_in_that_town():
    e = top("On 3 June 2021, in Fortaleza, Ceara, officers went into the Bom Jardim neighborhood to "
            "serve a warrant. A gunfight followed and one suspect was killed.")
    assert (e.location.name, e.location.geo_precision) == ("Fortaleza", 2)


def test_a_square_of_a_city_is_in_that_city():
    e = top("On 3 June 2021, students protested in Freedom Square of Tbilisi city against new fees.")
    assert (e.location.name, e.location.country, e.location.geo_precision) == ("Tbilisi", "GEO", 2)


def test_a_road_between_two_towns_is_at_the_first():
    e = top("On 3 June 2021, bandits ambushed a bus on the Kaduna - Zaria road and killed two passengers.")
    assert (e.location.name, e.location.country, e.location.geo_precision) == ("Kaduna", "NGA", 2)


def test_a_town_whose_name_joins_two_words_is_not_the_town_of_its_first_word():
    e = top("On 3 June 2021, monitors heard four explosions near Kalynove-Zorivske.")
    assert e.location.name == "Kalynove-Zorivske" and e.location.lat is None


def test_a_common_spelling_of_a_big_city_is_found_without_a_country():
    e = top("On 3 June 2021, displaced families protested in Idleb city against the closure of a crossing.")
    assert (e.location.name, e.location.country) == ("Idlib", "SYR")


def test_a_park_in_a_local_story_is_in_the_storys_town_not_a_small_namesake():
    text = "LOUISVILLE, Ky. - Gunfire killed two people and wounded five during a football game at Shawnee Park."
    events = code_article(text, split_sentences(text), "t", "2016-12-19", "Louisville, Ky.", resolver=resolver())
    assert min(events, key=lambda e: e.rank).location.name == "Louisville"


def test_the_headline_names_the_storys_town_when_the_text_names_only_a_street():
    text = "Police said a man was shot twice outside a house on Birchwood Drive late Friday."
    events = code_article(text, split_sentences(text), "t", "2016-01-09", resolver=resolver(),
                          title="Man shot on Birchwood Drive in Tulsa")
    lead = min(events, key=lambda e: e.rank)
    assert (lead.location.name, lead.location.admin1) == ("Tulsa", "Oklahoma")


def _with_dateline(text, dateline):
    events = code_article(text, split_sentences(text), "t", "2015-03-02", dateline, resolver=resolver())
    return min(events, key=lambda e: e.rank)


def test_a_dateline_state_written_without_its_dot_or_in_mixed_case_is_the_state():
    from sitroom.geo.abbreviations import division_of

    assert division_of("Pa") == division_of("Pa.") == division_of("PA") == ("Pennsylvania", "USA")
    assert division_of("Nev") == ("Nevada", "USA") and division_of("Xy") is None
    event = _with_dateline("YORK, Pa - A man was shot on Sunday near a store on Market Street, police said.",
                           "York, Pa")
    assert (event.location.name, event.location.admin1, event.location.country) == ("York", "Pennsylvania", "USA")


def test_a_township_in_a_dateline_is_looked_up_without_its_kind_word():
    event = _with_dateline("LANCASTER TWP, Pa. - A woman was shot on Friday night outside her home, police said.",
                           "Lancaster Twp, Pa.")
    assert (event.location.name, event.location.admin1) == ("Lancaster", "Pennsylvania")


def test_a_dateline_town_is_in_the_state_the_dateline_writes():
    # the gazetteer's Benton is a county of Arkansas: the Michigan township is not it
    event = _with_dateline("BENTON TOWNSHIP, Mich. - A man was shot dead outside a store on Friday night, police said.",
                           "Benton Township, Mich.")
    assert (event.location.admin1, event.location.country) == ("Michigan", "USA")


def test_a_settlement_named_in_a_local_story_is_near_its_town_not_a_namesake_in_another_state():
    # the gazetteer's Effingham is in Illinois; this story's is a town near Florence
    event = _with_dateline("FLORENCE, S.C. - A man was shot dead on Friday on Elm Lane in the town of Effingham, "
                           "deputies said.", "Florence, S.C.")
    assert (event.location.admin1, event.location.country) == ("South Carolina", "USA")


def test_a_dateline_town_the_gazetteer_lacks_keeps_its_name_and_state():
    event = _with_dateline("QUILLBURY, Mo. - A farmer was shot and killed on Friday near a grain store, police said.",
                           "Quillbury, Mo.")
    loc = event.location
    assert (loc.name, loc.admin1, loc.country, loc.geo_precision) == ("Quillbury", "Missouri", "USA", 3)
    assert loc.lat is not None and loc.geonameid is None  # the state's point: placed, but only as the state


def test_a_headline_that_names_the_crime_after_its_town_gives_the_story_its_town():
    text = ("Two men were shot late Saturday outside a corner store on Pine Street, police said.\n\n"
            "One of them died at a hospital, a police spokesman said.")
    events = code_article(text, split_sentences(text), "t", "2015-06-07", None, resolver=resolver(),
                          title="Police investigate Wilmington double shooting")
    event = min(events, key=lambda e: e.rank)
    assert event.location is not None and event.location.name == "Wilmington"
    from sitroom.coder.places import crime_scenes
    from sitroom.coder.tokens import tokenize

    assert crime_scenes(tokenize("Police Investigate Wilmington Double Shooting"))[:2] == [
        "Wilmington", "Investigate Wilmington"]
    assert crime_scenes(tokenize("A shooting on Pine Street")) == []


def test_phrases_only_one_countrys_news_uses_tell_a_local_storys_country():
    text = ("A man was shot in the shoulder inside a store on Thursday evening in Darien, police said.\n\n"
            "The suspect, who lives in the 1000 block of Palmer Street, was arrested on Saturday, the "
            "sheriff's office said.")
    event = top(text)
    assert event.location.country == "USA" and event.location.admin1 != "Darién"
    alone = top("A man was shot in the shoulder inside a store on Thursday evening in Darien.")
    assert alone.location.country != "USA"  # without them the story names no country: the namesake abroad


def test_a_police_department_by_its_title_tells_a_us_story_but_written_plain_tells_none():
    event = top("The Panama City Police Department is investigating a shooting that killed a man on Sunday.")
    assert event.actor1.country == "USA"  # not the Panama of "Panama City"
    # (nor is the title of a force of a town the gazetteer knows only abroad)
    event = top("The Taichung City Police Department said a man shot two people in a restaurant on Sunday.")
    assert event.actor1.country != "USA"
    # (a translated note's plain "police department" is no American title)
    event = top("Gunmen killed a member of the police department in Panama City on Sunday.")
    assert event.actor1.country != "USA"


def test_a_country_phrase_under_an_unknown_country_is_named():
    import pytest

    from sitroom.coder.codebook import _country_phrases
    from sitroom.knowledge import KnowledgeError

    with pytest.raises(KnowledgeError, match="XYZ"):
        _country_phrases({"XYZ": ["block of"]}, load_codebook().countries)


def test_the_county_that_holds_a_local_storys_town_is_told_at_that_town():
    text = "SPRINGFIELD, Ill. - Two men were found shot dead on Sunday night in Sangamon County, Ill., deputies said."
    event = _with_dateline(text, "Springfield, Ill.")
    assert (event.location.name, event.location.admin1, event.location.geo_precision) == ("Springfield", "Illinois", 2)


def test_a_city_news_writes_without_its_state_is_a_local_storys_own_town_as_a_dateline():
    text = ("DETROIT - A 44-year-old man was killed early Sunday when someone opened fire at a party inside "
            "the Chalmers Community Hall, police said.")
    event = _with_dateline(text, "Detroit")
    assert (event.location.name, event.location.admin1) == ("Detroit", "Michigan")
    from sitroom.geo.name_parts import named_alone

    assert named_alone("USA", "Detroit") and not named_alone("USA", "Flint") and not named_alone("PAK", "Quetta")


def test_a_month_or_compass_abbreviation_is_no_place():
    event = top("DISPUTE: On Nov. 24, a deputy was dispatched to a house where a man had been shot in the leg.")
    assert event.location is None or event.location.name not in ("Nov", "Nov.")
    assert "SE" not in places_of("A teen died Saturday after he was accidentally shot at his SE Houston home.")


def test_a_sheriff_tells_a_us_story():
    text = ("A man was shot dead outside a bar in Winchester on Saturday night, the sheriff said.\n\n"
            "Deputies are looking for a white pickup truck.")
    assert top(text).location.country == "USA"


def test_a_dotted_state_initialism_written_alone_is_the_state():
    event = top("PROVIDENCE, R.I. (WPRI) Two men were shot outside a nightclub early Sunday, police said.")
    assert event.location is not None and event.location.admin1 == "Rhode Island" and event.location.country == "USA"


def test_the_datelines_town_named_again_is_that_town_not_a_namesake_in_another_state():
    event = _with_dateline("ROSEBUD, Mo. - A man was shot twice on Friday outside a gas station in Rosebud, "
                           "police said.", "Rosebud, Mo.")
    assert (event.location.name, event.location.admin1) == ("Rosebud", "Missouri")


def test_a_local_outlets_town_closing_the_title_is_the_storys_town_when_nothing_else_is():
    from sitroom.coder.locating import title_town

    assert title_town("Teens shot after a game - WXYZ News 5 - Memphis, Tennessee") == "Memphis, Tennessee"
    assert title_town("Vigil for a slain girl | Dayton, OH") == "Dayton, OH"
    assert title_town("Man shot outside a bar in Paris, Texas") is None  # no separator: part of the headline
    assert title_town("Shooting at a mall - Springfield, Elsewhere") is None  # no state
    text = "Five teens were shot early Sunday on Alcy Road after a basketball tournament, police said."
    events = code_article(text, split_sentences(text), "t", "2014-10-05", None, resolver=resolver(),
                          title="Five teens shot after a tournament - WXYZ News 5 - Memphis, Tennessee")
    event = min(events, key=lambda e: e.rank)
    assert (event.location.name, event.location.admin1) == ("Memphis", "Tennessee")


def test_another_vowel_is_another_place_where_names_are_written_as_at_home():
    found = resolver().resolve("Feltonville", [], "USA")
    assert found is None or found.place.name != "Fultonville"  # a part of Philadelphia, not a town in New York
    syria = resolver().resolve("Menbij", [], "SYR")
    assert syria is not None and syria.place.name == "Manbij"  # a transliteration still finds its place


def test_a_village_written_without_its_arabic_article_is_found():
    # GeoNames knows the West Bank village as "Al Jiftlik"; a report about Israeli forces writes
    # "Jiftlik" and names no country
    e = top("On 4 June 2021, Israeli forces demolished a farm building in the village of Jiftlik.")
    assert (e.location.name, e.location.country) == ("Al Jiftlik", "PSE")


def test_a_bare_name_read_as_a_town_abroad_gives_way_to_a_town_of_the_storys_country():
    # "Metro" is also a city of Indonesia: in a Mexican story it names the underground's company
    e = top("On 3 June 2021, in Mexico City, cleaners of the Metro protested over late wages.")
    assert (e.location.name, e.location.country) == ("Mexico City", "MEX")
    assert e.actor1.name == "Protesters (Mexico)"
    # a place written with its kind keeps its country: strikes across a border stay where they fell
    e = top("On 3 June 2021, Pakistani jets bombed hideouts in Paktika province near the border with Pakistan.")
    assert e.location.country == "AFG"


def test_the_first_word_of_a_groups_name_is_no_place():
    # "Gulf" is also a province of Papua New Guinea
    e = top("On 4 June 2021 in Matamoros, gunmen of the Gulf Cartel fought with state police.")
    assert (e.location.name, e.location.country) == ("Matamoros", "MEX")
    assert "Gulf" not in places_of("Two members of the Gulf Cartel were seen near the bridge.")


def test_an_address_part_spelt_with_a_lower_case_prefix_is_still_an_address():
    # "eThekwini" opens with a lower-case letter; the address in brackets still says where the
    # suburb is, not Chatsworth, California
    e = top("On 3 June 2021, tenants marched in the area of Chatsworth (eThekwini, KwaZulu-Natal) over evictions.")
    assert (e.location.country, e.location.admin1) == ("ZAF", "Kwazulu-Natal")
    found = places_of("On 3 June 2021, shells fell on Qabr Hamid (al-Hasakeh, Syria).")
    assert found["Qabr Hamid"].context == ["al-Hasakeh", "Syria"]
    # a lower-case word that opens no name is no address
    assert places_of("On 3 June 2021, shells fell on Qabr Hamid (see map, Syria).")["Qabr Hamid"].context == []


def test_a_part_of_a_big_city_written_after_a_hyphen_is_in_that_city():
    e = top("On 3 June 2021, forty nurses held a sit-in outside the ministry [coded to Kampala-Central Kampala] "
            "demanding higher pay.")
    assert (e.location.name, e.location.country, e.location.geo_precision) == ("Kampala", "UGA", 2)
    e = top("On 3 June 2021, nurses protested at Constitution square [coded to Kampala-Central Kampala] "
            "demanding higher pay.")
    assert (e.location.name, e.location.country) == ("Kampala", "UGA")


def test_a_peoples_name_before_a_noun_describes_it_and_names_no_place():
    assert "Arab" not in places_of("On 3 June 2021, traders protested in the Arab towns against a curfew.")
    assert "Druze" not in places_of("On 3 June 2021, shells fell on a Druze village at dawn.")
    # the town of that name, written as a town is
    assert "Arab" in places_of("On 3 June 2021, a man was shot dead in Arab, Alabama.")
    assert "Arab" in places_of("On 3 June 2021, a man was shot dead in Arab on Monday.")


def test_a_valley_of_the_former_tribal_areas_is_in_pakistan_not_a_west_bank_village():
    # cities500 lacks Tirah; with its Arabic article dropped, "At Tirah" in the West Bank was read
    e = top("On 3 June 2021, thousands of families fled their homes in Tirah valley as the operation went on.")
    assert (e.location.name, e.location.country) == ("Tirah", "PAK")


def test_a_remote_strike_takes_a_place_after_its_weapon_and_verb():
    # "warplanes struck Khost", "drones hit Kharkiv": the place is the strike's object
    event = top("Pakistani warplanes struck Khost on Monday night, killing 12 people, local officials said.")
    assert (event.location.name, event.location.country) == ("Khost", "AFG")
    event = top("Russian drones hit Kharkiv overnight, killing two civilians.")
    assert (event.location.name, event.location.country) == ("Kharkiv", "UKR")
    assert event.actor2.name == "Civilians (Ukraine)"  # the victims are of the place struck
    # the verb alone is no cue: a person is struck
    assert "Reid" not in places_of("A car struck Reid as he crossed the road in Dayton on Monday.")


@pytest.mark.parametrize("text,name", [
    # the town a distance is told from is a landmark, not where it happened
    ("A drone strike on a market in Mellit, a town 60 km north of El Fasher in North Darfur state, killed 23 "
     "people on 11 March 2025.", "Mellit"),
    ("On 11 March 2025, a gunman opened fire at a church in Hudson, about 30 miles north of Tampa, killing two.",
     "Hudson"),
])
def test_a_place_a_distance_is_told_from_is_a_landmark(text, name):
    assert top(text).location.name == name


def test_the_place_after_a_distance_and_a_bearing_is_marked_a_landmark():
    found = places_of("Two men were shot in Hudson, about 30 miles north of Tampa, and in Dade City, 40 km from Lakeland.")
    assert (found["Tampa"].landmark, found["Lakeland"].landmark) == (True, True)
    assert not found["Hudson"].landmark and not found["Dade City"].landmark


def test_a_place_described_before_its_address_is_read_with_it():
    # "the Boulkessi military camp (Douentza, Mopti)": the describing words stand between the
    # name and its address
    found = places_of("JNIM militants attacked the Boulkessi military camp (Douentza, Mopti), killing 12 soldiers.")
    assert found["Boulkessi"].context == ["Douentza", "Mopti"]
    assert top("On 12 June 2025, JNIM militants attacked the Boulkessi camp (Douentza, Mopti).").location.admin1 \
        == "Mopti"


def test_a_small_town_abroad_stays_abroad_when_its_sentence_names_its_country():
    # a Kyiv story: Shebekino is no spot of Kyiv when the sentence says it is in Russia
    text = ("KYIV - Russian missiles struck Kharkiv on Tuesday, killing five people, the governor said. In Russia, "
            "the governor of Belgorod region said a Ukrainian drone attack on the village of Shebekino had killed "
            "one woman on Tuesday.")
    events = code_article(text, split_sentences(text), "t", "2025-03-11", dateline="KYIV", resolver=resolver())
    drone = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert (drone.location.name, drone.location.country, drone.actor2.name) == ("Shebekino", "RUS", "Civilians (Russia)")


@pytest.mark.parametrize("text,place", [
    # a Nigerian local government area is a district of the state written after it
    ("Gunmen killed 52 people in Bassa local government area of Plateau state on Sunday.", ("Bassa", "Plateau")),
    ("Gunmen killed 52 people in Bassa local government area, Plateau state, on Sunday.", ("Bassa", "Plateau")),
])
def test_a_district_named_by_its_kind_word(text, place):
    event = top(text)
    assert (event.location.name, event.location.admin1) == place
