"""Word tokens with character offsets: the unit every matcher in the coder works on."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import repeat
from typing import NamedTuple

from mypy_extensions import mypyc_attr  # tells the compiler (setup.py); does nothing at run time

# Initialisms with dots (U.S., U.N.), numbers with separators (2,500 / 3.5), words with
# inner hyphens or apostrophes (Tehreek-e-Taliban, N'Djamena), a possessive 's, or any
# other single non-space character. The repeats are possessive: a token never gives back what it
# took, so a failed alternative costs no backtracking.
_TOKEN = re.compile(
    r"(?=\S)(?:"  # every token starts with a non-space: white space is passed over at once
    r"(?:[A-Za-z]\.){2,}+"
    r"|\d++(?:[.,]\d+)*+"
    r"|\w++(?:[-\u2010\u2011]\w+)*+(?:'(?!s\b)\w+)*+"
    r"|'s\b"
    r"|[^\w\s])"
)
# The same pattern for ASCII text, which is most of it: ASCII classes are quicker to test.
# Python counts the separators \x1c-\x1f as white space in Unicode patterns only, so they are
# named here to split alike.
_ASCII_TOKEN = re.compile(_TOKEN.pattern.replace(r"[^\w\s]", r"[^\w\s\x1c-\x1f]"), re.ASCII)
_ASCII_DIGIT = re.compile(r"[0-9]")
_APOSTROPHES = ("\u2019", "\u2018", "\u02bc")


class Token(NamedTuple):
    """One word: as written, lower-cased (the form matchers compare), and its offsets. A tuple,
    so that a sentence's tokens are made in C (see ``tokenize``)."""

    text: str
    low: str
    start: int
    end: int

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def all_caps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)


@mypyc_attr(native_class=False)  # mypyc compiles no list subclass: this one stays a Python class
class Lows(list):
    """A sentence's lower-cased words, with what every phrase index of the coder reads made
    once: the set of them, and where each first and last stands."""

    __slots__ = ("vocab", "_first_at", "_last_at", "scanned")

    def __init__(self, words: list[str]):
        super().__init__(words)
        self.vocab = frozenset(words)
        self._first_at: dict[str, int] | None = None
        self._last_at: dict[str, int] | None = None
        # where the entries of several phrase indexes may start, found in one pass (PhraseScan):
        # (the indexes read, {index: its start positions})
        self.scanned: tuple[frozenset, dict] | None = None

    def positions_of(self, words: set[str] | frozenset[str]) -> list[int]:
        """The positions of ``words`` (all in the sentence), in order."""
        if self._first_at is None:
            # built in C: a later position overwrites an earlier one
            n = len(self)
            self._last_at = dict(zip(self, range(n)))
            self._first_at = dict(zip(reversed(self), range(n - 1, -1, -1)))
        first_at, last_at = self._first_at, self._last_at
        assert last_at is not None
        out: list[int] = []
        for w in words:
            i, last = first_at[w], last_at[w]
            out.append(i)
            while i < last:
                i = self.index(w, i + 1)
                out.append(i)
        if len(words) > 1:
            out.sort()
        return out


@mypyc_attr(native_class=False)
class Tokens(list):
    """A sentence's tokens, with their lower-cased forms listed once for every matcher."""

    __slots__ = ("lows",)

    def __init__(self, tokens: list[Token], lows: list[str]):
        super().__init__(tokens)
        self.lows = Lows(lows)


def lows_of(tokens: Sequence[Token]) -> list[str]:
    """The lower-cased words of ``tokens``: kept by a whole sentence's ``Tokens``, else made."""
    lows = getattr(tokens, "lows", None)
    return lows if lows is not None else [t.low for t in tokens]


def vocabulary(lows: Sequence[str]) -> frozenset[str] | set[str]:
    """The distinct words of ``lows``: kept by a sentence's ``Lows``, else made."""
    vocab = getattr(lows, "vocab", None)
    return vocab if vocab is not None else set(lows)


def word_positions(lows: Sequence[str], words: set[str] | frozenset[str]) -> list[int]:
    """The positions of ``words`` in ``lows``, in order."""
    if not words:
        return []
    if isinstance(lows, Lows):
        return lows.positions_of(words)
    return [i for i, w in enumerate(lows) if w in words]


def may_hold_digits(text: str) -> bool:
    """False only when no character of ``text`` is a digit (str.isdigit): one C-level scan
    for ASCII text, which is most of it."""
    return not text.isascii() or _ASCII_DIGIT.search(text) is not None


def normalize(text: str) -> str:
    """Same-length normalisation: typographic apostrophes become '."""
    for mark in _APOSTROPHES:  # str.replace scans in C; most sentences have none of them
        if mark in text:
            text = text.replace(mark, "'")
    return text


_new_tuple = tuple.__new__
_group, _start, _end = re.Match.group, re.Match.start, re.Match.end


def tokenize(text: str) -> Tokens:
    """The tokens of ``text``. Every step maps a C function over the matches: a loop in Python,
    one token at a time, cost three times as much."""
    text = normalize(text)
    found = list((_ASCII_TOKEN if text.isascii() else _TOKEN).finditer(text))
    texts = list(map(_group, found))
    lows = list(map(str.lower, texts))
    tokens = list(map(_new_tuple, repeat(Token), zip(texts, lows, map(_start, found), map(_end, found))))
    return Tokens(tokens, lows)


@lru_cache(maxsize=65536)
def words(phrase: str) -> tuple[str, ...]:
    """The lower-cased tokens of a phrase, as the matchers store it."""
    return tuple(m.group().lower() for m in _TOKEN.finditer(normalize(phrase)))
