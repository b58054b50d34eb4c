"""A throwaway PostgreSQL server from the machine's binaries, for tests and benchmarks.

    with temporary_server() as admin_url:          # postgresql://sitroom@127.0.0.1:PORT/postgres
        url = create_database(admin_url)           # a fresh, empty database on it

The server runs from a temporary folder on a free port of 127.0.0.1 with trust
authentication and without fsync (its data is thrown away), as the ``postgres`` user when
run by root (the server refuses root).  Debian's ``postgresql`` package provides the binaries.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager


class NoPostgres(RuntimeError):
    """PostgreSQL's server binaries are not installed."""


def server_bindir() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return os.path.dirname(found[-1])
    initdb = shutil.which("initdb")
    return os.path.dirname(initdb) if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def temporary_server(max_connections: int = 200) -> Iterator[str]:
    bindir = server_bindir()
    if bindir is None:
        raise NoPostgres("PostgreSQL is not installed; install Debian's package: apt-get install postgresql")
    base = tempfile.mkdtemp(prefix="sitroom-pg-")
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    data, port = os.path.join(base, "data"), _free_port()
    subprocess.run([*as_postgres, f"{bindir}/initdb", "-D", data, "-A", "trust", "-U", "sitroom", "-E", "UTF8",
                    "--no-sync"], check=True, capture_output=True)
    options = (f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off "
               f"-c max_connections={max_connections}")
    subprocess.run([*as_postgres, f"{bindir}/pg_ctl", "-D", data, "-o", options, "-l", f"{base}/log", "-w", "start"],
                   check=True, capture_output=True)
    try:
        yield f"postgresql://sitroom@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_postgres, f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def create_database(admin_url: str) -> str:
    """A new empty database on the server of ``admin_url``; its URL."""
    from sqlalchemy import create_engine, text

    name = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin_url.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return admin_url.rsplit("/", 1)[0] + f"/{name}"
