# SPDX-License-Identifier: GPL-3.0-or-later
"""What ``agentdesk server init`` does and says about the server's own login security.

It sets password encryption to SCRAM-SHA-256 (so new and changed passwords are never kept as MD5),
and reads the server's login rules (``pg_hba_file_rules``, readable by superusers) to say in plain
words when the server lets someone in from another machine without a password, takes a password in
plain text, or accepts a login without TLS. Loopback addresses and the Unix socket are not
reported: no network lies between them and the server.
"""

from __future__ import annotations

import ipaddress
from typing import Any

import psycopg

from agentdesk.messages import Message, translatable
from agentdesk.sync.connection import Credentials, connect

SCRAM = "scram-sha-256"
_REMOTE_TYPES = ("host", "hostssl", "hostnossl", "hostgssenc", "hostnogssenc")
_WITHOUT_TLS = ("host", "hostnossl", "hostgssenc", "hostnogssenc")
_LOCAL_WORDS = ("samehost",)


def is_remote(address: str | None, netmask: str | None) -> bool:
    """Whether a login rule's address reaches beyond this machine (``all``, ``samenet``, a name, a
    network that is not loopback)."""
    if address is None or address in _LOCAL_WORDS:
        return False
    if address == "localhost":
        return False
    network = _network(address, netmask)
    return network is None or not network.is_loopback


def _network(address: str, netmask: str | None) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    """The rule's network; ``None`` for "all", "samenet", a host name or a domain."""
    try:
        if not netmask:
            return ipaddress.ip_network(address, strict=False)
        bits = bin(int(ipaddress.ip_address(netmask))).count("1")
        return ipaddress.ip_network(f"{address}/{bits}", strict=False)
    except ValueError:
        return None


def _where(rule: dict[str, Any]) -> str:
    address = rule["address"] or "?"
    network = _network(address, rule["netmask"]) if rule["netmask"] else None
    if network is not None:
        address = str(network)
    return "any address" if address == "all" else address


def check_rules(rules: list[dict[str, Any]], ssl_on: bool) -> list[Message]:
    """Plain sentences about the login rules that let another machine in weakly; none when all is well."""
    found: list[Message] = []
    if not ssl_on:
        found.append(
            Message(
                translatable(
                    "ServerChecks",
                    "The server does not offer TLS at all (ssl = off): every desk's password and the "
                    "customers' data cross the network readable. Give it a certificate and set ssl = on.",
                )
            )
        )
    for rule in rules:
        if rule.get("error") or rule["type"] not in _REMOTE_TYPES:
            continue
        if rule["auth_method"] == "reject" or not is_remote(rule["address"], rule["netmask"]):
            continue
        where = _where(rule)
        line = rule["line_number"]
        if rule["auth_method"] == "trust":
            found.append(
                Message(
                    translatable(
                        "ServerChecks",
                        "pg_hba.conf line {line}: logins from {where} need no password at all (trust).",
                    ),
                    line=line,
                    where=where,
                )
            )
        elif rule["auth_method"] == "password":
            found.append(
                Message(
                    translatable(
                        "ServerChecks",
                        "pg_hba.conf line {line}: logins from {where} send the password in plain text "
                        "(method password); use scram-sha-256.",
                    ),
                    line=line,
                    where=where,
                )
            )
        if rule["type"] in _WITHOUT_TLS and ssl_on:  # (with ssl off, said once above)
            found.append(
                Message(
                    translatable(
                        "ServerChecks",
                        "pg_hba.conf line {line}: logins from {where} are accepted without TLS; use hostssl.",
                    ),
                    line=line,
                    where=where,
                )
            )
    return found


def harden(url: str, credentials: Credentials | None = None) -> list[Message]:
    """Set SCRAM-SHA-256 password encryption and report weak login rules, as sentences for the
    admin (what was done first, then each finding)."""
    report: list[Message] = []
    with connect(url, credentials, bounded=False) as conn:
        superuser = bool(_one(conn, "SELECT rolsuper AS v FROM pg_roles WHERE rolname = current_user"))
        if _one(conn, "SELECT current_setting('password_encryption') AS v") != SCRAM:
            try:
                if superuser:
                    conn.execute(f"ALTER SYSTEM SET password_encryption = '{SCRAM}'")
                    conn.execute("SELECT pg_reload_conf()")
                else:
                    conn.execute(f"ALTER DATABASE {_quoted(conn)} SET password_encryption = '{SCRAM}'")
            except psycopg.errors.InsufficientPrivilege:
                report.append(
                    Message(
                        translatable(
                            "ServerChecks",
                            "Could not set password encryption to SCRAM-SHA-256 with this login; ask the "
                            "server's admin to set password_encryption = 'scram-sha-256'.",
                        )
                    )
                )
        if not report:
            report.append(Message(translatable("ServerChecks", "Passwords are stored as SCRAM-SHA-256.")))
        if superuser:
            old = conn.execute(
                "SELECT rolname FROM pg_authid WHERE rolcanlogin AND rolpassword LIKE 'md5%' ORDER BY rolname"
            ).fetchall()
            if old:
                report.append(
                    Message(
                        translatable(
                            "ServerChecks",
                            "These logins still have an MD5 password; give each a new one: {logins}.",
                        ),
                        logins=", ".join(row["rolname"] for row in old),
                    )
                )
        ssl_on = _one(conn, "SELECT current_setting('ssl') AS v") == "on"
        try:
            with conn.transaction():
                rules = conn.execute(
                    "SELECT line_number, type, address, netmask, auth_method, error FROM pg_hba_file_rules "
                    "ORDER BY line_number"
                ).fetchall()
        except psycopg.errors.InsufficientPrivilege:
            report.append(
                Message(
                    translatable(
                        "ServerChecks",
                        "Could not read the server's login rules (pg_hba.conf needs a superuser); check "
                        "yourself that no other machine may log in without a password or without TLS.",
                    )
                )
            )
            rules = None
        findings = check_rules(rules or [], ssl_on)
        report.extend(findings)
        if rules is not None and not findings:
            report.append(
                Message(
                    translatable(
                        "ServerChecks",
                        "Logins from other machines need a password and TLS.",
                    )
                )
            )
    return report


def _one(conn: psycopg.Connection[dict[str, Any]], sql: str) -> object:
    row = conn.execute(sql).fetchone()
    return None if row is None else row["v"]


def _quoted(conn: psycopg.Connection[dict[str, Any]]) -> str:
    name = str(_one(conn, "SELECT current_database() AS v"))
    return '"' + name.replace('"', '""') + '"'
