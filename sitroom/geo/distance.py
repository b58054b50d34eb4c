"""Distances and bearings on a spherical Earth."""

from __future__ import annotations

from math import asin, atan2, cos, degrees, hypot, inf, radians, sin, sqrt

EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE = radians(1.0) * EARTH_RADIUS_KM  # along a meridian


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Kilometres between two points given in degrees (haversine formula)."""
    dlat = radians(lat2 - lat1)
    dlon = radians(lon2 - lon1)
    a = sin(dlat / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * asin(min(1.0, sqrt(a)))


def degrees_box(lat: float, lon: float, radius_km: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) of a box that holds every point within ``radius_km``."""
    dlat = radius_km / 111.0
    dlon = radius_km / max(1e-6, 111.0 * cos(radians(min(89.9, abs(lat) + dlat))))
    return lat - dlat, lat + dlat, max(-180.0, lon - dlon), min(180.0, lon + dlon)


def bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Degrees from north, clockwise, from the first point to the second."""
    p1, p2, dl = radians(lat1), radians(lat2), radians(lon2 - lon1)
    x = sin(dl) * cos(p2)
    y = cos(p1) * sin(p2) - sin(p1) * cos(p2) * cos(dl)
    return (degrees(atan2(x, y)) + 360.0) % 360.0


def km_to_line(lat: float, lon: float, line: tuple[tuple[float, float], ...]) -> float:
    """Kilometres from a point to a line drawn through ``line``'s points (flat within a few
    hundred kilometres, which is all a front line needs)."""
    if not line:
        return inf
    scale = cos(radians(lat))
    px, py = lon * scale, lat
    best = inf
    for (a_lat, a_lon), (b_lat, b_lon) in zip(line, line[1:] or line):
        ax, ay, bx, by = a_lon * scale, a_lat, b_lon * scale, b_lat
        dx, dy = bx - ax, by - ay
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
        best = min(best, hypot(px - (ax + t * dx), py - (ay + t * dy)))
    return best * KM_PER_DEGREE
