"""Linking keeps the reports it decoded from stored records: the same reports as decoding them
again, never one that went stale (a record, an article or a review changed since)."""

import json

import pytest
from sqlalchemy import select, update

import sitroom.store.linking as linking
from sitroom.consolidate.incidents import Report
from sitroom.review import Reviewer
from sitroom.store.api import open_store
from sitroom.store.linking import REPORT_COLUMNS, DecodedReports, member_reports
from sitroom.store.schema import articles, events, incident_links

from .store_fixtures import db  # noqa: F401
from .store_helpers import AIRSTRIKE, write_jsonl


@pytest.fixture
def kept(monkeypatch):
    """A fresh memory of decoded reports for the test, which counts the records it decodes."""
    memory = DecodedReports()
    monkeypatch.setattr(linking, "DECODED", memory)
    decoded = []
    real = Report.from_record

    def counting(id, *args, **kwargs):
        decoded.append(id)
        return real(id, *args, **kwargs)

    monkeypatch.setattr(linking.Report, "from_record", counting)
    return memory, decoded


def _decoded_afresh(conn, incident_id: int) -> list[Report]:
    rows = conn.execute(select(*REPORT_COLUMNS).join(articles, articles.c.id == events.c.article_id)
                        .join(incident_links, incident_links.c.event_id == events.c.id)
                        .where(incident_links.c.incident_id == incident_id).order_by(events.c.id)).all()
    return [Report.from_record(r.id, r.article_id, json.loads(r.record), r.outlet, r.published) for r in rows]


def _strike_incident(conn) -> int:
    counts = {}
    for incident_id in conn.execute(select(incident_links.c.incident_id)).scalars():
        counts[incident_id] = counts.get(incident_id, 0) + 1
    return max(counts, key=counts.get)  # the airstrike three outlets told


@pytest.fixture
def airstrike(db, tmp_path):  # noqa: F811
    """A store holding the airstrike three outlets told (one incident of three reports)."""
    with open_store(db) as store:
        store.ingest([write_jsonl(tmp_path / "news.jsonl", AIRSTRIKE)])
    return db


def test_a_kept_report_is_the_one_decoding_gives_and_is_decoded_once(kept, airstrike):
    _, decoded = kept  # (the memory of the ingest above: the writer kept what it stored)
    with open_store(airstrike) as store:
        with store.engine.connect() as conn:
            incident = _strike_incident(conn)
            decoded.clear()
            first = member_reports(conn, [incident])[incident]
            # the writer kept each report it stored: reading the incident decoded none of them
            assert decoded == []
            assert len(first) == 3 and first == _decoded_afresh(conn, incident)
            decoded.clear()
            linking.DECODED = DecodedReports()  # forgotten: decoded once, then kept
            assert member_reports(conn, [incident])[incident] == first and len(decoded) == 3
            assert member_reports(conn, [incident])[incident] == first and len(decoded) == 3


def test_a_changed_record_or_article_is_decoded_again(kept, airstrike):
    with open_store(airstrike) as store:
        with store.engine.begin() as conn:
            incident = _strike_incident(conn)
            before = member_reports(conn, [incident])[incident]
            event_id = before[0].id
            record = json.loads(conn.execute(select(events.c.record).where(events.c.id == event_id)).scalar_one())
            record["fatalities"] = 99
            conn.execute(update(events).where(events.c.id == event_id).values(record=json.dumps(record)))
            conn.execute(update(articles).where(articles.c.id == before[1].article_id).values(outlet="Other Post"))
            after = member_reports(conn, [incident])[incident]
            assert after[0].fatalities == 99 and after[1].outlet == "Other Post"
            assert after == _decoded_afresh(conn, incident) and after[2] == before[2]


def test_a_reviewed_event_shows_each_decision_as_it_is_made(kept, airstrike):
    with open_store(airstrike) as store:
        with store.engine.connect() as conn:
            incident = _strike_incident(conn)
            event_id = member_reports(conn, [incident])[incident][0].id
        for toll in (7, 8):
            Reviewer(store).decide(event_id, "correct", {"fatalities": toll}, who="ana")
            with store.engine.connect() as conn:
                [report] = [r for r in member_reports(conn, [incident])[incident] if r.id == event_id]
                assert report.fatalities == toll


def test_at_most_so_many_reports_are_kept_the_oldest_dropped_first():
    memory = DecodedReports(most=2)
    for n in range(3):
        memory.keep(("key", n), n)
    assert memory.get(("key", 0)) is None and memory.get(("key", 1)) == 1 and memory.get(("key", 2)) == 2
