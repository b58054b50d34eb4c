"""`sitroom extract` on files we write: JSONL that follows the schema, ACLED CSV columns."""

import csv
import json

import jsonschema
import pytest

from sitroom.coder.rules import _acled_pair
from sitroom.exports.acled_csv import COLUMNS
from sitroom.knowledge import KnowledgeError, load_yaml, text_list
from sitroom.model import schema

STORY = ("PESHAWAR: Militants attacked a police post in Bannu district of Khyber Pakhtunkhwa late Sunday, "
         "killing two policemen, officials said on Monday.\n\n"
         "Police said the attackers fled towards the mountains after an exchange of fire that lasted an hour.\n")


def test_extract_jsonl_follows_the_event_schema(cli, write, tmp_path):
    src = write("bannu.txt", STORY)
    out = tmp_path / "events.jsonl"
    result = cli("extract", str(src), "--published", "2023-05-08", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert events
    validator = jsonschema.Draft202012Validator(schema("event"))
    for event in events:
        validator.validate(event)
    top = min(events, key=lambda e: e["rank"])
    assert top["event_type"] == "Battles" and top["fatalities"] == 2
    assert top["event_date"] == "2023-05-07"
    assert top["actor2"]["name"] == "Police Forces of Pakistan"
    assert "events written" in result.stderr


def test_extract_csv_has_acled_columns(cli, write, tmp_path):
    src = write("bannu.txt", STORY)
    out = tmp_path / "events.csv"
    result = cli("extract", str(src), "--published", "2023-05-08", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(out.open()))
    assert tuple(csv.reader(out.open()).__next__()) == COLUMNS and len(COLUMNS) == 31
    assert rows[0]["event_type"] == "Battles"
    assert rows[0]["country"] == "Pakistan" and rows[0]["iso"] == "586"
    assert rows[0]["fatalities"] == "2" and rows[0]["event_date"] == "2023-05-07"


def test_extract_from_the_python_api(write):
    from sitroom.api import pipe
    from sitroom.pipeline import EVENT_STAGES

    docs = list(pipe([write("bannu.txt", STORY)], stages=EVENT_STAGES, published="2023-05-08"))
    assert docs[0].events and docs[0].events[0].doc_id == "bannu"


def test_bad_input_is_skipped_not_fatal(cli, write, tmp_path):
    good = write("bannu.txt", STORY)
    bad = write("noise.bin", b"\x00\x01\x02" * 100)
    out = tmp_path / "events.jsonl"
    result = cli("extract", str(bad), str(good), "-o", str(out))
    assert result.exit_code == 0
    assert out.read_text().strip()
    assert "skipped" in result.stderr


def test_knowledge_files_load_and_bad_entries_are_named():
    assert load_yaml("codebook/event_rules.yaml")["rules"]
    taxonomy = load_yaml("codebook/taxonomy.yaml")
    with pytest.raises(KnowledgeError, match="not a sub-event type of 'Battles'"):
        _acled_pair("event_rules.yaml: rule 1", ["Battles", "Air/drone strike"], taxonomy)
    with pytest.raises(KnowledgeError, match="put quotes"):
        text_list("places.yaml", "prepositions", ["in", True])


def test_codebook_check_loads_every_file_and_names_a_mistake(cli, monkeypatch):
    ok = cli("codebook", "check")
    assert ok.exit_code == 0, ok.stdout
    assert "theatres.yaml: 2 theatres" in ok.stdout and "event_rules.yaml" in ok.stdout

    from sitroom.coder import theatres

    def broken():
        raise KnowledgeError("codebook/theatres.yaml: Test line: needs exactly two sides")

    monkeypatch.setattr(theatres, "load_theatres", broken)
    bad = cli("codebook", "check")
    assert bad.exit_code == 1
    assert "Test line: needs exactly two sides" in bad.stdout and "1 file(s) need fixing" in bad.stdout


def test_extract_writes_reported_events_unless_asked_for_others(tmp_path):
    from typer.testing import CliRunner

    from sitroom.cli import app

    src = tmp_path / "story.txt"
    src.write_text("Militants attacked a police post in Bannu on Monday, killing two policemen, officials said.\n\n"
                   "The government will hold talks with tribal elders in Peshawar next week, a minister said.",
                   encoding="utf-8")
    runner = CliRunner()
    default = tmp_path / "default.jsonl"
    every = tmp_path / "all.jsonl"
    assert runner.invoke(app, ["extract", str(src), "-o", str(default), "--no-geocode", "--no-progress"]).exit_code == 0
    assert runner.invoke(app, ["extract", str(src), "-o", str(every), "--no-geocode", "--no-progress",
                               "--modality", "all"]).exit_code == 0
    import json

    shown = [json.loads(line)["attribution"]["modality"] for line in default.read_text().splitlines()]
    everything = [json.loads(line)["attribution"]["modality"] for line in every.read_text().splitlines()]
    assert "future" in everything and "future" not in shown and shown
    bad = runner.invoke(app, ["extract", str(src), "--modality", "maybe"])
    assert bad.exit_code == 2
