"""Stores for the tests: a SQLite file, and a real PostgreSQL server started for the session.

The server comes from the machine's PostgreSQL binaries (Debian's postgresql package;
.ci/run installs it), see sitroom/store/pg_temp.py.  Set SITROOM_TEST_POSTGRES_URL to use a
running server instead (a URL of a user who may create databases).  Without either, the
PostgreSQL cases are skipped with the reason.
"""

from __future__ import annotations

import os

import pytest

from sitroom.store.pg_temp import NoPostgres, create_database, temporary_server


@pytest.fixture(scope="session")
def postgres_server():
    """An admin URL of a PostgreSQL server for this session."""
    given = os.environ.get("SITROOM_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    try:
        with temporary_server() as url:
            yield url
    except NoPostgres as exc:
        pytest.skip(f"{exc}; .ci/run installs it")


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """A fresh, empty store: a SQLite file path, or the URL of a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "events.db")
    return create_database(request.getfixturevalue("postgres_server"))
