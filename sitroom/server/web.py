"""The dashboard: its page, its static files (scripts, styles, the vendored map library and the
offline basemap), the extra outline layers a user gave, and the settings the page reads."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse

from .. import __version__
from .errors import COMMON, MISSING

STATIC = Path(str(files("sitroom") / "web" / "static"))
router = APIRouter(tags=["dashboard"])


@router.get("/", include_in_schema=False)
def dashboard() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html", headers={"Cache-Control": "no-cache"})


@router.get("/api/config", summary="What the dashboard needs to know about this server")
def config(request: Request) -> dict:
    state = request.app.state
    return {"writable": state.write_token is not None, "tiles": state.tiles, "version": __version__,
            "basemaps": [f"/basemaps/{n}.geojson" for n in range(len(state.basemaps))]}


@router.get("/basemaps/{number}.geojson", summary="An outline layer given with --basemap", responses={**COMMON, **MISSING})
def basemap(request: Request, number: int) -> FileResponse:
    layers = request.app.state.basemaps
    if not 0 <= number < len(layers):
        raise HTTPException(404, f"no basemap {number}; this server has {len(layers)}")
    return FileResponse(layers[number], media_type="application/geo+json")
