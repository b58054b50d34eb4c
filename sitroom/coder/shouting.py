"""Words written in capitals for a whole stretch of a sentence (television captions, shouted
updates, a page title in capitals): read in lower case, so that none of them is taken for a name
or an acronym ("A CAR WASH" names no Central African Republic, "THE SHOOTING IS UNDER
INVESTIGATION" no Islamic State, "TRIED TO ARREST" no town of Arrest).  The letters keep their
places: offsets into the text stay true."""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import load_yaml
from .phrases import PhraseIndex
from .tokens import tokenize

SHOUTED_WORDS = 4  # words in capitals (of two letters or more) running on that make a shouted stretch
_WORD = re.compile(r"\S+")
_JOINERS = frozenset({"and", "or"})
_EDGES = ".,;:!?\"'()[]"
# a stretch with no lower-case letter as long as four short words in capitals: only a sentence
# with one is read word by word (most have none, and are passed over at the regex's speed)
_MAYBE_SHOUTED = re.compile(r"[A-Z][^a-z]{10,}")


def _in_capitals(word: str) -> bool | None:
    """True for a word in capitals, False for one with a lower-case letter, None for one with no
    letter at all (a figure, a dash), which neither makes nor breaks a stretch."""
    cased = [c for c in word if c.isupper() or c.islower()]
    if not cased:
        return None
    return all(c.isupper() for c in cased)


@lru_cache(maxsize=4)
def _grammar_words(names: PhraseIndex | None) -> frozenset[str]:
    """English's short words of grammar (english.yaml, checked by ``sitroom codebook check``),
    but for "and" and "or", which also join acronyms, and those that in capitals are names
    (``names``, the codebook's: "IS" is the Islamic State, "US" the United States)."""
    words = frozenset(str(w).lower() for w in load_yaml("english.yaml")["function_words"]) - _JOINERS
    if names is None:
        return words
    return frozenset(w for w in words if not any(getattr(m.payload, "proper", False) for m in names.at([w], 0)))


def shouted_spans(text: str, names: PhraseIndex | None = None) -> list[tuple[int, int]]:
    """The stretches of ``text`` written in capitals, SHOUTED_WORDS words or more with a word of
    grammar among them ("THE", "TO", "WAS"): (start, end). A list of acronyms ("JNIM, ISGS, IS
    AND AQIM") has none but "and"."""
    grammar = _grammar_words(names)
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []  # the stretch's words: start, end, as written
    for m in _WORD.finditer(text):
        caps = _in_capitals(m.group())
        if caps is False:
            _close(run, grammar, spans)
            run = []
        elif caps or run:
            run.append((m.start(), m.end(), m.group()))
    _close(run, grammar, spans)
    return spans


def _close(run: list[tuple[int, int, str]], grammar: frozenset[str], spans: list[tuple[int, int]]) -> None:
    """Adds a stretch that ends to ``spans`` if it is shouting: enough words in capitals (a lone
    "A" or "I" is no sign of it: "JOHNSON COUNTY (KTVT) - A man" is a dateline), one of them a
    word of grammar."""
    words = [w.strip(_EDGES).lower() for _, _, w in run if _in_capitals(w)]
    if sum(1 for w in words if sum(c.isalpha() for c in w) > 1) >= SHOUTED_WORDS \
            and any(len(w) > 1 and w in grammar for w in words):
        spans.append((run[0][0], run[-1][1]))


def read_case(text: str, names: PhraseIndex | None = None) -> str:
    """The sentence as it is read: its shouted stretches in lower case, every letter where it
    stood, but for the countries, peoples, capitals and armed groups that ``names`` (the
    codebook's) knows by a name of four letters or more, in title case ("PAKISTANI TROOPS KILLED
    12 TALIBAN FIGHTERS" reads "Pakistani troops killed 12 Taliban fighters"); a stretch that
    opens the sentence keeps its first capital; the rest as written."""
    spans = shouted_spans(text, names) if _MAYBE_SHOUTED.search(text) else []
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        first = start == len(text) - len(text.lstrip())
        for k in range(start, end):
            c = chars[k]
            low = c.lower()
            if len(low) == 1:  # ("İ" lowers to two characters: it stays as written)
                chars[k] = low
            if first and c.isalpha():
                chars[k] = c
                first = False
    read = "".join(chars)
    if names is not None:
        for a, b in _known_names(read, spans, names):
            for k in range(a, b):
                # each word of the name opens with its capital again
                if text[k].isalpha() and (k == a or not text[k - 1].isalpha()):
                    chars[k] = text[k]
        read = "".join(chars)
    return read


_NAME_KINDS = frozenset({"country", "adjective", "people", "capital", "group"})
NAME_SHORTEST = 4  # letters of a name read back as one in a shouted stretch ("CAR" and "IS" are words there)


def _known_names(read: str, spans: list[tuple[int, int]], names: PhraseIndex) -> list[tuple[int, int]]:
    """Where, inside the shouted stretches, ``read`` names a country, people, capital or group."""
    tokens = tokenize(read)
    lows = tokens.lows
    grammar = _grammar_words(names)
    found: list[tuple[int, int]] = []
    for i, t in enumerate(tokens):
        if not any(a <= t.start < b for a, b in spans) or lows[i] in grammar:
            continue
        for m in names.at(lows, i):
            lex = m.payload
            if getattr(lex, "proper", False) and getattr(lex, "kind", "") in _NAME_KINDS \
                    and sum(len(w) for w in lows[m.start:m.end]) >= NAME_SHORTEST:
                found.append((tokens[m.start].start, tokens[m.end - 1].end))
                break
    return found
