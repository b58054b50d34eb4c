"""Word tokens with character offsets: the unit every matcher in the coder works on."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Initialisms with dots (U.S., U.N.), numbers with separators (2,500 / 3.5), words with
# inner hyphens or apostrophes (Tehreek-e-Taliban, N'Djamena), a possessive 's, or any
# other single non-space character.
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|\d+(?:[.,]\d+)*"
    r"|\w+(?:[-\u2010\u2011]\w+)*(?:'(?!s\b)\w+)*"
    r"|'s\b"
    r"|[^\w\s]"
)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # as written
    low: str  # lower-cased, the form matchers compare
    start: int  # offsets into the string that was tokenized
    end: int

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def all_caps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)


def normalize(text: str) -> str:
    """Same-length normalisation: typographic apostrophes become '."""
    return text.translate(_APOSTROPHES)


def tokenize(text: str) -> list[Token]:
    norm = normalize(text)
    return [Token(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(norm)]


def words(phrase: str) -> tuple[str, ...]:
    """The lower-cased tokens of a phrase, as the matchers store it."""
    return tuple(t.low for t in tokenize(phrase))
