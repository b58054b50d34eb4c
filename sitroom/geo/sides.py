"""The district on one side of a province or city: "the southern countryside of Idleb" names a
part of Idlib province, and a village there that the gazetteer lacks is better put at the seat of
the province's district that lies south of the province's point than at that point itself."""

from __future__ import annotations

from .distance import bearing, km
from .gazetteer import Gazetteer, Place

SIDE_HALF_WIDTH = 45.0  # degrees either side of the told side that a district's seat may lie at
SIDE_NEAREST_KM = 8.0  # a seat nearer the point than this lies on no side of it


def seat_toward(gaz: Gazetteer, place: Place, side: float) -> Place | None:
    """The seat of the district of ``place``'s province that lies nearest to ``place`` on the
    side ``side`` (degrees from north), for a province or a town; None for a country, or where
    no district's seat lies that way."""
    if place.kind not in ("adm1", "city") or place.lat is None or place.lon is None or not place.admin1:
        return None
    best: tuple[float, Place] | None = None
    kinds = gaz.cols["kind"]
    for country, admin1, _keys, rows in gaz.provinces():
        if (country, admin1) != (place.country, place.admin1):
            continue
        for i in rows:
            seat = gaz.seat(gaz.place(i)) if kinds[i] == "adm2" else None
            if seat is None or seat.lat is None or seat.lon is None:
                continue
            distance = km(place.lat, place.lon, seat.lat, seat.lon)
            off = abs((bearing(place.lat, place.lon, seat.lat, seat.lon) - side + 180.0) % 360.0 - 180.0)
            if distance >= SIDE_NEAREST_KM and off <= SIDE_HALF_WIDTH and (best is None or distance < best[0]):
                best = (distance, seat)
    return best[1] if best else None

