"""Schema migrations with Alembic, run from code: ``connect`` calls ``upgrade`` on every open.

The migration scripts live in ``sitroom/store/migrations/versions``; to change the schema,
edit ``schema.py`` and add a script there (``alembic revision`` with the ini in that folder,
or by hand); ``tests/test_store_schema.py`` fails until the two agree.
"""

from __future__ import annotations

from importlib.resources import files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from .locks import lock_for_writing, writer_connection


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("sitroom.store") / "migrations"))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; concurrent callers wait for each other's upgrade."""
    if revision == "head" and current_revision(engine) == head_revision():
        return
    config = alembic_config()
    with writer_connection(engine) as conn, conn.begin():
        lock_for_writing(conn)
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    config = alembic_config()
    with writer_connection(engine) as conn, conn.begin():
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
