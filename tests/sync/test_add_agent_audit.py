# SPDX-License-Identifier: GPL-3.0-or-later
"""``agentdesk server add-agent`` changes agents on the server directly: each change is an audit
entry written in the same transaction, by the login that ran the command."""

from __future__ import annotations

from typing import Any

from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.server import add_agent

BOSS = Credentials("aa_boss", "boss-pw")  # an admin login that may add logins


def entries(server_url: str) -> list[dict[str, Any]]:
    with connect(server_url) as conn:
        return conn.execute(
            "SELECT e.action, e.table_name, e.row_id, e.label, e.before, e.after, e.actor_id,"
            " e.actor_name, e.sent_by, e.sync_txid::text AS txid FROM audit_entry e ORDER BY e.rev"
        ).fetchall()


def agent_txid(server_url: str, email: str) -> str:
    with connect(server_url) as conn:
        row = conn.execute("SELECT sync_txid::text AS txid FROM agent WHERE email = %s", (email,)).fetchone()
    assert row is not None
    return str(row["txid"])


def test_adding_an_agent_and_a_team_is_logged_by_the_owner_login(server_url: str) -> None:
    ole = add_agent(
        server_url, "aa_ole", "ole-pw", name="Ole", email="ole@shop.test", tiers=[2, 1], teams=["Billing"]
    )
    team, agent = entries(server_url)
    assert (team["action"], team["table_name"], team["label"], team["before"]) == (
        "create",
        "team",
        "Billing",
        None,
    )
    assert (agent["action"], agent["table_name"], agent["row_id"], agent["label"]) == (
        "create",
        "agent",
        ole,
        "Ole",
    )
    assert agent["before"] is None
    assert agent["after"] == {
        "name": "Ole",
        "email": "ole@shop.test",
        "role": "agent",
        "tiers": [1, 2],
        "team_id": str(team["row_id"]),
        "team_ids": [str(team["row_id"])],
        "language": "en",
        "active": True,
        "login": "aa_ole",
    }
    # The server's owner is no agent: the login's name is the author; no password anywhere.
    assert {(e["actor_id"], e["actor_name"], e["sent_by"]) for e in (team, agent)} == {
        (None, "postgres", "postgres")
    }
    assert "ole-pw" not in repr(entries(server_url))
    # One transaction: the entries and the agent's row were written together.
    assert team["txid"] == agent["txid"] == agent_txid(server_url, "ole@shop.test")


def test_a_role_change_names_the_admin_login_that_made_it(server_url: str) -> None:
    boss = add_agent(server_url, BOSS.user, BOSS.password, name="Bo Boss", email="bo@shop.test", role="admin")
    ole = add_agent(server_url, "aa_ole", "ole-pw", name="Ole", email="ole@shop.test")
    with connect(server_url) as conn:  # the owner lets the admin's login manage logins
        conn.execute(f"ALTER ROLE {BOSS.user} CREATEROLE")
        conn.execute(f"GRANT INSERT, UPDATE ON sync_login TO {BOSS.user}")
    before = len(entries(server_url))

    again = add_agent(
        server_url, "aa_ole", "new-pw", name="Ole", email="ole@shop.test", role="supervisor", credentials=BOSS
    )
    assert again == ole
    [change] = entries(server_url)[before:]
    assert (change["action"], change["table_name"], change["row_id"], change["label"]) == (
        "update",
        "agent",
        ole,
        "Ole",
    )
    assert (change["before"], change["after"]) == ({"role": "agent"}, {"role": "supervisor"})
    assert (change["actor_id"], change["actor_name"], change["sent_by"]) == (boss, "Bo Boss", BOSS.user)
    assert change["txid"] == agent_txid(server_url, "ole@shop.test")

    # Running it again with nothing to change but the password leaves no entry.
    add_agent(
        server_url,
        "aa_ole",
        "newer-pw",
        name="Ole",
        email="ole@shop.test",
        role="supervisor",
        credentials=BOSS,
    )
    assert len(entries(server_url)) == before + 1
    assert "new-pw" not in repr(entries(server_url))
