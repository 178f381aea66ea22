# SPDX-License-Identifier: GPL-3.0-or-later
"""``agentdesk server init`` sets SCRAM-SHA-256 and says in plain words when the server lets
another machine in without a password or without TLS."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import psycopg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.sync import commands
from agentdesk.sync.connection import Credentials
from agentdesk.sync.hardening import check_rules, harden, is_remote
from tests.conftest import PgCluster

pytestmark = pytest.mark.server

WEAK_RULES = """
host all all 0.0.0.0/0 trust
host all all 10.0.0.0/8 password
host all all 192.168.0.0/16 scram-sha-256
hostnossl all all ::/0 reject
host all all 127.0.0.1/32 trust
"""


@pytest.fixture(scope="module")
def weak_cluster() -> Iterator[str]:
    """A cluster with MD5 password encryption and login rules that let other machines in weakly
    (rules appended after initdb's loopback ones, the way an admin opens a server up)."""
    cluster = PgCluster()
    with (cluster.data / "pg_hba.conf").open("a") as hba:
        hba.write(WEAK_RULES)
    with (cluster.data / "postgresql.conf").open("a") as conf:
        conf.write("\npassword_encryption = md5\n")
    cluster.start()
    url = f"postgresql://postgres@127.0.0.1:{cluster.port}/postgres"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE ROLE old_login LOGIN PASSWORD 'old-pw'")
        conn.execute("CREATE DATABASE agentdesk")
    try:
        yield f"postgresql://postgres@127.0.0.1:{cluster.port}/agentdesk"
    finally:
        cluster.remove()


def test_server_init_sets_scram_and_names_every_weak_login_rule(
    weak_cluster: str, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = argparse.ArgumentParser(prog="agentdesk")
    commands.register(parser.add_subparsers(dest="command"))
    assert commands.run(parser.parse_args(["server", "init", "--url", weak_cluster])) == 0
    out = capsys.readouterr().out
    assert "is ready" in out
    assert "Passwords are stored as SCRAM-SHA-256." in out
    assert "These logins still have an MD5 password; give each a new one: old_login." in out
    assert "does not offer TLS at all (ssl = off)" in out
    assert "logins from 0.0.0.0/0 need no password at all (trust)" in out
    assert "logins from 10.0.0.0/8 send the password in plain text" in out
    # With ssl off, "without TLS" is said once for the whole server, not per rule.
    assert "are accepted without TLS" not in out
    # Loopback and rejecting rules are not findings.
    assert "127.0.0.1" not in out.split("is ready")[1] and "::/0" not in out
    with psycopg.connect(weak_cluster, autocommit=True) as conn:
        assert conn.execute("SHOW password_encryption").fetchone() == ("scram-sha-256",)
        conn.execute("ALTER ROLE old_login PASSWORD 'new-pw'")
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'old_login'").fetchone()
        assert stored is not None and stored[0].startswith("SCRAM-SHA-256$")
    # Run again, nothing left to set: the same findings, the MD5 login now fixed.
    again = [m.english() for m in harden(weak_cluster, Credentials("postgres", ""))]
    assert "Passwords are stored as SCRAM-SHA-256." in again
    assert not any("MD5" in sentence for sentence in again)


def test_a_login_that_may_not_read_the_rules_is_told_to_check_them(weak_cluster: str) -> None:
    with psycopg.connect(weak_cluster, autocommit=True) as conn:
        conn.execute("CREATE ROLE shop_owner LOGIN")
    report = [m.english() for m in harden(weak_cluster, Credentials("shop_owner", ""))]
    assert any("Could not read the server's login rules" in sentence for sentence in report)


def _rule(kind: str, address: str | None, netmask: str | None, method: str) -> dict[str, object]:
    return {
        "line_number": 7,
        "type": kind,
        "address": address,
        "netmask": netmask,
        "auth_method": method,
        "error": None,
    }


def test_with_tls_on_a_plain_host_rule_for_other_machines_is_named() -> None:
    found = [m.english() for m in check_rules([_rule("host", "all", None, "scram-sha-256")], ssl_on=True)]
    assert found == ["pg_hba.conf line 7: logins from any address are accepted without TLS; use hostssl."]
    assert check_rules([_rule("hostssl", "all", None, "scram-sha-256")], ssl_on=True) == []
    assert check_rules([_rule("local", None, None, "trust")], ssl_on=True) == []
    # Loopback, however written, is this machine.
    assert not is_remote("::1", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")
    assert not is_remote("127.0.0.1", "255.255.255.255") and not is_remote("127.0.0.0", "255.0.0.0")
    assert is_remote("127.0.0.1", "0.0.0.0") and is_remote("all", None) and is_remote("samenet", None)


@settings(max_examples=2000, deadline=None)
@given(
    address=st.one_of(
        st.ip_addresses().map(str), st.sampled_from(["all", "samenet", "samehost", "shop.test"])
    ),
    netmask=st.one_of(st.none(), st.sampled_from(["255.255.255.255", "255.0.0.0", "0.0.0.0"])),
    kind=st.sampled_from(["local", "host", "hostssl", "hostnossl"]),
    method=st.sampled_from(["trust", "password", "md5", "scram-sha-256", "reject", "peer"]),
    ssl_on=st.booleans(),
)
def test_a_rule_is_reported_exactly_when_it_lets_another_machine_in_weakly(
    address: str, netmask: str | None, kind: str, method: str, ssl_on: bool
) -> None:
    if netmask is not None and ":" in address:
        netmask = "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
    found = check_rules([_rule(kind, address, netmask, method)], ssl_on)
    rules_found = [m for m in found if "ssl = off" not in m.english()]
    weak = (
        kind != "local"
        and method != "reject"
        and is_remote(address, netmask)
        and (method in ("trust", "password") or (kind != "hostssl" and ssl_on))
    )
    assert bool(rules_found) == weak
    assert (len(found) > len(rules_found)) == (not ssl_on)
