# SPDX-License-Identifier: GPL-3.0-or-later
"""on the server, an erasure also cuts the erased customer's survey answers from them (score kept, comment and customer link gone)

A survey score with no comment and no link to a person is not personal data, so an erasure keeps
it on its conversation (itself emptied) and the key figures stay the same (docs/kpis.md); the
desktops do the same in ``agentdesk.sync.erasure``. A trigger of its own beside ``privacy_erase``
(migration 0015), so that the two can change independently; it fires after it (triggers fire in
name order) and needs nothing from it.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


_SERVER = """
CREATE OR REPLACE FUNCTION privacy_cut_survey_links() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.deleted_at IS NOT NULL THEN
        RETURN NULL;
    END IF;
    UPDATE survey_response SET comment = '', customer_id = NULL
        WHERE customer_id = NEW.customer_id
           OR conversation_id IN (SELECT id FROM conversation WHERE customer_id = NEW.customer_id);
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS privacy_erase_survey_links ON customer_erasure;
CREATE TRIGGER privacy_erase_survey_links AFTER INSERT ON customer_erasure
    FOR EACH ROW EXECUTE FUNCTION privacy_cut_survey_links();
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_SERVER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS privacy_erase_survey_links ON customer_erasure")
        op.execute("DROP FUNCTION IF EXISTS privacy_cut_survey_links()")
