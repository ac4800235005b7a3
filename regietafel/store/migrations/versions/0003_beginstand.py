"""Opening balances of the huisvesting carry-over (beginstand): the achterstand or voorsprong
per gemeente carried into a half-year, imported from a published figure.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('beginstand',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('periode_id', sa.Integer(), nullable=False),
    sa.Column('gemeente_id', sa.Integer(), nullable=False),
    sa.Column('aantal', sa.Integer(), nullable=False),
    sa.Column('bron', sa.String(length=300), nullable=False),
    sa.Column('toelichting', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['gemeente_id'], ['gemeente.id'], ),
    sa.ForeignKeyConstraint(['periode_id'], ['periode.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('periode_id', 'gemeente_id')
    )
    with op.batch_alter_table('beginstand', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_beginstand_periode_id'), ['periode_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('beginstand', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_beginstand_periode_id'))
    op.drop_table('beginstand')
