"""The filter parameters every listing takes, declared once (so the OpenAPI shows them) and
parsed by the same code as the command line's options (sitroom.filter_values)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Literal, Optional

from fastapi import Query, Response

from ..filter_values import encode_cursor, parse_filters, taxonomy_names
from ..model import MODALITY_CHOICES
from ..store.queries import REVIEW_CHOICES, Filters

PAGE = 100  # rows a page unless limit says otherwise
MOST = 1000  # the largest page


Modality = Literal[MODALITY_CHOICES]  # type: ignore[valid-type]
Review = Literal[REVIEW_CHOICES]  # type: ignore[valid-type]


def filters(
    country: Optional[str] = Query(None, description="ISO3 code or English name: PAK, Pakistan."),
    admin1: Optional[str] = Query(None, description="First-level division as stored, any case."),
    type: Optional[str] = Query(None, description="ACLED event type, any case: " + ", ".join(taxonomy_names(sub=False))),
    sub_type: Optional[str] = Query(None, description="ACLED sub-event type, any case: "
                                                       + ", ".join(taxonomy_names(sub=True))),
    actor: Optional[str] = Query(None, description="Part of an actor's name, any case."),
    since: Optional[str] = Query(None, description="On or after this date (YYYY-MM-DD).",
                                 json_schema_extra={"format": "date"}),
    until: Optional[str] = Query(None, description="On or before this date (YYYY-MM-DD).",
                                 json_schema_extra={"format": "date"}),
    near: Optional[str] = Query(None, description="A place name or 'LAT,LON'."),
    within: float = Query(25.0, gt=0, le=20_000, description="Kilometres around near."),
    modality: Optional[Modality] = Query(None, description="reported (default): asserted, claimed and denied; all; "
                                                            "or one modality."),
    review: Optional[Review] = Query(None, description="kept (default: all but rejected), all, or one state."),
    limit: Optional[int] = Query(None, ge=1, le=MOST, description=f"Rows a page (default {PAGE})."),
    cursor: Optional[str] = Query(None, description="The next_cursor of the previous page."),
) -> Filters:
    # an empty value (a form's empty field: ?country=&type=) is no filter
    given = {name: value or None for name, value in (("country", country), ("admin1", admin1), ("event_type", type),
                                                     ("sub_event_type", sub_type), ("actor", actor), ("near", near),
                                                     ("cursor", cursor))}
    return parse_filters(**given, since=since, until=until, within=within, modality=modality,
                         review=review, limit=PAGE if limit is None else limit, most=MOST)


def answer(body: dict) -> Response:
    """``body`` as JSON, written directly: the records are plain JSON already, and FastAPI's own
    encoder walks every value of them again (five times the cost of reading a page)."""
    return Response(json.dumps(body, ensure_ascii=False, default=str), media_type="application/json")


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
