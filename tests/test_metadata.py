"""Datelines, outlets and publication dates."""

from __future__ import annotations

import pytest

import sitroom
from sitroom.api import text_document
from sitroom.ingest.dates import parse_date
from sitroom.ingest.metadata import find_dateline, outlet_from_text, outlet_from_url

from .conftest import ARTICLE


@pytest.mark.parametrize(
    "paragraph, place, agency",
    [
        ("ISLAMABAD: The military said on Monday ...", "Islamabad", None),
        ("ISLAMABAD - The recent strikes ...", "Islamabad", None),
        ("KABUL (Reuters) - Afghan officials said ...", "Kabul", "Reuters"),
        ("PESHAWAR, Pakistan (AP) — Gunmen attacked ...", "Peshawar, Pakistan", "AP"),
        ("Quetta, Jan 5 (APP): Traders protested ...", "Quetta", "APP"),
        ("DERA ISMAIL KHAN: Police said ...", "Dera Ismail Khan", None),
        ("Kabul, July 26: The ministry said ...", "Kabul", None),
        ("NORTH WAZIRISTAN: Troops killed ...", "North Waziristan", None),
        # local US news: station call signs with digits, postal codes, brackets, a wire credit
        ("AURORA, Colo. (KWTV9) – A deputy who was shot ...", "Aurora, Colo.", "KWTV9"),
        ("(Dayton, OH)--A man was shot ...", "Dayton, OH", None),
        ("TOLEDO, OH- Police in three cities ...", "Toledo, OH", None),
        ("Associated Press TULSA, Okla. (AP) - A man accused ...", "Tulsa, Okla.", "AP"),
        ("GARY, Ind. (Feb. 3, 2016) – Police made an arrest ...", "Gary, Ind.", None),
    ],
)
def test_datelines(paragraph, place, agency):
    found = find_dateline(paragraph)
    assert found is not None and found.place == place and found.agency == agency


@pytest.mark.parametrize(
    "paragraph",
    ["The military said on Monday that ...", "UPDATE: The toll rose ...", "Afghan forces - who had fled - returned.",
     "Kabul - a city of five million - is tense.", "US troops left on Monday."],
)  # fmt: skip
def test_not_datelines(paragraph):
    assert find_dateline(paragraph) is None


def test_a_headline_word_gives_way_to_the_dateline_below_it():
    doc = next(sitroom.pipe([text_document("TPD: Officer shoots man on Main Street\n\n"
                                            "TULSA, Okla. (KTUL) - Police shot a man on Friday.", doc_id="h")]))
    assert doc.article.dateline == "Tulsa, Okla."


def test_outlet_cues_in_text():
    assert outlet_from_text("a tribal elder told The Nation on Tuesday on condition of anonymity") == "The Nation"
    assert outlet_from_text("Talking to Dawn, the minister said the talks had failed.") == "Dawn"
    assert outlet_from_text("an official told The Frontier Post Monday") == "The Frontier Post"
    assert outlet_from_text("The president told the nation in a televised address.") is None
    assert outlet_from_text("The official said nothing more.") is None


def test_outlet_cues_found_around_their_fixed_words_as_by_a_whole_text_scan():
    from sitroom.ingest.metadata import _cue_matches, outlets

    filler = "The convoy moved slowly through the valley before dawn. " * 8
    text = (filler + "The Frontier Post has learnt that the talks failed. " + filler
            + "A commander told Dawn News that two posts fell, and speaking to The Daily Star, "
            + "an elder agreed. " + filler + "Documents available with Geo TV show the orders.")
    whole = [(m.start(), m.end()) for m in outlets().cues.finditer(text)]
    assert [(m.start(), m.end()) for m in _cue_matches(text)] == whole and len(whole) == 4
    # a letter whose lower case is longer ("İ") falls back to the whole-text scan
    turkish = "İstanbul: " + text
    assert len(_cue_matches(turkish)) == 4
    assert outlet_from_text(text) == "The Frontier Post"


def test_the_cue_pattern_s_lookahead_drops_no_match():
    import re

    from sitroom.ingest.metadata import outlets

    cues = outlets().cues
    assert cues.pattern.startswith("(?=")
    plain = re.compile(cues.pattern[cues.pattern.index("])(?:") + 2:])  # the pattern without its lookahead
    text = ("An aide TOLD the express tribune nothing, but Talking To Dawn and speaking to The Daily Star "
            "he agreed; the Frontier Post HAS LEARNT more, and 8 officials told BBC Urdu the same.")
    found = [(m.span(), m.group()) for m in cues.finditer(text)]
    assert found == [(m.span(), m.group()) for m in plain.finditer(text)] and len(found) >= 3


def test_outlet_from_url_and_subdomains():
    assert outlet_from_url("https://www.dawn.com/news/1634") == "Dawn"
    assert outlet_from_url("https://epaper.tribune.com.pk/x") == "The Express Tribune"
    assert outlet_from_url("https://unknown.example/x") is None


def test_outlet_from_dateline_agency_only_as_last_resort():
    (doc,) = sitroom.pipe([text_document("KABUL (Reuters) - " + ARTICLE.split(": ", 1)[1])])
    assert doc.article.outlet == "Reuters" and doc.article.outlet_from == "dateline"
    (doc,) = sitroom.pipe([text_document("KABUL (Reuters) - " + ARTICLE.split(": ", 1)[1], outlet="TOLO News")])
    assert doc.article.outlet == "TOLOnews" and doc.article.outlet_from == "record"


def test_publication_date_order_record_then_option():
    (given,) = sitroom.pipe([text_document(ARTICLE, published="2023-05-10T22:15:00+05:00")], published="2020-01-01")
    assert given.article.published == "2023-05-10" and given.article.published_from == "record"
    (fallback,) = sitroom.pipe([text_document(ARTICLE)], published="2020-01-01")
    assert fallback.article.published == "2020-01-01" and fallback.article.published_from == "option"
    (unknown,) = sitroom.pipe([text_document(ARTICLE)])
    assert unknown.article.published is None and unknown.article.published_from is None


@pytest.mark.parametrize(
    "value, iso",
    [("2021-07-26", "2021-07-26"), ("2021-07-26T10:00:00Z", "2021-07-26"), ("July 26, 2021", "2021-07-26"),
     ("Mon, 26 Jul 2021 10:00:00 +0500", "2021-07-26"), ("26 July 2021", "2021-07-26"),
     ("July 2021", None), ("last Sunday", None), ("2021-02-30", None), ("", None), (None, None)],
)  # fmt: skip
def test_parse_date_never_fills_in_missing_parts(value, iso):
    assert parse_date(value) == iso


def test_seed_style_text_is_untouched():
    text = "The statement said 46 members of the forces crossed the border late Sunday near Chitral, officials said on Monday."
    (doc,) = sitroom.pipe([text_document(text)])
    assert doc.article.text == text
