"""Small gazetteers of invented places for the resolver's tests."""

from sitroom.geo.gazetteer import Gazetteer, Place
from sitroom.geo.resolve import Resolver

FEATURE_CODES = {"city": "PPL", "adm1": "ADM1", "adm2": "ADM2", "country": "PCLI"}


def place(name, country=None, kind="city", admin1=None, admin2=None, lat=0.0, lon=0.0, pop=1000):
    """A place of no GeoNames id, with the feature code of its kind."""
    return Place(None, name, country, admin1, admin2, lat, lon, pop, kind, FEATURE_CODES[kind])


def gazetteer_of(*places):
    """A gazetteer holding these places, each under its own name."""
    gaz = Gazetteer("t")
    for p in places:
        gaz.add(p, [p.name])
    return gaz


def resolver_of(*places):
    return Resolver(gazetteer_of(*places))
