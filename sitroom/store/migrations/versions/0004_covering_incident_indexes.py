"""covering incident indexes

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03

The two indexes that incident matching reads (by map cell, time precision and date; by province,
geo precision and date) also hold the incident's country, event type and PLOVER type, which
matching checks on every row it finds: it then reads the indexes alone, not a row of the
incidents table for each candidate (in a store of a million incidents that reading cost more
than the rest of matching).
"""

from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_MATCHED = ['country', 'event_type', 'plover_type']


def upgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index('ix_incidents_cell_time_precision_event_date')
        batch_op.drop_index('ix_incidents_admin1_geo_precision_event_date')
        batch_op.create_index('ix_incidents_near', ['cell', 'time_precision', 'event_date', *_MATCHED], unique=False)
        batch_op.create_index('ix_incidents_province', ['admin1', 'geo_precision', 'event_date', *_MATCHED],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index('ix_incidents_province')
        batch_op.drop_index('ix_incidents_near')
        batch_op.create_index('ix_incidents_cell_time_precision_event_date', ['cell', 'time_precision', 'event_date'],
                              unique=False)
        batch_op.create_index('ix_incidents_admin1_geo_precision_event_date', ['admin1', 'geo_precision', 'event_date'],
                              unique=False)
