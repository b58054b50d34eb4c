"""The application: the store opened once, the routers, the guards and the error answers."""

from __future__ import annotations

import json
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..store.api import open_store
from . import articles, control, errors, events, exports, incidents, ingest, movements, review_log, stats, web
from .security import Guard, content_policy

MAX_BODY = 25 * 1024 * 1024  # bytes a request may send (a large JSONL file of articles)


class ServerError(ValueError):
    """The server cannot start as asked (what to change is in the message)."""


def check_basemap(path: str) -> str:
    """``path`` if it holds a GeoJSON object, else ServerError."""
    try:
        with open(path, encoding="utf-8") as stream:
            found = json.load(stream)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ServerError(f"cannot read the basemap {path}: {exc}; give a GeoJSON file") from None
    if not isinstance(found, dict) or found.get("type") not in ("FeatureCollection", "Feature", "GeometryCollection"):
        raise ServerError(f"{path} is not GeoJSON (no FeatureCollection); give a GeoJSON file, such as "
                          "Natural Earth's admin-1 boundaries converted with ogr2ogr")
    return str(Path(path).resolve())


def create_app(db: str, write_token: str | None = None, tiles: str | None = None,
               basemaps: list[str] | None = None, max_body: int = MAX_BODY, hosts: tuple[str, ...] = ()) -> FastAPI:
    """The situation room over the store ``db``: read-only unless ``write_token`` is given (then
    ingest and review need it as a bearer token); ``tiles``, a tile server's URL template for
    the map; ``basemaps``, GeoJSON files drawn as outline layers (province borders, say);
    ``hosts``, the only Host names to answer (``sitroom serve`` on a loopback address gives
    127.0.0.1, localhost and [::1], so that a web page elsewhere cannot reach the server
    through a name it controls)."""
    if write_token is not None and not write_token.strip():
        raise ServerError("the write token is empty; put a long random string in the token file")
    if tiles is not None and not tiles.startswith(("https://", "http://")):
        raise ServerError(f"{tiles!r} is not a tile URL; give one such as https://tiles.example/{{z}}/{{x}}/{{y}}.png")
    layers = [check_basemap(p) for p in basemaps or []]
    store = open_store(db, read_only=write_token is None)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        store.close()

    app = FastAPI(title="sitroom", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="The situation room's API: events, incidents, evidence, statistics, exports, "
                              "ingest and analysts' review over one sitroom store.")
    app.state.store = store
    app.state.write_token = write_token.strip() if write_token else None
    app.state.tiles = tiles
    app.state.basemaps = layers
    errors.install(app)
    for module in (events, incidents, articles, stats, movements, control, exports, ingest, review_log, web):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=web.STATIC, check_dir=False), name="static")
    # outermost, around the framework's own error handling, so that a 500 carries the headers too
    app.build_middleware_stack = _guarded(app.build_middleware_stack, content_policy(tiles), max_body, hosts)
    return app


def _guarded(build, policy: str, max_body: int, hosts: tuple[str, ...]):
    def build_guarded():
        return Guard(build(), policy=policy, max_body=max_body, hosts=hosts)

    return build_guarded
