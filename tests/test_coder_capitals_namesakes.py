"""A capital's name shared with a sizeable town abroad (Tripoli, Kingston, San Jose) is read in
the country whose other places the story names; a road between two towns leaves the town of
the other end's country; "Rome, Georgia" is the town of the state; a surname with an age after
it is no place; a place written with a town the gazetteer holds only spelled otherwise keeps
the province its sentence writes; a name the gazetteer holds only spelled otherwise is looked
for in the countries of the story's other places, and a place it lacks may be placed at a
province that only such a country holds, unless the story's own places or town are in its
country. My own sentences; the places are real."""

from sitroom.coder.places import person_names
from sitroom.coder.tokens import tokenize
from sitroom.geo.resolve import default_resolver

from .coder_helpers import pipeline_events


def _first(text, published="2021-03-04"):
    return pipeline_events(text, published)[0]


def _where(event):
    return event.location.name, event.location.country


def test_a_capital_named_with_towns_of_another_country_is_that_country_s_town():
    event = _first("On 3 March 2021, residents protested in Tripoli and in Zahle against rising prices.")
    assert _where(event) == ("Tripoli", "LBN")
    assert event.actor1.name == "Protesters (Lebanon)"


def test_a_capital_named_alone_stays_the_capital():
    assert _where(_first("On 3 March 2021, residents protested in Tripoli against rising prices.")) == ("Tripoli", "LBY")


def test_a_capital_named_with_its_own_country_s_towns_stays_the_capital():
    assert _where(_first("On 3 March 2021, gunmen attacked checkpoints in Tripoli and in Misrata.")) \
        in {("Tripoli", "LBY"), ("Misratah", "LBY")}


def test_a_road_between_two_towns_leaves_the_town_of_the_other_end_s_country():
    event = _first("On 3 March 2021, rioters blocked the Tripoli-Beirut highway near the Madfoun bridge "
                   "with burning tyres.")
    assert _where(event) == ("Tripoli", "LBN")


def test_a_road_between_towns_of_one_country_is_unchanged():
    assert _where(_first("On 3 March 2021, gunmen ambushed a convoy on the Damboa - Maiduguri road.")) \
        == ("Damboa", "NGA")


def test_a_town_written_with_a_state_that_shares_a_country_s_name():
    for town in ("Rome", "Athens"):
        event = _first(f"A man was shot dead on Tuesday in {town}, Georgia, police said.")
        assert (event.location.name, event.location.admin1, event.location.country) == (town, "Georgia", "USA")


def test_a_town_of_the_country_georgia_stays_there():
    found = default_resolver().resolve("Batumi", ["Georgia"])
    assert found is not None and found.place.country == "GEO"


def _persons(sentence):
    return person_names(tokenize(sentence))


def test_one_surname_with_an_age_after_it_is_a_person():
    assert "Milner" in _persons("Police said Hale is accused of shooting Milner, 22, late Tuesday.")
    assert "Jackson" in _persons("Jackson, 28, was charged with murder on Thursday.")


def test_the_town_before_a_title_after_said_is_no_person():
    persons = _persons('"We will rebuild," said Welby Mayor Ana Cole.')
    assert {"Ana", "Cole"} <= persons and "Welby" not in persons and "Mayor" not in persons
    assert "Dorran" not in _persons("The plan is sound, said Dorran City Manager Tom Hill.")
    assert {"Dana", "Reyes"} <= _persons("The vote was close, said Dana Reyes.")


def test_a_town_with_a_number_after_it_is_no_person():
    assert "Gary" not in _persons("A man from Gary, 34, was shot dead in Chicago on Tuesday.")
    assert "RENO" not in _persons("RENO, 12 (AP) - A man was shot.")
    assert "Fresno" not in _persons("Police in Fresno, 200 miles away, said nothing.")


def test_a_place_written_with_a_town_held_only_spelled_otherwise_keeps_the_told_province():
    # the gazetteer holds no Tharali, only a Thariāl in Punjab; the sentence writes Uttarakhand
    event = _first("On 2 June 2021, villagers blocked a road in Kulsari village, Tharali, in Chamoli "
                   "(Uttarakhand) to demand a new bridge.", "2021-06-03")
    assert (event.location.admin1, event.location.country) == ("Uttarakhand", "IND")


def test_a_name_spelled_otherwise_is_looked_for_in_the_country_of_the_story_s_other_places():
    # "Turkish forces" make Turkey the story's country; Aleppo is Syria's alone
    event = _first("On 3 May 2021, Turkish forces shelled villages near Tall Refaat, in the northern "
                   "countryside of Aleppo.", "2021-05-04")
    assert (event.location.country, event.location.admin1) == ("SYR", "Aleppo")
    assert event.location.lat is not None


def test_without_such_a_place_a_name_spelled_otherwise_stays_unplaced():
    event = _first("On 3 May 2021, Turkish forces shelled the outskirts of Tall Refaat.", "2021-05-04")
    assert event.location.lat is None


def test_a_place_the_gazetteer_lacks_is_placed_at_a_province_of_a_country_only_the_places_tell():
    # "Turkish forces" make Turkey the story's country; the unknown front lies in Idleb, Syria's
    event = _first("On 8 May 2021, unknown gunmen attacked a patrol of the Turkish forces near the Afes "
                   "front in Idleb.", "2021-05-09")
    assert event.location.country == "SYR" and event.location.lat is not None
    # (gunmen of no nationality told are of the country where they struck, as ACLED codes them)
    assert event.actor1.name == "Unidentified Armed Group (Syria)"


def test_a_local_story_s_stray_name_stays_out_of_another_country():
    text = ("Two men shot dead inside a car in Jackson - MSNewsNow.com - Jackson, MS\n\n"
            "Both men inside the Honda were killed at Lucky Seven Sports Bar on Tuesday night, police said.")
    assert {e.location.country for e in pipeline_events(text, "2021-05-09") if e.location} == {"USA"}
