"""Filters from the values a person types, checked: one parser for the command line and the API.

    filters = parse_filters(country="Pakistan", since="2021-07-01", event_type="battles")

A value that cannot be a filter raises ``FilterError`` naming the parameter and saying what to
give instead; the command line shows it as a usage error for ``--since``, the API as a 400 for
``since``.  Each parameter's name here is the API's; the command line adds ``--`` (and calls
``event_type`` ``--type``, ``sub_event_type`` ``--sub-type``).
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from datetime import date

from .model import MODALITY_CHOICES
from .store.queries import MAX_ID, MAX_WITHIN_KM, REVIEW_CHOICES, Filters


class FilterError(ValueError):
    def __init__(self, parameter: str, message: str):
        super().__init__(message)
        self.parameter = parameter
        self.message = message


_POINT = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")


def check_limit(limit: int | None, parameter: str = "limit", most: int = MAX_ID) -> int | None:
    if limit is not None and not 1 <= limit <= most:
        raise FilterError(parameter, f"{limit} is out of range; give a whole number from 1 to {most}")
    return limit


def check_within(within: float) -> float:
    if not (math.isfinite(within) and 0 < within <= MAX_WITHIN_KM):
        raise FilterError("within", f"{within!r} is not a distance; give kilometres more than 0 and at most "
                                    f"{MAX_WITHIN_KM:g}")
    return within


def _not_blank(value: str | None, parameter: str, what: str) -> str | None:
    if value is not None and not value.strip():
        raise FilterError(parameter, f"it is empty; give {what}, or leave it out")
    return value


def parse_date(value: str | None, parameter: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FilterError(parameter, f"{value!r} is not a date; write it as YYYY-MM-DD") from None


def country_code(value: str, parameter: str = "country") -> str:
    """ISO3 for a code or an English name."""
    from .coder.codebook import load_codebook

    countries = load_codebook().countries
    if value.upper() in countries:
        return value.upper()
    wanted = value.strip().lower()
    for iso3, country in countries.items():
        if country.name.lower() == wanted:
            return iso3
    import pycountry

    try:
        return pycountry.countries.lookup(value).alpha_3
    except LookupError:
        raise FilterError(parameter, f"{value!r} is not a country; give an ISO3 code such as PAK") from None


def taxonomy_names(sub: bool) -> list[str]:
    """ACLED's event types (or sub-event types), in ACLED's spelling and order."""
    from .coder.codebook import load_codebook

    acled = load_codebook().taxonomy["acled"]
    return [s for subs in acled.values() for s in subs] if sub else list(acled)


def taxonomy_name(value: str | None, parameter: str, sub: bool) -> str | None:
    """The ACLED event type (or sub-event type) ``value`` names, in ACLED's spelling."""
    if value is None:
        return None
    names = taxonomy_names(sub)
    for name in names:
        if name.lower() == value.strip().lower():
            return name
    raise FilterError(parameter, f"{value!r} is not an ACLED {'sub-event' if sub else 'event'} type; "
                                 f"choose from: {', '.join(names)}")


def point(value: str, parameter: str = "near") -> tuple[float, float]:
    """(lat, lon) from 'LAT,LON' or a place name resolved with the gazetteer."""
    found = _POINT.match(value)
    if found:
        lat, lon = float(found.group(1)), float(found.group(2))
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise FilterError(parameter, f"{value!r} is outside the globe; write LAT,LON")
        return lat, lon
    from .geo.resolve import default_resolver

    name, *context = [part.strip() for part in value.split(",")]
    resolved = default_resolver().resolve(name, context=context)
    if resolved is None or resolved.place.lat is None:
        raise FilterError(parameter, f"no place called {value!r} in the gazetteer; give LAT,LON instead")
    return resolved.place.lat, resolved.place.lon


def encode_cursor(event_date: date | None, row_id: int) -> str:
    """The cursor after a row: where the next page (newest first) starts."""
    text = f"{event_date.isoformat() if event_date else ''}|{row_id}"
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, parameter: str = "cursor") -> tuple[date | None, int]:
    bad = FilterError(parameter, "this cursor was not given by the API; pass the next_cursor of the previous page, "
                                 "or leave it out for the first page")
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        day, row_id = text.split("|")
        found = (date.fromisoformat(day) if day else None, int(row_id))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise bad from None
    if not 1 <= found[1] <= MAX_ID:
        raise bad
    return found


def parse_filters(country: str | None = None, admin1: str | None = None, event_type: str | None = None,
                  sub_event_type: str | None = None, actor: str | None = None, since: str | None = None,
                  until: str | None = None, near: str | None = None, within: float = 25.0,
                  modality: str | None = None, limit: int | None = None, cursor: str | None = None,
                  review: str | None = None, most: int = MAX_ID) -> Filters:
    """The Filters that these typed values mean; ``FilterError`` for the first one that cannot be."""
    if modality is not None and modality not in MODALITY_CHOICES:
        raise FilterError("modality", f"{modality!r} is not a modality; choose one of {', '.join(MODALITY_CHOICES)}")
    if review is not None and review not in REVIEW_CHOICES:
        raise FilterError("review", f"{review!r} is not a review state; choose one of {', '.join(REVIEW_CHOICES)}")
    check_within(within)
    check_limit(limit, most=most)
    _not_blank(near, "near", "a place ('Chitral', 'Chaman, Pakistan') or LAT,LON")
    _not_blank(country, "country", "an ISO3 code or a country's English name")
    _not_blank(admin1, "admin1", "a first-level division such as 'Khyber Pakhtunkhwa'")
    _not_blank(actor, "actor", "part of an actor's name")
    since_day, until_day = parse_date(since, "since"), parse_date(until, "until")
    if since_day and until_day and since_day > until_day:
        raise FilterError("until", f"{until} is before since ({since}); give an until on or after since")
    return Filters(
        country=country_code(country) if country is not None else None,
        admin1=admin1,
        event_type=taxonomy_name(event_type, "event_type", sub=False),
        sub_event_type=taxonomy_name(sub_event_type, "sub_event_type", sub=True),
        actor=actor,
        since=since_day,
        until=until_day,
        near=point(near) if near is not None else None,
        within_km=within,
        modality=modality or "reported",
        limit=limit,
        after=decode_cursor(cursor) if cursor else None,
        review=review or "kept",
    )
