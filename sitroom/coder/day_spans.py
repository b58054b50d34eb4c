"""The days a date told in a sentence may cover, and whether one told date lies wholly before
another: "Last month, a similar attack killed two policemen" tells another event than the lead's
bombing on Tuesday, however alike the two sentences are."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .when import When, parse_iso

WEEK_SLACK = 6  # days either side of a week's date: "last week" is some day of that week
DAY_SLACK = 1  # a night's events cross midnight: "late Sunday" and "early Monday" are one night


def span(when: When) -> tuple[date, date] | None:
    """The first and last day ``when`` may mean, as its precision allows."""
    day = parse_iso(when.date)
    if day is None:
        return None
    if when.precision == 3:
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    if when.precision == 2:
        if is_weekend(when):  # Friday night to Sunday night
            return day - timedelta(days=DAY_SLACK), day + timedelta(days=1 + DAY_SLACK)
        return day - timedelta(days=WEEK_SLACK), day + timedelta(days=WEEK_SLACK)
    return day, day


def is_weekend(when: When) -> bool:
    """Whether ``when`` is a weekend ("over the weekend"): a week's date is its Monday, a
    weekend's its Saturday (when.py)."""
    day = parse_iso(when.date)
    return when.precision == 2 and day is not None and day.weekday() == 5


def wholly_before(later: When | None, lead: When | None) -> bool:
    """Whether ``later`` is a week or a month ("last month", "last week") whose every day is more
    than a day before every day ``lead`` may mean. A day told by its weekday or its date is no
    such sign: a story that leads with a charge or a funeral goes back to the shooting's own day.
    Nor is a date after the lead's: victims die days after a shooting."""
    if later is None or lead is None or later.precision < 2:
        return False
    a, b = span(later), span(lead)
    return a is not None and b is not None and a[1] < b[0] - timedelta(days=DAY_SLACK)
