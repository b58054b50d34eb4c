"""Territorial control and cross-border movements: timelines from control changes, the written
report set, `sitroom control`, `sitroom movements` and their API endpoints."""

import json
from datetime import date

import pytest

from sitroom.control import CONTESTED, HELD, changes_of, history, on, rolled_up
from sitroom.control.timeline import BEFORE
from sitroom.movements import flows, lines, period_of
from sitroom.store.api import open_store

from .control_helpers import REPORTS, expectations_met, reports


def record(day, place, actor1, actor2=None, sub="Non-state actor overtakes territory", modality="asserted",
           source=None, trigger="captured", precision=1, country="AFG", admin1="Kandahar", event=None):
    return {"sub_event_type": sub, "event_date": day, "time_precision": 1, "doc_id": f"d{event}",
            "actor1": {"name": actor1} if actor1 else None, "actor2": {"name": actor2} if actor2 else None,
            "location": {"name": place, "country": country, "admin1": admin1, "admin2": place, "lat": 31.0,
                         "lon": 66.4, "geo_precision": precision, "geonameid": None},
            "attribution": {"modality": modality, "source": source},
            "evidence": [{"sentence": f"{place}: {actor1} {trigger}.", "trigger": trigger}],
            "store": {"id": event}}


def test_a_district_that_falls_and_is_retaken_has_three_intervals():
    changes = changes_of([
        record("2021-06-13", "Andar", "Taliban", "Military Forces of Afghanistan", event=1),
        record("2021-06-19", "Andar", "Military Forces of Afghanistan", "Taliban", sub="Government regains territory",
               trigger="recaptured", event=2),
    ])
    intervals = history(changes)
    assert [(i.start, i.end, i.holder, i.status) for i in intervals] == [
        (None, date(2021, 6, 13), "Military Forces of Afghanistan", BEFORE),
        (date(2021, 6, 13), date(2021, 6, 19), "Taliban", HELD),
        (date(2021, 6, 19), None, "Military Forces of Afghanistan", HELD),
    ]
    assert intervals[1].accounts[0].sentence == "Andar: Taliban captured."
    held = on(changes, date(2021, 6, 15))
    assert [(s.name, s.interval.holder) for s in held] == [("Andar", "Taliban")]
    # the account of its fall tells who held it before
    assert [(s.name, s.interval.holder) for s in on(changes, date(2021, 6, 1))] == [
        ("Andar", "Military Forces of Afghanistan")]
    no_loser = changes_of([record("2021-06-13", "Andar", "Taliban", event=1)])
    assert on(no_loser, date(2021, 6, 12)) == []  # nobody is named as holding it before the fall


def test_one_report_of_a_fall_and_the_next_days_retake_tells_two_changes():
    fall = record("2023-09-06", "Ghulam Khan", "Taliban", "Military Forces of Pakistan", event=1)
    retake = record("2023-09-07", "Ghulam Khan", "Military Forces of Pakistan", sub="Government regains territory",
                    trigger="retook", event=2)
    retake["doc_id"] = fall["doc_id"]
    intervals = history(changes_of([fall, retake]))
    assert [(i.start, i.holder, i.status) for i in intervals] == [
        (None, "Military Forces of Pakistan", BEFORE), (date(2023, 9, 6), "Taliban", HELD),
        (date(2023, 9, 7), "Military Forces of Pakistan", HELD)]
    # told by two reports, the same days' accounts disagree: the place is contested
    other = dict(retake, doc_id="d9")
    assert [i.status for i in history(changes_of([fall, other]))][-1] == CONTESTED


def test_a_claim_and_a_denial_make_the_place_contested_until_an_account_settles_it():
    changes = changes_of([
        record("2021-07-07", "Qala i Naw", "Taliban", "Military Forces of Afghanistan", modality="claimed",
               source="Taliban spokesman", event=1),
        record("2021-07-08", "Qala i Naw", "Taliban", "Military Forces of Afghanistan", modality="denied",
               source="the interior ministry", event=2),
        record("2021-07-20", "Qala i Naw", "Taliban", "Military Forces of Afghanistan", source="residents", event=3),
    ])
    contested, settled = history(changes)[1:]
    assert contested.status == CONTESTED and contested.holder is None
    assert contested.to_dict()["claimants"] == ["Military Forces of Afghanistan", "Taliban"]
    assert [(a.modality, a.source) for a in contested.accounts] == [("claimed", "Taliban spokesman"),
                                                                      ("denied", "the interior ministry")]
    assert (contested.end, settled.holder, settled.status) == (date(2021, 7, 20), "Taliban", HELD)


def test_a_withdrawal_or_a_fall_gives_the_place_to_actor2():
    changes = changes_of([
        record("2022-11-11", "Kherson", "Military Forces of Russia", "Military Forces of Ukraine",
               sub="Non-violent transfer of territory", trigger="withdrew from", country="UKR", event=1),
        record("2021-08-06", "Zaranj", "Unidentified Armed Group (Afghanistan)", "Taliban", trigger="fell to the",
               event=2),
    ])
    assert [(c.name, c.gains, c.loses) for c in changes] == [
        ("Kherson", "Military Forces of Ukraine", "Military Forces of Russia"),
        ("Zaranj", "Taliban", "Unidentified Armed Group (Afghanistan)")]


def test_countries_other_kinds_and_unreported_modalities_change_no_control():
    assert changes_of([
        record("2021-07-25", "Afghanistan", "Taliban", precision=4, event=1),  # "captured territory in Afghanistan"
        record("2021-07-25", "Kandahar", "Taliban", sub="Armed clash", event=2),
        record("2021-07-25", "Kandahar", "Taliban", modality="future", event=3),  # "vowed to capture"
        record(None, "Kandahar", "Taliban", event=4),
    ]) == []


def test_areas_count_their_places_by_holder():
    changes = changes_of([
        record("2021-07-01", "Spin Boldak", "Taliban", event=1),
        record("2021-07-02", "Maruf", "Taliban", event=2),
        record("2021-07-03", "Arghistan", "Taliban", modality="claimed", event=3),
        record("2021-07-03", "Arghistan", "Taliban", "Military Forces of Afghanistan", modality="denied", event=4),
        record("2021-07-04", "Andar", "Military Forces of Afghanistan", admin1="Ghazni", event=5),
    ])
    areas = rolled_up(on(changes, date(2021, 7, 10)), "admin1")
    assert areas == [
        {"country": "AFG", "admin1": "Ghazni", "holders": {"Military Forces of Afghanistan": ["Andar"]},
         "contested": []},
        {"country": "AFG", "admin1": "Kandahar", "holders": {"Taliban": ["Maruf", "Spin Boldak"]},
         "contested": ["Arghistan"]},
    ]


def test_flows_sum_movements_by_period_and_countries():
    def move(day, origin, destination, count, actor="Military Forces of Afghanistan", event=1):
        return {"event": event, "event_date": day, "kind": "flight", "count": count, "actor": actor,
                "source": "the army", "origin": {"country": origin, "name": None, "lat": 33.0, "lon": 66.0},
                "destination": {"country": destination, "name": "Chitral", "lat": 35.85, "lon": 71.79}}
    moved = [move("2021-07-25", "AFG", "PAK", 46, event=1), move("2021-07-27", "AFG", "PAK", None, event=2),
             move("2021-07-15", "AFG", "PAK", 300, event=3), move("2021-07-26", "PAK", "AFG", 12, event=4)]
    weekly = flows(moved, "week")
    assert [(f["period"], f["from"], f["to"], f["movements"], f["people"], f["uncounted"]) for f in weekly] == [
        ("2021-07-12", "AFG", "PAK", 1, 300, 0), ("2021-07-19", "AFG", "PAK", 1, 46, 0),
        ("2021-07-26", "AFG", "PAK", 1, 0, 1), ("2021-07-26", "PAK", "AFG", 1, 12, 0)]
    assert period_of(date(2021, 7, 25), "month") == "2021-07"
    line = lines(moved[:1])["features"][0]
    assert line["geometry"] == {"type": "LineString", "coordinates": [[66.0, 33.0], [71.79, 35.85]]}
    assert line["properties"]["count"] == 46 and line["properties"]["destination_country"] == "PAK"


# -- the written reports ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def report_store(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("control") / "control.db")
    with open_store(db) as store:
        result = store.ingest([str(REPORTS)], workers=1)
    assert result.articles_added == len(reports()) >= 30
    return db


def _json_lines(result) -> list[dict]:
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_the_written_reports_give_their_timelines_and_movements(report_store, cli):
    intervals = _json_lines(cli("control", "--db", report_store, "--history", "-f", "json"))
    movements = _json_lines(cli("movements", "--db", report_store, "-f", "json"))
    met = [ok for r in reports() for ok in expectations_met(r, intervals, movements)]
    # 30 of 34 today; the misses are the coder's (docs/design.md lists them): a floor, so that a
    # change that loses any is seen
    assert sum(met) >= 30, f"{sum(met)} of {len(met)} expectations met"
    qala = [(i["status"], i["claimants"]) for i in intervals if i["place"] == "Qala i Naw" and i["from"]]
    # ("The Taliban claimed that their fighters had captured Qala-i-Naw": the speaker's own fighters)
    assert qala == [("contested", ["Government of Afghanistan", "Taliban"])]
    andar = [(i["from"], i["holder"], i["status"]) for i in intervals if i["place"] == "Andar"]
    assert andar == [("2021-06-13", "Taliban", "held"), ("2021-06-19", "Military Forces of Afghanistan", "held")]
    spin_boldak = [(i["from"], i["holder"], i["status"]) for i in intervals if i["place"] == "Spin Boldak"]
    # a party's claim and the other side's denial, then the residents' account the next day
    assert spin_boldak == [("2021-07-13", None, "contested"), ("2021-07-14", "Taliban", "held")]
    kherson = [(i["from"], i["holder"]) for i in intervals if i["place"] == "Kherson"]
    # (the capture names who lost the city, the war's other side: Ukraine held it before)
    assert kherson == [(None, "Military Forces of Ukraine"), ("2022-03-02", "Military Forces of Russia"),
                       ("2022-11-11", "Military Forces of Ukraine")]
    arandu = [m for m in movements if m["doc_id"] == "arandu-post"]
    assert [(m["origin"]["country"], m["destination"]["country"], m["count"]) for m in arandu] == [("AFG", "PAK", 46)]


def test_control_on_a_day_by_area_and_as_geojson(report_store, cli):
    held = _json_lines(cli("control", "--db", report_store, "--country", "AFG", "--on", "2021-07-20", "-f", "json"))
    assert ("Spin Boldak", "Taliban") in {(s["place"], s["holder"]) for s in held}
    assert all(s["country"] == "AFG" for s in held)
    assert "Kunduz" in {s["place"] for s in held}  # held by the government then, by the account of its fall
    kunduz = next(s for s in held if s["place"] == "Kunduz")
    assert (kunduz["holder"], kunduz["status"]) == ("Military Forces of Afghanistan", "before")
    areas = _json_lines(cli("control", "--db", report_store, "--on", "2021-08-10", "--by", "admin1", "-f", "json"))
    assert {"Taliban"} <= {h for a in areas for h in a["holders"]}
    shapes = json.loads(cli("control", "--db", report_store, "--on", "2021-08-10", "-f", "geojson").stdout)
    assert shapes["type"] == "FeatureCollection" and shapes["features"]
    assert all(f["geometry"]["type"] == "Point" for f in shapes["features"] if f["geometry"])
    table = cli("control", "--db", report_store, "--place", "spin boldak", "--history", "--wide")
    assert table.exit_code == 0 and "Spin Boldak" in table.stdout and "Taliban" in table.stdout


def test_movements_flows_from_one_country_to_another(report_store, cli):
    weekly = _json_lines(cli("movements", "--db", report_store, "--by", "month", "--from", "AFG", "--to", "Pakistan",
                             "-f", "json"))
    july = next(f for f in weekly if f["period"] == "2021-07")
    assert (july["from"], july["to"]) == ("AFG", "PAK") and july["people"] >= 46 + 300
    assert all((f["from"], f["to"]) == ("AFG", "PAK") for f in weekly)
    csv = cli("movements", "--db", report_store, "--by", "week", "-f", "csv")
    assert csv.exit_code == 0 and csv.stdout.splitlines()[0].startswith("period,from,to,kind,movements,people")
    shapes = json.loads(cli("movements", "--db", report_store, "-f", "geojson").stdout)
    assert shapes["features"] and all(f["geometry"]["type"] == "LineString" for f in shapes["features"])


def test_an_empty_answer_says_what_was_looked_for(report_store, cli):
    control = cli("control", "--db", report_store, "--place", "Nowhere")
    assert control.exit_code == 0 and "no place changed hands" in control.stderr
    moves = cli("movements", "--db", report_store, "--from", "NOR")
    assert moves.exit_code == 0 and "no movement across a border" in moves.stderr


@pytest.mark.parametrize("args, hint", [
    (("control", "--on", "July 25"), "--on"), (("control", "--by", "district"), "--by"),
    (("control", "--by", "admin1", "--history"), "--by"), (("control", "-f", "xml"), "--format"),
    (("movements", "--from", "Atlantis"), "--from"), (("movements", "--by", "year"), "--by"),
    (("movements", "--by", "week", "-f", "geojson"), "--by"),
])
def test_bad_options_say_what_to_write(report_store, cli, args, hint):
    result = cli(*args, "--db", report_store)
    assert result.exit_code == 2 and hint in result.stderr


def test_the_api_answers_control_and_flows(report_store):
    from fastapi.testclient import TestClient

    from sitroom.server.app import create_app

    with TestClient(create_app(report_store)) as client:
        held = client.get("/api/control", params={"country": "AFG", "on": "2021-07-20"}).json()["items"]
        assert ("Spin Boldak", "Taliban") in {(s["place"], s["holder"]) for s in held}
        story = client.get("/api/control", params={"place": "Kherson", "history": "true"}).json()["items"]
        assert [s["holder"] for s in story] == ["Military Forces of Ukraine", "Military Forces of Russia",
                                                "Military Forces of Ukraine"]
        points = client.get("/api/control", params={"on": "2021-08-10", "format": "geojson"}).json()
        assert points["type"] == "FeatureCollection"
        bad = client.get("/api/control", params={"on": "yesterday"})
        assert bad.status_code == 400 and bad.json()["parameter"] == "on"
        assert client.get("/api/control", params={"by": "admin1", "history": "true"}).status_code == 400
        monthly = client.get("/api/movements", params={"by": "month", "from": "AFG", "to": "PAK"}).json()["items"]
        assert any(f["period"] == "2021-07" and f["people"] >= 46 for f in monthly)
        assert client.get("/api/movements", params={"from": "Atlantis"}).status_code == 400


def test_an_account_reported_as_fact_settles_a_claim_and_its_denial():
    changes = changes_of([
        record("2021-07-14", "Spin Boldak", "Taliban", "Military Forces of Afghanistan", modality="claimed",
               source="a Taliban spokesman", event=1),
        record("2021-07-14", "Spin Boldak", "Taliban", "Military Forces of Afghanistan", modality="denied",
               source="the interior ministry", event=2),
        record("2021-07-15", "Spin Boldak", "Taliban", "Military Forces of Afghanistan", source="residents", event=3),
        record("2021-07-16", "Spin Boldak", "Taliban", "Military Forces of Afghanistan", modality="denied",
               source="the interior ministry", event=4),
    ])
    steps = [(i.start, i.holder, i.status, [a.event for a in i.accounts]) for i in history(changes)[1:]]
    assert steps == [(date(2021, 7, 14), None, CONTESTED, [1, 2]),
                     (date(2021, 7, 15), "Taliban", HELD, [3, 4])]  # the later denial is kept, as an account


def test_a_denial_told_at_the_place_of_a_claim_is_an_account_of_it():
    from sitroom.control.denials import denials_of

    claim = record("2021-07-07", "Qala i Naw", "Taliban", "Military Forces of Afghanistan", modality="claimed",
                   source="a Taliban spokesman", event=1)
    denial = {**record("2021-07-08", "Qala i Naw", "Ministry of Interior of Afghanistan", event=2, sub=None),
              "plover": {"type": "REJECT", "mode": "deny"}}
    denial["actor1"]["actor_type"] = 1
    elsewhere = {**denial, "location": {**denial["location"], "name": "Herat"}, "store": {"id": 3}}
    late = {**denial, "event_date": "2021-07-20", "store": {"id": 4}}
    changes = changes_of([claim])
    found = denials_of([denial, elsewhere, late], changes)
    assert [(d.modality, d.holder, d.gains, d.source, d.event) for d in found] == [
        ("denied", "Ministry of Interior of Afghanistan", "Taliban", "Ministry of Interior of Afghanistan", 2)]
    interval = history(changes + found)[1]
    assert interval.status == CONTESTED and len(interval.accounts) == 2


def test_civilians_are_given_no_place():
    transfer = record("2021-07-01", "Lashkar Gah", "Military Forces of Afghanistan", "Civilians (Afghanistan)",
                      sub="Non-violent transfer of territory", trigger="pulled out of", event=1)
    transfer["actor2"]["actor_type"] = 7
    (change,) = changes_of([transfer])
    assert (change.gains, change.loses) == (None, "Military Forces of Afghanistan")
