"""Phrase patterns over tokens, and an index that finds them fast.

A pattern is written as in the knowledge files: words separated by spaces, where
``{a,b,c}`` offers alternatives inside a word ("clash{,es,ed}") and ``...`` stands for
up to seven words of anything.  Patterns expand to plain token tuples at load time, so
matching is a dictionary lookup on each token followed by short comparisons.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any, NamedTuple

from .tokens import Token, lows_of, vocabulary, word_positions, words

GAP = "..."
GAP_MAX = 7  # words a "..." may stand for: "gathered at the main square in Beirut, demanding";
# marks of punctuation inside a gap are not counted: "gathered in Tizi Ouzou (Tizi Ouzou), to"
_END = None  # the trie key under which a node keeps the payloads of sequences ending there
_BRACES = re.compile(r"\{([^{}]*)\}")


class PatternError(ValueError):
    pass


def expand(pattern: str) -> list[tuple[str, ...]]:
    """All token tuples a pattern stands for; ``...`` stays as a gap marker."""
    if pattern.count("{") != pattern.count("}"):
        raise PatternError(f"unbalanced braces in {pattern!r}")
    pieces = _BRACES.split(pattern)
    # pieces alternate: literal, choices, literal, choices, ...
    options = [[p] if i % 2 == 0 else p.split(",") for i, p in enumerate(pieces)]
    out: list[tuple[str, ...]] = []
    seen = set()
    for combo in itertools.product(*options):
        text = "".join(combo)
        toks: list[str] = []
        for chunk in text.split():
            if chunk == GAP:
                toks.append(GAP)
            else:
                toks.extend(words(chunk))
        while toks and toks[0] == GAP:
            toks.pop(0)
        while toks and toks[-1] == GAP:
            toks.pop()
        key = tuple(toks)
        if key and key not in seen:
            seen.add(key)
            out.append(key)
    if not out:
        raise PatternError(f"{pattern!r} matches nothing")
    return out


class Match(NamedTuple):
    """A phrase found in a sentence (a named tuple: the matchers make many of them)."""

    start: int  # token index of the first word
    end: int  # token index after the last word
    payload: Any


# made and read in C: the matchers make and compare many matches
_new_match = tuple.__new__
match_end = operator.itemgetter(1)  # a match's end, as a sort or max key


class PhraseIndex:
    """Maps token sequences (with optional gaps) to payloads.

    Plain sequences live in a word trie: from each word whose first token is known, the
    walk follows the sentence while the trie does, one dictionary lookup a word, and
    stops at the first word no entry continues with. A sequence with gaps is split at its
    first gap: the words before it must follow the first word, and the rest is only tried
    where its own first word stands within the gap's reach.
    """

    @classmethod
    def of(cls, phrases: Sequence[str]) -> "PhraseIndex":
        """An index of ``phrases``, each phrase its own payload."""
        index = cls()
        for phrase in phrases:
            index.add(words(phrase), phrase)
        return index

    def __init__(self) -> None:
        # word -> node; a node maps the next word to its node, and _END to the payloads of
        # the sequences that end there
        self._trie: dict[str | None, Any] = {}
        # first word -> {words between it and the gap: {first word after the gap (None for
        # another gap): [(entry number, rest after the gap, payload)]}}; entry numbers keep
        # the order the entries were added in
        self._gap_heads: dict[str, dict[tuple[str, ...], dict[str | None, list[tuple[int, tuple[str, ...], Any]]]]] = {}
        self._first: set[str] = set()  # first words of every entry, for one-lookup tests
        # the first two words of every plain entry longer than a word, and the first words that
        # may match with any word after them (a one-word entry, or the head of a gapped one)
        self._pairs: set[tuple[str, str]] = set()
        self._alone: set[str] = set()
        self._count = 0

    def add(self, seq: tuple[str, ...], payload: Any) -> None:
        self._count += 1
        self._first.add(seq[0])
        if len(seq) == 1 or GAP in seq:
            self._alone.add(seq[0])
        else:
            self._pairs.add((seq[0], seq[1]))
        if GAP in seq:
            gap = seq.index(GAP)
            rest = seq[gap + 1:]
            after = rest[0] if rest[0] != GAP else None
            heads = self._gap_heads.setdefault(seq[0], {})
            heads.setdefault(seq[1:gap], {}).setdefault(after, []).append((self._count, rest, payload))
            return
        node = self._trie
        for word in seq:
            node = node.setdefault(word, {})
        node.setdefault(_END, []).append(payload)

    def add_pattern(self, pattern: str, payload: Any) -> None:
        for seq in expand(pattern):
            self.add(seq, payload)

    def __len__(self) -> int:
        return self._count

    def first_words(self) -> frozenset[str]:
        return frozenset(self._first)

    def starts(self, word: str) -> bool:
        """Whether any entry starts with ``word``."""
        return word in self._first

    def positions(self, lows: Sequence[str]) -> list[int]:
        """The token positions where an entry may start, in order. Most sentences hold none of
        an index's first words, and that is found in one set operation on the sentence's
        distinct words (made once for every index). Where a first word stands, the word after
        it must go on some entry: "the" starts many, and is mostly followed by none of them.
        A sentence read by a ``PhraseScan`` that covers this index answers from the scan."""
        scanned = getattr(lows, "scanned", None)
        if scanned is not None and self in scanned[0]:
            return scanned[1].get(self, [])
        firsts = self._first.intersection(vocabulary(lows))
        if not firsts:
            return []
        alone, pairs, last = self._alone, self._pairs, len(lows) - 1
        return [i for i in word_positions(lows, firsts)
                if lows[i] in alone or (i < last and (lows[i], lows[i + 1]) in pairs)]

    def at(self, lows: Sequence[str], i: int, stop: int | None = None) -> list[Match]:
        """Every entry matching at token ``i``, longest plain sequences first; with ``stop``,
        only entries that end by token ``stop``."""
        first = lows[i]
        node = self._trie.get(first)
        heads = self._gap_heads.get(first)
        if node is None and heads is None:
            return []
        out: list[Match] = []
        n = len(lows) if stop is None else stop
        if node is not None:
            ends: list[tuple[int, list[Any]]] = []  # (end, payloads) of the plain sequences matched, shortest first
            j = i + 1
            while True:
                payloads = node.get(_END)
                if payloads:
                    ends.append((j, payloads))
                if j >= n:
                    break
                node = node.get(lows[j])
                if node is None:
                    break
                j += 1
            for end, matched in ends[::-1]:  # longest first (mypyc 2.4 cannot compile reversed() here)
                for payload in matched:
                    out.append(_new_match(Match, (i, end, payload)))
        if heads is not None:
            gapped: dict[int, tuple[int, Any]] = {}  # entry number -> (end, payload), at the shortest gap
            for before, by_word in heads.items():
                j = i + 1 + len(before)
                if before and (j > n or tuple(lows[i + 1:j]) != before):
                    continue
                for k in range(j, gap_reach(lows, j, n)):
                    for key in (lows[k], None):
                        for number, rest, payload in by_word.get(key, ()):
                            if number not in gapped:
                                gap_end = _match_from(rest, lows, k, n)
                                if gap_end is not None:
                                    gapped[number] = (gap_end, payload)
            for number in sorted(gapped):
                end, payload = gapped[number]
                out.append(_new_match(Match, (i, end, payload)))
        return out

    def find(self, tokens: Sequence[Token], longest_only: bool = True, start: int = 0,
             stop: int | None = None) -> list[Match]:
        """Matches left to right; with ``longest_only`` matches do not overlap. With ``start``
        and ``stop``, only the matches inside tokens [start, stop), found as in that slice of
        the sentence but numbered in the whole: the sentence's scan serves a window of it."""
        lows = lows_of(tokens)
        if stop is not None and stop >= len(lows):
            stop = None
        out: list[Match] = []
        free = start  # with longest_only, the first position not inside an earlier match
        for i in self.positions(lows):
            if i < free:
                continue
            if stop is not None and i >= stop:
                break
            found = self.at(lows, i, stop)
            if found:
                if longest_only:
                    best = max(found, key=match_end)
                    out.append(best)
                    free = best.end
                else:
                    out.extend(found)
        return out


def gap_reach(lows: Sequence[str], j: int, n: int) -> int:
    """Where the words after a gap that opens at token ``j`` may start, exclusive: after at
    most GAP_MAX words, not counting marks of punctuation, and before token ``n``."""
    counted = 0
    k = j
    while k < n:
        if lows[k][:1].isalnum():
            if counted == GAP_MAX:
                return k + 1
            counted += 1
        k += 1
    return n


def _match_from(seq: tuple[str, ...], lows: Sequence[str], i: int, n: int) -> int | None:
    """Where ``seq`` ends when matched from token ``i``, reading no further than token ``n``."""
    j = i
    k = 0
    while k < len(seq):
        word = seq[k]
        if word == GAP:
            rest = seq[k + 1 :]
            for after in range(j, gap_reach(lows, j, n)):
                end = _match_from(rest, lows, after, n)
                if end is not None:
                    return end
            return None
        if j >= n or lows[j] != word:
            return None
        j += 1
        k += 1
    return j


class PhraseScan:
    """The start positions of several indexes, found in one pass over a sentence. Reading the
    sentence once for all the indexes a coder asks of every sentence costs less than asking
    each in turn; ``PhraseIndex.positions`` then answers from what the scan left."""

    def __init__(self, indexes: Sequence[PhraseIndex]):
        self._indexes = tuple(dict.fromkeys(indexes))
        self._build()

    def _build(self) -> None:
        self._sizes = [len(ix) for ix in self._indexes]
        self._covered = frozenset(self._indexes)
        alone: dict[str, list[PhraseIndex]] = {}
        pairs: dict[str, dict[str, list[PhraseIndex]]] = {}
        for ix in self._indexes:
            for w in ix._alone:
                alone.setdefault(w, []).append(ix)
            for a, b in ix._pairs:
                pairs.setdefault(a, {}).setdefault(b, []).append(ix)
        # first word -> {next word: the indexes an entry of which may start there; "": the
        # indexes that may start there whatever follows}
        table: dict[str, dict[str, tuple[PhraseIndex, ...]]] = {}
        for w in alone.keys() | pairs.keys():
            solo = tuple(alone.get(w, ()))
            table[w] = {"": solo}
            for b, ixs in pairs.get(w, {}).items():
                more = tuple(ix for ix in ixs if ix not in solo)
                if more:
                    table[w][b] = solo + more
        self._table = table

    def run(self, lows: Sequence[str]) -> None:
        """Leave on ``lows`` (a sentence's ``Lows``) where each index's entries may start."""
        if list(map(len, self._indexes)) != self._sizes:  # an index grew since the table was made
            self._build()
        hits: defaultdict[PhraseIndex, list[int]] = defaultdict(list)  # its missing keys are made in C
        get, last = self._table.get, len(lows) - 1
        for i, w in enumerate(lows):  # one lookup a word: cheaper than finding the words first
            by_next = get(w)
            if by_next is None:
                continue
            ixs = by_next.get(lows[i + 1]) if i < last else None
            for ix in by_next[""] if ixs is None else ixs:
                hits[ix].append(i)
        lows.scanned = (self._covered, hits)  # type: ignore[attr-defined]
