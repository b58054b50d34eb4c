"""Issue 22's "done when": every export of the bundled samples' store validates with its consumers."""

import csv
import json
import re
from importlib.resources import files

import jsonschema
import pytest

import sitroom
from sitroom.exports.acled_csv import COLUMNS
from sitroom.store.api import open_store

from .conftest import SAMPLES
from .interchange_helpers import ogrinfo_summary
from .test_exports_acled import DISORDER_TYPES, GEO_PRECISIONS, INTERACTIONS, REGIONS


@pytest.fixture(scope="module")
def samples_store(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("samples") / "events.db")
    with open_store(db) as store:
        store.ingest([str(SAMPLES)])
    return db


@pytest.mark.parametrize("unit", ["incidents", "events"])
def test_every_export_of_the_samples_validates(samples_store, tmp_path, unit):
    schema = json.loads((files("sitroom") / "schema" / "plover.schema.json").read_text(encoding="utf-8"))
    plover = tmp_path / "s.plover.jsonl"
    written = sitroom.export(samples_store, str(plover), format="plover-jsonl", unit=unit)
    records = [json.loads(line) for line in plover.read_text(encoding="utf-8").splitlines()]
    assert written == len(records) > 0
    for record in records:
        jsonschema.validate(record, schema)

    acled = tmp_path / "s.csv"
    rows_written = sitroom.export(samples_store, str(acled), format="acled-csv", unit=unit)
    with open(acled, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows_written == len(rows) > 0 and tuple(rows[0]) == COLUMNS
    for row in rows:
        assert row["disorder_type"] in DISORDER_TYPES and int(row["interaction"]) in INTERACTIONS
        assert row["region"] in REGIONS and row["geo_precision"] in GEO_PRECISIONS
        assert re.fullmatch(r"[A-Z]{3}\d+", row["event_id_cnty"]) and row["event_date"] and row["actor1"]

    geopandas = pytest.importorskip("geopandas")
    parquet = tmp_path / "s.parquet"
    n = sitroom.export(samples_store, str(parquet), format="parquet", unit=unit)
    frame = geopandas.read_parquet(parquet)
    assert len(frame) == n and frame.crs.to_string() == "OGC:CRS84" and frame.geometry.notna().any()

    geojson = tmp_path / "s.geojson"
    features = sitroom.export(samples_store, str(geojson), format="geojson", unit=unit)
    done = ogrinfo_summary(geojson)
    assert done.returncode == 0 and f"Feature Count: {features}" in done.stdout, done.stderr
