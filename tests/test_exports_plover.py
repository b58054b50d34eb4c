"""PLOVER JSONL to the PLOVER manual: every export validates against the packaged JSON Schema."""

import json
from importlib.resources import files

import jsonschema
import pytest

import sitroom
from sitroom.coder.codebook import load_codebook
from sitroom.exports.plover_jsonl import plover_actor, plover_tables, plover_view
from sitroom.model import Actor, Attribution, Event, Movement, Plover

from .interchange_helpers import varied_store


@pytest.fixture(scope="module")
def schema():
    return json.loads((files("sitroom") / "schema" / "plover.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return varied_store(tmp_path_factory.mktemp("plover"))


@pytest.mark.parametrize("unit", ["events", "incidents"])
def test_every_exported_record_validates_and_uses_only_plover_values(store, schema, tmp_path, unit):
    out = tmp_path / "out.plover.jsonl"
    written = sitroom.export(store, str(out), format="plover-jsonl", unit=unit, modality="all")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert written == len(records) >= 8
    validator = jsonschema.Draft202012Validator(schema)
    for record in records:
        assert not list(validator.iter_errors(record)), record["id"]
    tables = plover_tables()
    for record in records:
        (kind,) = record["event"]
        assert set(record["mode"] or []) <= set(tables["events"][kind]["modes"])
        for actor in record["source"] + record.get("recipient", []):
            assert actor.get("sector") is None or actor["sector"] in tables["sectors"]
    assert {"ASSAULT", "PROTEST", "COERCE", "ACCUSE"} <= {r["event"][0] for r in records}
    assert written.left_out == {"no date": 1}  # the undated report: PLOVER requires a date


def test_a_record_carries_the_manuals_fields_and_keeps_the_fine_values(store, tmp_path):
    out = tmp_path / "strike.jsonl"
    sitroom.export(store, str(out), format="plover-jsonl", sub_event_type="Air/drone strike")
    (strike,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert strike["event"] == ["ASSAULT"] and strike["mode"] == ["heavy-weapons"]  # sitroom's "aerial"
    assert strike["source"][0]["code"] == "PAK" and strike["source"][0]["sector"] == "MIL"
    assert strike["source"][0]["identifier_text"] == "Military Forces of Pakistan"
    assert strike["dead"] == 10 and strike["link"] == str(strike["sitroom"]["store"]["incident_id"])
    loc = strike["event_loc"]
    assert loc["cc3"] == "PAK" and loc["country code"] == "PK" and -90 <= loc["latitude"] <= 90
    assert strike["sitroom"]["plover"] == {"event": "ASSAULT", "mode": "aerial"}
    assert strike["sitroom"]["acled"]["sub_event_type"] == "Air/drone strike"
    assert strike["event_text"] and strike["cite_info"]["codebook"] == "plover-base-0.8"
    assert len(strike["sitroom"]["sources"]) == 3


@pytest.mark.parametrize("change", [
    {"event": ["REQUEST"]},  # sitroom's name; PLOVER's is DEMAND
    {"mode": ["crowd"]},  # not a mode of ASSAULT
    {"mode": ["demo"]},  # a mode, but of PROTEST
    {"context": ["war"]},
    {"source": [{"code": "PAK", "sector": "PRO"}]},  # not a PLOVER sector
    {"source": "Military Forces of Pakistan"},  # a name where PLOVER has a list of objects
    {"date": "10 March 2024"},
    {"event_loc": {"lat": 33.0}},  # PLOVER writes latitude
])
def test_the_schema_refuses_what_the_manual_does_not_allow(schema, change):
    record = {"id": "x:0", "date": "2024-03-10", "source": [{"code": "PAK", "sector": "MIL"}],
              "event": ["ASSAULT"], "mode": ["firearms"]}
    jsonschema.validate(record, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**record, **change}, schema)


def test_the_schema_holds_the_same_lists_as_the_data_file(schema):
    tables = plover_tables()
    assert schema["properties"]["event"]["items"]["enum"] == list(tables["events"])
    assert schema["properties"]["context"]["items"]["enum"] == tables["contexts"]
    assert set(schema["properties"]["mode"]["items"]["enum"]) == {m for e in tables["events"].values()
                                                                   for m in e["modes"]}
    sectors = schema["$defs"]["actor"]["properties"]["sector"]["pattern"]
    assert all(s in sectors for s in tables["sectors"])
    # every sector sitroom's actors carry is a PLOVER sector or is mapped onto one
    assert set(load_codebook().taxonomy["sectors"]) <= set(tables["sectors"]) | set(tables["sector_map"])


def _event(kind, mode, **extra):
    return Event(event_id="e:0", doc_id="e", rank=0, event_type=None, sub_event_type=None,
                 plover=Plover(kind, mode), **extra)


@pytest.mark.parametrize("fine,expected", [
    (("REQUEST", "assist"), ("DEMAND", "assist", ())),
    (("COERCE", "destroy"), ("ASSAULT", "destroy", ())),
    (("COERCE", "seize"), ("COERCE", "confiscate", ())),
    (("ASSAULT", "crowd"), ("ASSAULT", None, ())),
    (("ASSAULT", "cbrn"), ("ASSAULT", "unconventional", ("cbrn",))),
    (("AID", "humanitarian"), ("AID", None, ("humanitarian",))),
    (("CONSULT", "meet"), ("CONSULT", None, ())),
    (("REJECT", "deny"), ("REJECT", None, ())),
    (("PROTEST", "demo"), ("PROTEST", "demo", ())),
])
def test_fine_values_map_onto_plovers_lists(fine, expected):
    view = plover_view(_event(*fine))
    assert (view.event, view.mode, view.contexts) == expected


def test_contexts_come_from_movement_modality_and_actors():
    moved = _event("RETREAT", "return", movement=Movement(kind="return"))
    assert plover_view(moved).contexts == ("migration",)
    future = _event("ASSAULT", "firearms", attribution=Attribution(modality="future"),
                    actor1=Actor(name="Military Forces of Pakistan", country="PAK", actor_type=1, sector="MIL"))
    assert plover_view(future).contexts == ("future", "military")
    assert plover_view(_event(None, None)) is None


def test_actors_take_plovers_codes_and_sectors():
    assert plover_actor(Actor(name="Protesters (Pakistan)", country="PAK", actor_type=6, sector="PRO")) == {
        "code": "PAK", "sector": "CVL", "actor_text": "Protesters (Pakistan)", "identifier_text": "Protesters (Pakistan)"}
    un = plover_actor(Actor(name="UN: United Nations", actor_type=8, sector="IGO", mention="UN agencies"))
    assert un == {"code": "IGO", "actor_text": "UN agencies", "identifier_text": "UN: United Nations"}
    gunmen = plover_actor(Actor(name="Unidentified Armed Group (Pakistan)", country="PAK", sector="REB"))
    assert gunmen["sector"] == "UAF"


def test_a_mapping_onto_something_plover_lacks_is_named(monkeypatch):
    from sitroom.exports import plover_jsonl
    from sitroom.knowledge import KnowledgeError

    good = plover_tables()
    broken = {**good, "modes": {**good["modes"], "ASSAULT/crowd": {"as": ["ASSAULT", "crowd"]}}}
    monkeypatch.setattr(plover_jsonl, "load_yaml", lambda name: broken)
    with pytest.raises(KnowledgeError, match="ASSAULT/crowd"):
        plover_jsonl.plover_tables.__wrapped__()


def test_extract_names_formats_as_export_does_and_its_plover_validates(cli, tmp_path, schema):
    from .conftest import SAMPLES

    out = tmp_path / "coded.plover.jsonl"  # the name says which format
    result = cli("extract", str(SAMPLES), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all(not list(jsonschema.Draft202012Validator(schema).iter_errors(r)) for r in records)
    assert all("store" not in r["sitroom"] or r["sitroom"]["store"] is None for r in records)
    wrong = cli("extract", str(SAMPLES), "-f", "plover", "-o", str(tmp_path / "x"))
    assert wrong.exit_code == 2 and "plover-jsonl" in wrong.stderr


def test_a_type_without_a_listed_mode_still_maps_and_feature_classes_follow_geonames():
    from sitroom.exports.plover_jsonl import _feature_class

    assert plover_view(_event("REQUEST", None)).event == "DEMAND"
    assert [_feature_class(c) for c in ("ADM2", "ADMF", "PPLA", "RSVT", "RSV", "ZNF", "XYZ")] == \
        ["A", "S", "P", "L", "H", "S", None]
