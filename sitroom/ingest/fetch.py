"""Fetching a URL (feed URLs, and article pages when asked): bounded in time and size."""

from __future__ import annotations

import urllib.error
import urllib.request

from .. import __version__

USER_AGENT = f"sitroom/{__version__} (+news event coding)"
MAX_BYTES = 50 * 1024 * 1024


class FetchError(OSError):
    """A URL could not be fetched; the message says why."""


def fetch(url: str, *, timeout: float = 30.0, max_bytes: int = MAX_BYTES) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(max_bytes + 1)
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code} {exc.reason} from {url}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FetchError(f"cannot fetch {url}: {reason}; check the address and your network") from None
    if len(data) > max_bytes:
        raise FetchError(f"{url} is larger than {max_bytes // (1024 * 1024)} MB")
    return data
