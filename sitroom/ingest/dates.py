"""Publication dates from metadata strings: to an ISO date, or None; never invented."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as date_parser

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


EARLIEST, LATEST = dt.date(1800, 1, 1), dt.date(2200, 12, 31)  # a date outside is no date of news


def parse_date(value: str | None) -> str | None:
    """ISO date (YYYY-MM-DD) of a date written in ``value``, or None.

    Accepts ISO dates and datetimes, RFC 2822 and written dates ("July 26, 2021",
    "26 Jul 2021 10:00 PKT").  A string without a day, month and year gives None.
    """
    if not value:
        return None
    value = value.strip()
    match = _ISO.match(value)
    if match:
        try:
            return dt.date(*map(int, match.groups())).isoformat()
        except ValueError:
            return None
    if len(re.findall(r"\d+", value)) < 2:
        return None  # needs at least a day and a year
    try:
        first = date_parser.parse(value, fuzzy=False, default=dt.datetime(1, 1, 1), tzinfos=_any_zone)
        second = date_parser.parse(value, fuzzy=False, default=dt.datetime(2, 2, 2), tzinfos=_any_zone)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.date() != second.date():
        return None  # a part of the date was missing and got filled in
    return first.date().isoformat()


def _any_zone(name: str | None, offset: int | None) -> int:
    """Any time zone written after the time ("17:46 CDT", "10:00 PKT") read as an offset of zero:
    the date is the one written, in the writer's own zone, so the zone changes nothing, and
    dateutil neither warns of an abbreviation it does not know nor, as it says it will, fails."""
    return offset or 0

