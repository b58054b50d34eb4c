"""A province or district that holds no town of the gazetteer gets a point all the same: its
namesake town's, or (a district) its province's. Invented places."""

from sitroom.geo.gazetteer import load_gazetteer
from sitroom.geo.unplaced_divisions import place_unplaced_divisions

from .gazetteer_helpers import gazetteer_of, place


def _unplaced(name, country, kind="adm1", admin1=None):
    return place(name, country, kind, admin1=admin1 or name, lat=None, lon=None, pop=0)


def test_a_province_without_towns_is_placed_at_its_namesake_town():
    gaz = gazetteer_of(
        _unplaced("Velmora", "AAA"),
        place("Velmora", "AAA", admin1="Ostrel", lat=-3.5, lon=29.7, pop=4000),
        place("Velmora", "AAA", admin1="Ostrel", lat=-3.9, lon=29.1, pop=600),  # a smaller namesake
        place("Velmora", "BBB", admin1="Dunmark", lat=10.0, lon=10.0, pop=90000),  # another country's
    )
    assert place_unplaced_divisions(gaz.cols) == 1
    province = [p for p in gaz.lookup("Velmora") if p.kind == "adm1"][0]
    assert (province.lat, province.lon) == (-3.5, 29.7)


def test_a_district_without_a_point_takes_its_provinces_once_that_is_placed():
    gaz = gazetteer_of(
        _unplaced("Velmora", "AAA"),
        _unplaced("Kessa", "AAA", kind="adm2", admin1="Velmora"),
        place("Velmora", "AAA", admin1="Ostrel", lat=-3.5, lon=29.7),
    )
    assert place_unplaced_divisions(gaz.cols) == 2
    district = gaz.lookup("Kessa")[0]
    assert (district.lat, district.lon) == (-3.5, 29.7)


def test_a_division_without_a_namesake_stays_without_a_point():
    gaz = gazetteer_of(_unplaced("Velmora", "AAA"), place("Tarsk", "AAA", admin1="Velmora", lat=1.0, lon=1.0))
    assert place_unplaced_divisions(gaz.cols) == 0
    assert gaz.lookup("Velmora")[0].lat is None


def test_placed_divisions_keep_their_own_points():
    gaz = gazetteer_of(place("Velmora", "AAA", kind="adm1", admin1="Velmora", lat=5.0, lon=5.0),
                       place("Velmora", "AAA", admin1="Velmora", lat=-3.5, lon=29.7))
    assert place_unplaced_divisions(gaz.cols) == 0
    assert [p.lat for p in gaz.lookup("Velmora") if p.kind == "adm1"] == [5.0]


def test_the_embedded_gazetteer_places_provinces_whose_towns_are_filed_elsewhere():
    """Burundi's Mwaro province: GeoNames files its towns under Gitega since the 2025 reform."""
    found = [p for p in load_gazetteer().lookup("Mwaro") if p.kind == "adm1" and p.country == "BDI"]
    assert found and found[0].lat is not None and abs(found[0].lat + 3.51) < 0.2
