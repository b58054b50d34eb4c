"""Bytes to text: byte-order marks, declared charsets, UTF-8, then detection."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# File signatures of formats that are never articles.
_SIGNATURES = {
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive (unpack it first)",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x7fELF": "executable",
    b"MZ": "Windows executable",
    b"\xd0\xcf\x11\xe0": "Microsoft Office document",
    b"SQLite format 3": "SQLite database",
    b"7z\xbc\xaf": "7-Zip archive",
    b"Rar!": "RAR archive",
    b"BZh": "bzip2 archive",
    b"\xfd7zXZ": "xz archive",
}

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can trust."""


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def binary_kind(data: bytes) -> str | None:
    """A short description if ``data`` is a known binary format or not text at all."""
    if bom_encoding(data):
        return None
    head = data[:8192]
    for sig, what in _SIGNATURES.items():
        if head.startswith(sig):
            return what
    if not head:
        return None
    if b"\x00" in head:
        # UTF-16 without a BOM puts a NUL beside nearly every ASCII letter.
        if _utf16_guess(head):
            return None
        return "binary data"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if controls / len(head) > 0.05:
        return "binary data"
    return None


def _utf16_guess(head: bytes) -> str | None:
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = max(1, len(head) // 2)
    if odd / half > 0.3 and even / half < 0.05:
        return "utf-16-le"
    if even / half > 0.3 and odd / half < 0.05:
        return "utf-16-be"
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first bytes, if valid."""
    head = data[:4096]
    match = _META_CHARSET.search(head) or re.search(rb"""<\?xml[^>]+encoding=["']([A-Za-z0-9_.:-]+)""", head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return (text, encoding used).

    Order: byte-order mark, the declared charset (HTML meta or XML prolog), strict
    UTF-8, UTF-16 without BOM, then charset detection with cp1252 as the fallback
    for Western text.  Raises DecodeError when nothing fits.
    """
    enc = bom_encoding(data)
    if enc:
        return data.decode(enc), enc
    if declared:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass  # the declaration lies; fall through to detection
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guess16 = _utf16_guess(data[:8192])
    if guess16:
        try:
            return data.decode(guess16), guess16
        except UnicodeDecodeError:
            pass
    # Mostly-ASCII text with a few high bytes is nearly always cp1252 in news
    # (curly quotes, dashes, accented names); detection guesses poorly on it.
    high = sum(1 for b in data[:65536] if b > 127)
    if high and high / min(len(data), 65536) < 0.05:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    best = from_bytes(data[:1_000_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding), best.encoding
        except (UnicodeDecodeError, LookupError):
            pass
    raise DecodeError("the bytes are not text in any known encoding")
