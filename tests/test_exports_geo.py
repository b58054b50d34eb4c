"""GeoParquet and GeoJSON opened by the tools their users use: geopandas, pyogrio, duckdb spatial, ogrinfo."""

import glob
import json
import os
import sysconfig

import pyarrow.parquet as pq
import pytest

import sitroom

from .interchange_helpers import ogrinfo_summary, varied_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return varied_store(tmp_path_factory.mktemp("geo"))


@pytest.fixture(scope="module")
def parquet(store, tmp_path_factory):
    out = tmp_path_factory.mktemp("parquet") / "events.parquet"
    sitroom.export(store, str(out), format="parquet", unit="events")
    return out


def test_geopandas_reads_the_parquet_as_geoparquet(parquet):
    geopandas = pytest.importorskip("geopandas")
    frame = geopandas.read_parquet(parquet)
    assert frame.crs.to_string() == "OGC:CRS84" and frame.geometry.name == "geometry"  # GeoParquet's default
    located = frame[frame.geometry.notna()]
    assert len(located) >= 6
    for point, lon, lat in zip(located.geometry, located["longitude"], located["latitude"]):
        assert (point.x, point.y) == (lon, lat)
    assert frame["fatalities"].dtype.kind == "i" or frame["fatalities"].isna().any()


def test_geo_metadata_is_geoparquet_1_1_with_a_bbox_covering(parquet):
    geo = json.loads(pq.ParquetFile(parquet).metadata.metadata[b"geo"])
    assert geo["version"] == "1.1.0" and geo["primary_column"] == "geometry"
    column = geo["columns"]["geometry"]
    assert column["encoding"] == "WKB" and column["geometry_types"] == ["Point"]
    assert column["covering"]["bbox"]["xmin"] == ["bbox", "xmin"]
    table = pq.read_table(parquet)
    lons = [x for x in table.column("longitude").to_pylist() if x is not None]
    assert column["bbox"][0] == min(lons) and column["bbox"][2] == max(lons)
    types = {f.name: str(f.type) for f in table.schema}
    assert types["event_date"] == "date32[day]" and types["fatalities"] == "int64" and types["geometry"] == "binary"


def test_an_event_without_coordinates_has_a_null_geometry(tmp_path):
    from sitroom.exports.parquet import ParquetWriter
    from sitroom.exports.provenance import Provenance
    from sitroom.model import Event, Location

    out = tmp_path / "one.parquet"
    writer = ParquetWriter(str(out))
    somewhere = Event(event_id="a:0", doc_id="a", rank=0, event_type="Battles", sub_event_type="Armed clash",
                      location=Location(name="Nowhere Known"))
    writer.add(somewhere, Provenance(id=1, incident_id=1, reports=1))
    writer.close()
    table = pq.read_table(out)
    assert table.column("geometry").to_pylist() == [None] and table.column("bbox").to_pylist() == [None]
    assert "bbox" not in json.loads(pq.ParquetFile(out).metadata.metadata[b"geo"])["columns"]["geometry"]


def _spatial_extension() -> str | None:
    found = glob.glob(os.path.join(sysconfig.get_paths()["purelib"], "duckdb_ext", "extensions", "*", "*",
                                   "spatial.duckdb_extension"))
    return found[0] if found else None


def test_duckdb_reads_the_parquet_typed_and_with_spatial_as_geometry(parquet):
    duckdb = pytest.importorskip("duckdb")
    plain = duckdb.connect()
    kinds = dict(plain.sql(f"DESCRIBE SELECT * FROM '{parquet}'").fetchall()[i][:2] for i in range(3, 5))
    assert kinds == {"event_date": "DATE", "time_precision": "BIGINT"}
    extension = _spatial_extension()
    if extension is None:
        pytest.skip("duckdb's spatial extension is not installed (pip install duckdb-ext-spatial)")
    spatial = duckdb.connect()
    spatial.execute(f"LOAD '{extension}'")
    rows = spatial.sql(f"SELECT typeof(geometry), ST_X(geometry), longitude, ST_Y(geometry), latitude "
                       f"FROM '{parquet}' WHERE geometry IS NOT NULL").fetchall()
    assert rows and all(kind == "GEOMETRY" and x == lon and y == lat for kind, x, lon, y, lat in rows)


@pytest.fixture(scope="module")
def geojson(store, tmp_path_factory):
    out = tmp_path_factory.mktemp("geojson") / "events.geojson"
    sitroom.export(store, str(out), format="geojson", unit="events")
    return out


def test_pyogrio_reads_the_geojson(geojson):
    pyogrio = pytest.importorskip("pyogrio")
    frame = pyogrio.read_dataframe(geojson)
    features = json.loads(geojson.read_text(encoding="utf-8"))["features"]
    assert len(frame) == len(features) and frame.crs.to_epsg() == 4326  # RFC 7946: WGS 84
    assert set(frame.geometry.dropna().geom_type) == {"Point"}


def test_ogrinfo_opens_the_geojson(geojson):
    done = ogrinfo_summary(geojson)
    features = json.loads(geojson.read_text(encoding="utf-8"))["features"]
    assert done.returncode == 0, done.stderr
    assert "Geometry: Point" in done.stdout and f"Feature Count: {len(features)}" in done.stdout
    assert "ERROR" not in done.stderr and "Warning" not in done.stderr
