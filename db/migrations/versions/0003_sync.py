"""sync: devices, bundle ledger, clock flags, acknowledgements

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('clock_flag',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('flagged_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'seq', 'kind', name=op.f('pk_clock_flag'))
    )
    op.create_table('sync_ack',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_sync_ack'))
    )
    op.create_table('sync_bundle',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.Column('office_code', sa.String(length=32), nullable=True),
    sa.Column('seq_from', sa.Integer(), nullable=True),
    sa.Column('seq_to', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('imported_by', sa.String(length=64), nullable=False),
    sa.Column('result', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('held_path', sa.String(length=255), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_bundle'))
    )
    with op.batch_alter_table('sync_bundle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_bundle_device_id'), ['device_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_bundle_file_sha256'), ['file_sha256'], unique=False)

    op.create_table('sync_device',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('public_key', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('first_seen_at', sa.DateTime(), nullable=False),
    sa.Column('approved_by', sa.String(length=64), nullable=True),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('last_bundle_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_sync_device'))
    )
    with op.batch_alter_table('sync_device', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_device_office_code'), ['office_code'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sync_device', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_device_office_code'))

    op.drop_table('sync_device')
    with op.batch_alter_table('sync_bundle', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_bundle_file_sha256'))
        batch_op.drop_index(batch_op.f('ix_sync_bundle_device_id'))

    op.drop_table('sync_bundle')
    op.drop_table('sync_ack')
    op.drop_table('clock_flag')
