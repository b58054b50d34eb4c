"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23

The tables of sitroom/store/schema.py as first released.
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('actors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=256), nullable=False),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('actor_type', sa.Integer(), nullable=True),
    sa.Column('sector', sa.String(length=16), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actors')),
    sa.UniqueConstraint('name', name=op.f('uq_actors_name'))
    )
    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('doc_id', sa.String(length=512), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('outlet', sa.String(length=256), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('language', sa.String(length=16), nullable=True),
    sa.Column('source_path', sa.Text(), nullable=True),
    sa.Column('locator', sa.String(length=128), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_articles_content_hash'))
    )
    op.create_table('inputs_seen',
    sa.Column('key', sa.String(length=1024), nullable=False),
    sa.Column('fingerprint', sa.String(length=128), nullable=False),
    sa.Column('articles', sa.Integer(), nullable=False),
    sa.Column('seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_inputs_seen'))
    )
    op.create_table('places',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=320), nullable=False),
    sa.Column('name', sa.String(length=256), nullable=False),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('admin1', sa.String(length=256), nullable=True),
    sa.Column('admin2', sa.String(length=256), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('geonameid', sa.Integer(), nullable=True),
    sa.Column('feature_code', sa.String(length=16), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_places')),
    sa.UniqueConstraint('key', name=op.f('uq_places_key'))
    )
    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.String(length=600), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('event_type', sa.String(length=64), nullable=True),
    sa.Column('sub_event_type', sa.String(length=64), nullable=True),
    sa.Column('plover_type', sa.String(length=32), nullable=True),
    sa.Column('plover_mode', sa.String(length=64), nullable=True),
    sa.Column('event_date', sa.Date(), nullable=True),
    sa.Column('time_precision', sa.Integer(), nullable=True),
    sa.Column('fatalities', sa.Integer(), nullable=True),
    sa.Column('count', sa.Integer(), nullable=True),
    sa.Column('actor1', sa.String(length=256), nullable=True),
    sa.Column('actor2', sa.String(length=256), nullable=True),
    sa.Column('modality', sa.String(length=16), nullable=False),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('location', sa.String(length=256), nullable=True),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('admin1', sa.String(length=256), nullable=True),
    sa.Column('admin2', sa.String(length=256), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('geo_precision', sa.Integer(), nullable=True),
    sa.Column('record', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_events_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_events_place_id_places')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events')),
    sa.UniqueConstraint('article_id', 'position', name=op.f('uq_events_article_id_position'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_admin1_event_date'), ['admin1', 'event_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_country_event_date'), ['country', 'event_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_event_date'), ['event_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_event_type_event_date'), ['event_type', 'event_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_lat_lon_event_date'), ['lat', 'lon', 'event_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_sub_event_type_event_date'), ['sub_event_type', 'event_date'], unique=False)

    op.create_table('claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('modality', sa.String(length=16), nullable=False),
    sa.Column('source', sa.String(length=256), nullable=True),
    sa.Column('cue', sa.String(length=64), nullable=True),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=True),
    sa.Column('end', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_claims_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claims')),
    sa.UniqueConstraint('event_id', name=op.f('uq_claims_event_id'))
    )
    op.create_table('event_actors',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_event_actors_actor_id_actors')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_actors_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'role', 'actor_id', name=op.f('pk_event_actors'))
    )
    with op.batch_alter_table('event_actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_actors_actor_id_event_id'), ['actor_id', 'event_id'], unique=False)

    op.create_table('incidents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_type', sa.String(length=64), nullable=True),
    sa.Column('sub_event_type', sa.String(length=64), nullable=True),
    sa.Column('plover_type', sa.String(length=32), nullable=True),
    sa.Column('event_date', sa.Date(), nullable=True),
    sa.Column('time_precision', sa.Integer(), nullable=True),
    sa.Column('actor1', sa.String(length=256), nullable=True),
    sa.Column('actor2', sa.String(length=256), nullable=True),
    sa.Column('location', sa.String(length=256), nullable=True),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('admin1', sa.String(length=256), nullable=True),
    sa.Column('admin2', sa.String(length=256), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('geo_precision', sa.Integer(), nullable=True),
    sa.Column('fatalities', sa.Integer(), nullable=True),
    sa.Column('fatalities_basis', sa.Text(), nullable=True),
    sa.Column('modality', sa.String(length=16), nullable=True),
    sa.Column('reports', sa.Integer(), nullable=False),
    sa.Column('articles', sa.Integer(), nullable=False),
    sa.Column('representative_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['representative_id'], ['events.id'], name=op.f('fk_incidents_representative_id_events')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incidents'))
    )
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incidents_admin1_event_date'), ['admin1', 'event_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_country_event_date'), ['country', 'event_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_event_date'), ['event_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_event_type_event_date'), ['event_type', 'event_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_lat_lon_event_date'), ['lat', 'lon', 'event_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_sub_event_type_event_date'), ['sub_event_type', 'event_date'], unique=False)

    op.create_table('incident_links',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_incident_links_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_incident_links_incident_id_incidents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', name=op.f('pk_incident_links'))
    )
    with op.batch_alter_table('incident_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_links_incident_id'), ['incident_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('incident_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_links_incident_id'))

    op.drop_table('incident_links')
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incidents_sub_event_type_event_date'))
        batch_op.drop_index(batch_op.f('ix_incidents_lat_lon_event_date'))
        batch_op.drop_index(batch_op.f('ix_incidents_event_type_event_date'))
        batch_op.drop_index(batch_op.f('ix_incidents_event_date'))
        batch_op.drop_index(batch_op.f('ix_incidents_country_event_date'))
        batch_op.drop_index(batch_op.f('ix_incidents_admin1_event_date'))

    op.drop_table('incidents')
    with op.batch_alter_table('event_actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_actors_actor_id_event_id'))

    op.drop_table('event_actors')
    op.drop_table('claims')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_sub_event_type_event_date'))
        batch_op.drop_index(batch_op.f('ix_events_lat_lon_event_date'))
        batch_op.drop_index(batch_op.f('ix_events_event_type_event_date'))
        batch_op.drop_index(batch_op.f('ix_events_event_date'))
        batch_op.drop_index(batch_op.f('ix_events_country_event_date'))
        batch_op.drop_index(batch_op.f('ix_events_admin1_event_date'))

    op.drop_table('events')
    op.drop_table('places')
    op.drop_table('inputs_seen')
    op.drop_table('articles')
    op.drop_table('actors')
