"""What keeps the server safe to open in a browser and to leave running.

- every answer carries a Content-Security-Policy without inline scripts or styles (a tile
  server's origin is the only other place images may come from), and nosniff, no framing,
  no referrer;
- a request body larger than the limit is refused (413) before it is read whole, with or
  without a Content-Length;
- write requests need the bearer token the server was started with, compared in constant time.
"""

from __future__ import annotations

import hmac
from urllib.parse import urlsplit

from fastapi import HTTPException, Request

from .errors import error


def content_policy(tiles: str | None) -> str:
    images = "'self' data:"
    if tiles:
        parts = urlsplit(tiles.replace("{s}", "a"))
        images += f" {parts.scheme}://{parts.netloc}"
    return ("default-src 'self'; script-src 'self'; style-src 'self'; "
            f"img-src {images}; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")


class Guard:
    """ASGI middleware: the security headers on every answer, and the body size limit."""

    def __init__(self, app, policy: str, max_body: int):
        self.app = app
        self.max_body = max_body
        self.headers = [
            (b"content-security-policy", policy.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"no-referrer"),
            (b"cross-origin-opener-policy", b"same-origin"),
        ]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def send_guarded(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = {**message, "headers": [*message.get("headers", []), *self.headers]}
            await send(message)

        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            return await error(413, self._too_large())(scope, receive, send_guarded)
        received = 0

        async def receive_counted():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise _TooLarge()
            return message

        try:
            await self.app(scope, receive_counted, send_guarded)
        except _TooLarge:
            if not started:
                await error(413, self._too_large())(scope, receive, send_guarded)

    def _too_large(self) -> str:
        return (f"the request body is larger than {self.max_body:,} bytes; send smaller parts, or start the server "
                "with a larger --max-body-mb")


class _TooLarge(Exception):
    pass


def require_token(request: Request) -> None:
    """A dependency of the write endpoints: the bearer token, or 403 (read-only server) / 401."""
    token = request.app.state.write_token
    if token is None:
        raise HTTPException(403, "this server is read-only; start it with --write-token-file FILE to allow "
                                 "ingest and review")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise HTTPException(401, "give the server's write token as 'Authorization: Bearer TOKEN'",
                            headers={"WWW-Authenticate": "Bearer"})
