"""ACLED CSV by ACLED's codebook: its code tables, listed here, and the rows its users would reject."""

import csv
import re

import pytest

import sitroom
from sitroom.coder.codebook import load_codebook
from sitroom.exports.acled_csv import (COLUMNS, acled_tables, civilian_targeting, country, disorder_type,
                                       event_id_cnty, interaction)
from sitroom.model import Actor, Event

from .interchange_helpers import varied_store

# ACLED's code tables, as its codebook gives them
DISORDER_TYPES = {"Political violence", "Demonstrations", "Strategic developments",
                  "Political violence; Demonstrations"}
ACTOR_TYPES = set(range(1, 9))
INTERACTIONS = {10 * a for a in ACTOR_TYPES} | {10 * a + b for a in ACTOR_TYPES for b in ACTOR_TYPES if a <= b}
REGIONS = {"Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa", "South Asia",
           "Southeast Asia", "Middle East", "Europe", "Caucasus and Central Asia", "Central America",
           "South America", "Caribbean", "East Asia", "North America", "Oceania", "Antarctica"}
GEO_PRECISIONS = {"1", "2", "3"}
TIME_PRECISIONS = {"1", "2", "3"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return varied_store(tmp_path_factory.mktemp("acled"))


def _rows(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("unit", ["events", "incidents"])
def test_every_row_follows_acleds_code_tables(store, tmp_path, unit):
    out = tmp_path / "acled.csv"
    written = sitroom.export(store, str(out), format="acled-csv", unit=unit)
    rows = _rows(out)
    assert written == len(rows) >= 6 and tuple(rows[0]) == COLUMNS
    acled_types = load_codebook().taxonomy["acled"]
    for row in rows:
        assert row["sub_event_type"] in acled_types[row["event_type"]]
        assert row["disorder_type"] in DISORDER_TYPES
        assert int(row["inter1"]) in ACTOR_TYPES and int(row["inter2"]) in ACTOR_TYPES | {0}
        assert int(row["interaction"]) in INTERACTIONS
        assert row["civilian_targeting"] in ("", "Civilian targeting")
        assert row["region"] in REGIONS and row["country"] and row["iso"].isdigit()
        assert row["geo_precision"] in GEO_PRECISIONS and row["time_precision"] in TIME_PRECISIONS
        assert re.fullmatch(r"[A-Z]{3}\d+", row["event_id_cnty"])
        assert row["event_date"] and row["actor1"] and row["latitude"] and row["longitude"] and row["admin1"]
        assert row["year"] == row["event_date"][:4]
    assert len({r["event_id_cnty"] for r in rows}) == len(rows)


def test_the_varied_events_get_acleds_codes(store, tmp_path):
    out = tmp_path / "events.csv"
    sitroom.export(store, str(out), format="acled-csv", unit="events")
    by_type = {r["sub_event_type"]: r for r in _rows(out)}
    shot = by_type["Attack"]
    assert (shot["interaction"], shot["civilian_targeting"]) == ("37", "Civilian targeting")
    assert shot["region"] == "South Asia" and shot["country"] == "Pakistan" and shot["iso"] == "586"
    arrests = by_type["Arrests"]
    assert arrests["disorder_type"] == "Strategic developments" and arrests["civilian_targeting"] == ""
    assert by_type["Peaceful protest"]["interaction"] == "60" and by_type["Peaceful protest"]["inter2"] == "0"
    assert by_type["Mob violence"]["civilian_targeting"] == "Civilian targeting"
    assert by_type["Armed clash"]["civilian_targeting"] == ""


def test_rows_acled_users_reject_are_left_out_and_counted(store, tmp_path, cli):
    out = tmp_path / "events.csv"
    written = sitroom.export(store, str(out), format="acled-csv", unit="events")
    assert written.left_out["no date"] == 1  # the report with no date anywhere
    assert written.left_out["no ACLED type"] >= 1  # the accusation: PLOVER only
    result = cli("export", "--db", store, "-o", str(tmp_path / "cli.csv"), "--unit", "events")
    assert result.exit_code == 0
    assert "left out" in result.stderr and "no date 1" in result.stderr and "--include-incomplete" in result.stderr
    everything = tmp_path / "all.csv"
    more = sitroom.export(store, str(everything), format="acled-csv", unit="events", include_incomplete=True)
    assert more == written + written.left_out["no date"] + written.left_out.get("country only", 0) \
        + written.left_out.get("no actor1", 0) + written.left_out.get("no location", 0)
    assert "no ACLED type" in more.left_out and "no date" not in more.left_out
    undated = [r for r in _rows(everything) if not r["event_date"]]
    assert len(undated) == 1 and undated[0]["location"] == "Bannu"


def _event(event_type, sub, actor2_type=None, **extra):
    actor2 = Actor(name="them", actor_type=actor2_type) if actor2_type else None
    return Event(event_id="doc:0", doc_id="doc", rank=0, event_type=event_type, sub_event_type=sub,
                 actor1=Actor(name="us", actor_type=1), actor2=actor2, **extra)


def test_code_rules():
    assert interaction(1, 0) == 10 and interaction(6, 0) == 60 and interaction(7, 1) == 17 and interaction(2, 2) == 22
    assert disorder_type(_event("Protests", "Excessive force against protesters")) == \
        "Political violence; Demonstrations"
    assert disorder_type(_event("Riots", "Violent demonstration")) == "Demonstrations"
    assert disorder_type(_event("Riots", "Mob violence")) == "Political violence"
    assert civilian_targeting(_event("Violence against civilians", "Abduction/forced disappearance", 7))
    assert civilian_targeting(_event("Explosions/Remote violence", "Air/drone strike", 7))
    assert not civilian_targeting(_event("Explosions/Remote violence", "Air/drone strike", 2))
    for sub, kind in (("Arrests", "Strategic developments"), ("Looting/property destruction", "Strategic developments"),
                      ("Armed clash", "Battles")):
        assert not civilian_targeting(_event(kind, sub, 7)), sub


def test_country_names_and_regions_are_acleds():
    assert country("CUW")[1] == "Curacao" and country("CIV")[1] == "Ivory Coast"
    assert country("COD")[1] == "Democratic Republic of Congo" and country("SWZ")[1] == "eSwatini"
    assert country("AFG")[1:] == ("Afghanistan", "Caucasus and Central Asia")
    assert country("PAK") == ("586", "Pakistan", "South Asia") and country("XKX")[0] == "0"
    regions = {region for _, region, _ in acled_tables()["countries"].values()}
    assert regions <= REGIONS and set(acled_tables()["regions"]) == REGIONS
    # every country the coder knows has ACLED's name and region
    missing = [iso3 for iso3 in load_codebook().countries if iso3 not in acled_tables()["countries"]]
    assert not missing


def test_event_id_cnty_is_stable_without_a_store():
    event = _event("Battles", "Armed clash")
    first = event_id_cnty("PAK", event, None)
    assert first == event_id_cnty("PAK", event, None) and re.fullmatch(r"PAK\d+", first)
    assert event_id_cnty("PAK", event, 17) == "PAK17"


def test_a_mistake_in_the_tables_is_named(monkeypatch):
    from sitroom.exports import acled_csv
    from sitroom.knowledge import KnowledgeError

    good = acled_tables()
    broken = {**good, "countries": {**good["countries"], "PAK": ["Pakistan", "Southern Asia", 586]}}
    monkeypatch.setattr(acled_csv, "load_yaml", lambda name: broken)
    with pytest.raises(KnowledgeError, match="PAK"):
        acled_csv.acled_tables.__wrapped__()
