"""``GET /api/review/log``: every analyst's decision, newest first."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Query, Request

from ..review import Reviewer
from .errors import COMMON

router = APIRouter(prefix="/api/review", tags=["review"], responses=COMMON)


@router.get("/log", summary="Analysts' decisions, newest first")
def log(request: Request, limit: int = Query(200, ge=1, le=10_000),
        event: Optional[int] = Query(None, ge=1, le=2**63 - 1, description="Only the decisions about this event.")
        ) -> dict:
    return {"items": Reviewer(request.app.state.store).log(limit=limit, event_id=event)}
