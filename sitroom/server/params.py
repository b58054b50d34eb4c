"""The filter parameters every listing takes, declared once (so the OpenAPI shows them) and
parsed by the same code as the command line's options (sitroom.filter_values)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Optional

from fastapi import Query

from ..filter_values import encode_cursor, parse_filters
from ..store.queries import Filters

PAGE = 100  # rows a page unless limit says otherwise
MOST = 1000  # the largest page


def filters(
    country: Optional[str] = Query(None, description="ISO3 code or English name: PAK, Pakistan."),
    admin1: Optional[str] = Query(None, description="First-level division as stored, any case."),
    type: Optional[str] = Query(None, description="ACLED event type: Battles, Protests, ..."),
    sub_type: Optional[str] = Query(None, description="ACLED sub-event type: 'Air/drone strike', ..."),
    actor: Optional[str] = Query(None, description="Part of an actor's name, any case."),
    since: Optional[str] = Query(None, description="On or after this date (YYYY-MM-DD)."),
    until: Optional[str] = Query(None, description="On or before this date (YYYY-MM-DD)."),
    near: Optional[str] = Query(None, description="A place name or 'LAT,LON'."),
    within: float = Query(25.0, description="Kilometres around near (more than 0, at most 20000)."),
    modality: Optional[str] = Query(None, description="reported (default), all, asserted, claimed, denied, future, "
                                                       "hypothetical or negated."),
    review: Optional[str] = Query(None, description="kept (default: all but rejected), all, rejected, confirmed, "
                                                     "corrected or unreviewed."),
    limit: Optional[int] = Query(None, description=f"Rows a page, 1-{MOST} (default {PAGE})."),
    cursor: Optional[str] = Query(None, description="The next_cursor of the previous page."),
) -> Filters:
    return parse_filters(country=country, admin1=admin1, event_type=type, sub_event_type=sub_type, actor=actor,
                         since=since, until=until, near=near, within=within, modality=modality, review=review,
                         limit=PAGE if limit is None else limit, cursor=cursor, most=MOST)


def every(f: Filters) -> Filters:
    """The same filters without a page: for statistics, movements and exports."""
    return replace(f, limit=None, after=None)


def page(rows: list, f: Filters, date_of, id_of) -> dict:
    """The first ``f.limit`` rows (one more was read, to know whether a next page exists)."""
    shown = rows[: f.limit]
    more = len(rows) > len(shown)
    if not (more and shown):
        return {"items": shown, "next_cursor": None}
    day = date_of(shown[-1])
    day = date.fromisoformat(day) if isinstance(day, str) else day
    return {"items": shown, "next_cursor": encode_cursor(day, id_of(shown[-1]))}


def one_more(f: Filters) -> Filters:
    return replace(f, limit=f.limit + 1)
