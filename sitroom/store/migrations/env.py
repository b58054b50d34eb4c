"""Alembic's environment for sitroom: migrations run on the connection the caller passes."""

from alembic import context

from sitroom.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("sitroom migrations run from sitroom.store.migrate (or `sitroom db upgrade`), with a connection")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
