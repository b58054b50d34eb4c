"""Small stream helpers: look at the first bytes without losing them; bounded reads."""

from __future__ import annotations

import io
from typing import BinaryIO

HEAD_BYTES = 65536
READ_CHUNK = 1 << 20


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


def read_limited(stream: BinaryIO, limit: int, known_size: int | None = None, compressed: bool = False) -> bytes:
    """All of ``stream``, or TooLarge when it holds more than ``limit`` bytes.

    ``compressed``: the stream is decompressed on reading (the message then says so)."""
    if known_size is not None and known_size > limit:
        raise TooLarge(_too_large(known_size, limit))
    # read a piece at a time: one read of ``limit`` bytes sets aside the whole limit (and a
    # copy of it, through the buffered stream) however small the stream is
    out, total = io.BytesIO(), 0
    while total <= limit:
        chunk = stream.read(min(READ_CHUNK, limit + 1 - total))
        if not chunk:
            break
        out.write(chunk)
        total += len(chunk)
    if total > limit:
        raise TooLarge(_too_large(None, limit, compressed))
    return out.getvalue()


def size_text(n: float) -> str:
    """A byte count for people: "20 MB", "0.5 MB", "1.2 MB", "300 KB"."""
    mb = 1024 * 1024
    if n >= 100 * 1024:
        return f"{n / mb:.1f}".rstrip("0").rstrip(".") + " MB"
    return f"{n / 1024:.0f} KB" if n >= 1024 else f"{n:.0f} bytes"


def _too_large(size: int | None, limit: int, compressed: bool = False) -> str:
    mb = 1024 * 1024
    advice = (
        "If it really is one document, raise the limit with --max-size; "
        "if it holds many, give it as JSONL or WARC"
    )
    if size is not None:
        return f"too large for one article ({size / mb:.1f} MB; the limit is {size_text(limit)}). {advice}"
    if compressed:
        return (
            f"too large for one article: it decompresses to more than {size_text(limit)}; "
            f"the limit is {size_text(limit)}. {advice}"
        )
    return f"too large for one article (more than {size_text(limit)}; the limit is {size_text(limit)}). {advice}"
