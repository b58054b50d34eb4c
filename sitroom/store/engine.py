"""Opening a store: a file path means SQLite in WAL mode; a URL means that database.

    engine = connect("events.db")                          # SQLite, created if missing
    engine = connect("postgresql://user@host/sitroom")     # PostgreSQL through psycopg 3

Every connection to SQLite gets WAL (readers never block the writer), a busy timeout
(two writers wait for each other instead of failing), foreign keys, and transactions that
take the write lock when they begin (BEGIN IMMEDIATE), so that reading the incidents and
linking a new event to one are atomic.  ``connect`` brings the schema up to date with the
Alembic migrations before it returns.

``connect(db, read_only=True)`` is for reading: it creates nothing and migrates nothing, and
fails (``StoreError``) unless ``db`` already holds a store of this version.  A SQLite file is
opened through a ``file:...?mode=ro`` URI, so a store on a read-only file, folder or disk can
be queried; PostgreSQL sessions are made read-only.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from .locks import WRITER
from .migrate import alembic_config, current_revision, head_revision, upgrade

BUSY_TIMEOUT_MS = 60_000
# A writer copies its log (the WAL) back into the database file once it holds this many pages
# (4 KB each): SQLite's default of 1,000 copies a big store's index pages back after every few
# batches of articles, each time with a sync, where 10,000 writes most of them once (ingest into a
# store of a million events 4.08 -> 3.84 ms an article, its final checkpoint included), and 20,000
# (a log of at most about 80 MB) fewer again (the writer alone into that store, 3,000 stories in
# alternating runs: 1.40 and 1.61 -> 1.29 and 1.32 ms an article; 40,000 gained nothing more).
WAL_CHECKPOINT_PAGES = 20_000


class StoreError(Exception):
    """A store that cannot be opened or used, with what to do about it."""


def database_url(db: str | os.PathLike) -> str:
    """The SQLAlchemy URL for ``db``: a URL as given (postgresql:// uses psycopg 3), a path as SQLite."""
    text_db = os.fspath(db)
    if "://" not in text_db:
        path = Path(text_db).expanduser()
        if path.exists() and path.is_dir():
            raise StoreError(f"{text_db} is a directory; give a file name for the SQLite store, such as events.db")
        return f"sqlite:///{path.resolve()}"
    try:
        url = make_url(text_db)
    except ArgumentError:
        raise StoreError(f"{text_db!r} is not a database URL; write postgresql://USER@HOST/NAME or a file path") from None
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(f"sitroom stores events in SQLite or PostgreSQL, not {url.get_backend_name()}")
    return url.render_as_string(hide_password=False)


def _sqlite_setup(engine: Engine, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # sqlite3 must not open transactions on its own
        cursor = dbapi_connection.cursor()
        if read_only:
            cursor.execute("PRAGMA query_only=ON")  # the journal mode is the writers' to set
        else:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a killed process loses nothing committed
            cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA cache_size=-65536")  # 64 MB of pages per connection (the default is 2 MB)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        writer = connection.get_execution_options().get(WRITER)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writer and not read_only else "BEGIN")


# A WAL store in a folder that cannot be written, with no -shm file beside it (so no writer is
# at work on it), can only be opened as an immutable file.
_NEEDS_IMMUTABLE = {"SQLITE_READONLY_DIRECTORY", "SQLITE_READONLY_CANTINIT"}


def _sqlite_read_only_url(path: Path) -> URL:
    """The URL of a ``file:PATH?mode=ro`` URI (with ``immutable=1`` when only that opens it)."""
    uri = f"file:{quote(str(path), safe='/')}"
    query = {"mode": "ro", "uri": "true"}
    try:
        probe = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            probe.close()
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorname", None) in _NEEDS_IMMUTABLE:
            query["immutable"] = "1"
        # any other failure is reported when the engine opens the file
    return URL.create("sqlite", database=uri, query=query)


def _postgresql_read_only(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        dbapi_connection.commit()


def _check_schema(engine: Engine, shown: str) -> None:
    """Fail with what to do unless the store's schema is the one this version reads."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    found, head = current_revision(engine), head_revision()
    if found == head:
        return
    if found is None:
        raise StoreError(f"{shown} holds no sitroom store (no events tables); check the --db value, "
                         f"or store news into it first with `sitroom ingest INPUT... --db {shown}`")
    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(found)
    except CommandError:
        raise StoreError(f"the store {shown} was written by a newer sitroom (schema {found}); "
                         "upgrade sitroom to read it") from None
    raise StoreError(f"the store {shown} has an older schema ({found}; this sitroom reads {head}) and reading "
                     f"does not change it; upgrade it by storing into it once with write access, e.g. "
                     f"`sitroom ingest INPUT... --db {shown}`")


def connect(db: str | os.PathLike, *, migrate: bool = True, read_only: bool = False) -> Engine:
    """An engine for ``db`` with the schema migrated to the newest version; with ``read_only``,
    an engine that cannot write, over a store that must exist (nothing is created or migrated)."""
    url = database_url(db)
    sqlite = url.startswith("sqlite")
    if sqlite:
        path = Path(make_url(url).database)
        if read_only:
            if not path.exists():
                raise StoreError(f"there is no store at {os.fspath(db)} (no such file); check the --db path, "
                                 f"or create the store with `sitroom ingest INPUT... --db {os.fspath(db)}`")
            engine = create_engine(_sqlite_read_only_url(path), connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        else:
            if not path.parent.exists():
                raise StoreError(f"the folder {path.parent} does not exist; create it or choose another --db")
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _sqlite_setup(engine, read_only)
    else:
        engine = create_engine(url, pool_pre_ping=True)
        if read_only:
            _postgresql_read_only(engine)
    try:
        if read_only:
            _check_schema(engine, os.fspath(db) if sqlite else _safe(url))
        elif migrate:
            _retry_while_locked(lambda: upgrade(engine), sqlite)
        else:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
    except StoreError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise StoreError(f"cannot open the store {_safe(url)}: {type(exc).__name__}: {_first_line(exc)}") from exc
    return engine


def _retry_while_locked(step, sqlite: bool) -> None:
    """Run ``step``, waiting while another process holds a new SQLite file locked. Two processes
    that open a new store at once both set it up: the busy timeout covers their transactions,
    but SQLite may answer "database is locked" at once while the other one switches the file
    to WAL or reads a snapshot it has just changed, so the open is tried again until the busy
    timeout has passed."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.05
    while True:
        try:
            step()
            return
        except OperationalError as exc:
            if not sqlite or "locked" not in str(exc) or time.monotonic() + delay > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 1.0)


def _safe(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else ""
