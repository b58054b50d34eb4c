"""A place told on one side of a province ("the southern countryside of Idleb") that the
gazetteer lacks is put at the seat of the province's district that lies that way, not at the
province's own point. My own sentences; the places are real, Kafr Qwertan is invented."""

from sitroom.annotate.sentences import split_sentences
from sitroom.coder.document_coder import code_article
from sitroom.geo.distance import bearing
from sitroom.geo.gazetteer import load_gazetteer
from sitroom.geo.resolve import Resolver
from sitroom.geo.sides import seat_toward


def geocoded(text, published="2021-05-10"):
    resolver = Resolver(load_gazetteer(progress=False))
    return code_article(text, split_sentences(text), "g", published, None, resolver=resolver)


IDLIB_LAT = 35.93


def test_an_unknown_village_in_the_southern_countryside_is_south_of_the_province_s_point():
    strike = geocoded("On 4 May 2021, government artillery shelled Kafr Qwertan in the southern countryside of "
                      "Idleb.")[0]
    assert strike.location.admin1 == "Idleb" and strike.location.geo_precision == 2
    assert strike.location.lat is not None and strike.location.lat < IDLIB_LAT - 0.1
    # the northern countryside: north of it
    north = geocoded("On 4 May 2021, government artillery shelled Kafr Qwertan in the northern countryside of "
                     "Idleb.")[0]
    assert north.location.lat is not None and north.location.lat > strike.location.lat


def test_villages_told_only_by_the_side_of_the_province_are_on_that_side():
    strike = geocoded("On 4 May 2021, government artillery shelled villages in the southern countryside of Idleb.")[0]
    assert strike.location.admin1 == "Idleb" and strike.location.lat < IDLIB_LAT - 0.1


def test_a_known_village_and_a_countryside_without_a_side_keep_their_places():
    known = geocoded("On 4 May 2021, government artillery shelled Ariha in the southern countryside of Idleb.")[0]
    assert known.location.name == "Ariha"
    plain = geocoded("On 4 May 2021, government artillery shelled Kafr Qwertan in the countryside of Idleb.")[0]
    assert plain.location.name != "Kafranbel" and plain.location.admin1 == "Idleb"


def test_a_country_has_no_district_on_a_side():
    resolver = Resolver(load_gazetteer(progress=False))
    syria = resolver.resolve("Syria").place
    assert seat_toward(resolver.gaz, syria, 180.0) is None
    assert round(bearing(35.0, 36.0, 34.0, 36.0)) == 180 and round(bearing(35.0, 36.0, 35.0, 37.0)) == 90


def test_a_place_on_a_side_is_read_the_same_however_often_the_story_names_it():
    # the seat nearest north of the province's point, once, not the seat north of that seat
    resolver = Resolver(load_gazetteer(progress=False))
    expected = seat_toward(resolver.gaz, resolver.resolve("Ar-Raqqa").place, 0.0)
    story = geocoded("On 4 May 2021, government artillery shelled Kafr Qwertan in the northern countryside of "
                     "Ar-Raqqa. On 5 May 2021, an IED exploded in Kafr Qwertan in the northern countryside of "
                     "Ar-Raqqa, killing a shepherd.")
    assert expected is not None and story
    assert {e.location.geonameid for e in story if e.location} == {expected.geonameid}
