"""Stores for the tests: a SQLite file, and a real PostgreSQL server started for the session.

The server comes from the PostgreSQL binaries on the machine (Debian's postgresql package:
.ci/run installs it) and runs from a temporary folder on a free port, with trust
authentication on 127.0.0.1; it is stopped when the session ends.  Set
SITROOM_TEST_POSTGRES_URL to use a running server instead (a URL of a user who may create
databases).  Without either, the PostgreSQL cases are skipped with the reason.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid

import pytest
from sqlalchemy import create_engine, text


def _bindir() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return os.path.dirname(found[-1])
    initdb = shutil.which("initdb")
    return os.path.dirname(initdb) if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server():
    """An admin URL of a PostgreSQL server for this session."""
    given = os.environ.get("SITROOM_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    bindir = _bindir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql); .ci/run installs it")
    base = tempfile.mkdtemp(prefix="sitroom-pg-")
    as_postgres: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root
        shutil.chown(base, "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    data, port = os.path.join(base, "data"), _free_port()
    subprocess.run([*as_postgres, f"{bindir}/initdb", "-D", data, "-A", "trust", "-U", "sitroom", "-E", "UTF8",
                    "--no-sync"], check=True, capture_output=True)
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
    subprocess.run([*as_postgres, f"{bindir}/pg_ctl", "-D", data, "-o", options, "-l", f"{base}/log", "-w", "start"],
                   check=True, capture_output=True)
    try:
        yield f"postgresql://sitroom@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_postgres, f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def new_postgres_database(admin_url: str) -> str:
    name = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin_url.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """A fresh, empty store: a SQLite file path, or the URL of a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "events.db")
    return new_postgres_database(request.getfixturevalue("postgres_server"))
