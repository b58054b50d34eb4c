"""The store's schema: the Alembic migrations build exactly the tables of schema.py, on both backends."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from sitroom.store.engine import WAL_CHECKPOINT_PAGES, StoreError, connect, database_url
from sitroom.store.migrate import current_revision, downgrade, head_revision, upgrade
from sitroom.store.schema import metadata


def test_migrations_build_the_schema_of_schema_py(db):
    engine = connect(db)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_downgrade_to_base_and_upgrade_again(db):
    engine = connect(db)
    downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(engine)
    assert {"articles", "events", "incidents", "incident_links", "actors", "places", "claims"} <= set(
        inspect(engine).get_table_names())
    engine.dispose()


def test_sqlite_store_runs_in_wal_mode(tmp_path):
    engine = connect(tmp_path / "events.db")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        # a big store's log is copied back after 20,000 pages, not SQLite's 1,000
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == WAL_CHECKPOINT_PAGES == 20_000
    engine.dispose()


def test_database_url_forms(tmp_path):
    assert database_url(tmp_path / "x.db").startswith("sqlite:////")
    assert database_url("postgresql://u@h/db").startswith("postgresql+psycopg://")
    with pytest.raises(StoreError, match="is a directory"):
        database_url(tmp_path)
    with pytest.raises(StoreError, match="SQLite or PostgreSQL"):
        database_url("mysql://u@h/db")


def test_a_store_that_cannot_be_opened_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="does not exist; create it"):
        connect(tmp_path / "missing" / "events.db")
    with pytest.raises(StoreError, match="cannot open the store"):
        connect("postgresql://nobody@127.0.0.1:1/none")


def test_a_new_store_opened_by_two_processes_at_once_waits_for_the_lock(tmp_path, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from sitroom.store import engine as engine_module

    calls = []

    def locked(engine):
        raise OperationalError("PRAGMA journal_mode=WAL", {}, Exception("database is locked"))

    def locked_twice(engine):
        calls.append(1)
        if len(calls) <= 2:
            locked(engine)
        upgrade(engine)

    # the other process sets the new file up: the open waits, then finds the schema in place
    monkeypatch.setattr(engine_module, "upgrade", locked_twice)
    engine = connect(tmp_path / "events.db")
    assert len(calls) == 3 and current_revision(engine) == head_revision()
    engine.dispose()
    # a lock that outlasts the busy timeout is reported, saying what went wrong
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(engine_module, "upgrade", locked)
    with pytest.raises(StoreError, match="database is locked"):
        connect(tmp_path / "other.db")


def test_fit_cuts_overlong_strings_and_removes_nul_in_a_new_dict():
    from sitroom.store.rows import fit
    from sitroom.store.schema import actors

    length = actors.c.name.type.length
    given = {"name": "x" * (length + 5), "country": "P\x00AK", "actor_type": 3, "sector": None}
    fitted = fit(actors, given)
    assert fitted == {"name": "x" * length, "country": "PAK", "actor_type": 3, "sector": None}
    assert given["country"] == "P\x00AK" and fitted is not given  # the caller's values are left as given
    # a NUL removed brings a value within its length: nothing more is cut
    assert fit(actors, {"name": "\x00" + "y" * length})["name"] == "y" * length
    plain = {"name": "Taliban", "country": "AFG"}
    assert fit(actors, plain) == plain and fit(actors, plain) is not plain
