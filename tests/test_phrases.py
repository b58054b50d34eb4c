"""The phrase index every matcher uses: expansion, gaps, longest matches and its prefilters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_positions_skip_a_first_word_whose_next_word_goes_on_no_entry():
    index = _index()
    lows = tokenize("Youths clashed near the river, then clashed with police, and the fire went out.").lows
    # the first "clashed" is followed by "near", which no entry has after it; "opened" would
    # stand alone, since the gap of "opened fire ... on" may take any word
    assert index.positions(lows) == [7, 13]
    gapped = tokenize("Troops opened the gates").lows
    assert index.positions(gapped) == [1]


def test_a_sentence_lists_its_lower_cased_words_once():
    tokens = tokenize("Taliban Fighters Seized Spin Boldak")
    assert isinstance(tokens, Tokens) and tokens.lows == ["taliban", "fighters", "seized", "spin", "boldak"]
    assert [t.capitalized for t in tokenize("Élite units of the ÉLITE guard")] == [True, False, False, False, True, False]
    assert lows_of(tokens) is tokens.lows
    assert lows_of(tokens[1:3]) == ["fighters", "seized"]  # a slice is a plain list


def test_positions_find_every_repeat_of_a_word_in_order():
    index = _index()
    lows = tokenize("Fire broke out, and the fire spread before troops opened fire.").lows
    assert index.positions(lows) == [0, 6, 10, 11]
    # a plain list of words (a window of a sentence) is read the same way
    assert index.positions(list(lows)) == [0, 6, 10, 11]


def test_a_gap_takes_the_shortest_reach_and_entries_keep_their_order():
    index = PhraseIndex()
    for pattern in ("seized ... rifles", "seized ... from ... house", "seized large ... weapons",
                    "seized ... weapons"):
        index.add_pattern(pattern, pattern)
    lows = tokenize("Police seized large numbers of old weapons and very many more rifles from the house.").lows
    found = [(m.payload, m.end) for m in index.at(lows, 1)]
    # in the order the entries were added; "rifles" and "from" are beyond the gap's seven words
    assert found == [("seized large ... weapons", 7), ("seized ... weapons", 7)]
    near = tokenize("They seized rifles, weapons from a house").lows
    assert [(m.payload, m.end) for m in index.at(near, 1)] == [
        ("seized ... rifles", 3), ("seized ... from ... house", 8), ("seized ... weapons", 5)]


def test_a_scan_finds_each_index_s_starts_in_one_pass():
    from sitroom.coder.phrases import PhraseScan

    armed = PhraseIndex.of(["the army", "shelled", "clashed with"])
    told = PhraseIndex.of(["the army said", "said", "told"])
    other = PhraseIndex.of(["the river"])
    sentences = ["The army shelled the hills and the army said it clashed with no one.",
                 "Officials told reporters that nothing clashed near the river."]
    expected = [[armed.positions(tokenize(s).lows) for s in sentences],
                [told.positions(tokenize(s).lows) for s in sentences]]
    scan = PhraseScan([armed, told, armed])  # an index named twice is read once
    got: list[list[list[int]]] = [[], []]
    for s in sentences:
        lows = tokenize(s).lows
        scan.run(lows)
        got[0].append(armed.positions(lows))
        got[1].append(told.positions(lows))
        assert other.positions(lows) == ([7] if "river" in s else [])  # not in the scan: read alone
    assert got == expected == [[[0, 2, 6, 10], []], [[0, 6, 8], [1]]]
    # an index that grows after the scan was made is read with its new entries
    armed.add_pattern("reporters", "reporters")
    lows = tokenize(sentences[1]).lows
    scan.run(lows)
    assert armed.positions(lows) == [2]


def test_a_window_is_read_as_the_slice_it_stands_for():
    index = _index()
    index.add_pattern("fire at", "fire at")
    from sitroom.coder.phrases import PhraseScan

    text = "Gunmen opened fire at dawn on a convoy and clashed with police who opened fire."
    scanned = tokenize(text)
    PhraseScan([index]).run(scanned.lows)
    for tokens in (tokenize(text), scanned):  # read alone, and from a scan
        for start in range(len(tokens) + 1):
            for stop in range(start, len(tokens) + 2):
                window = [(m.payload, m.start + start, m.end + start) for m in index.find(tokens[start:stop])]
                bounded = [(m.payload, m.start, m.end) for m in index.find(tokens, start=start, stop=stop)]
                assert bounded == window, (start, stop)
    tokens = scanned
    # an entry that would run past the window's end is not found: "fire at" needs token 4
    assert [m.payload for m in index.find(tokens, start=2, stop=3)] == ["fire"]
    assert [m.payload for m in index.find(tokens, start=1, stop=6)] == ["opened fire ... on"]
    assert [m.payload for m in index.find(tokens, start=1, stop=5)] == ["fire at"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_text_is_split_as_the_unicode_pattern_splits_it(text):
    from sitroom.coder.tokens import _TOKEN

    expected = [(m.group(), m.start(), m.end(), m.group()[:1].isupper()) for m in _TOKEN.finditer(text)]
    assert [(t.text, t.start, t.end, t.capitalized) for t in tokenize(text)] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_the_token_pattern_s_lookahead_drops_no_token(text):
    import re

    from sitroom.coder.tokens import _TOKEN

    plain = re.compile(_TOKEN.pattern.replace(r"(?=\S)", "", 1))
    assert plain.pattern != _TOKEN.pattern
    assert [m.span() for m in _TOKEN.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_coder_keeps_a_few_phrase_scans_and_uses_each_with_its_own_rules():
    from dataclasses import replace

    from sitroom.coder import sentence_coder
    from sitroom.coder.codebook import load_codebook
    from sitroom.coder.rules import load_rules

    codebook, rules = load_codebook(), load_rules()
    variants = [replace(rules) for _ in range(6)]
    scans = [sentence_coder._scan(codebook, r) for r in variants]
    assert len(sentence_coder._SCANS) <= sentence_coder._SCANS_KEPT
    assert sentence_coder._scan(codebook, variants[-1]) is scans[-1]  # the newest is kept
    lows = tokenize("Militants attacked a checkpoint in Khost, officials said.").lows
    scans[0].run(lows)
    assert rules.index.positions(lows) == [1]  # "attacked"


def test_a_gap_reaches_past_a_place_written_out():
    # "gathered at the main square in Beirut, demanding": seven words between the two ends
    index = PhraseIndex()
    index.add_pattern("gathered ... demanding", "demand")
    told = tokenize("Veterans gathered at the main square in Beirut, demanding their pensions.")
    assert [(m.start, m.end) for m in index.find(told)] == [(1, 10)]
    beyond = tokenize("Veterans gathered at the big main square in old Beirut, demanding pay.")
    assert index.find(beyond) == []


def test_marks_of_punctuation_inside_a_gap_are_not_counted():
    # a note writes a place's divisions in brackets after it; the seven words stay the reach
    index = PhraseIndex()
    index.add_pattern("gathered ... to commemorate", "mark")
    index.add_pattern("opened fire ... on ... convoy", "fire")
    bracketed = tokenize("Nurses gathered in Sfax (Sfax North, Sfax), to commemorate a colleague.")
    assert [(m.start, m.end) for m in index.find(bracketed)] == [(1, 13)]
    twice = tokenize("Gunmen opened fire (twice, at dawn) on the army's big (armoured) convoy.")
    assert [m.payload for m in index.find(twice)] == ["fire"]
    worded = tokenize("Nurses gathered in the old town of Sfax North near Sfax to commemorate a colleague.")
    assert index.find(worded) == []
