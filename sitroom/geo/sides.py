"""The district on one side of a province or city: "the southern countryside of Idleb" names a
part of Idlib province, and a village there that the gazetteer lacks is better put at the seat of
the province's district that lies south of the province's point than at that point itself."""

from __future__ import annotations

import math

from .distance import km
from .gazetteer import Gazetteer, Place

SIDE_HALF_WIDTH = 45.0  # degrees either side of the told side that a district's seat may lie at
SIDE_NEAREST_KM = 8.0  # a seat nearer the point than this lies on no side of it


def bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Degrees from north, clockwise, from the first point to the second."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360.0) % 360.0


def seat_toward(gaz: Gazetteer, place: Place, side: float) -> Place | None:
    """The seat of the district of ``place``'s province that lies nearest to ``place`` on the
    side ``side`` (degrees from north), for a province or a town; None for a country, or where
    no district's seat lies that way."""
    if place.kind not in ("adm1", "city") or place.lat is None or place.lon is None or not place.admin1:
        return None
    best: tuple[float, Place] | None = None
    for country, admin1, _keys, rows in gaz.provinces():
        if (country, admin1) != (place.country, place.admin1):
            continue
        for i in rows:
            district = gaz.place(i)
            seat = gaz.seat(district) if district.kind == "adm2" else None
            if seat is None or seat.lat is None or seat.lon is None:
                continue
            distance = km(place.lat, place.lon, seat.lat, seat.lon)
            off = abs((bearing(place.lat, place.lon, seat.lat, seat.lon) - side + 180.0) % 360.0 - 180.0)
            if distance >= SIDE_NEAREST_KM and off <= SIDE_HALF_WIDTH and (best is None or distance < best[0]):
                best = (distance, seat)
    return best[1] if best else None


def km_to_line(lat: float, lon: float, line: tuple[tuple[float, float], ...]) -> float:
    """Kilometres from a point to a line drawn through ``line``'s points (flat within a few
    hundred kilometres, which is all a front line needs)."""
    if not line:
        return math.inf
    scale = math.cos(math.radians(lat))
    px, py = lon * scale, lat
    best = math.inf
    for (a_lat, a_lon), (b_lat, b_lon) in zip(line, line[1:] or line):
        ax, ay, bx, by = a_lon * scale, a_lat, b_lon * scale, b_lat
        dx, dy = bx - ax, by - ay
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
        best = min(best, math.hypot(px - (ax + t * dx), py - (ay + t * dy)))
    return best * KM_PER_DEGREE


KM_PER_DEGREE = 111.2
