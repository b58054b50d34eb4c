"""Counts and fatalities by period, place, actor or type: the timeline and the summaries."""

from __future__ import annotations

from typing import Literal, Optional

from fastapi import APIRouter, Depends, Query, Request

from ..store.queries import Filters
from .errors import COMMON
from .params import every, filters

router = APIRouter(prefix="/api", tags=["stats"], responses=COMMON)
By = Literal["day", "week", "month", "admin1", "country", "actor", "event_type", "sub_event_type"]


@router.get("/stats", summary="Incidents (or events) and fatalities a group")
def stats(request: Request, by: By = Query("week", description="What to group by."),
          split: Optional[Literal["event_type", "sub_event_type", "country", "admin1"]] = Query(
              None, description="A second grouping, for stacked charts (not with by=actor)."),
          unit: Literal["incidents", "events"] = Query("incidents"),
          f: Filters = Depends(filters)) -> dict:
    if split is not None and (by == "actor" or split == by):
        from ..filter_values import FilterError

        raise FilterError("split", f"split by another column than by, and not with by=actor (by={by}, split={split})")
    rows = request.app.state.store.statistics(by, unit, split, **vars(every(f)))
    out = [{"key": r[by], **({"split": r[split]} if split else {}), "count": r[unit], "fatalities": r["fatalities"]}
           for r in rows]
    return {"by": by, "split": split, "unit": unit, "rows": out}
