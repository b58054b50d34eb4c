"""Great-circle distance on a spherical Earth."""

from __future__ import annotations

from math import asin, cos, radians, sin, sqrt

EARTH_RADIUS_KM = 6371.0088


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
