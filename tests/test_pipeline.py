"""The spine: named stages, streaming, duplicates, the published schemas."""

from __future__ import annotations

import itertools

import jsonschema
import pytest

import sitroom
from sitroom.api import text_document
from sitroom.model import Actor, Attribution, Event, Evidence, Location, Movement, Place, Plover, schema
from sitroom.pipeline import ARTICLE_STAGES, Pipeline, stage, stage_names

from .conftest import ARTICLE


def test_builtin_stages_are_registered_by_name():
    assert set(ARTICLE_STAGES) <= set(stage_names())
    with pytest.raises(KeyError, match="no stage named 'nope'; known stages: "):
        Pipeline(["extract", "nope"])


def test_custom_stage_runs_in_order():
    @stage("test-count-words")
    def count_words(doc, settings):
        doc.notes["words"] = len(doc.article.text.split())

    (doc,) = sitroom.pipe([text_document(ARTICLE)], stages=[*ARTICLE_STAGES, "test-count-words"])
    assert doc.notes["words"] == len(ARTICLE.split())


def test_the_collector_runs_between_documents_and_its_setting_is_restored():
    import gc

    from sitroom.knowledge import KnowledgeError
    from sitroom.pipeline import DOCUMENT_GC_THRESHOLD

    seen = []

    @stage("test-gc-threshold")
    def threshold(doc, settings):
        seen.append(gc.get_threshold()[0])
        if "broken" in doc.article.text:
            raise KnowledgeError("a broken knowledge file")

    before = gc.get_threshold()
    stages = [*ARTICLE_STAGES, "test-gc-threshold"]
    docs = list(sitroom.pipe([text_document(ARTICLE), text_document(ARTICLE + " Again.")], stages=stages))
    assert [d.ok for d in docs] == [True, True] and seen == [DOCUMENT_GC_THRESHOLD] * 2
    assert gc.get_threshold() == before
    with pytest.raises(KnowledgeError):  # a run stopped by an error leaves the setting as it was
        list(sitroom.pipe([text_document(ARTICLE + " A broken file.")], stages=stages))
    assert gc.get_threshold() == before
    gc.set_threshold(0)  # a program that turned collection off keeps it off
    try:
        list(sitroom.pipe([text_document(ARTICLE + " Once more.")], stages=stages))
        assert seen[-1] == 0
    finally:
        gc.set_threshold(*before)


def test_stages_can_be_left_out():
    (doc,) = sitroom.pipe([text_document(ARTICLE)], stages=["extract", "clean", "identity"])
    assert doc.ok and doc.sentences == [] and doc.article.dateline is None


def test_pipe_streams_lazily():
    def endless():
        for n in itertools.count():
            yield text_document(ARTICLE.replace("Tuesday", f"day {n}"))

    first_three = list(itertools.islice(sitroom.pipe(endless()), 3))
    assert len(first_three) == 3 and all(d.ok for d in first_three)


def test_same_text_twice_is_one_article(write):
    a = write("a.txt", ARTICLE)
    b = write("copy/b.txt", "\n\n" + ARTICLE.replace(". ", ".  ") + "\n")  # same text, other spacing
    docs = list(sitroom.pipe([a, b]))
    assert docs[0].ok and docs[1].skip.code == "duplicate" and "'a'" in docs[1].skip.reason
    assert len(list(sitroom.pipe([a, b], dedupe=False))) == 2


def test_report_counts(write):
    from sitroom.report import RunReport

    report = RunReport()
    list(sitroom.pipe([write("a.txt", ARTICLE), write("b.txt", ""), write("c.bin", b"\x00\x01" * 50)], report=report))
    summary = report.to_dict()
    assert summary["sources"] == 3 and summary["articles"] == 1 and summary["skipped"] == 2
    assert summary["skipped_by_reason"] == {"empty": 1, "unknown-format": 1}


def _event() -> Event:
    return Event(
        event_id="doc-1:0",
        doc_id="doc-1",
        rank=0,
        event_type="Strategic developments",
        sub_event_type="Non-violent transfer of territory",
        plover=Plover("RETREAT", "flee"),
        actor1=Actor("Military Forces of Afghanistan (2004-2021)", "AFG", 1, "MIL", "Afghan soldiers"),
        actor2=None,
        location=Location("Chitral", "near Chitral", "PAK", "Khyber Pakhtunkhwa", "Chitral", 35.85, 71.79, 1181065, "PPLA2", 2),
        event_date="2021-07-25",
        time_precision=1,
        fatalities=0,
        count=46,
        movement=Movement("crossing", Place("AFG"), Place("PAK", "Chitral"), 46),
        attribution=Attribution("asserted", "ISPR", "said"),
        evidence=[Evidence("The statement said 46 soldiers crossed the border late Sunday.", 0, 62, 1, "crossed")],
    )


def test_event_json_schema_accepts_an_event_and_names_the_scorer_fields():
    event_schema = schema("event")
    jsonschema.Draft202012Validator.check_schema(event_schema)
    jsonschema.validate(_event().to_dict(), event_schema)
    required = set(event_schema["required"])
    assert {"doc_id", "rank", "event_type", "sub_event_type", "plover", "actor1", "actor2", "location",
            "event_date", "fatalities", "count", "movement"} <= required  # fmt: skip
    assert {"name", "country", "admin1", "lat", "lon"} <= set(event_schema["$defs"]["location"]["required"])


def test_event_json_schema_rejects_bad_values():
    bad = _event().to_dict()
    bad["attribution"]["modality"] = "rumoured"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema("event"))
    bad = _event().to_dict()
    bad["actor1"]["country"] = "Pakistan"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema("event"))


def test_article_json_schema_accepts_cli_output(cli, tmp_path):
    from .conftest import SAMPLES

    result = cli("articles", str(SAMPLES), "--sentences", "--show-removed", "-o", str(tmp_path / "a.jsonl"))
    assert result.exit_code == 0 and len(result.records) >= 5
    article_schema = schema("article")
    for record in result.records:
        jsonschema.validate(record, article_schema)
        for sentence in record["sentences"]:
            assert record["text"][sentence["start"] : sentence["end"]] == sentence["text"]
