"""Exports from the store: ACLED CSV, PLOVER JSONL, GeoJSON, Parquet, and read_events DataFrames."""

import csv
import json

import pyarrow.parquet as pq
import pytest

import sitroom
from sitroom.exports.acled_csv import COLUMNS
from sitroom.store.api import open_store

from .store_helpers import AIRSTRIKE, PROTEST, TWO_CLASHES, write_jsonl


@pytest.fixture
def filled(db, tmp_path):
    with open_store(db) as store:
        store.ingest([write_jsonl(tmp_path / "news.jsonl", AIRSTRIKE, TWO_CLASHES, PROTEST)])
    return db


def test_acled_csv_has_one_row_per_incident_with_every_source(filled, tmp_path):
    out = tmp_path / "incidents.csv"
    written = sitroom.export(filled, str(out), format="acled-csv", sub_event_type="Air/drone strike")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert written == len(rows) == 1
    assert tuple(rows[0]) == COLUMNS
    row = rows[0]
    assert row["event_id_cnty"].startswith("PAK") and row["fatalities"] == "10"
    assert row["source"] == "Frontier Post; Valley Times; Capital Courier"
    assert row["location"] == "Mir Ali" and row["admin1"] == "Khyber Pakhtunkhwa"
    assert row["actor2"] == "TTP: Tehreek-i-Taliban Pakistan" and row["event_date"] == "2024-03-10"


def test_events_unit_gives_one_row_per_report(filled, tmp_path):
    out = tmp_path / "events.csv"
    written = sitroom.export(filled, str(out), format="acled-csv", unit="events", sub_event_type="Air/drone strike")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert written == 3 and sorted(r["fatalities"] for r in rows) == ["10", "12", "15"]


def test_plover_jsonl(filled, tmp_path):
    out = tmp_path / "plover.jsonl"
    sitroom.export(filled, str(out), format="plover-jsonl", country="PAK")
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    strike = next(x for x in lines if x["sitroom"]["acled"]["sub_event_type"] == "Air/drone strike")
    assert strike["event"] == ["ASSAULT"] and strike["source"][0]["identifier_text"] == "Military Forces of Pakistan"
    assert strike["source"][0]["code"] == "PAK" and strike["recipient"][0]["sector"]
    assert strike["sitroom"]["store"]["reports"] == 3 and len(strike["sitroom"]["sources"]) == 3
    assert strike["sitroom"]["evidence"][0]["sentence"] and "geonameid" not in strike["event_loc"]  # an alias place


def test_geojson_feature_collection(filled, tmp_path):
    out = tmp_path / "map.geojson"
    written = sitroom.export(filled, str(out), format="geojson", unit="events")
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == written
    located = [f for f in collection["features"] if f["geometry"]]
    lon, lat = located[0]["geometry"]["coordinates"]
    assert located[0]["properties"]["latitude"] == lat and located[0]["properties"]["longitude"] == lon
    assert all(f["geometry"] is None or f["geometry"]["type"] == "Point" for f in collection["features"])


def test_parquet_has_typed_columns(filled, tmp_path):
    out = tmp_path / "events.parquet"
    written = sitroom.export(filled, str(out), format="parquet", unit="events")
    table = pq.read_table(out)
    assert table.num_rows == written
    types = {f.name: str(f.type) for f in table.schema}
    assert types["event_date"] == "date32[day]" and types["fatalities"] == "int64" and types["latitude"] == "double"


def test_read_events_returns_a_dataframe(filled):
    frame = sitroom.read_events(filled, country="PAK", since="2024-03-01")
    assert len(frame) >= 5 and str(frame["event_date"].dtype).startswith("datetime64")
    incidents = sitroom.read_events(filled, unit="incidents", sub_event_type="Air/drone strike")
    assert list(incidents["reports"]) == [3] and list(incidents["fatalities"]) == [10]


def test_export_command_and_its_errors(cli, filled, tmp_path):
    out = tmp_path / "out.geojson"
    result = cli("export", "--db", filled, "-f", "geojson", "--output", str(out), "--country", "PAK")
    assert result.exit_code == 0, result.stderr
    assert "incidents written" in result.stderr and json.loads(out.read_text())["features"]
    bad = cli("export", "--db", filled, "-f", "xlsx", "--output", str(tmp_path / "x"))
    assert bad.exit_code == 2 and "choose one of" in bad.stderr
    stdout_parquet = cli("export", "--db", filled, "-f", "parquet", "--output", "-")
    assert stdout_parquet.exit_code == 2 and "binary" in stdout_parquet.stderr


def test_a_failed_export_leaves_no_partial_file(filled, tmp_path, monkeypatch):
    from sitroom.exports import geojson

    def broken(self, event, provenance):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(geojson.GeoJsonWriter, "add", broken)
    out = tmp_path / "map.geojson"
    with pytest.raises(RuntimeError):
        sitroom.export(filled, str(out), format="geojson")
    assert list(tmp_path.glob("*map.geojson*")) == []


def test_jsonl_is_the_event_schema_with_the_stores_ids_and_sources(filled, tmp_path):
    import jsonschema

    out = tmp_path / "events.jsonl"
    written = sitroom.export(filled, str(out), format="jsonl", unit="events")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert written == len(records) > 0
    schema = sitroom.model.schema("event")
    for record in records:
        jsonschema.validate(record, schema)
        assert record["incident_id"] == record["store"]["incident_id"] and record["store"]["id"]
        assert record["store"]["outlets"] and record["store"]["published"]
