"""The situation room's REST API: every endpoint, its filters and errors, the token, the guards."""

import csv
import io
import json

import pytest

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from sitroom.filter_values import decode_cursor  # noqa: E402
from sitroom.server import create_app  # noqa: E402
from sitroom.server.app import ServerError  # noqa: E402
from sitroom.store.api import open_store  # noqa: E402

from .server_helpers import HOSTILE, TOKEN, build_store  # noqa: E402


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("api"))


@pytest.fixture(scope="module")
def reader(store_path):
    with TestClient(create_app(store_path)) as client:
        yield client


@pytest.fixture
def writer(tmp_path, store_path):
    """A server that takes writes, over a copy of the store (so that writes stay in the test)."""
    import shutil

    copy = tmp_path / "events.db"
    shutil.copy(store_path, copy)
    with TestClient(create_app(str(copy), write_token=TOKEN)) as client:
        yield client


AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_listings_page_through_everything_once(reader):
    everything = reader.get("/api/events", params={"limit": 1000}).json()["items"]
    assert len(everything) >= 6
    seen, cursor = [], None
    while True:
        page = reader.get("/api/events", params={"limit": 2, **({"cursor": cursor} if cursor else {})}).json()
        seen += [e["store"]["id"] for e in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == [e["store"]["id"] for e in everything]
    incidents = reader.get("/api/incidents", params={"limit": 3}).json()
    assert len(incidents["items"]) == 3 and incidents["next_cursor"]
    assert {"id", "event_type", "fatalities", "lat", "lon", "reports"} <= set(incidents["items"][0])
    # the columns that only matching reads stay in the store
    internal = {"cell", "entry_article", "representative_id"}
    assert not internal & set(incidents["items"][0])
    assert not internal & set(reader.get(f"/api/incidents/{incidents['items'][0]['id']}").json())
    assert "sources" not in incidents["items"][0]


def test_filters_mirror_the_command_line(reader):
    strikes = reader.get("/api/incidents", params={"sub_type": "air/drone strike", "country": "Pakistan"}).json()
    assert [i["sub_event_type"] for i in strikes["items"]] == ["Air/drone strike"]
    near = reader.get("/api/events", params={"near": "Chaman", "within": 15}).json()["items"]
    assert near and {e["location"]["name"] for e in near} == {"Chaman"}
    assert reader.get("/api/events", params={"since": "2030-01-01"}).json() == {"items": [], "next_cursor": None}
    taliban = reader.get("/api/events", params={"actor": "taliban"}).json()["items"]
    assert taliban and all("Taliban" in (e["actor1"] or {}).get("name", "") + (e["actor2"] or {}).get("name", "")
                           for e in taliban)


@pytest.mark.parametrize("params, parameter", [
    ({"since": "last week"}, "since"),
    ({"country": "Atlantis"}, "country"),
    ({"type": "Skirmishes"}, "type"),
    ({"sub_type": "Drone"}, "sub_type"),
    ({"near": "91,0"}, "near"),
    ({"within": "0"}, "within"),
    ({"within": "nan"}, "within"),
    ({"limit": "0"}, "limit"),
    ({"limit": "5000"}, "limit"),
    ({"limit": "ten"}, "limit"),
    ({"modality": "rumoured"}, "modality"),
    ({"review": "maybe"}, "review"),
    ({"cursor": "not-a-cursor"}, "cursor"),
    ({"since": "2024-05-01", "until": "2024-04-01"}, "until"),
])
def test_bad_filters_answer_400_naming_the_parameter(reader, params, parameter):
    answer = reader.get("/api/incidents", params=params)
    assert answer.status_code == 400, answer.text
    body = answer.json()
    assert body["parameter"] in (parameter, {"type": "event_type", "sub_type": "sub_event_type"}.get(parameter))
    assert body["error"]


def test_an_incident_with_its_reports_evidence_and_reasons(reader):
    strike = reader.get("/api/incidents", params={"sub_type": "Air/drone strike"}).json()["items"][0]
    found = reader.get(f"/api/incidents/{strike['id']}").json()
    assert found["reports"] == len(found["sources"]) == 2
    first, second = found["sources"]
    assert "opened" in first["reason"] and "matched_event" in second["reason"]
    for source in found["sources"]:
        assert source["attribution"]["source"] and source["evidence"]
        article = reader.get(f"/api/articles/{source['article']}").json()
        for span in article["evidence"]:
            assert article["text"][span["start"]:span["end"]] == span["sentence"]
    assert reader.get("/api/incidents/99999").status_code == 404
    assert reader.get("/api/articles/99999").json()["error"].startswith("no article")
    assert reader.get("/api/incidents/0").status_code == 400


def test_stats_by_period_and_type(reader):
    weekly = reader.get("/api/stats", params={"by": "week", "split": "event_type"}).json()
    assert weekly["rows"] and all({"key", "split", "count", "fatalities"} <= set(r) for r in weekly["rows"])
    assert [r["key"] for r in weekly["rows"]] == sorted(r["key"] for r in weekly["rows"])
    daily = reader.get("/api/stats", params={"by": "day", "unit": "events"}).json()
    assert sum(r["count"] for r in daily["rows"]) == len(reader.get("/api/events", params={"limit": 1000})
                                                          .json()["items"])
    assert reader.get("/api/stats", params={"by": "actor", "split": "event_type"}).status_code == 400
    assert reader.get("/api/stats", params={"by": "fortnight"}).status_code == 400


def test_movements_have_both_ends_placed(reader):
    moves = reader.get("/api/movements").json()["items"]
    assert moves, "the soldiers' crossing into Chitral"
    move = moves[0]
    assert move["origin"]["country"] == "AFG" and move["destination"]["country"] == "PAK"
    assert 35 < move["destination"]["lat"] < 37 and 71 < move["destination"]["lon"] < 73  # Chitral


@pytest.mark.parametrize("format, check", [
    ("acled-csv", lambda body: list(csv.DictReader(io.StringIO(body.decode())))[0]["event_id_cnty"]),
    ("geojson", lambda body: json.loads(body)["features"]),
    ("plover-jsonl", lambda body: [json.loads(line)["event"] for line in body.decode().splitlines()]),
    ("jsonl", lambda body: [json.loads(line)["event_type"] for line in body.decode().splitlines()]),
    ("parquet", lambda body: body[:4] == b"PAR1"),
])
def test_exports_stream_files_with_names(reader, format, check):
    answer = reader.get("/api/export", params={"format": format, "country": "PAK"})
    assert answer.status_code == 200
    assert "attachment" in answer.headers["content-disposition"] and "sitroom-incidents" in answer.headers[
        "content-disposition"]
    assert check(answer.content)


def test_writes_need_the_token(reader, writer):
    body = {"action": "confirm", "who": "ana"}
    assert reader.post("/api/events/1/review", json=body).status_code == 403  # a read-only server
    assert writer.post("/api/events/1/review", json=body).status_code == 401
    wrong = writer.post("/api/events/1/review", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    assert writer.post("/api/ingest", content="text", headers={"Content-Type": "text/plain"}).status_code == 401
    assert writer.get("/api/review/log").json()["items"] == []


def test_a_correction_through_the_api_shows_in_listings_and_exports(writer):
    raid = next(e for e in writer.get("/api/events", params={"limit": 1000}).json()["items"]
                if e["sub_event_type"] == "Armed clash")
    answer = writer.post(f"/api/events/{raid['store']['id']}/review", headers=AUTH, json={
        "action": "correct", "changes": {"fatalities": 9}, "who": "ana", "note": "district hospital"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["fatalities"] == 9 and answer.json()["review"]["status"] == "corrected"
    exported = writer.get("/api/export", params={"format": "acled-csv", "unit": "events"}).content.decode()
    assert any(r["fatalities"] == "9" for r in csv.DictReader(io.StringIO(exported)))
    [entry] = writer.get("/api/review/log").json()["items"]
    assert entry["who"] == "ana" and entry["after"] == {"fatalities": 9} and entry["note"] == "district hospital"
    bad = writer.post(f"/api/events/{raid['store']['id']}/review", headers=AUTH,
                      json={"action": "correct", "changes": {"fatalities": "many"}})
    assert bad.status_code == 400 and "whole number" in bad.json()["error"]
    assert writer.post("/api/events/99999/review", headers=AUTH, json={"action": "reject"}).status_code == 404


def test_merge_and_split_through_the_api(writer):
    ids = [i["id"] for i in writer.get("/api/incidents", params={"limit": 2}).json()["items"]]
    merged = writer.post("/api/incidents/merge", headers=AUTH, json={"incidents": ids, "who": "ana"})
    assert merged.status_code == 200, merged.text
    reports = merged.json()["sources"]
    assert merged.json()["id"] == min(ids) and len(reports) >= 2
    split = writer.post(f"/api/incidents/{min(ids)}/split", headers=AUTH,
                        json={"events": [reports[-1]["event"]], "who": "ana"})
    assert split.status_code == 200 and [s["event"] for s in split.json()["sources"]] == [reports[-1]["event"]]
    assert writer.post("/api/incidents/merge", headers=AUTH, json={"incidents": [ids[0]]}).status_code == 400


def test_ingest_text_jsonl_and_upload(writer):
    text = ("QUETTA: Gunmen shot dead two guards at a coal mine near Quetta on Friday, police said.\n\n"
            "The attackers fled on motorcycles.")
    answer = writer.post("/api/ingest", params={"published": "2024-08-10", "outlet": "Hill Post"}, content=text,
                         headers={**AUTH, "Content-Type": "text/plain"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["articles"] == 1 and answer.json()["events"] >= 1
    again = writer.post("/api/ingest", params={"published": "2024-08-10"}, content=text,
                        headers={**AUTH, "Content-Type": "text/plain"})
    assert again.json()["articles"] == 0 and again.json()["already_stored"] == 1
    line = json.dumps({"id": "mine-2", "published": "2024-08-12", "outlet": "Hill Post",
                       "text": "QUETTA: Two miners were killed when a roadside bomb hit their van in Harnai "
                               "district on Sunday, officials said."})
    jsonl = writer.post("/api/ingest", content=line + "\n", headers={**AUTH, "Content-Type": "application/x-ndjson"})
    assert jsonl.json()["articles"] == 1
    upload = writer.post("/api/ingest", headers=AUTH, files={"file": ("note.txt", b"\x00\x01\x02binary", "text/plain")})
    assert upload.status_code == 200 and upload.json()["articles"] == 0 and upload.json()["skipped"]
    assert writer.post("/api/ingest", headers={**AUTH, "Content-Type": "image/png"}, content=b"x").status_code == 400
    assert writer.post("/api/ingest", params={"published": "soon"}, headers={**AUTH, "Content-Type": "text/plain"},
                       content="x").json()["parameter"] == "published"


def test_guards_on_every_answer(store_path):
    with TestClient(create_app(store_path, write_token=TOKEN, max_body=2000)) as client:
        answer = client.get("/api/config")
        policy = answer.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.json() == {"writable": True, "tiles": None, "version": answer.json()["version"], "basemaps": []}
        big = client.post("/api/ingest", content="x" * 5000, headers={**AUTH, "Content-Type": "text/plain"})
        assert big.status_code == 413 and "larger than" in big.json()["error"]

        def chunks():
            for _ in range(10):
                yield b"y" * 500

        streamed = client.post("/api/ingest", content=chunks(), headers={**AUTH, "Content-Type": "text/plain"})
        assert streamed.status_code == 413
        assert client.get("/").headers["content-security-policy"] == policy


def test_hostile_text_comes_back_as_data(reader):
    events = reader.get("/api/events", params={"limit": 1000, "modality": "all"}).json()["items"]
    hostile = [e for e in events if e["store"]["outlet"] == HOSTILE["outlet"]]
    assert hostile
    article = reader.get(f"/api/articles/{hostile[0]['store']['article_id']}")
    assert article.headers["content-type"] == "application/json"
    assert "<script>" in article.json()["text"]  # kept as written; the dashboard shows it as text


def test_start_up_errors_say_what_to_do(store_path, tmp_path):
    with pytest.raises(ServerError, match="not a tile URL"):
        create_app(store_path, tiles="javascript:alert(1)")
    bad = tmp_path / "provinces.geojson"
    bad.write_text("[1, 2]")
    with pytest.raises(ServerError, match="not GeoJSON"):
        create_app(store_path, basemaps=[str(bad)])
    good = tmp_path / "outline.geojson"
    good.write_text(json.dumps({"type": "FeatureCollection", "features": []}))
    with TestClient(create_app(store_path, basemaps=[str(good)], tiles="https://tiles.example/{z}/{x}/{y}.png")) as c:
        assert c.get("/api/config").json()["basemaps"] == ["/basemaps/0.geojson"]
        assert c.get("/basemaps/0.geojson").json()["type"] == "FeatureCollection"
        assert c.get("/basemaps/1.geojson").status_code == 404
        assert "https://tiles.example" in c.get("/").headers["content-security-policy"]


def test_the_cursor_is_opaque_but_checked():
    with pytest.raises(ValueError):
        decode_cursor("MjAyNC0wNS0wN3w")  # cut short


def test_openapi_describes_every_endpoint(reader):
    paths = reader.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/incidents", "/api/incidents/{incident_id}", "/api/articles/{article_id}",
                 "/api/stats", "/api/movements", "/api/export", "/api/ingest", "/api/events/{event_id}/review",
                 "/api/incidents/merge", "/api/incidents/{incident_id}/split", "/api/review/log", "/api/config"):
        assert path in paths, path
    names = {p["name"] for p in paths["/api/incidents"]["get"]["parameters"]}
    assert {"country", "admin1", "type", "sub_type", "actor", "since", "until", "near", "within", "modality",
            "limit", "cursor"} <= names


def test_the_store_is_never_created_or_changed_by_a_read_only_server(tmp_path):
    from sitroom.store.engine import StoreError

    with pytest.raises(StoreError):
        create_app(str(tmp_path / "missing.db"))
    assert not (tmp_path / "missing.db").exists()
    with open_store(str(tmp_path / "empty.db")):
        pass
    with TestClient(create_app(str(tmp_path / "empty.db"))) as client:
        assert client.get("/api/incidents").json() == {"items": [], "next_cursor": None}


def test_an_oversized_body_is_413_on_every_endpoint(store_path):
    with TestClient(create_app(store_path, write_token=TOKEN, max_body=1000)) as client:
        def chunks():
            for _ in range(4):
                yield b'{"action": "confirm", "note": "' + b"z" * 600 + b'"}'

        answer = client.post("/api/events/1/review", content=chunks(),
                             headers={**AUTH, "Content-Type": "application/json"})
        assert answer.status_code == 413 and "larger than" in answer.json()["error"]
        assert "content-security-policy" in answer.headers


def test_a_failure_is_a_json_500_with_the_guards(store_path, monkeypatch):
    from sitroom.store.api import Store

    def broken(self, *args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Store, "statistics", broken)
    with TestClient(create_app(store_path), raise_server_exceptions=False) as client:
        answer = client.get("/api/stats")
        assert answer.status_code == 500 and "log says why" in answer.json()["error"]
        assert "disk on fire" not in answer.text  # no internals to the client
        assert "script-src 'self'" in answer.headers["content-security-policy"]


def test_a_loopback_server_answers_only_to_its_own_names(store_path):
    from sitroom.server.security import LOOPBACK_HOSTS

    app = create_app(store_path, hosts=LOOPBACK_HOSTS)
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.get("/api/config").status_code == 200
        assert client.get("/api/config", headers={"Host": "localhost:8000"}).status_code == 200
        rebound = client.get("/api/config", headers={"Host": "attacker.example"})
        assert rebound.status_code == 400 and "own address" in rebound.json()["error"]


def test_the_offline_basemap_has_countries_and_provinces():
    """The dashboard's basemap ships in the package: country borders, US states and approximate
    provinces, each town of a few we know inside the province it belongs to."""
    shapely_geometry = pytest.importorskip("shapely.geometry")
    from sitroom.server.web import STATIC

    folder = STATIC / "basemap"
    countries = json.loads((folder / "countries.geojson").read_text(encoding="utf-8"))["features"]
    assert len(countries) > 200 and {"Afghanistan", "Pakistan"} <= {c["properties"]["name"] for c in countries}
    provinces = json.loads((folder / "provinces.geojson").read_text(encoding="utf-8"))["features"]
    shapes = {(p["properties"]["country"], p["properties"]["name"]): shapely_geometry.shape(p["geometry"])
              for p in provinces}
    for country, province, (lat, lon) in [("PAK", "Khyber Pakhtunkhwa", (34.01, 71.58)),  # Peshawar
                                          ("PAK", "Balochistan", (30.18, 67.0)),  # Quetta
                                          ("AFG", "Kandahar", (31.61, 65.71)),  # Kandahar
                                          ("AFG", "Kabul", (34.53, 69.17))]:
        assert shapes[(country, province)].contains(shapely_geometry.Point(lon, lat)), (country, province)
    assert not any(country == "USA" for country, _ in shapes)  # the US has its states
    assert len(json.loads((folder / "us-states.geojson").read_text(encoding="utf-8"))["features"]) >= 50
