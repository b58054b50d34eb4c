"""Queries over the store: every filter, the two units, statistics, and the commands that show them."""

import json
from datetime import date

import pytest

from sitroom.store.api import open_store

from .store_helpers import AIRSTRIKE, PROTEST, TWO_CLASHES, TWO_TOWNS, write_jsonl


@pytest.fixture
def filled(db, tmp_path):
    with open_store(db) as store:
        store.ingest([write_jsonl(tmp_path / "news.jsonl", AIRSTRIKE, TWO_CLASHES, TWO_TOWNS, PROTEST)])
    return db


def _ids(rows):
    return sorted(r["event_id"] for r in rows)


def test_each_filter_narrows_the_events(filled):
    with open_store(filled) as store:
        everything = store.events()
        assert len(everything) == store.count("events") >= 8
        assert {e["location"]["country"] for e in store.events(country="PAK")} == {"PAK"}
        assert store.events(country="AFG") == []
        assert _ids(store.events(sub_event_type="Air/drone strike")) == ["courier:0", "frontier:0", "valley:0"]
        assert {e["event_type"] for e in store.events(event_type="Protests")} == {"Protests"}
        assert {e["location"]["admin1"] for e in store.events(admin1="balochistan")} == {"Balochistan"}
        in_may = store.events(since=date(2024, 5, 1), until="2024-05-31")
        assert in_may and all(e["event_date"].startswith("2024-05") for e in in_may)
        assert _ids(store.events(actor="taliban pak")) == ["courier:0", "frontier:0", "raid:0"]  # part of a name
        near = store.events(near=(32.967, 70.267), within_km=5)  # Mir Ali
        assert {e["location"]["name"] for e in near} == {"Mir Ali"}
        assert len(store.events(near=(32.967, 70.267), within_km=40)) > len(near)
        assert store.events(modality="denied") == []
        assert len(store.events(limit=2)) == 2


def test_rows_come_newest_first_and_incidents_filter_alike(filled):
    with open_store(filled) as store:
        dates = [e["event_date"] for e in store.events() if e["event_date"]]
        assert dates == sorted(dates, reverse=True)
        strikes = store.incidents(actor="TALIBAN", sub_event_type="Air/drone strike")
        assert len(strikes) == 1 and strikes[0]["reports"] == 3
        assert store.count("incidents", near=(32.967, 70.267), within_km=5) == 2  # the strike, the Mir Ali clash


def test_statistics_by_week_admin1_and_actor(filled):
    with open_store(filled) as store:
        weeks = store.statistics("week", unit="incidents", event_type="Explosions/Remote violence")
        assert weeks == [{"week": "2024-03-04", "incidents": 1, "fatalities": 10}]
        by_admin1 = {r["admin1"]: r for r in store.statistics("admin1", unit="events")}
        assert by_admin1["Balochistan"]["events"] >= 1
        actors = {r["actor"]: r for r in store.statistics("actor", sub_event_type="Air/drone strike")}
        assert actors["Military Forces of Pakistan"]["fatalities"] == 10
        months = store.statistics("month", unit="events")
        assert [m["month"] for m in months] == sorted(m["month"] for m in months)


def test_events_and_incidents_commands(cli, filled):
    table = cli("events", "--db", filled, "--country", "Pakistan", "--sub-type", "air/drone strike")
    assert table.exit_code == 0, table.stderr
    assert "events: 3 of 3" in table.stdout
    first = cli("events", "--db", filled, "--sub-type", "air/drone strike", "-n", "1")
    assert "events: 1 of 3" in first.stdout  # the listing stopped at its limit: all matches counted
    as_json = cli("events", "--db", filled, "--near", "Mir Ali", "--within", "5", "-f", "json")
    assert as_json.exit_code == 0, as_json.stderr
    assert {r["location"]["name"] for r in as_json.records} == {"Mir Ali"}
    assert all(r["evidence"] and r["store"]["incident_id"] for r in as_json.records)
    incidents = cli("incidents", "--db", filled, "--type", "Explosions/Remote violence", "-f", "json")
    strike = incidents.records[0]
    assert strike["reports"] == 3 and len(strike["sources"]) == 3
    explained = cli("incidents", "--db", filled, "--explain", str(strike["id"]), "-f", "json")
    reasons = [s["reason"] for s in json.loads(explained.stdout)["sources"]]
    assert "opened" in reasons[0] and all("matched_event" in r for r in reasons[1:])
    missing = cli("incidents", "--db", filled, "--explain", "99999")
    assert missing.exit_code == 1 and "no incident 99999" in missing.stderr


def test_stats_command(cli, filled):
    result = cli("stats", "--db", filled, "--by", "actor", "--country", "PAK")
    assert result.exit_code == 0, result.stderr
    assert "Military Forces of Pakistan" in result.stdout and "total" in result.stdout
    weekly = cli("stats", "--db", filled, "--by", "week", "--unit", "events", "-f", "json")
    assert all(set(r) == {"week", "events", "fatalities"} for r in weekly.records)


@pytest.mark.parametrize("args,message", [
    (["--country", "Atlantis"], "not a country"),
    (["--type", "Skirmish"], "not an ACLED event type"),
    (["--since", "last week"], "not a date"),
    (["--near", "Nowhereville Xyz"], "no place called"),
    (["--near", "95,10"], "outside the globe"),
    (["--modality", "maybe"], "choose one of"),
])
def test_bad_filters_say_what_to_write(cli, tmp_path, args, message):
    result = cli("events", "--db", str(tmp_path / "s.db"), *args)
    assert result.exit_code == 2 and message in result.stderr


def test_rare_and_common_actor_plans_give_the_same_rows(filled, monkeypatch):
    from sitroom.store import queries

    with open_store(filled) as store:
        rare = (_ids(store.events(actor="taliban pak")), [i["id"] for i in store.incidents(actor="taliban pak")])
        monkeypatch.setattr(queries, "FEW", 0)  # every actor is "common": rows are walked newest first
        common = (_ids(store.events(actor="taliban pak")), [i["id"] for i in store.incidents(actor="taliban pak")])
        assert common == rare and store.count("events", actor="taliban pak") == 3


def test_near_reads_more_when_the_edge_of_the_circle_takes_the_spare_rows(filled, monkeypatch):
    from sitroom.geo.distance import km
    from sitroom.store import queries

    mir_ali, datta_khel = (32.967, 70.267), (32.90849, 69.74477)
    radius = km(*mir_ali, *datta_khel) / 1.005  # Datta Khel: inside the flat circle, outside the true one
    with open_store(filled) as store:
        expected = _ids(store.events(near=mir_ali, within_km=radius))
        monkeypatch.setattr(queries, "NEAR_SPARE", 0)
        got = store.events(near=mir_ali, within_km=radius, limit=len(expected))
    assert _ids(got) == expected and "Datta Khel" not in {e["location"]["name"] for e in got}


def test_future_hypothetical_and_negated_events_are_stored_but_not_shown_by_default(db, tmp_path):
    story = {"talks": ("Frontier Post", "2024-05-08",
                       "PESHAWAR: Militants attacked a police post in Bannu on Tuesday, killing two policemen, "
                       "officials said.\n\nThe government will hold talks with tribal elders in Peshawar next week, "
                       "a minister said.")}
    with open_store(db) as store:
        store.ingest([write_jsonl(tmp_path / "talks.jsonl", story)])
        shown = {e["attribution"]["modality"] for e in store.events()}
        stored = {e["attribution"]["modality"] for e in store.events(modality="all")}
        assert "future" in stored and "future" not in shown and "asserted" in shown
        assert store.count("events", modality="future") == 1
        assert store.count("events") == store.count("events", modality="reported") < store.count("events", modality="all")
