"""Ingest writes articles in batches (store/batch.py): each article still whole or not at all."""

import json
from collections import Counter

import pytest
from sqlalchemy import func, select

from sitroom.api import read_documents
from sitroom.report import RunReport
from sitroom.store import writer
from sitroom.store.api import open_store
from sitroom.store.batch import WriteBatch
from sitroom.store.ingest import Ingestor, _without_waits
from sitroom.store.engine import connect
from sitroom.store.locks import lock_for_writing, writer_connection
from sitroom.store.rows import adding, forget, new_ids
from sitroom.store.schema import actors, articles, events, incident_links, incidents

from .store_helpers import write_many


def _counts(db) -> tuple[int, int, int, int]:
    engine = connect(db)
    with engine.connect() as conn:
        counts = tuple(conn.execute(select(func.count()).select_from(t)).scalar_one()
                       for t in (articles, events, incident_links))
        reports = conn.execute(select(func.coalesce(func.sum(incidents.c.reports), 0))).scalar_one()
    engine.dispose()
    return (*counts, reports)


def _poison(monkeypatch, town: str):
    """Give the events of the article about ``town`` a toll no integer column holds."""
    facts = writer.event_facts

    def poisoned(event):
        out = facts(event)
        if event.location is not None and event.location.name == town:
            out["fatalities"] = 10 ** 20
        return out

    monkeypatch.setattr(writer, "event_facts", poisoned)


def test_an_article_the_store_refuses_is_rolled_back_alone(db, tmp_path, monkeypatch):
    folder = tmp_path / "news"
    write_many(folder, 6)  # six towns, one article each; the third is about Wana
    _poison(monkeypatch, "Wana")
    report = RunReport()
    with open_store(db) as store:
        result = store.ingest([folder], published="2023-04-01", report=report)
    assert result.articles_added == 5
    n_articles, n_events, n_links, n_reports = _counts(db)
    assert n_articles == 5 and n_events == n_links == n_reports == result.events_added
    # the refused article is recorded with what to do, and the run went on past it
    assert report.skipped_by_code == {"store-rejected": 1}
    assert "please report this input" in report.skips[0].reason
    monkeypatch.undo()
    with open_store(db) as store:
        again = store.ingest([folder], published="2023-04-01")
    assert (again.articles_added, again.articles_known) == (1, 5)


def test_an_interrupted_run_keeps_every_article_written_whole(db, tmp_path, monkeypatch):
    folder = tmp_path / "news"
    write_many(folder, 10)
    stores = writer.store_article
    calls = []

    def interrupted(conn, article, coded):
        calls.append(article.doc_id)
        if len(calls) == 7:
            stores(conn, article, coded)  # written, then interrupted before its savepoint ends
            raise KeyboardInterrupt
        return stores(conn, article, coded)

    monkeypatch.setattr("sitroom.store.reviewed.store_article", interrupted)
    with open_store(db) as store, pytest.raises(KeyboardInterrupt):
        store.ingest([folder], published="2023-04-01", geocode=False)
    n_articles, n_events, n_links, n_reports = _counts(db)
    assert n_articles == 6  # the six before, committed; the seventh rolled back whole
    assert n_events == n_links == n_reports >= 6
    monkeypatch.undo()
    with open_store(db) as store:
        rest = store.ingest([folder], published="2023-04-01", geocode=False)
    assert (rest.articles_added, rest.articles_known) == (4, 6)


def test_a_batch_commits_when_full_and_readers_see_only_what_it_committed(tmp_path):
    folder = tmp_path / "news"
    write_many(folder, 3)
    db = str(tmp_path / "s.db")
    seen = []
    with open_store(db) as store:
        ingestor = Ingestor(store.engine)
        ingestor._batch = WriteBatch(store.engine, most=2, seconds=3600)
        for doc in read_documents(sorted(folder.iterdir()), ingestor.settings):
            ingestor.process(doc, RunReport())
            seen.append(_counts(db)[0])
        ingestor._batch.commit()
        seen.append(_counts(db)[0])
    assert seen == [0, 2, 2, 3]


def test_only_inputs_read_without_waits_are_batched():
    assert _without_waits("news/") and _without_waits(__file__)
    assert not _without_waits("-") and not _without_waits("https://example.org/feed.xml")


TWO_ATTACKS = ("BANNU: Militants attacked a police station in Bannu on Monday, killing two policemen, officials "
               "said.\n\nIn a separate attack on Tuesday, a roadside bomb killed three soldiers in Tank district, "
               "the military said.")


def test_an_article_of_several_events_is_written_in_few_calls_of_the_driver(db, tmp_path, monkeypatch):
    from sqlalchemy import event

    from sitroom.store import driver

    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "two", "published": "2024-05-08", "text": TWO_ATTACKS}) + "\n", encoding="utf-8")
    written = []  # every statement, through SQLAlchemy or straight to the driver (one entry a call)
    through_sqlalchemy = []
    real = driver._on_cursor
    monkeypatch.setattr(driver, "_on_cursor", lambda conn, sql, params, **how: (
        written.append(" ".join(sql.split())), real(conn, sql, params, **how))[1])
    with open_store(db) as store:
        event.listen(store.engine, "before_cursor_execute",
                     lambda conn, cursor, statement, *rest: written.append(" ".join(statement.split())))
        event.listen(store.engine, "before_cursor_execute",
                     lambda conn, cursor, statement, *rest: through_sqlalchemy.append(statement))
        result = store.ingest([path])
        assert result.events_added == 2
        inserts = Counter(s.split(" (")[0] for s in written if s.startswith("INSERT INTO"))
        # the article (its text's hash unique: no lookup before it), then its events, their
        # actors, claims, the incidents they open and their links in one call each, however many
        for table in ("articles", "events", "event_actors", "claims", "incidents", "incident_links"):
            assert inserts[f"INSERT INTO {table}"] == 1, (table, inserts)
        assert result.incidents_opened == 2
        assert not [s for s in written if s.startswith("SELECT articles.id FROM articles")]
        # the writer's statements do not go through SQLAlchemy's execution path
        assert through_sqlalchemy and not [s for s in through_sqlalchemy if s.startswith(("INSERT", "UPDATE"))]
        again = store.ingest([path])
        assert (again.articles_added, again.articles_known) == (0, 1)
    assert _counts(db) == (1, 2, 2, 2)


def test_new_ids_count_on_from_the_store_and_meet_no_other_insert(db):
    engine = connect(db)
    try:
        with writer_connection(engine) as conn, conn.begin():
            lock_for_writing(conn)
            first = conn.execute(adding(actors), {"name": "Police Forces of Kenya"}).scalar_one()
            ids = new_ids(conn, actors, 3)
            assert ids == [ids[0], ids[0] + 1, ids[0] + 2] and ids[0] > first
            more = new_ids(conn, actors, 2)  # asked again in the transaction: counted on, not read again
            assert more[0] == ids[-1] + 1
            conn.execute(actors.insert(), [{"id": i, "name": f"Militia {i}"} for i in ids + more])
            forget(conn)  # as after an article's savepoint was rolled back: read from the store again
            after = new_ids(conn, actors, 1)
            assert after[0] > more[-1]
            conn.execute(actors.insert(), [{"id": after[0], "name": "Rioters"}])
        with writer_connection(engine) as conn, conn.begin():
            lock_for_writing(conn)
            # a later insert that lets the store choose the id takes none of those given out
            later = conn.execute(adding(actors), {"name": "Protesters"}).scalar_one()
            assert later not in {first, *ids, *more, *after}
            assert new_ids(conn, actors, 0) == []
    finally:
        engine.dispose()


def test_a_batch_takes_the_module_bounds_when_it_is_made(tmp_path, monkeypatch):
    """The bounds are read when a batch is made, not when the module was imported: a process
    may set them before it ingests (the SIGKILL test runs with smaller batches)."""
    from sitroom.store import batch

    engine = connect(str(tmp_path / "s.db"))
    try:
        made = WriteBatch(engine)
        assert (made.most, made.seconds) == (batch.MOST_ARTICLES, batch.MOST_SECONDS) == (512, 2.0)
        monkeypatch.setattr(batch, "MOST_ARTICLES", 64)
        monkeypatch.setattr(batch, "MOST_SECONDS", 1.0)
        assert (WriteBatch(engine).most, WriteBatch(engine).seconds) == (64, 1.0)
        assert WriteBatch(engine, most=2, seconds=3600).most == 2
    finally:
        engine.dispose()
