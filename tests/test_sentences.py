"""Sentence segmentation for conflict news."""

from __future__ import annotations

from sitroom.annotate.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_ranks_titles_and_retired():
    text = "Lt Gen (Retd) Tallat Masood said the militants were leaving. Lt. Gen. Asim Munir visited Miranshah. Maj. Ali was there."
    assert texts(text) == [
        "Lt Gen (Retd) Tallat Masood said the militants were leaving.",
        "Lt. Gen. Asim Munir visited Miranshah.",
        "Maj. Ali was there.",
    ]


def test_acronyms_with_dots():
    assert texts("The U.S. State Department issued a report. It said the U.N. mission would stay.") == [
        "The U.S. State Department issued a report.",
        "It said the U.N. mission would stay.",
    ]
    assert texts("The strikes were carried out by the U.S. The Taliban condemned them.") == [
        "The strikes were carried out by the U.S.",
        "The Taliban condemned them.",
    ]


def test_numbers_dates_and_initials():
    assert texts("Troops from No. 3 sector moved on Jan. 5 to the post. J. Smith of the U.N. confirmed it.") == [
        "Troops from No. 3 sector moved on Jan. 5 to the post.",
        "J. Smith of the U.N. confirmed it.",
    ]
    assert texts("No. The minister refused.") == ["No.", "The minister refused."]


def test_quote_spanning_sentences_stays_with_its_attribution():
    text = "“We were attacked at night. We fought back until dawn,” the commander said. The post was later abandoned."
    assert texts(text) == [
        "“We were attacked at night. We fought back until dawn,” the commander said.",
        "The post was later abandoned.",
    ]
    straight = '"They fled. They will not return," he said. Officials agreed.'
    assert texts(straight) == ['"They fled. They will not return," he said.', "Officials agreed."]


def test_sentence_ending_inside_a_quote():
    text = "The spokesman said they were “unable to hold their posts.” The army withdrew."
    assert texts(text) == ["The spokesman said they were “unable to hold their posts.”", "The army withdrew."]


def test_quote_left_open_to_the_next_paragraph_does_not_glue_sentences():
    text = "“The militants crossed at night. They took the post. Then they left\n\n“We are ready,” he said."
    assert texts(text)[:3] == ["“The militants crossed at night.", "They took the post.", "Then they left"]


def test_offsets_point_into_the_text():
    text = "ISLAMABAD: First sentence here.  Second one!\n\nNew paragraph? Yes."
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
    assert texts(text) == ["ISLAMABAD: First sentence here.", "Second one!", "New paragraph?", "Yes."]


def test_lowercase_after_period_and_decimals():
    assert texts("The toll rose to 3.5 per cent. approx. five villages were hit. It rained.") == [
        "The toll rose to 3.5 per cent. approx. five villages were hit.",
        "It rained.",
    ]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PIECES = st.sampled_from(
    ["Lt. Gen.", "U.S.", "No. 3", "“", "”", '"', ". ", "? ", "! ", "\n\n", "\n", " ", "Taliban", "said", "(Retd)", "…", "3.5", "a", "The"]
)


@given(st.lists(PIECES, max_size=60).map("".join))
@settings(max_examples=300, deadline=None)
def test_offsets_hold_for_any_text(text):
    spans = split_sentences(text)
    previous_end = 0
    for sentence in spans:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.start >= previous_end and sentence.text.strip() == sentence.text
        previous_end = sentence.end


def test_a_long_word_before_a_period_is_read_whole():
    from sitroom.annotate.sentences import _word_before

    text = "See www." + "x" * 150 + ".gov. The rest"
    dot = text.index(". The")
    assert _word_before(text, dot).group(1) == "www." + "x" * 150 + ".gov"
    assert _word_before("Gen. Ali", 3).group(1) == "Gen"


def test_quotes_are_looked_up_as_a_walk_over_every_mark_would_find_them():
    import random

    from sitroom.annotate.sentences import MAX_QUOTE_CHARS, _quote_depth_changes, _Quotes

    def walk(pos, changes):  # the plain reading: every mark before pos, then the first close after
        depth, opened_at = 0, None
        for at, delta in changes:
            if at >= pos:
                if depth > 0 and delta < 0:
                    return opened_at is not None and at - opened_at <= MAX_QUOTE_CHARS
                continue
            depth = max(0, depth + delta)
            opened_at = at if depth == 1 and delta > 0 else (opened_at if depth else None)
        return False

    rng = random.Random(3)
    for _ in range(300):
        text = "".join(rng.choice(['"', "“", "”", "a", ". ", " ", "‘", "’", "x" * 50]) for _ in range(rng.randint(0, 80)))
        changes = _quote_depth_changes(text)
        quotes = _Quotes(changes)
        assert all(quotes.inside_closed(p) == walk(p, changes) for p in range(len(text) + 1))


def test_a_line_without_a_full_stop_before_a_sentence_is_a_sentence_of_its_own():
    text = "Six militants killed in Bannu raid\nBANNU: Security forces killed six militants on Monday.\nA soldier was hurt."
    assert [s.text for s in split_sentences(text)] == [
        "Six militants killed in Bannu raid", "BANNU: Security forces killed six militants on Monday.",
        "A soldier was hurt."]
    # a line that runs on (a comma, a colon) or a next line in small letters continues the sentence
    assert len(split_sentences("The army said:\nSix militants died.")) == 1
    assert len(split_sentences("Troops reached the village of\nspin Tangi on Monday.")) == 1


def test_a_hard_wrapped_paragraph_keeps_its_sentences_across_lines():
    text = ("The strike hit a compound in the village of Datta Khel late on Sunday and\n"
            "The military said that at least twelve militants had been killed in the\n"
            "Raid near the border, while residents said the dead included two children.")
    assert len(split_sentences(text)) == 1


def test_a_datelines_state_abbreviation_before_the_outlet_ends_no_sentence():
    assert [s.text for s in split_sentences("LOUISVILLE, Ky. (WLKY) - A teen was shot on Friday.")] == [
        "LOUISVILLE, Ky. (WLKY) - A teen was shot on Friday."]
    assert len(split_sentences("RENO, Nev. — Two men were hurt.")) == 1
    # before a sentence's opening word it still ends one
    assert len(split_sentences("He had moved to Louisville, Ky. Police said he was shot.")) == 2
