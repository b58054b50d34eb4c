"""Territorial control: who held each place on a day, or each place's history, by whose account."""

from __future__ import annotations

from typing import Literal, Optional

from fastapi import APIRouter, Depends, Query, Request

from ..control.views import as_geojson, control_states
from ..filter_values import FilterError, parse_date
from ..store.queries import Filters
from .errors import COMMON
from .params import answer, every, filters

router = APIRouter(prefix="/api", tags=["control"], responses=COMMON)


@router.get("/control", summary="Who held each place on a day (or its history), held or contested, with sources")
def control(
    request: Request,
    f: Filters = Depends(filters),
    on: Optional[str] = Query(None, description="The day (YYYY-MM-DD; default today).",
                              json_schema_extra={"format": "date"}),
    place: Optional[str] = Query(None, description="Only this place, by name, any case."),
    history: bool = Query(False, description="Every interval of each place (up to on, when given)."),
    by: Literal["place", "admin2", "admin1"] = Query("place", description="Places, or areas counting their places "
                                                                          "by holder (not with history)."),
    format: Literal["json", "geojson"] = Query("json", description="json, or geojson: a point a place."),
):
    when = parse_date(on, "on")
    if by != "place" and (history or format == "geojson"):
        raise FilterError("by", "areas are counted on one day: leave out history and format=geojson")
    states = control_states(request.app.state.store, every(f), when, place or None, history, by)
    return answer(as_geojson(states) if format == "geojson" else {"items": states})
