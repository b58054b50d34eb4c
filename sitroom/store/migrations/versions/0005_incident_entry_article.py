"""incident entry article

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

Incidents get ``entry_article``: the article whose reports an incident holds when every one of
them is an entry of a dataset (an article with neither outlet nor publication date), NULL
otherwise. The one-source rule keeps two such entries of different articles apart, so matching
an entry leaves out every incident that holds another article's entries in the index itself,
instead of reading each of them only to veto it. Both matching indexes hold the column, and
existing incidents get it here from their reports.
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

_BEFORE = ['country', 'event_type', 'plover_type']
_MATCHED = [*_BEFORE, 'entry_article']

# an incident's reports all come from one article, and none has an outlet or a publication date
_BACKFILL = """
UPDATE incidents SET entry_article = (
    SELECT min(e.article_id) FROM incident_links l JOIN events e ON e.id = l.event_id
    WHERE l.incident_id = incidents.id)
WHERE (SELECT count(DISTINCT e.article_id) FROM incident_links l JOIN events e ON e.id = l.event_id
       WHERE l.incident_id = incidents.id) = 1
  AND NOT EXISTS (
    SELECT 1 FROM incident_links l JOIN events e ON e.id = l.event_id JOIN articles a ON a.id = e.article_id
    WHERE l.incident_id = incidents.id AND (a.outlet IS NOT NULL OR a.published IS NOT NULL))
"""


def _indexes(batch_op, matched: list[str]) -> None:
    batch_op.create_index('ix_incidents_near', ['cell', 'time_precision', 'event_date', *matched], unique=False)
    batch_op.create_index('ix_incidents_province', ['admin1', 'geo_precision', 'event_date', *matched], unique=False)


def upgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('entry_article', sa.Integer(), nullable=True))
        batch_op.drop_index('ix_incidents_province')
        batch_op.drop_index('ix_incidents_near')
    op.get_bind().execute(sa.text(_BACKFILL))
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        _indexes(batch_op, _MATCHED)


def downgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index('ix_incidents_province')
        batch_op.drop_index('ix_incidents_near')
    # dropped in place: a batch drop on SQLite copies the table and drops the old one, which
    # deletes every incident link through their foreign key (ON DELETE CASCADE)
    op.execute('ALTER TABLE incidents DROP COLUMN entry_article')
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        _indexes(batch_op, _BEFORE)
