# SPDX-License-Identifier: GPL-3.0-or-later
"""customer erasure: a synced, data-free record of each erased customer; on the server, the function that erases one

``customer_erasure`` (customer id, reason code, who, when) is a synced table. On PostgreSQL the
trigger ``privacy_erase`` carries out an erasure as soon as its record arrives (the same erasure a
desktop does, ``agentdesk.sync.erasure``), and ``privacy_screen`` tells a push whether a change
belongs to an erased customer; inserts it drops are remembered in ``privacy_dropped`` (ids only),
so that their children (an attachment of a dropped reply) are dropped as well. Both functions run
as the schema's owner: an erasure reaches conversations the erasing login cannot see.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import agentdesk.store.models

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


_SERVER = """
CREATE TABLE IF NOT EXISTS privacy_dropped (
    row_id uuid PRIMARY KEY,
    customer_id uuid NOT NULL
);

CREATE OR REPLACE FUNCTION privacy_erase() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    cid uuid := NEW.customer_id;
    convs uuid[];
    msgs uuid[];
    atts uuid[];
    chunks uuid[];
    history uuid[];
BEGIN
    IF NEW.deleted_at IS NOT NULL THEN
        RETURN NULL;
    END IF;
    convs := ARRAY(SELECT id FROM conversation WHERE customer_id = cid);
    msgs := ARRAY(SELECT id FROM message WHERE conversation_id = ANY (convs) OR author_customer_id = cid);
    atts := ARRAY(SELECT id FROM attachment WHERE message_id = ANY (msgs));
    chunks := ARRAY(SELECT id FROM attachment_chunk WHERE attachment_id = ANY (atts));
    history := ARRAY(SELECT id FROM customer_event WHERE customer_id = cid);
    DELETE FROM sync_conflict WHERE row_id = cid OR row_id = ANY (convs || msgs || atts || chunks || history);
    DELETE FROM sync_field_clock WHERE row_id = ANY (atts || chunks || history);
    DELETE FROM attachment_chunk WHERE id = ANY (chunks);
    DELETE FROM attachment WHERE id = ANY (atts);
    DELETE FROM customer_event WHERE id = ANY (history);
    UPDATE message SET body_text = '', body_html = NULL, author_name = '', meta = '{}'::json,
        external_id = NULL WHERE id = ANY (msgs);
    UPDATE conversation_event
        SET data = (data::jsonb - ARRAY['subject', 'text', 'note', 'name', 'email', 'body', 'snippet',
                                        'comment', 'from_name'])::json
        WHERE conversation_id = ANY (convs);
    UPDATE survey_response SET comment = '' WHERE customer_id = cid OR conversation_id = ANY (convs);
    UPDATE conversation SET subject = '', snippet = '' WHERE id = ANY (convs);
    UPDATE customer SET name = '', email = NULL, other_emails = '[]'::json, phone = NULL, company = NULL,
        notes = '', vip = false, organisation_id = NULL WHERE id = cid;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION privacy_screen(p_table text, p_row uuid, p_op text, p_fields jsonb)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    conv uuid;
    msg uuid;
    att uuid;
    owners uuid[] := ARRAY[]::uuid[];
    erased uuid;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM customer_erasure WHERE deleted_at IS NULL) THEN
        RETURN false;
    END IF;
    IF p_table = 'customer' THEN
        owners := ARRAY[p_row];
    ELSIF p_table IN ('customer_event', 'survey_response', 'conversation') THEN
        owners := ARRAY[(p_fields -> 'customer_id' ->> 'value')::uuid];
        IF p_table = 'customer_event' THEN
            owners := owners || ARRAY(SELECT customer_id FROM customer_event WHERE id = p_row);
        ELSIF p_table = 'survey_response' THEN
            owners := owners || ARRAY(SELECT customer_id FROM survey_response WHERE id = p_row);
            conv := coalesce((p_fields -> 'conversation_id' ->> 'value')::uuid,
                             (SELECT conversation_id FROM survey_response WHERE id = p_row));
        ELSE
            owners := owners || ARRAY(SELECT customer_id FROM conversation WHERE id = p_row);
        END IF;
    ELSIF p_table IN ('message', 'conversation_event') THEN
        owners := ARRAY[(p_fields -> 'author_customer_id' ->> 'value')::uuid];
        conv := (p_fields -> 'conversation_id' ->> 'value')::uuid;
        IF p_table = 'message' THEN
            conv := coalesce(conv, (SELECT conversation_id FROM message WHERE id = p_row));
            owners := owners || ARRAY(SELECT author_customer_id FROM message WHERE id = p_row);
        ELSE
            conv := coalesce(conv, (SELECT conversation_id FROM conversation_event WHERE id = p_row));
        END IF;
    ELSIF p_table IN ('attachment', 'attachment_chunk') THEN
        IF p_table = 'attachment_chunk' THEN
            att := coalesce((p_fields -> 'attachment_id' ->> 'value')::uuid,
                            (SELECT attachment_id FROM attachment_chunk WHERE id = p_row));
        ELSE
            att := p_row;
        END IF;
        msg := coalesce(CASE WHEN p_table = 'attachment' THEN (p_fields -> 'message_id' ->> 'value')::uuid END,
                        (SELECT message_id FROM attachment WHERE id = att));
        owners := ARRAY(SELECT customer_id FROM privacy_dropped WHERE row_id IN (att, msg));
        conv := (SELECT conversation_id FROM message WHERE id = msg);
        owners := owners || ARRAY(SELECT author_customer_id FROM message WHERE id = msg);
    ELSE
        RETURN false;
    END IF;
    IF conv IS NOT NULL THEN
        owners := owners || ARRAY(SELECT customer_id FROM conversation WHERE id = conv)
                         || ARRAY(SELECT customer_id FROM privacy_dropped WHERE row_id = conv);
    END IF;
    SELECT customer_id INTO erased FROM customer_erasure
        WHERE deleted_at IS NULL AND customer_id = ANY (owners) LIMIT 1;
    IF erased IS NULL THEN
        RETURN false;
    END IF;
    IF p_op = 'insert' THEN
        INSERT INTO privacy_dropped (row_id, customer_id) VALUES (p_row, erased) ON CONFLICT DO NOTHING;
    END IF;
    RETURN true;
END $$;

DROP TRIGGER IF EXISTS privacy_erase ON customer_erasure;
CREATE TRIGGER privacy_erase AFTER INSERT ON customer_erasure
    FOR EACH ROW EXECUTE FUNCTION privacy_erase();
REVOKE ALL ON privacy_dropped FROM PUBLIC;
"""


def upgrade() -> None:
    utc = agentdesk.store.models.UtcDateTime()
    op.create_table(
        "customer_erasure",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("erased_by", sa.Uuid(), nullable=True),
        sa.Column("erased_at", utc, nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", utc, nullable=False),
        sa.Column("deleted_at", utc, nullable=True),
        sa.CheckConstraint(
            "reason IN ('request', 'consent', 'objection', 'unlawful', 'retention')",
            name=op.f("ck_customer_erasure_reason"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_erasure")),
    )
    op.create_index("ix_customer_erasure_customer", "customer_erasure", ["customer_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_SERVER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS privacy_erase ON customer_erasure")
        op.execute("DROP FUNCTION IF EXISTS privacy_erase()")
        op.execute("DROP FUNCTION IF EXISTS privacy_screen(text, uuid, text, jsonb)")
        op.execute("DROP TABLE IF EXISTS privacy_dropped")
    op.drop_index("ix_customer_erasure_customer", table_name="customer_erasure")
    op.drop_table("customer_erasure")
