"""Every offset sitroom writes for a text or JSONL article indexes the text as the user gave it:
single newlines, CRLF, tabs, runs of spaces, non-ASCII quotes, a byte-order mark."""

import json

import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.ingest.clean import clean_text, offset_map

STORY = ("Two soldiers killed in Bannu\n"
         "PESHAWAR: Militants attacked a police post\tin Bannu on Monday,  killing two policemen, officials said.\n"
         "Share this article\n"
         "The attackers escaped \u201cquickly,\u201d a resident of Bannu told reporters.\n"
         "Police said the gunmen fled towards Lakki Marwat.\n")


@pytest.mark.parametrize("given", [
    STORY,
    STORY.replace("\n", "\r\n"),
    "\ufeff" + STORY,
    STORY.replace("\n", "\n\n"),
    STORY.replace("\n", "\u2029"),
    STORY.replace(" a resident", "\u200b a resident"),
    STORY.replace("Lakki Marwat.", "Lakki Marwat. Related Stories Dover: Council votes on the budget"),
], ids=["newlines", "crlf", "bom", "blank-lines", "paragraph-separators", "invisible", "glued-marker"])
def test_cleaned_offsets_map_back_to_the_given_text(given):
    from sitroom.ingest.extract import normalise_newlines

    cleaned = clean_text(normalise_newlines(given).lstrip("\ufeff"))
    offsets = offset_map(given, cleaned)
    assert offsets is not None
    for number, line in cleaned.kept_lines:
        at = cleaned.text.index(line)
        start, end = offsets.span(at, at + len(line))
        written = given[start:end]
        assert " ".join(written.replace("\u200b", "").split()) == " ".join(line.split())


def _extract(tmp_path, name, data, *options):
    src = tmp_path / name
    src.write_bytes(data)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(src), "-o", str(out), "--no-progress", "--no-geocode", *options])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_evidence_indexes_a_text_file_as_written(tmp_path, newline):
    data = STORY.replace("\n", newline)
    events = _extract(tmp_path, "story.txt", data.encode("utf-8"))
    assert events
    for event in events:
        for ev in event["evidence"]:
            quoted = data[ev["start"]:ev["end"]]
            assert " ".join(quoted.split()) == " ".join(ev["sentence"].split())


def test_evidence_indexes_a_jsonl_record_s_text(tmp_path):
    record = {"id": "r1", "text": STORY.replace("\n", "\r\n"), "published": "2024-03-11"}
    events = _extract(tmp_path, "news.jsonl", (json.dumps(record) + "\n").encode("utf-8"))
    assert events
    for event in events:
        for ev in event["evidence"]:
            assert " ".join(record["text"][ev["start"]:ev["end"]].split()) == " ".join(ev["sentence"].split())


def test_geoparse_offsets_index_the_given_text(tmp_path):
    src = tmp_path / "story.txt"
    src.write_bytes(STORY.replace("\n", "\r\n").encode("utf-8"))
    out = tmp_path / "places.jsonl"
    result = CliRunner().invoke(app, ["geoparse", str(src), "-o", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    given = src.read_bytes().decode("utf-8")
    places = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert places and all(given[p["start"]:p["end"]] == p["name"] or p["name"] in given[p["start"]:p["end"]]
                          or given[p["start"]:p["end"]] in p["name"] for p in places)
