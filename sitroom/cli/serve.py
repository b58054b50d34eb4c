"""``sitroom serve``: the situation room (REST API and dashboard) over a store, on uvicorn."""

from __future__ import annotations

import ipaddress
import os
import stat
from typing import List, Optional

import typer

from .filters import DB


def read_token(path: str) -> str:
    """The write token: the first line of the file ``path``, or a usage error saying what to do."""
    try:
        with open(path, encoding="utf-8") as stream:
            token = stream.readline().strip()
        mode = os.stat(path).st_mode
    except (OSError, UnicodeDecodeError) as exc:
        raise typer.BadParameter(f"cannot read {path}: {exc}", param_hint="--write-token-file") from None
    if len(token) < 16:
        raise typer.BadParameter(f"the token in {path} is shorter than 16 characters; write a long random one, "
                                 "e.g. `python3 -c 'import secrets; print(secrets.token_urlsafe(32))' > FILE`",
                                 param_hint="--write-token-file")
    if mode & (stat.S_IRGRP | stat.S_IROTH):
        typer.echo(f"warning: {path} can be read by other users of this machine; `chmod 600 {path}`", err=True)
    return token


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def serve_command(
    db: Optional[str] = DB,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0: every interface)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    write_token_file: Optional[str] = typer.Option(
        None, "--write-token-file", metavar="FILE",
        help="Allow ingest and review to clients that send the token in FILE (its first line) as "
             "'Authorization: Bearer TOKEN'; without it the server only reads."),
    tiles: Optional[str] = typer.Option(None, "--tiles", metavar="URL",
                                        help="A tile server's URL template for the map, "
                                             "https://HOST/{z}/{x}/{y}.png (default: the offline basemap only)."),
    basemap: List[str] = typer.Option([], "--basemap", metavar="FILE",
                                      help="A GeoJSON file drawn as an outline layer (province borders, say); "
                                           "repeat for more."),
    max_body_mb: float = typer.Option(25.0, "--max-body-mb", min=0.001, help="Largest request body, in MB."),
) -> None:
    """Serve the situation room: a REST API (/api, /openapi.json) and the dashboard (/)."""
    from ..server.app import ServerError, create_app
    from ..server.security import LOOPBACK_HOSTS
    from .filters import open_or_exit

    with open_or_exit(db, read_only=True):
        pass  # the store must exist: serve never creates one
    token = read_token(write_token_file) if write_token_file else None
    try:
        app = create_app(db, write_token=token, tiles=tiles, basemaps=basemap, max_body=int(max_body_mb * 1024 * 1024),
                         hosts=LOOPBACK_HOSTS if _loopback(host) else ())
    except ServerError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    import uvicorn

    if not _loopback(host):
        typer.echo(f"note: listening on {host}: other machines can read this store"
                   + ("" if token is None else ", and write to it with the token") + "; put TLS in front of it",
                   err=True)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"sitroom: the situation room on http://{shown}:{port}/ ({'ingest and review with the token' if token else 'read-only'}); "
               "Ctrl-C stops it", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
