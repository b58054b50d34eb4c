"""The writer's statements on the driver's cursor (store/driver.py): values and rows converted as
SQLAlchemy converts them, the transaction shared, errors raised as SQLAlchemy's own."""

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from sitroom.store.api import open_store
from sitroom.store.driver import DriverStatement, driven, run_sql
from sitroom.store.locks import writer_connection
from sitroom.store.rows import adding
from sitroom.store.schema import articles, incidents

STAMP = datetime(2024, 5, 8, 13, 45, 10, 250000, tzinfo=timezone.utc)


def _article(content_hash: str, published: date | None = date(2024, 5, 8)) -> dict:
    return {"content_hash": content_hash, "doc_id": content_hash, "published": published, "text": "Text.",
            "ingested_at": STAMP}


def test_dates_written_on_the_driver_read_back_through_sqlalchemy_and_the_driver_alike(db):
    with open_store(db) as store, writer_connection(store.engine) as conn, conn.begin():
        article_id = driven(adding(articles)).scalar(conn, _article("h1"))
        assert isinstance(article_id, int)
        read = conn.execute(select(articles.c.published, articles.c.ingested_at)
                            .where(articles.c.id == article_id)).one()
        assert read.published == date(2024, 5, 8)
        assert read.ingested_at.replace(tzinfo=timezone.utc) == STAMP
        by_hash = DriverStatement(select(articles.c.id, articles.c.published)
                                  .where(articles.c.content_hash == bindparam("hash")))
        assert by_hash.rows(conn, {"hash": "h1"}) == [(article_id, date(2024, 5, 8))]
        assert by_hash.first(conn, {"hash": "nothing"}) is None
        assert by_hash.scalar(conn, {"hash": "nothing"}) is None


def test_what_the_driver_wrote_is_part_of_the_transaction_sqlalchemy_holds(db):
    with open_store(db) as store:
        with writer_connection(store.engine) as conn:
            with conn.begin() as transaction:
                driven(adding(articles)).scalar(conn, _article("gone"))
                transaction.rollback()
            with conn.begin():
                run_sql(conn, "SAVEPOINT kept_apart")
                driven(adding(articles)).scalar(conn, _article("undone"))
                run_sql(conn, "ROLLBACK TO SAVEPOINT kept_apart")
                driven(adding(articles)).scalar(conn, _article("kept"))
        with store.engine.connect() as conn:
            assert list(conn.execute(select(articles.c.content_hash)).scalars()) == ["kept"]


def test_an_update_sets_the_columns_it_is_given_and_values_written_into_the_statement_hold(db):
    revise = DriverStatement(update(incidents).where(incidents.c.id == bindparam("incident")))
    with open_store(db) as store, writer_connection(store.engine) as conn, conn.begin():
        values = {"event_date": date(2024, 5, 6), "time_precision": 1, "reports": 1, "articles": 1,
                  "created_at": STAMP, "updated_at": STAMP, "fatalities": 2}
        first = driven(adding(incidents)).scalar(conn, values)
        second = driven(adding(incidents)).scalar(conn, {**values, "time_precision": 2})
        revise.run(conn, {"incident": first, "fatalities": 5})
        revise.run(conn, {"incident": second, "reports": 3, "event_date": date(2024, 5, 1)})
        # ``time_precision == 1`` is written into the statement: its value is the statement's own
        day_precise = DriverStatement(select(incidents.c.id, incidents.c.event_date, incidents.c.fatalities)
                                      .where(incidents.c.time_precision == 1))
        assert day_precise.rows(conn, {}) == [(first, date(2024, 5, 6), 5)]
        later = conn.execute(select(incidents.c.reports, incidents.c.event_date)
                             .where(incidents.c.id == second)).one()
        assert tuple(later) == (3, date(2024, 5, 1))


def test_rows_can_be_named_by_their_columns(db):
    named = DriverStatement(select(articles.c.id, articles.c.doc_id, articles.c.published), named=True)
    with open_store(db) as store, writer_connection(store.engine) as conn, conn.begin():
        driven(adding(articles)).scalar(conn, _article("n1", published=None))
        (row,) = named.rows(conn, {})
        assert (row.doc_id, row.published) == ("n1", None)


def test_many_rows_go_in_one_call_and_an_empty_list_runs_nothing(db):
    adding_many = DriverStatement(insert(articles))
    with open_store(db) as store, writer_connection(store.engine) as conn, conn.begin():
        adding_many.many(conn, [])
        adding_many.many(conn, [_article("m1"), _article("m2"), _article("m3")])
        assert conn.execute(select(articles.c.content_hash).order_by(articles.c.id)).scalars().all() == \
            ["m1", "m2", "m3"]


def test_a_driver_error_is_raised_as_sqlalchemys_own(db):
    with open_store(db) as store, writer_connection(store.engine) as conn, conn.begin():
        driven(adding(articles)).scalar(conn, _article("twice"))
        with pytest.raises(IntegrityError):
            driven(adding(articles)).scalar(conn, _article("twice"))


def test_a_missing_value_is_named_and_a_statement_that_changes_with_its_values_is_refused(tmp_path):
    by_hash = DriverStatement(select(articles.c.id).where(articles.c.content_hash == bindparam("hash")))
    listed = DriverStatement(select(articles.c.id).where(articles.c.id.in_(bindparam("ids", expanding=True))))
    with open_store(str(tmp_path / "s.db")) as store, store.engine.connect() as conn:
        with pytest.raises(ValueError, match=r"\['hash'\]"):
            by_hash.rows(conn, {})
        with pytest.raises(ValueError, match="depends on its values"):
            listed.rows(conn, {"ids": [1, 2]})
