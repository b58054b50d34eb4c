"""Incidents: the listing, one incident with its reports and evidence, merging and splitting."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Body, Depends, HTTPException, Path, Request
from pydantic import BaseModel, Field

from ..review import Reviewer
from ..store.queries import Filters
from .errors import COMMON, MISSING, WRITING
from .params import answer, filters, one_more, page
from .security import require_token

router = APIRouter(prefix="/api/incidents", tags=["incidents"], responses=COMMON)
ID = Path(..., ge=1, le=2**63 - 1, description="The incident's id.")
INTERNAL = ("cell", "entry_article", "representative_id", "sources")  # the store's own, for matching


@router.get("", summary="Incidents (reports of one happening merged), newest first")
def list_incidents(request: Request, f: Filters = Depends(filters)) -> dict:
    rows = [{k: v for k, v in row.items() if k not in INTERNAL}
            for row in request.app.state.store.incidents(**vars(one_more(f)))]
    return answer(page(rows, f, lambda i: i["event_date"], lambda i: i["id"]))


def detail(store, incident_id: int) -> dict | None:
    """The incident with, for each report, its reasons, its facts as corrected, its attribution
    and its evidence (offsets into its article's text)."""
    found = store.explain(incident_id)
    if found is None:
        return None
    told = store.events_with_ids([source["event"] for source in found["sources"]])
    sources = []
    for source in found["sources"]:
        event = told.get(source["event"], {})
        sources.append({
            **source, "article": (event.get("store") or {}).get("article_id"),
            **{k: event.get(k) for k in ("event_type", "sub_event_type", "actor1", "actor2", "location",
                                         "event_date", "attribution", "evidence", "movement", "review", "notes")},
            "fatalities": event.get("fatalities", source["fatalities"]),
        })
    return {**{k: v for k, v in found.items() if k not in INTERNAL}, "sources": sources}


class Merge(BaseModel):
    incidents: list[int] = Field(..., min_length=2, max_length=100)
    who: Optional[str] = Field("analyst", max_length=128)
    note: Optional[str] = Field(None, max_length=4000)


class Split(BaseModel):
    events: list[int] = Field(..., min_length=1, max_length=1000)
    who: Optional[str] = Field("analyst", max_length=128)
    note: Optional[str] = Field(None, max_length=4000)


@router.post("/merge", summary="Merge incidents into one (the lowest id)", dependencies=[Depends(require_token)],
             responses={**MISSING, **WRITING})
def merge(request: Request, body: Merge = Body(...)) -> dict:
    store = request.app.state.store
    kept = Reviewer(store).merge(body.incidents, who=body.who, note=body.note)
    return detail(store, kept)


@router.get("/{incident_id:int}", summary="One incident with its reports, sources, evidence and reasons",
            responses=MISSING)
def one_incident(request: Request, incident_id: int = ID) -> dict:
    found = detail(request.app.state.store, incident_id)
    if found is None:
        raise HTTPException(404, f"no incident {incident_id} in this store")
    return answer(found)


@router.post("/{incident_id:int}/split", summary="Move some reports into an incident of their own",
             dependencies=[Depends(require_token)], responses={**MISSING, **WRITING})
def split(request: Request, incident_id: int = ID, body: Split = Body(...)) -> dict:
    store = request.app.state.store
    made = Reviewer(store).split(incident_id, body.events, who=body.who, note=body.note)
    return detail(store, made)
