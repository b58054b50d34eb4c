"""``POST /api/ingest``: news sent to the server, read, coded and stored as ``sitroom ingest`` does."""

from __future__ import annotations

import os
import re
import tempfile
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from ..api import text_document
from ..filter_values import parse_date
from ..report import RunReport
from .errors import COMMON, WRITING
from .security import require_token

router = APIRouter(prefix="/api", tags=["ingest"], responses={**COMMON, **WRITING})
KINDS = {"text/plain": ".txt", "text/html": ".html", "application/xhtml+xml": ".html",
         "application/x-ndjson": ".jsonl", "application/jsonl": ".jsonl", "application/json": ".jsonl"}
SUFFIX = re.compile(r"\.(txt|text|md|html?|xhtml|jsonl|ndjson|json|warc|warc\.gz|xml|rss|atom)$", re.I)
# any bytes are a text, a page or JSONL to try: what cannot be read is a recorded skip, not a 4xx
BODY = {"content": {"text/plain": {"schema": {}}, "text/html": {"schema": {}}, "application/x-ndjson": {"schema": {}},
                    "multipart/form-data": {"schema": {"type": "object", "properties": {
                        "file": {"type": "string", "format": "binary"}}}}}}


async def _input(request: Request, title: str | None, url: str | None, published: str | None,
                 outlet: str | None):
    """What was sent, as something ``ingest`` reads: a document for a text or a page, a
    temporary file for JSONL, WARC, feeds and uploads (removed afterwards)."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        form = await request.form()
        upload = form.get("file")
        if upload is None or not hasattr(upload, "read"):
            raise HTTPException(400, "send the news as a form field named file")
        name = upload.filename or "upload.txt"
        found = SUFFIX.search(name)
        body, suffix = await upload.read(), found.group(0).lower() if found else ".txt"
    elif kind in KINDS:
        body, suffix = await request.body(), KINDS[kind]
    else:
        raise HTTPException(400, f"send text/plain, text/html, application/x-ndjson or a multipart upload, "
                                 f"not {kind or 'a body without a Content-Type'}")
    if not body.strip():
        raise HTTPException(400, "the body is empty; send the text of one or more articles")
    if suffix in (".txt", ".html") and kind != "multipart/form-data":
        text = body.decode("utf-8", errors="replace")
        return text_document(text, title=title, url=url, published=published, outlet=outlet,
                             kind="html" if suffix == ".html" else "text"), None
    handle, path = tempfile.mkstemp(prefix="sitroom-ingest-", suffix=suffix)
    with os.fdopen(handle, "wb") as out:
        out.write(body)
    return path, path


@router.post("/ingest", summary="Read, code and store news", dependencies=[Depends(require_token)],
             openapi_extra={"requestBody": BODY})
async def ingest(request: Request,
                 published: Optional[str] = Query(None, description="Publication date for news that lacks one."),
                 outlet: Optional[str] = Query(None, max_length=256, description="Outlet for news that lacks one."),
                 title: Optional[str] = Query(None, max_length=1000, description="Title of a text or page."),
                 url: Optional[str] = Query(None, max_length=2000, description="Address of a text or page.")) -> dict:
    parse_date(published, "published")
    item, temporary = await _input(request, title, url, published, outlet)
    report = RunReport()
    try:
        from starlette.concurrency import run_in_threadpool

        options = {k: v for k, v in (("published", published), ("outlet", outlet)) if v}
        result = await run_in_threadpool(request.app.state.store.ingest, [item], None, report, **options)
    finally:
        if temporary:
            os.unlink(temporary)
    return {"articles": result.articles_added, "already_stored": result.articles_known,
            "events": result.events_added, "incidents_opened": result.incidents_opened,
            "incidents_joined": result.incidents_joined,
            "skipped": [{"source": s.source_path, "reason": s.reason, "code": s.code} for s in report.skips]}
