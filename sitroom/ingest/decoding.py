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


# Control bytes that plain text does not hold (tab, newline, form feed, carriage return and
# escape excepted); more than this share of them in the first bytes marks binary data.  One
# NUL in an article is a defect to drop, not a reason to lose the article.
_TEXT_CONTROLS = frozenset((9, 10, 12, 13, 27))
_CONTROL_TABLE = bytes(b for b in range(32) if b not in _TEXT_CONTROLS)
BINARY_CONTROL_SHARE = 0.05


def _control_share(head: bytes) -> float:
    return (len(head) - len(head.translate(None, _CONTROL_TABLE))) / len(head) if head else 0.0


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
    if _control_share(head) <= BINARY_CONTROL_SHARE:
        return None
    # UTF-16 without a BOM puts a NUL beside nearly every ASCII letter: text, if what it
    # decodes to is text
    guess = utf16_guess(head)
    if guess:
        decoded = head[: len(head) // 2 * 2].decode(guess, "replace")
        controls = sum(1 for c in decoded if c < " " and ord(c) not in _TEXT_CONTROLS)
        if controls / max(1, len(decoded)) <= BINARY_CONTROL_SHARE:
            return None
    return "binary data"


def utf16_guess(head: bytes) -> str | None:
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = max(1, len(head) // 2)
    if odd / half > 0.3 and even / half < 0.05:
        return "utf-16-le"
    if even / half > 0.3 and odd / half < 0.05:
        return "utf-16-be"
    return None


_utf16_guess = utf16_guess


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


# Text that is almost all valid UTF-8 is UTF-8 with a few stray bytes (a cp1252 quote pasted
# into a UTF-8 page): at most one bad byte in this many, with more good non-ASCII characters
# than bad bytes, and the bad bytes become U+FFFD.  A whole guess from detection on such text
# turns every character into the wrong one ("army‚Äôs").
UTF8_BAD_BYTES_PER = 1000


def _mostly_utf8(data: bytes) -> str | None:
    """``data`` decoded as UTF-8 with its few bad bytes replaced, or None if it is not UTF-8."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())  # replaced, not written as U+FFFD
    if bad > max(1, len(data) // UTF8_BAD_BYTES_PER):
        return None
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    good = non_ascii - bad - data.count("\ufffd".encode())
    return text if good > bad else None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return (text, encoding used).

    Order: byte-order mark (a damaged character after one becomes U+FFFD), the declared
    charset (HTML meta or XML prolog), UTF-16 without BOM, strict UTF-8, UTF-8 with a few
    stray bytes replaced (see UTF8_BAD_BYTES_PER), then charset detection with cp1252 as the
    fallback for Western text.  Raises DecodeError when nothing fits.
    """
    enc = bom_encoding(data)
    if enc:
        return data.decode(enc, "replace"), enc
    if declared:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass  # the declaration lies; fall through to detection
    # UTF-16 without a BOM first: its ASCII letters with their NULs are valid UTF-8 too
    guess16 = utf16_guess(data[:8192])
    if guess16:
        try:
            return data.decode(guess16), guess16
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = _mostly_utf8(data)
    if text is not None:
        return text, "utf-8"
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
