"""A township the gazetteer lacks, written with its district or province, is the town it is
named after there ("Paletwa Township, Mindat District, Chin State"), and no namesake town
elsewhere. Invented places, and my own sentence."""

from sitroom.geo.resolve import Resolver

from .coder_helpers import pipeline_events
from .gazetteer_helpers import gazetteer_of, place


def _resolver():
    return Resolver(gazetteer_of(
        place("Velmora", "AAA", admin1="Ostrel", admin2="Dunn", lat=21.3, lon=92.8, pop=0),
        place("Velmora", "AAA", admin1="Karsk", lat=25.0, lon=95.0, pop=40000),  # a bigger namesake elsewhere
        place("Ostrel", "AAA", kind="adm1", admin1="Ostrel", lat=22.0, lon=93.0),
        place("Dunn", "AAA", kind="adm2", admin1="Ostrel", admin2="Dunn", lat=22.1, lon=93.2),
    ))


def test_a_township_is_its_town_in_the_district_written_with_it():
    found = _resolver().resolve("Velmora Township", ["Dunn District", "Ostrel State"])
    assert (found.place.name, found.place.admin1, found.place.kind) == ("Velmora", "Ostrel", "city")


def test_a_township_written_alone_is_no_namesake_town():
    assert _resolver().resolve("Velmora Township", []) is None


def test_a_township_whose_town_lies_elsewhere_keeps_the_written_district():
    resolver = Resolver(gazetteer_of(
        place("Velmora", "AAA", admin1="Karsk", lat=25.0, lon=95.0, pop=40000),
        place("Dunn", "AAA", kind="adm2", admin1="Ostrel", admin2="Dunn", lat=22.1, lon=93.2),
    ))
    found = resolver.resolve("Velmora Township", ["Dunn District"])
    assert (found.place.name, found.place.kind) == ("Dunn", "adm2")


def test_a_clash_in_a_myanmar_township_is_placed_at_its_town():
    events = pipeline_events("On 7 March 2021, the army and an ethnic armed group clashed in Paletwa Township, "
                             "Mindat District, Chin State.", "2021-03-08")
    place_ = events[0].location
    assert (place_.name, place_.admin1, place_.geo_precision) == ("Paletwa", "Chin", 1)
