"""Hostile and odd input to the coder and the store: figures no one could mean, edge dates,
sentences without end. Every text is written here."""

import json

import pytest

from sitroom.store import ingest as store_ingest
from sitroom.store.api import open_store

from .coder_helpers import code
from .store_helpers import write_jsonl

HUGE = {
    "huge": ("Frontier Post", "2024-03-11",
             "PESHAWAR: Gunmen attacked a police post in Bannu on Sunday, killing 99999999999999999999 policemen, "
             "officials said."),
    "after": ("Valley Times", "2024-03-12",
              "PESHAWAR: Militants attacked a checkpoint in Tank on Monday, killing two soldiers, officials said."),
}


@pytest.mark.parametrize("figure", ["99999999999999999999", "9223372036854775807", "9" * 100_000])
def test_a_figure_no_one_could_mean_is_not_counted_and_is_noted(figure):
    event = code(f"Gunmen attacked a police post in Bannu on Monday, killing {figure} policemen.")[0]
    assert event.fatalities == 0
    assert event.notes and "not counted" in event.notes[0]
    assert len(event.notes[0]) < 200  # a 100,000-digit figure is shortened in the note


def test_a_huge_figure_neither_stops_ingest_nor_breaks_stats(db, tmp_path):
    with open_store(db) as store:
        result = store.ingest([write_jsonl(tmp_path / "news.jsonl", HUGE)])
        assert result.articles_added == 2
        huge = [e for e in store.events() if e["doc_id"] == "huge"][0]
        assert huge["fatalities"] == 0 and huge["notes"]
        assert store.statistics("country")  # sums over the whole store still work


def test_a_value_the_store_cannot_hold_skips_that_article_only(db, tmp_path, monkeypatch):
    real = store_ingest.store_reviewed  # the ingest's write: store_article with analysts' decisions

    def overflowing(conn, article, coded):
        if article.doc_id == "huge":
            for event in coded:
                event.fatalities = 2 ** 70
        return real(conn, article, coded)

    monkeypatch.setattr(store_ingest, "store_reviewed", overflowing)
    with open_store(db) as store:
        result = store.ingest([write_jsonl(tmp_path / "news.jsonl", HUGE)])
        assert result.articles_added == 1
        assert [e["doc_id"] for e in store.events()] == ["after"]


def test_the_event_schema_allows_notes():
    import jsonschema

    from sitroom.model import schema

    event = code("Gunmen killed 99999999999999999999 people in Bannu on Monday.")[0]
    jsonschema.validate(json.loads(json.dumps(event.to_dict())), schema("event"))


@pytest.mark.parametrize("published", ["0001-01-01T00:00:00Z", "9999-12-31", "0001-01-01"])
def test_an_impossible_publication_date_is_unknown_with_a_warning(published, tmp_path):
    import sitroom
    from sitroom.pipeline import EVENT_STAGES

    src = tmp_path / "edge.jsonl"
    src.write_text(json.dumps({"id": "edge", "text": "Gunmen killed two policemen in Bannu on Sunday, officials said.",
                               "published": published}) + "\n", encoding="utf-8")
    doc = next(sitroom.pipe([src], stages=EVENT_STAGES, geocode=False))
    assert doc.ok and doc.events and doc.events[0].fatalities == 2
    assert doc.article.published is None and doc.events[0].event_date is None
    assert "impossible" in doc.warnings[0]


def test_a_date_in_the_year_9999_dates_no_event():
    event = code("On 31 December 9999, gunmen killed two policemen in Bannu.", published="2024-01-02")[0]
    assert event.event_date != "9999-12-31"


def test_a_run_on_sentence_is_coded_in_windows_that_index_the_text():
    from sitroom.coder.document_coder import MAX_CODED_CHARS, coding_windows

    text = "Officials said " + "gunmen attacked a police post near the market killing 5 policemen, " * 3000
    pieces = list(coding_windows(100, text))
    assert len(pieces) > 1 and all(len(piece) <= MAX_CODED_CHARS for _, piece in pieces)
    assert all(text[start - 100:start - 100 + len(piece)] == piece for start, piece in pieces)
    covered = sum(len(piece) for _, piece in pieces)
    assert covered >= len(text.strip()) - len(pieces)  # only the spaces between pieces are left out
    assert list(coding_windows(7, "A short sentence.")) == [(7, "A short sentence.")]


def test_a_run_on_text_gives_events_whose_evidence_indexes_it():
    text = "Officials said " + "gunmen attacked a police post in Bannu killing 5 policemen on Monday, " * 400
    events = code(text)
    assert len(events) > 10
    for event in events:
        for ev in event.evidence:
            assert text[ev.start:ev.end] == ev.sentence and len(ev.sentence) <= 2000


def test_an_impossible_publication_date_is_not_written_for_the_article(tmp_path):
    import sitroom

    src = tmp_path / "edge.jsonl"
    src.write_text(json.dumps({"id": "edge", "text": "Gunmen killed two policemen in Bannu on Sunday, officials said.",
                               "published": "0001-01-01T00:00:00Z"}) + "\n", encoding="utf-8")
    doc = next(sitroom.pipe([src]))
    assert doc.ok and doc.article.published is None and "impossible" in doc.warnings[0]
