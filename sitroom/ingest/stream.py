"""Small stream helpers: look at the first bytes without losing them; bounded reads."""

from __future__ import annotations

import io
from typing import BinaryIO

HEAD_BYTES = 65536


class _Prefixed(io.RawIOBase):
    """A raw stream that yields ``prefix`` and then the rest of ``stream``."""

    def __init__(self, prefix: bytes, stream: BinaryIO):
        self._prefix = memoryview(prefix)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._prefix.nbytes:
            n = min(len(buffer), self._prefix.nbytes)
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._stream.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            super().close()


def peek(stream: BinaryIO, size: int) -> tuple[bytes, BinaryIO]:
    """The first ``size`` bytes, and a stream that still starts with them."""
    head = stream.read(size)
    return head, io.BufferedReader(_Prefixed(head, stream), buffer_size=HEAD_BYTES)


class TooLarge(ValueError):
    pass


def read_limited(stream: BinaryIO, limit: int, known_size: int | None = None) -> bytes:
    """All of ``stream``, or TooLarge when it holds more than ``limit`` bytes."""
    if known_size is not None and known_size > limit:
        raise TooLarge(_too_large(known_size, limit))
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(_too_large(None, limit))
    return data


def _too_large(size: int | None, limit: int) -> str:
    mb = 1024 * 1024
    have = f"{size / mb:.1f} MB" if size is not None else "more than that"
    return (
        f"too large for one article ({have}; the limit is {limit / mb:.0f} MB). "
        "If it really is one document, raise the limit with --max-size; "
        "if it holds many, give it as JSONL or WARC"
    )
