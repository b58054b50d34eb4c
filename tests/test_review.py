"""Analysts' decisions: kept as records of their own, applied on every read, holding through
re-ingest, re-coding and incident rebuilds, on both backends."""

import csv
import json
from datetime import date

import pytest

from sitroom.review import ReviewError, Reviewer
from sitroom.store.api import open_store

from .store_fixtures import db, postgres_server  # noqa: F401
from .store_helpers import AIRSTRIKE, PROTEST, TWO_CLASHES, write_jsonl


@pytest.fixture
def filled(db, tmp_path):  # noqa: F811
    news = write_jsonl(tmp_path / "news.jsonl", AIRSTRIKE, TWO_CLASHES, PROTEST)
    with open_store(db) as store:
        store.ingest([news])
    return db, news


def _event(store, doc_id):
    """The article's first event (its main one)."""
    return min((e for e in store.events(modality="all", review="all") if e["doc_id"] == doc_id),
               key=lambda e: e["store"]["id"])


def _strike(store):
    return next(i for i in store.incidents() if i["sub_event_type"] == "Air/drone strike")


def test_a_correction_is_a_record_and_shows_everywhere(filled, tmp_path):
    db, _ = filled
    with open_store(db) as store:
        raid = _event(store, "raid")
        coded = raid["fatalities"]
        corrected = Reviewer(store).decide(raid["store"]["id"], "correct",
                                           {"fatalities": 6, "location": "Miran Shah"}, who="ana",
                                           note="hospital count")
        assert corrected["fatalities"] == 6 and corrected["location"]["name"] == "Miran Shah"
        assert corrected["review"]["status"] == "corrected" and corrected["review"]["by"] == "ana"
        # the coded record is untouched: the log holds the value before
        [entry] = Reviewer(store).log()
        assert entry["before"]["fatalities"] == coded and entry["after"]["fatalities"] == 6
        assert entry["who"] == "ana" and entry["note"] == "hospital count" and entry["action"] == "correct"
        # filters and counts see the corrected values
        assert [e["doc_id"] for e in store.events(near=(33.0, 70.07), within_km=3)
                if e["doc_id"] == "raid"] == ["raid"]  # Miran Shah now
        incident = next(i for i in store.incidents() if i["id"] == corrected["incident_id"])
        assert incident["fatalities"] == 6 and incident["location"] == "Miran Shah"
        # and every export
        store.export(str(tmp_path / "events.csv"), format="acled-csv", unit="events")
        rows = list(csv.DictReader(open(tmp_path / "events.csv", encoding="utf-8")))
        assert any(r["fatalities"] == "6" and r["location"] == "Miran Shah" for r in rows)
        store.export(str(tmp_path / "events.jsonl"), format="jsonl", unit="events")
        lines = [json.loads(line) for line in open(tmp_path / "events.jsonl", encoding="utf-8")]
        assert any(r.get("review", {}).get("status") == "corrected" and r["fatalities"] == 6 for r in lines)


def test_a_rejected_event_leaves_its_incident_and_the_listings(filled):
    db, _ = filled
    with open_store(db) as store:
        strike = _strike(store)
        assert strike["reports"] == 3
        valley = _event(store, "valley")
        Reviewer(store).decide(valley["store"]["id"], "reject", who="ana", note="not a new strike")
        assert "valley" not in {e["doc_id"] for e in store.events()}
        assert [e["doc_id"] for e in store.events(review="rejected")] == ["valley"]
        after = next(i for i in store.incidents() if i["id"] == strike["id"])
        assert after["reports"] == 2 and "valley" not in {s["doc_id"] for s in after["sources"]}
        # confirming takes the rejection back: the report joins its incident again
        Reviewer(store).decide(valley["store"]["id"], "confirm", who="ben")
        again = next(i for i in store.incidents() if i["id"] == strike["id"])
        assert again["reports"] == 3
        assert _event(store, "valley")["review"]["status"] == "confirmed"


def test_decisions_survive_rebuild_and_reingest(filled):
    db, news = filled
    with open_store(db) as store:
        review = Reviewer(store)
        raid = _event(store, "raid")
        review.decide(raid["store"]["id"], "correct", {"event_type": "Violence against civilians",
                                                       "sub_event_type": "Attack"}, who="ana")
        review.decide(_event(store, "courier")["store"]["id"], "reject", who="ana")
        station = _event(store, "station")
        merged = review.merge([station["incident_id"], raid["incident_id"]], who="ana", note="one attack")
        store.rebuild_incidents()
        assert store.ingest([news]).articles_added == 0  # stored again: nothing added
        by_doc = {doc: _event(store, doc) for doc in ("raid", "station", "courier")}
        assert by_doc["raid"]["event_type"] == "Violence against civilians"
        assert by_doc["courier"]["review"]["status"] == "rejected"
        assert by_doc["raid"]["incident_id"] == by_doc["station"]["incident_id"]
        assert by_doc["courier"]["incident_id"] is None
        assert merged in {by_doc["raid"]["incident_id"], min(by_doc["raid"]["incident_id"], merged)}
        assert store.count("events", event_type="Violence against civilians") == 1


def test_split_and_merge_incidents(filled):
    db, _ = filled
    with open_store(db) as store:
        review = Reviewer(store)
        strike = _strike(store)
        frontier = _event(store, "frontier")["store"]["id"]
        new = review.split(strike["id"], [frontier], who="ana", note="a second strike that night")
        assert new != strike["id"]
        assert {i["id"]: i["reports"] for i in store.incidents()}[new] == 1
        assert {i["id"]: i["reports"] for i in store.incidents()}[strike["id"]] == 2
        store.rebuild_incidents()  # the rules would join it again; the decision keeps it apart
        assert sorted(i["reports"] for i in store.incidents(sub_event_type="Air/drone strike")) == [1, 2]
        ids = [i["id"] for i in store.incidents(sub_event_type="Air/drone strike")]
        kept = review.merge(ids, who="ben")
        assert [i["reports"] for i in store.incidents(sub_event_type="Air/drone strike")] == [3]
        assert kept == min(ids)
        assert [e["action"] for e in review.log()] == ["merge", "split"]


@pytest.mark.parametrize("action, changes, wanted", [
    ("correct", {}, "say what to correct"),
    ("correct", {"casualties": 3}, "cannot be corrected"),
    ("correct", {"fatalities": -1}, "whole number"),
    ("correct", {"fatalities": True}, "whole number"),
    ("correct", {"event_type": "Skirmish"}, "not an ACLED event type"),
    ("correct", {"sub_event_type": "Peaceful protest"}, "not a sub-event type of Battles"),
    ("correct", {"event_date": "yesterday"}, "not a date"),
    ("correct", {"event_date": "2300-01-01"}, "outside the dates of news"),
    ("correct", {"event_type": 5}, "must be a name"),
    ("correct", {"sub_event_type": ["Attack"]}, "must be a name"),
    ("correct", {"location": "Nowhereville Zzyzx"}, "no place called"),
    ("correct", {"location": {"name": "Post 7", "lat": 95, "lon": 70}}, "lat must be"),
    ("correct", {"actor1": ""}, "needs actor1"),
    ("reject", {"fatalities": 2}, "takes no changes"),
    ("approve", {}, "not a decision"),
])
def test_a_decision_that_cannot_be_made_says_what_to_give(filled, action, changes, wanted):
    db, _ = filled
    with open_store(db) as store:
        raid = _event(store, "raid")
        with pytest.raises(ReviewError, match=wanted):
            Reviewer(store).decide(raid["store"]["id"], action, changes, who="ana")
        assert Reviewer(store).log() == []


def test_unknown_targets_and_missing_names(filled):
    db, _ = filled
    with open_store(db) as store:
        review = Reviewer(store)
        with pytest.raises(ReviewError, match="no event 999") as found:
            review.decide(999, "confirm", who="ana")
        assert found.value.status == 404
        with pytest.raises(ReviewError, match="say who"):
            review.decide(_event(store, "raid")["store"]["id"], "confirm", who=" ")
        with pytest.raises(ReviewError, match="two or more"):
            review.merge([1], who="ana")
        with pytest.raises(ReviewError, match="no incident 4242"):
            review.merge([1, 4242], who="ana")
        strike = _strike(store)
        everyone = [s["event"] for s in strike["sources"]]
        with pytest.raises(ReviewError, match="leave at least one"):
            review.split(strike["id"], everyone, who="ana")
        with pytest.raises(ReviewError, match="not a report of incident"):
            review.split(strike["id"], [_event(store, "raid")["store"]["id"]], who="ana")


def test_decisions_hold_when_an_article_is_coded_again(db, tmp_path):  # noqa: F811
    undated = {"id": "undated", "outlet": "Frontier Post",
               "text": "PESHAWAR: Soldiers killed four militants during a raid in Datta Khel on Tuesday, the "
                       "military said.\n\nTwo soldiers were wounded in the raid."}
    news = tmp_path / "undated.jsonl"
    news.write_text(json.dumps(undated) + "\n", encoding="utf-8")
    with open_store(db) as store:
        store.ingest([news])
        first = _event(store, "undated")
        assert first["event_date"] is None
        Reviewer(store).decide(first["store"]["id"], "correct", {"fatalities": 5}, who="ana")
        result = store.ingest([news], published="2024-05-08", update_metadata=True)
        assert result.articles_corrected == 1
        again = _event(store, "undated")  # coded again into new rows, dated now
        assert again["event_date"] == "2024-05-07" and again["fatalities"] == 5
        assert again["review"]["status"] == "corrected"
        incident = next(i for i in store.incidents() if i["id"] == again["incident_id"])
        assert incident["fatalities"] == 5


def test_every_export_carries_the_corrected_values(filled, tmp_path):
    db, _ = filled
    with open_store(db) as store:
        raid = _event(store, "raid")
        Reviewer(store).decide(raid["store"]["id"], "correct", {"fatalities": 7}, who="ana")
        for name in ("x.plover.jsonl", "x.geojson"):
            store.export(str(tmp_path / name), unit="events", format="plover-jsonl" if "plover" in name else "geojson")
        plover = [json.loads(line) for line in open(tmp_path / "x.plover.jsonl", encoding="utf-8")]
        assert 7 in [r.get("dead") for r in plover]
        features = json.load(open(tmp_path / "x.geojson", encoding="utf-8"))["features"]
        assert 7 in [f["properties"]["fatalities"] for f in features]
        frame = store.read_events(unit="incidents")
        assert 7 in list(frame["fatalities"])


def test_decisions_hold_when_a_changed_file_replaces_its_articles(filled):
    """``watch`` removes the articles of a file that changed and stores its new version: the
    texts that stayed the same keep their decisions."""
    from sitroom.store.writer import remove_articles

    db, news = filled
    with open_store(db) as store:
        review = Reviewer(store)
        raid = _event(store, "raid")
        review.decide(raid["store"]["id"], "reject", who="ana")
        review.decide(_event(store, "quetta")["store"]["id"], "correct", {"fatalities": 1}, who="ana")
        strike = _strike(store)
        review.split(strike["id"], [_event(store, "valley")["store"]["id"]], who="ana")
        with store.engine.begin() as conn:
            assert remove_articles(conn, str(news)) == 6
        assert store.ingest([news]).articles_added == 6
        assert _event(store, "raid")["review"]["status"] == "rejected" and _event(store, "raid")["incident_id"] is None
        assert _event(store, "quetta")["fatalities"] == 1
        assert sorted(i["reports"] for i in store.incidents(sub_event_type="Air/drone strike")) == [1, 2]


def test_a_merge_applied_again_moves_only_the_reports_it_named(filled, tmp_path):
    db, _ = filled
    with open_store(db) as store:
        review = Reviewer(store)
        strike, raid = _strike(store), _event(store, "raid")
        review.merge([strike["id"], raid["incident_id"]], who="ana")
        apart = review.split(strike["id"], [raid["store"]["id"]], who="ana", note="the raid is another incident")
        later = write_jsonl(tmp_path / "later.jsonl", {"raid-2": ("Capital Courier", "2024-05-08",
                            "PESHAWAR: Troops killed four Tehreek-e-Taliban Pakistan militants in a raid in Datta Khel "
                            "on Tuesday, the military said.")})
        store.ingest([later])
        joined = _event(store, "raid-2")["incident_id"]
        assert joined == apart
        store.rebuild_incidents()
        by_doc = {d: _event(store, d)["incident_id"] for d in ("raid", "raid-2", "frontier")}
        # the merge took the strikes and the raid, not the report that joined the raid later;
        # the split then took the raid out again
        assert by_doc["frontier"] not in (by_doc["raid"], by_doc["raid-2"])


def test_a_review_waits_for_another_writer(filled):
    import threading
    import time

    from sitroom.store.locks import lock_for_writing, writer_connection

    db, _ = filled
    with open_store(db) as store:
        raid = _event(store, "raid")["store"]["id"]
        holding = threading.Event()

        def hold():
            with writer_connection(store.engine) as conn, conn.begin():
                lock_for_writing(conn)
                holding.set()
                time.sleep(1.0)

        other = threading.Thread(target=hold)
        other.start()
        holding.wait(5)
        assert Reviewer(store).decide(raid, "confirm", who="ana")["review"]["status"] == "confirmed"
        other.join()


def test_a_correction_keeps_a_rejected_event_rejected(filled):
    db, _ = filled
    with open_store(db) as store:
        review = Reviewer(store)
        raid = _event(store, "raid")["store"]["id"]
        review.decide(raid, "reject", who="ana")
        assert review.decide(raid, "correct", {"fatalities": 3}, who="ben")["review"]["status"] == "rejected"
        assert _event(store, "raid")["incident_id"] is None
        assert review.decide(raid, "confirm", who="ana")["incident_id"] is not None


def test_values_any_backend_can_hold(filled):
    db, _ = filled
    with open_store(db) as store:
        raid = _event(store, "raid")["store"]["id"]
        made = Reviewer(store).decide(raid, "correct", {
            "actor1": "Lashkar\x00 Group", "location": {"name": "Post\x00 9", "lat": 33.0, "lon": 70.1,
                                                         "admin1": "K" * 300, "country": "PAK"}},
            who="ana\x00", note="checked\x00")
        assert made["actor1"]["name"] == "Lashkar Group" and len(made["location"]["admin1"]) == 256
        # a cursor whose id is beyond 32 bits (PostgreSQL's ids): every row before it
        assert len(store.events(after=(date(2100, 1, 1), 2**40))) == len(store.events())
