# SPDX-License-Identifier: GPL-3.0-or-later
"""survey answers store the good end of their scale (scale_best), old answers the convention they were entered under

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


# Before the good end was stored, the scale named the question: CES 1-5 was the effort question
# (1: very low effort), every other scale had its good end at the top.
_CONVENTION = (
    "UPDATE survey_response SET scale_best = "
    "CASE WHEN kind = 'ces' AND scale_min = 1 AND scale_max = 5 THEN 1 ELSE scale_max END"
)


def upgrade() -> None:
    with op.batch_alter_table("survey_response") as batch:
        batch.add_column(sa.Column("scale_best", sa.Integer(), nullable=True))
    op.execute(_CONVENTION)
    with op.batch_alter_table("survey_response") as batch:
        batch.alter_column("scale_best", existing_type=sa.Integer(), nullable=False)
        batch.create_check_constraint(
            op.f("ck_survey_response_scale_best"), "scale_best = scale_min OR scale_best = scale_max"
        )


def downgrade() -> None:
    with op.batch_alter_table("survey_response") as batch:
        batch.drop_constraint(op.f("ck_survey_response_scale_best"), type_="check")
        batch.drop_column("scale_best")
