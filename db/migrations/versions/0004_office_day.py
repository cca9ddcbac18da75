"""office day: schedules, holidays, day log, amendments, attendance, services, month lock, rules

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('amendment',
    sa.Column('target_table', sa.String(length=64), nullable=False),
    sa.Column('target_id', sa.String(length=36), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_amendment'))
    )
    with op.batch_alter_table('amendment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_amendment_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_amendment_office_code'), ['office_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_amendment_target_id'), ['target_id'], unique=False)

    op.create_table('attendance',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('check_in', sa.String(length=5), nullable=True),
    sa.Column('check_out', sa.String(length=5), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('staff_id', 'day', name=op.f('uq_attendance_staff_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_office_code'), ['office_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_staff_id'), ['staff_id'], unique=False)

    op.create_table('day_log',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('opened_local', sa.String(length=5), nullable=True),
    sa.Column('opened_at', sa.DateTime(), nullable=True),
    sa.Column('closed_local', sa.String(length=5), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('closed_all_day', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_day_log')),
    sa.UniqueConstraint('office_code', 'day', name=op.f('uq_day_log_office_code'))
    )
    with op.batch_alter_table('day_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_day_log_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_day_log_office_code'), ['office_code'], unique=False)

    op.create_table('holiday',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('applies_to', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_holiday'))
    )
    with op.batch_alter_table('holiday', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_holiday_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_holiday_office_code'), ['office_code'], unique=False)

    op.create_table('month_lock',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_month_lock')),
    sa.UniqueConstraint('office_code', 'month', name=op.f('uq_month_lock_office_code'))
    )
    with op.batch_alter_table('month_lock', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_month_lock_office_code'), ['office_code'], unique=False)

    op.create_table('rule_setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rule_setting')),
    sa.UniqueConstraint('key', name=op.f('uq_rule_setting_key'))
    )
    with op.batch_alter_table('rule_setting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rule_setting_office_code'), ['office_code'], unique=False)

    op.create_table('schedule_assignment',
    sa.Column('profile_id', sa.String(length=36), nullable=False),
    sa.Column('applies_to', sa.String(length=32), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedule_assignment'))
    )
    with op.batch_alter_table('schedule_assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_schedule_assignment_office_code'), ['office_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_schedule_assignment_profile_id'), ['profile_id'], unique=False)

    op.create_table('schedule_profile',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('week', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedule_profile'))
    )
    with op.batch_alter_table('schedule_profile', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_schedule_profile_office_code'), ['office_code'], unique=False)

    op.create_table('service_record',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('at_local', sa.String(length=5), nullable=False),
    sa.Column('service_type', sa.String(length=32), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('resident_name', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_record'))
    )
    with op.batch_alter_table('service_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_record_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_record_office_code'), ['office_code'], unique=False)

    op.create_table('service_type',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_type')),
    sa.UniqueConstraint('code', name=op.f('uq_service_type_code'))
    )
    with op.batch_alter_table('service_type', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_type_office_code'), ['office_code'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('service_type', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_type_office_code'))

    op.drop_table('service_type')
    with op.batch_alter_table('service_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_record_office_code'))
        batch_op.drop_index(batch_op.f('ix_service_record_day'))

    op.drop_table('service_record')
    with op.batch_alter_table('schedule_profile', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_schedule_profile_office_code'))

    op.drop_table('schedule_profile')
    with op.batch_alter_table('schedule_assignment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_schedule_assignment_profile_id'))
        batch_op.drop_index(batch_op.f('ix_schedule_assignment_office_code'))

    op.drop_table('schedule_assignment')
    with op.batch_alter_table('rule_setting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rule_setting_office_code'))

    op.drop_table('rule_setting')
    with op.batch_alter_table('month_lock', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_month_lock_office_code'))

    op.drop_table('month_lock')
    with op.batch_alter_table('holiday', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_holiday_office_code'))
        batch_op.drop_index(batch_op.f('ix_holiday_day'))

    op.drop_table('holiday')
    with op.batch_alter_table('day_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_day_log_office_code'))
        batch_op.drop_index(batch_op.f('ix_day_log_day'))

    op.drop_table('day_log')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_staff_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_office_code'))
        batch_op.drop_index(batch_op.f('ix_attendance_day'))

    op.drop_table('attendance')
    with op.batch_alter_table('amendment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_amendment_target_id'))
        batch_op.drop_index(batch_op.f('ix_amendment_office_code'))
        batch_op.drop_index(batch_op.f('ix_amendment_day'))

    op.drop_table('amendment')
