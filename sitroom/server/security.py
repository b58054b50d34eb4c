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

from .errors import FAILED, error


def content_policy(tiles: str | None) -> str:
    images = "'self' data:"
    if tiles:
        parts = urlsplit(tiles.replace("{s}", "a"))
        images += f" {parts.scheme}://{parts.netloc}"
    return ("default-src 'self'; script-src 'self'; style-src 'self'; "
            f"img-src {images}; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")


class Guard:
    """ASGI middleware, outermost: the security headers on every answer (a 500 too), the body
    size limit, and the Host names a loopback server answers to."""

    def __init__(self, app, policy: str, max_body: int, hosts: tuple[str, ...] = ()):
        self.app = app
        self.max_body = max_body
        self.hosts = hosts  # empty: any Host (a server meant to be reached by other names)
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
        state = {"started": False, "too_large": False, "replaced": False}

        async def send_guarded(message):
            if message["type"] == "http.response.start":
                state["started"] = True
                message = {**message, "headers": [*message.get("headers", []), *self.headers]}
            await send(message)

        async def send_checked(message):
            # a body cut at the limit may surface as the framework's own 400 ("error parsing the
            # body"): the answer is the 413 it really is
            if state["too_large"]:
                if not state["replaced"] and message["type"] == "http.response.start":
                    state["replaced"] = True
                    await error(413, self._too_large())(scope, receive, send_guarded)
                return
            await send_guarded(message)

        headers = dict(scope.get("headers", []))
        if self.hosts and _host_name(headers.get(b"host", b"")) not in self.hosts:
            return await error(400, "this server answers only to its own address (a page on another site may "
                                    "not reach it); open it as http://127.0.0.1:PORT/")(scope, receive, send_guarded)
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            return await error(413, self._too_large())(scope, receive, send_guarded)
        received = 0

        async def receive_counted():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    state["too_large"] = True
                    raise _TooLarge()
            return message

        try:
            await self.app(scope, receive_counted, send_checked)
        except _TooLarge:
            if not state["replaced"] and not state["started"]:
                await error(413, self._too_large())(scope, receive, send_guarded)
        except Exception:  # logged by errors._failure, which answered already unless the answer had begun
            if not state["started"]:
                await error(500, FAILED)(scope, receive, send_guarded)

    def _too_large(self) -> str:
        return (f"the request body is larger than {self.max_body:,} bytes; send smaller parts, or start the server "
                "with a larger --max-body-mb")


def _host_name(host: bytes) -> str:
    text = host.decode("latin-1").strip().lower()
    if text.startswith("["):
        return text[: text.find("]") + 1]
    return text.rsplit(":", 1)[0] if text.count(":") == 1 else text


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")


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
