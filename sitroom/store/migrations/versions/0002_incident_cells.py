"""incident cells

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02

Incidents get the map cell of their point and an index by (cell, time_precision, event_date),
and one by (admin1, geo_precision, event_date), so that matching a new report reads the
incidents near it (and the province-level ones of its province) instead of every incident of
its country. Existing incidents get their cell here, and a date without a precision the day's.
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from sitroom.consolidate.cells import cell_of

    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cell', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_incidents_cell_time_precision_event_date'), ['cell', 'time_precision', 'event_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_admin1_geo_precision_event_date'), ['admin1', 'geo_precision', 'event_date'], unique=False)
    conn = op.get_bind()
    # a date without a precision is taken to the day (the index reads day-precise dates apart)
    conn.execute(sa.text("UPDATE incidents SET time_precision = 1 WHERE time_precision IS NULL AND event_date IS NOT NULL"))
    rows = conn.execute(sa.text("SELECT id, lat, lon FROM incidents WHERE lat IS NOT NULL AND lon IS NOT NULL")).fetchall()
    for start in range(0, len(rows), 10_000):
        batch = [{"id": i, "cell": cell_of(lat, lon)} for i, lat, lon in rows[start:start + 10_000]]
        conn.execute(sa.text("UPDATE incidents SET cell = :cell WHERE id = :id"), batch)


def downgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incidents_admin1_geo_precision_event_date'))
        batch_op.drop_index(batch_op.f('ix_incidents_cell_time_precision_event_date'))
    # dropped in place: a batch drop on SQLite copies the table and drops the old one, which
    # deletes every incident link through their foreign key (ON DELETE CASCADE)
    op.execute('ALTER TABLE incidents DROP COLUMN cell')
