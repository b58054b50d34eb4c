"""Fetching a URL (feed URLs, and article pages when asked): http(s) only, bounded in time and size.

Links found inside a feed are not chosen by the user, so by default ``fetch`` refuses a host
that resolves to any private, loopback, link-local or otherwise non-public address (every
address the name resolves to is checked), and connects to the very address it checked, so a
second lookup cannot swap it for another.  Redirects are followed here, one hop at a time, and
every hop is checked the same way.  ``timeout`` is a deadline for the whole fetch (look-up,
connection, every redirect and the whole body), not a limit on each read, and the body may not
exceed ``max_bytes``.  Every failure is a FetchError whose message says why; a refusal by
these rules is a FetchRefused.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
from urllib.parse import urljoin, urlsplit

from .. import __version__

USER_AGENT = f"sitroom/{__version__} (+news event coding)"
MAX_BYTES = 50 * 1024 * 1024
MAX_REDIRECTS = 5
SCHEMES = ("http", "https")
_REDIRECT_CODES = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024


class FetchError(OSError):
    """A URL could not be fetched; the message says why."""


class FetchRefused(FetchError):
    """A URL that the rules do not allow to fetch (scheme, address, redirect); the message says why."""


class FetchTooLarge(FetchError):
    """The answer is larger than the size limit."""


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def origin(url: str | None) -> tuple[str, str, int] | None:
    """(scheme, host, port) of an http(s) URL, or None."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        return None
    if scheme not in SCHEMES or not parts.hostname:
        return None
    return scheme, parts.hostname.lower(), port


def _size(n: int) -> str:
    mb = n / (1024 * 1024)
    return f"{mb:.1f}".rstrip("0").rstrip(".") + " MB" if n >= 100 * 1024 else f"{n / 1024:.0f} KB"


def _not_public(address: str) -> str | None:
    """What kind of non-public address ``address`` is ("loopback", "private", ...), or None."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "unparseable"
    if ip.version == 6:
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            why = _not_public(str(embedded))
            if why:
                return why
    for kind in ("loopback", "link_local", "unspecified", "multicast", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    if not ip.is_global:
        return "non-public"
    return None


class _Deadline:
    def __init__(self, seconds: float):
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def left(self) -> float:
        return self.at - time.monotonic()

    def passed(self) -> bool:
        return self.left() <= 0

    def error(self, url: str) -> FetchError:
        return FetchError(f"cannot fetch {url}: no complete answer within {self.seconds:g} s (the limit for one fetch)")


def _resolve(host: str, port: int, url: str, deadline: _Deadline) -> list[tuple[int, tuple]]:
    """(family, socket address) for each address ``host`` resolves to; bounded by the deadline."""
    found: dict[str, object] = {}

    def look_up() -> None:
        try:
            found["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            found["error"] = exc

    worker = threading.Thread(target=look_up, daemon=True)
    worker.start()
    worker.join(max(0.0, deadline.left()))
    if worker.is_alive():
        raise deadline.error(url)
    if "error" in found:
        raise FetchError(
            f"cannot fetch {url}: cannot resolve {host}: {found['error']}; check the address and your network"
        )
    addresses, seen = [], set()
    for family, _type, _proto, _name, sockaddr in found["infos"]:  # type: ignore[union-attr]
        if sockaddr[0] not in seen:
            seen.add(sockaddr[0])
            addresses.append((family, sockaddr))
    if not addresses:
        raise FetchError(f"cannot fetch {url}: {host} has no address")
    return addresses


def check_url(url: str, *, allow_private: bool = False, trusted: tuple[str, str, int] | None = None,
              deadline: _Deadline | None = None) -> tuple[str, str, int, list[tuple[int, tuple]]]:
    """(scheme, host, port, addresses) of a URL that may be fetched, or FetchRefused saying why.

    ``trusted`` is an origin (scheme, host, port) fetched without the address check: the
    origin of a feed URL the user named is as trusted as that URL."""
    deadline = deadline or _Deadline(30.0)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchRefused(f"refused {url!r}: not a valid URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        what = f"a {scheme}: URL" if scheme else "a relative link"
        raise FetchRefused(f"refused {url}: only http and https URLs are fetched, and this is {what}")
    host = (parts.hostname or "").lower()
    if not host:
        raise FetchRefused(f"refused {url}: the URL names no host")
    port = port or (443 if scheme == "https" else 80)
    addresses = _resolve(host, port, url, deadline)
    if not allow_private and (scheme, host, port) != trusted:
        for _family, sockaddr in addresses:
            why = _not_public(sockaddr[0])
            if why:
                shown = host if host == sockaddr[0] else f"{host} ({sockaddr[0]})"
                raise FetchRefused(
                    f"refused {url}: {shown} is a {why} address, not a public one; "
                    "links in feeds reach only public hosts unless --allow-private-hosts is given"
                )
    return scheme, host, port, addresses


class _Watchdog:
    """Shuts the connection's socket at the deadline, which ends whatever wait (connection, TLS
    handshake, a read) is under way: socket timeouts bound each wait, this bounds them all."""

    def __init__(self, deadline: _Deadline):
        self.fired = threading.Event()
        self._lock = threading.Lock()
        self._fd: tuple[int, int] | None = None  # (descriptor, family) of the connected socket
        self._done = False
        self._timer = threading.Timer(max(0.0, deadline.left()), self._shut)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._fd = (sock.fileno(), sock.family)

    def _shut(self) -> None:
        with self._lock:
            self.fired.set()
            if self._done or self._fd is None:
                return
            try:  # through a duplicate of the descriptor: a TLS wrapper owns the original
                dup = socket.fromfd(self._fd[0], self._fd[1], socket.SOCK_STREAM)
            except OSError:
                return
            try:
                dup.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            finally:
                dup.close()

    def stop(self) -> None:
        """Called before the socket is closed, so the watchdog never touches a descriptor reused since."""
        self._timer.cancel()
        with self._lock:
            self._done = True


def _connection(scheme: str, host: str, port: int, addresses, deadline: _Deadline,
                watchdog: _Watchdog) -> http.client.HTTPConnection:
    """A connection to ``host`` that connects to one of the checked ``addresses`` only."""
    if scheme == "https":
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            host, port, timeout=max(0.01, deadline.left()), context=ssl.create_default_context()
        )
    else:
        conn = http.client.HTTPConnection(host, port, timeout=max(0.01, deadline.left()))

    def connect(_address, _timeout=None, _source=None):
        error: OSError | None = None
        for family, sockaddr in addresses:
            sock = socket.socket(family, socket.SOCK_STREAM)
            try:
                sock.settimeout(max(0.01, deadline.left()))
                sock.connect(sockaddr)
            except OSError as exc:
                sock.close()
                error = exc
                continue
            watchdog.watch(sock)
            return sock
        raise error or OSError("no address to connect to")

    conn._create_connection = connect  # type: ignore[attr-defined]
    return conn


def fetch(url: str, *, timeout: float = 30.0, max_bytes: int = MAX_BYTES, allow_private: bool = False,
          trusted: tuple[str, str, int] | None = None, max_redirects: int = MAX_REDIRECTS) -> bytes:
    """The body of ``url``, or FetchError (FetchRefused when the rules forbid it).

    ``allow_private`` lets hosts with private, loopback or link-local addresses be fetched;
    ``trusted`` names one origin that may be fetched whatever its address."""
    deadline = _Deadline(timeout)
    current = url
    for _hop in range(max_redirects + 1):
        scheme, host, port, addresses = check_url(current, allow_private=allow_private, trusted=trusted,
                                                  deadline=deadline)
        status, reason, location, body = _get(current, scheme, host, port, addresses, deadline, max_bytes)
        if status in _REDIRECT_CODES and location:
            current = urljoin(current, location.strip())
            continue
        if not 200 <= status < 300:
            raise FetchError(f"HTTP {status} {reason} from {current}")
        return body
    raise FetchRefused(f"refused {url}: more than {max_redirects} redirects")


def _get(url: str, scheme: str, host: str, port: int, addresses, deadline: _Deadline,
         max_bytes: int) -> tuple[int, str, str | None, bytes]:
    """(status, reason, redirect location, body) of one GET; the body is read for 2xx only."""
    if deadline.passed():
        raise deadline.error(url)
    parts = urlsplit(url)
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    watchdog = _Watchdog(deadline)
    conn = _connection(scheme, host, port, addresses, deadline, watchdog)
    response: http.client.HTTPResponse | None = None
    try:
        conn.request("GET", target, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"})
        response = conn.getresponse()
        status, reason = response.status, response.reason
        if status in _REDIRECT_CODES or not 200 <= status < 300:
            return status, reason, response.getheader("Location"), b""
        length = (response.getheader("Content-Length") or "").strip()
        if length.isdigit() and int(length) > max_bytes:
            raise FetchTooLarge(
                f"{url} is larger than {_size(max_bytes)}, the size limit for one fetch (it says {_size(int(length))})"
            )
        chunks, total = [], 0
        while True:
            chunk = response.read(_CHUNK)
            if not chunk:
                break
            total += len(chunk)
            if total > max_bytes:
                raise FetchTooLarge(f"{url} is larger than {_size(max_bytes)}, the size limit for one fetch")
            chunks.append(chunk)
            if watchdog.fired.is_set() or deadline.passed():
                raise deadline.error(url)
        if watchdog.fired.is_set():  # the watchdog ended the read early
            raise deadline.error(url)
        return status, reason, None, b"".join(chunks)
    except FetchError:
        raise
    except (OSError, http.client.HTTPException, ValueError) as exc:
        if watchdog.fired.is_set() or deadline.passed():
            raise deadline.error(url) from None
        why = getattr(exc, "reason", None) or str(exc) or type(exc).__name__
        raise FetchError(f"cannot fetch {url}: {why}; check the address and your network") from None
    finally:
        watchdog.stop()
        if response is not None:
            response.close()
        conn.close()


__all__ = ["FetchError", "FetchRefused", "FetchTooLarge", "MAX_BYTES", "check_url", "fetch", "is_url", "origin"]
