"""Events, one a report: ``GET /api/events`` and an analyst's decision about one."""

from __future__ import annotations

from typing import Literal, Optional

from fastapi import APIRouter, Body, Depends, HTTPException, Path, Request
from pydantic import BaseModel, Field

from ..review import Reviewer
from ..store.queries import Filters
from .errors import COMMON, MISSING, WRITING
from .params import answer, filters, one_more, page
from .security import require_token

router = APIRouter(prefix="/api", tags=["events"], responses=COMMON)
ID = Path(..., ge=1, le=2**63 - 1, description="The store's id of the event.")


@router.get("/events", summary="Events (one a report), newest first")
def list_events(request: Request, f: Filters = Depends(filters)) -> dict:
    rows = request.app.state.store.events(**vars(one_more(f)))
    return answer(page(rows, f, lambda e: e["event_date"], lambda e: e["store"]["id"]))


@router.get("/events/{event_id}", summary="One event as the analysts' decisions left it", responses=MISSING)
def one_event(request: Request, event_id: int = ID) -> dict:
    found = request.app.state.store.event(event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id} in this store")
    return found


class Decision(BaseModel):
    action: Literal["confirm", "correct", "reject"]
    changes: dict = Field(default_factory=dict, description="For correct: event_type, sub_event_type, actor1, actor2, "
                                                           "location (a name or {name, lat, lon, country}), "
                                                           "event_date, fatalities.")
    who: Optional[str] = Field("analyst", max_length=128)
    note: Optional[str] = Field(None, max_length=4000)


@router.post("/events/{event_id}/review", summary="Confirm, correct or reject an event",
             dependencies=[Depends(require_token)], responses={**MISSING, **WRITING})
def review_event(request: Request, event_id: int = ID, decision: Decision = Body(...)) -> dict:
    return Reviewer(request.app.state.store).decide(event_id, decision.action, decision.changes or None,
                                                    who=decision.who, note=decision.note)
