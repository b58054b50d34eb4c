"""Exports of the filtered store, as files: ACLED CSV, PLOVER JSONL, GeoJSON, GeoParquet, JSONL."""

from __future__ import annotations

import os
import tempfile
from typing import Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from ..exports import SUFFIXES
from ..store.queries import Filters
from .errors import COMMON
from .params import every, filters

router = APIRouter(prefix="/api", tags=["export"], responses=COMMON)
MEDIA = {"acled-csv": "text/csv", "plover-jsonl": "application/x-ndjson", "jsonl": "application/x-ndjson",
         "geojson": "application/geo+json", "parquet": "application/vnd.apache.parquet"}


def suffix(format: str) -> str:
    return next(s for s, f in SUFFIXES.items() if f == format)


@router.get("/export", summary="The filtered incidents (or events) as a file",
            response_class=FileResponse, responses={200: {"content": {m: {} for m in set(MEDIA.values())}}})
def export(request: Request, format: Literal["acled-csv", "plover-jsonl", "geojson", "parquet", "jsonl"] = Query(
               "acled-csv", description="The file's format."),
           unit: Literal["incidents", "events"] = Query("incidents"),
           include_incomplete: bool = Query(False, description="ACLED rows without a date, actor1 or place too."),
           f: Filters = Depends(filters)) -> FileResponse:
    handle, path = tempfile.mkstemp(prefix="sitroom-export-", suffix=suffix(format))
    os.close(handle)
    try:
        request.app.state.store.export(path, format=format, unit=unit, include_incomplete=include_incomplete,
                                       **vars(every(f)))
    except BaseException:
        os.unlink(path)
        raise
    return FileResponse(path, media_type=MEDIA[format], filename=f"sitroom-{unit}{suffix(format)}",
                        background=BackgroundTask(os.unlink, path))
