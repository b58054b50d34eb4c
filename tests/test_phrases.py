"""The phrase index every matcher uses: expansion, gaps, longest matches and its prefilters."""

from __future__ import annotations

from sitroom.coder.phrases import PhraseIndex
from sitroom.coder.tokens import Tokens, lows_of, tokenize


def _index() -> PhraseIndex:
    index = PhraseIndex()
    for pattern in ("clash{,es,ed} with", "opened fire ... on", "fire"):
        index.add_pattern(pattern, pattern)
    return index


def test_longest_matches_left_to_right_and_gaps():
    tokens = tokenize("Gunmen opened fire at dawn on a convoy, then clashed with police near the fire station.")
    found = [(m.payload, m.start, m.end) for m in _index().find(tokens)]
    assert found == [("opened fire ... on", 1, 6), ("clash{,es,ed} with", 10, 12), ("fire", 15, 16)]
    every = {m.payload for m in _index().find(tokens, longest_only=False)}
    assert every == {"opened fire ... on", "clash{,es,ed} with", "fire"}


def test_positions_are_an_exact_prefilter():
    index = _index()
    lows = tokenize("Police clashed with protesters; nobody opened fire.").lows
    assert index.positions(lows) == [1, 6, 7]  # "clashed", "opened", "fire"
    quiet = tokenize("The minister travelled to the capital on Monday.").lows
    assert index.positions(quiet) == []


def test_a_sentence_lists_its_lower_cased_words_once():
    tokens = tokenize("Taliban Fighters Seized Spin Boldak")
    assert isinstance(tokens, Tokens) and tokens.lows == ["taliban", "fighters", "seized", "spin", "boldak"]
    assert lows_of(tokens) is tokens.lows
    assert lows_of(tokens[1:3]) == ["fighters", "seized"]  # a slice is a plain list
