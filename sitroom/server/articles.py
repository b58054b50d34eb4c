"""Articles: the text an event was coded from, with each evidence span (offsets into the text)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Path, Request

from .errors import COMMON, MISSING

router = APIRouter(prefix="/api/articles", tags=["articles"], responses={**COMMON, **MISSING})


@router.get("/{article_id}", summary="An article's text and the evidence spans of its events")
def one_article(request: Request, article_id: int = Path(..., ge=1, le=2**63 - 1)) -> dict:
    found = request.app.state.store.article(article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id} in this store")
    return found
