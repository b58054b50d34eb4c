"""Analysts' decisions: kept as records of their own, applied on every read, holding through
re-ingest, re-coding and incident rebuilds, on both backends."""

import csv
import json

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
