# SPDX-License-Identifier: GPL-3.0-or-later
"""Setting up the PostgreSQL server: ``init_server`` and ``add_agent``.

``init_server`` brings the schema up to date with the same Alembic history as the desktops, then
makes (or replaces, so running it again is harmless) the objects only the server has:

- ``sync_server``: this server's id and the sync protocol version a client checks first.
- ``sync_applied``: the id of every mutation applied, so that a replayed push is a no-op.
- ``sync_field_clock``: per row and field, the revision, clock stamp, device and login of the last
  change that a push applied; the per-field merge reads it.
- ``sync_login``: which agent (and role) each server login is.
- Revision stamps: a trigger on every synced table sets ``rev`` from the sequence ``sync_rev_seq``
  and ``sync_txid`` (a server-only column) to the writing transaction's id, so that pulls can read
  in commit order (DESIGN.md §5).
- Conversation numbers: the server numbers a conversation when it first arrives
  (``conversation_number_seq``) and a number never changes afterwards.
- ``NOTIFY agentdesk_sync`` after every statement that changes a synced table: only the table
  name, never row data (a wake-up hint; notifications bypass row-level security).
- Group roles ``agentdesk_agent``, ``agentdesk_supervisor``, ``agentdesk_admin`` with their grants,
  and row-level security, kept simple in this first version:

  * conversations: an admin sees all; a supervisor those of their teams, unassigned to a team or
    assigned to them; an agent those assigned to them, or of their teams (or no team) at a tier
    they work. Messages, events, attachments and survey answers follow their conversation.
  * teams, agents, SLA policies, calendars and mailboxes: everyone reads; supervisors and
    admins change.
  * conflicts: supervisors and admins read all, an agent the ones they lost.
  * the audit log: supervisors and admins read it; every login adds entries, stamped with its
    own name (``sent_by``, migration 0024), and nobody changes or deletes one (migration 0017).
    An agent's desk pulls none.
  * everything else: every AgentDesk role reads and writes.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import create_engine

from agentdesk.ids import uuid7
from agentdesk.messages import translatable
from agentdesk.store import migrate
from agentdesk.store.models import Role
from agentdesk.sync.connection import Credentials, SyncError, connect, server_url
from agentdesk.sync.tables import SYNCED_TABLES

log = logging.getLogger("agentdesk.sync")

PROTOCOL_VERSION = 1
NOTIFY_CHANNEL = "agentdesk_sync"
GROUP_ROLES = {role: f"agentdesk_{role}" for role in Role.values()}
LOGIN_RE = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")

# Tables whose rows belong to a conversation, and the column that says which.
CONVERSATION_CHILDREN = {
    "message": "conversation_id",
    "conversation_event": "conversation_id",
    "survey_response": "conversation_id",
}
SESSION_BOUNDS = {
    "idle_in_transaction_session_timeout": "60s",
    "lock_timeout": "10s",
    "statement_timeout": "120s",
}
# ``customer_erasure``: only a supervisor or an admin erases a customer (GDPR Art. 17).
STAFF_WRITE = (
    "team",
    "agent",
    "sla_policy",
    "business_calendar",
    "mail_account",
    "routing_rule",
    "customer_erasure",
    "survey_policy",  # which solved conversations get a survey mail (agentdesk.surveys)
)

_SERVER_TABLES = """
CREATE TABLE IF NOT EXISTS sync_server (
    id integer PRIMARY KEY CHECK (id = 1),
    server_id uuid NOT NULL,
    protocol_version integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS sync_applied (
    mutation_id uuid PRIMARY KEY,
    device_id uuid NOT NULL,
    login text NOT NULL DEFAULT current_user,
    outcome text NOT NULL DEFAULT 'applied',
    applied_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS sync_field_clock (
    table_name text NOT NULL,
    row_id uuid NOT NULL,
    field text NOT NULL,
    rev bigint NOT NULL,
    hlc bigint NOT NULL,
    device_id uuid NOT NULL,
    login text NOT NULL DEFAULT current_user,
    mutation_id uuid,
    PRIMARY KEY (table_name, row_id, field)
);
CREATE TABLE IF NOT EXISTS sync_login (
    login text PRIMARY KEY,
    agent_id uuid NOT NULL REFERENCES agent (id),
    role text NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin'))
);
CREATE INDEX IF NOT EXISTS ix_sync_field_clock_hlc ON sync_field_clock (hlc);
CREATE SEQUENCE IF NOT EXISTS sync_rev_seq;
CREATE SEQUENCE IF NOT EXISTS conversation_number_seq;
"""

_FUNCTIONS = """
CREATE OR REPLACE FUNCTION sync_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.rev := nextval('sync_rev_seq');
    NEW.sync_txid := pg_current_xact_id();
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION sync_conversation_number() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.number := nextval('conversation_number_seq');
    ELSE
        NEW.number := OLD.number;
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION sync_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('agentdesk_sync', TG_TABLE_NAME);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION sync_pull_horizon() RETURNS xid8
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    -- The oldest transaction still running in this database (its rows may commit later than
    -- newer ones); without one, everything below the snapshot's xmax has ended. Transactions of
    -- other databases never write here, so they do not hold the pulls back.
    WITH snap AS (SELECT pg_current_snapshot() AS s),
    here AS (
        SELECT backend_xid::text::bigint AS x FROM pg_stat_activity
        WHERE datname = current_database() AND backend_xid IS NOT NULL
        UNION ALL
        SELECT transaction::text::bigint FROM pg_prepared_xacts WHERE database = current_database()
    )
    SELECT coalesce(
        (SELECT min(running) FROM snap, pg_snapshot_xip(snap.s) AS running
         WHERE (running::text::bigint % 4294967296) IN (SELECT x FROM here)),
        (SELECT pg_snapshot_xmax(s) FROM snap))
$$;

CREATE OR REPLACE FUNCTION sync_my_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT CASE
        WHEN pg_has_role(session_user, 'agentdesk_admin', 'MEMBER') THEN 'admin'
        ELSE (SELECT role FROM sync_login WHERE login = session_user)
    END
$$;

CREATE OR REPLACE FUNCTION sync_can_see(p_tier integer, p_team uuid, p_assignee uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT COALESCE((
        SELECT CASE
            WHEN pg_has_role(session_user, 'agentdesk_admin', 'MEMBER') THEN true
            WHEN p_assignee IS NOT NULL AND p_assignee = a.id THEN true
            WHEN l.role = 'supervisor' THEN
                p_team IS NULL OR p_team = a.team_id
                OR p_team::text IN (SELECT json_array_elements_text(a.team_ids))
            WHEN l.role = 'agent' THEN
                (p_team IS NULL OR p_team = a.team_id
                 OR p_team::text IN (SELECT json_array_elements_text(a.team_ids)))
                AND p_tier::text IN (SELECT json_array_elements_text(a.tiers))
            ELSE false
        END
        FROM sync_login l JOIN agent a ON a.id = l.agent_id
        WHERE l.login = session_user
    ), pg_has_role(session_user, 'agentdesk_admin', 'MEMBER'))
$$;
"""


@dataclass(frozen=True)
class ServerInfo:
    server_id: uuid.UUID
    protocol_version: int
    schema_revision: str | None


def _roles_sql() -> str:
    parts = []
    for group in GROUP_ROLES.values():
        parts.append(
            f"IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{group}') THEN "
            f"CREATE ROLE {group} NOLOGIN; END IF;"
        )
    return "DO $$ BEGIN " + " ".join(parts) + " END $$;"


def _table_sql(name: str) -> list[sql.Composed]:
    t = sql.Identifier(name)
    statements: list[sql.Composed] = [
        sql.SQL("ALTER TABLE {} ADD COLUMN IF NOT EXISTS sync_txid xid8").format(t),
        sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {} (sync_txid, rev)").format(
            sql.Identifier(f"ix_{name}_sync_txid"), t
        ),
        sql.SQL("DROP TRIGGER IF EXISTS sync_stamp ON {}").format(t),
        sql.SQL(
            "CREATE TRIGGER sync_stamp BEFORE INSERT OR UPDATE ON {} "
            "FOR EACH ROW EXECUTE FUNCTION sync_stamp()"
        ).format(t),
        sql.SQL("DROP TRIGGER IF EXISTS sync_notify ON {}").format(t),
        sql.SQL(
            "CREATE TRIGGER sync_notify AFTER INSERT OR UPDATE OR DELETE ON {} "
            "FOR EACH STATEMENT EXECUTE FUNCTION sync_notify()"
        ).format(t),
        # Rows that were there before (an upgraded server) get their stamp now.
        sql.SQL("UPDATE {} SET rev = rev WHERE sync_txid IS NULL").format(t),
        sql.SQL("GRANT SELECT, INSERT, UPDATE ON {} TO agentdesk_agent").format(t),
        sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(t),
    ]
    for policy in ("sync_read", "sync_insert", "sync_update"):
        statements.append(sql.SQL("DROP POLICY IF EXISTS {} ON {}").format(sql.Identifier(policy), t))
    read, write = _policies(name)
    statements += [
        sql.SQL("CREATE POLICY sync_read ON {} FOR SELECT USING ({})").format(t, sql.SQL(read)),
        sql.SQL("CREATE POLICY sync_insert ON {} FOR INSERT WITH CHECK ({})").format(t, sql.SQL(write)),
        sql.SQL("CREATE POLICY sync_update ON {} FOR UPDATE USING ({}) WITH CHECK ({})").format(
            t, sql.SQL(read), sql.SQL(write)
        ),
    ]
    return statements


def _bookkeeping_sql() -> list[str]:
    """Row-level security on the sync bookkeeping: a login sees the field clocks of the rows it may
    see, and the applied-mutation ids it sent itself; it writes only its own."""
    visible = " ".join(
        f"WHEN {sql_literal(name)} THEN EXISTS (SELECT 1 FROM {name} x WHERE x.id = row_id)"
        for name in SYNCED_TABLES
    )
    clock_read = f"sync_my_role() = 'admin' OR CASE table_name {visible} ELSE false END"
    own = "login = current_user"
    statements = [
        "ALTER TABLE sync_field_clock ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE sync_applied ENABLE ROW LEVEL SECURITY",
    ]
    for table_name in ("sync_field_clock", "sync_applied"):
        for policy in ("sync_read", "sync_insert", "sync_update"):
            statements.append(f"DROP POLICY IF EXISTS {policy} ON {table_name}")
    statements += [
        f"CREATE POLICY sync_read ON sync_field_clock FOR SELECT USING ({clock_read})",
        f"CREATE POLICY sync_insert ON sync_field_clock FOR INSERT WITH CHECK ({own} AND ({clock_read}))",
        f"CREATE POLICY sync_update ON sync_field_clock FOR UPDATE USING ({clock_read})"
        f" WITH CHECK ({own} AND ({clock_read}))",
        f"CREATE POLICY sync_read ON sync_applied FOR SELECT USING ({own})",
        f"CREATE POLICY sync_insert ON sync_applied FOR INSERT WITH CHECK ({own})",
        f"CREATE POLICY sync_update ON sync_applied FOR UPDATE USING ({own}) WITH CHECK ({own})",
    ]
    return statements


def sql_literal(text: str) -> str:
    """A fixed identifier-like name as a SQL string literal (names of our own tables only)."""
    assert re.fullmatch(r"[a-z_]+", text), text
    return f"'{text}'"


def _policies(name: str) -> tuple[str, str]:
    """(who may read a row, who may write it) as SQL conditions for table ``name``."""
    if name == "conversation":
        return "sync_can_see(tier, team_id, assignee_id)", "true"
    if name in CONVERSATION_CHILDREN:
        column = CONVERSATION_CHILDREN[name]
        visible = f"({column} IS NULL OR EXISTS (SELECT 1 FROM conversation c WHERE c.id = {column}))"
        return visible, visible
    if name == "attachment":
        visible = "EXISTS (SELECT 1 FROM message m WHERE m.id = message_id)"
        return visible, visible
    if name == "attachment_chunk":  # the pieces of a file follow its attachment
        visible = "EXISTS (SELECT 1 FROM attachment a WHERE a.id = attachment_id)"
        return visible, visible
    if name == "conversation_link":  # a link is seen by whoever sees either conversation
        visible = (
            "(EXISTS (SELECT 1 FROM conversation c WHERE c.id = conversation_id)"
            " OR EXISTS (SELECT 1 FROM conversation c WHERE c.id = other_id))"
        )
        return visible, visible
    if name == "saved_view":  # a personal view is its owner's alone; shared ones everyone's
        visible = (
            "(owner_agent_id IS NULL OR sync_my_role() = 'admin'"
            " OR owner_agent_id = (SELECT agent_id FROM sync_login WHERE login = session_user))"
        )
        return visible, visible
    if name in STAFF_WRITE:
        return "true", "sync_my_role() IN ('supervisor', 'admin')"
    if name == "sync_conflict":
        return "sync_my_role() IN ('supervisor', 'admin') OR lost_by = current_user", "true"
    if name == "audit_entry":  # read by supervisors and admins; every login adds what it sends
        return "sync_my_role() IN ('supervisor', 'admin')", "sent_by = session_user"
    return "true", "true"


def init_server(url: str, credentials: Credentials | None = None) -> ServerInfo:
    """Create or upgrade the server schema at ``url`` (an owner's or superuser's login); safe to
    run again: every step replaces or skips what is there."""
    engine = create_engine(server_url(url, credentials))
    try:
        with engine.connect() as sa_conn:
            revision = migrate.current_revision(sa_conn)
        if revision is not None:
            migrate.refuse_unknown(revision, "The server")
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    with connect(url, credentials, bounded=False) as conn, conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(7410001)")
        conn.execute(_roles_sql())
        conn.execute(_SERVER_TABLES)
        conn.execute(_FUNCTIONS)
        conn.execute(
            "INSERT INTO sync_server (id, server_id, protocol_version) VALUES (1, %s, %s) "
            "ON CONFLICT (id) DO UPDATE SET protocol_version = EXCLUDED.protocol_version",
            (uuid7(), PROTOCOL_VERSION),
        )
        for name in SYNCED_TABLES:
            for statement in _table_sql(name):
                conn.execute(statement)
        for bookkeeping in _bookkeeping_sql():
            conn.execute(bookkeeping)
        conn.execute("DROP TRIGGER IF EXISTS sync_number ON conversation")
        conn.execute(
            "CREATE TRIGGER sync_number BEFORE INSERT OR UPDATE ON conversation "
            "FOR EACH ROW EXECUTE FUNCTION sync_conversation_number()"
        )
        conn.execute(
            "SELECT setval('conversation_number_seq', m + 1, false) FROM "
            "(SELECT COALESCE(max(number), 0) AS m FROM conversation) AS top, conversation_number_seq AS s "
            "WHERE top.m >= s.last_value"
        )
        conn.execute(
            "GRANT agentdesk_agent TO agentdesk_supervisor; GRANT agentdesk_supervisor TO agentdesk_admin;"
            "GRANT USAGE ON SCHEMA public TO agentdesk_agent;"
            "GRANT USAGE ON SEQUENCE sync_rev_seq, conversation_number_seq TO agentdesk_agent;"
            "GRANT SELECT, INSERT, UPDATE ON sync_applied, sync_field_clock TO agentdesk_agent;"
            "GRANT SELECT ON sync_server, sync_login, alembic_version TO agentdesk_agent;"
        )
        return server_info(conn)


def server_info(conn: psycopg.Connection[dict[str, Any]]) -> ServerInfo:
    """The server's id, protocol version and schema revision; a ``SyncError`` when the database
    is not an AgentDesk server."""
    try:
        with conn.transaction():
            row = conn.execute("SELECT server_id, protocol_version FROM sync_server WHERE id = 1").fetchone()
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except psycopg.errors.UndefinedTable:
        row = None
    if row is None:
        raise SyncError(
            translatable(
                "SyncErrors", "The server is not set up for AgentDesk yet; run 'agentdesk server init' on it."
            )
        )
    return ServerInfo(
        row["server_id"], int(row["protocol_version"]), str(version["version_num"]) if version else None
    )


def check_compatible(info: ServerInfo) -> None:
    """Refuse a server this client cannot talk to, in words that say what to do."""
    head = migrate.head_revision()
    newer = "The server runs a newer AgentDesk ({what} {theirs}, this one knows {ours}); update AgentDesk."
    if info.protocol_version > PROTOCOL_VERSION:
        raise SyncError(
            newer.format(what="sync protocol", theirs=info.protocol_version, ours=PROTOCOL_VERSION)
        )
    if info.protocol_version < PROTOCOL_VERSION or info.schema_revision is None:
        raise SyncError(
            translatable(
                "SyncErrors",
                ("The server runs an older AgentDesk; ask its admin to run 'agentdesk server init'."),
            )
        )
    if info.schema_revision != head:
        known = {r.revision for r in migrate.script_directory().walk_revisions()}
        if info.schema_revision not in known:
            raise SyncError(newer.format(what="schema", theirs=info.schema_revision, ours=head))
        raise SyncError(
            translatable(
                "SyncErrors",
                ("The server runs an older AgentDesk; ask its admin to run 'agentdesk server init'."),
            )
        )


def add_agent(
    url: str,
    login: str,
    password: str,
    *,
    name: str,
    email: str,
    role: str = Role.AGENT.value,
    tiers: Sequence[int] = (1,),
    teams: Sequence[str] = (),
    credentials: Credentials | None = None,
) -> uuid.UUID:
    """Give an agent their own server login with ``role``, ``tiers`` and ``teams`` (team names;
    missing teams are made). The agent row is found by email or made. Returns the agent's id.
    Running it again for the same login sets the new password, role, tiers and teams. Each team
    made, the agent made and each change of the agent is an audit entry, in the same transaction,
    by the login that runs it (``_audit``); a password is never recorded."""
    if not LOGIN_RE.match(login):
        raise SyncError(
            translatable(
                "SyncErrors",
                (
                    "{login!r} cannot be a login: use lower-case letters, digits, '_', '.' or '-' "
                    "(starting with a letter or '_', at most 63)."
                ),
            ),
            login=login,
        )
    if role not in GROUP_ROLES:
        raise SyncError(
            translatable("SyncErrors", "The role must be one of {join} (got {role!r})."),
            join=", ".join(GROUP_ROLES),
            role=role,
        )
    if not password:
        raise SyncError(translatable("SyncErrors", "The new login needs a password."))
    if not tiers or any(t not in (1, 2, 3) for t in tiers):
        raise SyncError(translatable("SyncErrors", "Tiers are 1, 2 or 3."))
    ident = sql.Identifier(login)
    with connect(url, credentials, bounded=False) as conn, conn.transaction():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
        verb = "ALTER" if exists else "CREATE"
        conn.execute(
            sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(ident, sql.Literal(password)),
            prepare=False,
        )
        for group in GROUP_ROLES.values():
            conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), ident))
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(GROUP_ROLES[role]), ident))
        # The server's own bounds for this login, whatever client connects with it: a transaction
        # left open or a lock wait ends instead of blocking everybody's pushes.
        for setting, value in SESSION_BOUNDS.items():
            conn.execute(
                sql.SQL("ALTER ROLE {} SET {} = {}").format(
                    ident, sql.Identifier(setting), sql.Literal(value)
                )
            )
        team_ids: list[str] = []
        for team in teams:
            found = conn.execute("SELECT id FROM team WHERE name = %s", (team,)).fetchone()
            if found is None:
                found = conn.execute(
                    "INSERT INTO team (id, name, description, updated_at) "
                    "VALUES (%s, %s, '', now() AT TIME ZONE 'utc') RETURNING id",
                    (uuid7(), team),
                ).fetchone()
                assert found is not None
                _audit(conn, "create", "team", found["id"], team, None, {"name": team, "description": ""})
            assert found is not None
            team_ids.append(str(found["id"]))
        home = team_ids[0] if team_ids else None
        agent = conn.execute(
            "SELECT id, name, role, tiers, team_id, team_ids FROM agent WHERE email = %s", (email,)
        ).fetchone()
        tier_list = psycopg.types.json.Json(sorted(set(tiers)))
        team_list = psycopg.types.json.Json(team_ids)
        wanted: dict[str, Any] = {
            "name": name,
            "role": role,
            "tiers": sorted(set(tiers)),
            "team_id": home,
            "team_ids": team_ids,
        }
        if agent is None:
            agent_id = uuid7()
            conn.execute(
                "INSERT INTO agent (id, name, email, role, tiers, team_id, team_ids, language, active, "
                "updated_at) VALUES (%s, %s, %s, %s, %s, %s, %s, 'en', true, now() AT TIME ZONE 'utc')",
                (agent_id, name, email, role, tier_list, home, team_list),
            )
            created = {**wanted, "email": email, "language": "en", "active": True}
            _audit(conn, "create", "agent", agent_id, name, None, {**created, "login": login})
        else:
            agent_id = agent["id"]
            conn.execute(
                "UPDATE agent SET name = %s, role = %s, tiers = %s, team_id = %s, team_ids = %s, "
                "updated_at = now() AT TIME ZONE 'utc' WHERE id = %s",
                (name, role, tier_list, home, team_list, agent_id),
            )
            was = {key: _plain(agent[key]) for key in wanted}
            was_login = conn.execute(
                "SELECT role FROM sync_login WHERE login = %s AND agent_id = %s", (login, agent_id)
            ).fetchone()
            before = {k: v for k, v in was.items() if v != wanted[k]}
            after = {k: wanted[k] for k in before}
            if was_login is None:  # a new login for them, or one that was someone else's
                before["login"], after["login"] = None, login
            if before:
                _audit(conn, "update", "agent", agent_id, name, before, after)
        conn.execute(
            "INSERT INTO sync_login (login, agent_id, role) VALUES (%s, %s, %s) "
            "ON CONFLICT (login) DO UPDATE SET agent_id = EXCLUDED.agent_id, role = EXCLUDED.role",
            (login, agent_id, role),
        )
    log.info("server login %s set up as %s", login, role)
    return agent_id


def _plain(value: Any) -> Any:
    """A value read from the server as the audit log keeps it (ids as text)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _audit(
    conn: psycopg.Connection[dict[str, Any]],
    action: str,
    table_name: str,
    row_id: uuid.UUID,
    label: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    """An audit entry for a change made on the server directly, in the same transaction: its
    author is the agent whose login runs the command (the login's name when it is no agent's,
    such as the server's owner); the server stamps ``sent_by`` with the login (migration 0024)."""
    author = conn.execute(
        "SELECT a.id, a.name FROM sync_login l JOIN agent a ON a.id = l.agent_id WHERE l.login = session_user"
    ).fetchone()
    login = conn.execute("SELECT session_user AS login").fetchone()
    assert login is not None
    conn.execute(
        "INSERT INTO audit_entry (id, at, actor_id, actor_name, action, table_name, row_id, label, before,"
        " after, updated_at) VALUES (%s, now() AT TIME ZONE 'utc', %s, %s, %s, %s, %s, %s, %s, %s,"
        " now() AT TIME ZONE 'utc')",
        (
            uuid7(),
            author["id"] if author else None,
            author["name"] if author else str(login["login"]),
            action,
            table_name,
            row_id,
            label[:200],
            psycopg.types.json.Json(before) if before is not None else None,
            psycopg.types.json.Json(after) if after is not None else None,
        ),
    )
