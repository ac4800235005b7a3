"""Several users at once: a change number per distribution version (optimistic concurrency)
and who made each change in the change log.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('verdeling', schema=None) as batch_op:
        batch_op.add_column(sa.Column('wijzigingsnummer', sa.Integer(), server_default='1', nullable=False))
    with op.batch_alter_table('wijziging', schema=None) as batch_op:
        batch_op.add_column(sa.Column('gebruiker', sa.String(length=128), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('wijziging', schema=None) as batch_op:
        batch_op.drop_column('gebruiker')
    with op.batch_alter_table('verdeling', schema=None) as batch_op:
        batch_op.drop_column('wijzigingsnummer')
