# SPDX-License-Identifier: GPL-3.0-or-later
"""The audit log on a real database: each administrative change appears once, with who, when,
before and after; secrets never reach it; entries cannot be changed or deleted on the desk."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import select

from agentdesk import audit
from agentdesk.audit import capture, log
from agentdesk.clock import FixedClock
from agentdesk.macros.actions import Actions
from agentdesk.macros.service import MacroDraft
from agentdesk.mail.accounts import AccountSettings, KeyringPasswords, MailAccounts
from agentdesk.privacy.erase import erase_customer
from agentdesk.privacy.retention import set_retention_years
from agentdesk.replies.library import ReplyDraft
from agentdesk.routing.engine import RuleDraft
from agentdesk.routing.rules import Conditions
from agentdesk.services import Services, build_services
from agentdesk.sla import editing
from agentdesk.sla.policy import Policy
from agentdesk.store.audit_models import AuditEntry
from agentdesk.store.database import Store, open_store

WEEKDAYS = {"timezone": "Europe/Berlin", "week": {d: [["09:00", "17:00"]] for d in ("mon", "tue")}}


class _Keyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@dataclass
class Desk:
    store: Store
    clock: FixedClock
    services: Services
    admin: uuid.UUID


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Iterator[Desk]:
    setup = build_services(store, clock)
    admin = setup.directory.create_agent("Ada Admin", "ada@shop.example", role="admin")
    services = build_services(store, clock, admin)
    services.set_agent(admin)
    capture.install(store, clock, lambda: services.agent_id)
    yield Desk(store, clock, services, admin)
    capture.uninstall(store)


def entries(store: Store, table: str | None = None) -> list[AuditEntry]:
    with store.read() as session:
        query = select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id)
        if table is not None:
            query = query.where(AuditEntry.table_name == table)
        return list(session.scalars(query))


def only(store: Store, table: str, action: str) -> AuditEntry:
    found = [e for e in entries(store, table) if e.action == action]
    assert len(found) == 1, [(e.action, e.before, e.after) for e in entries(store, table)]
    return found[0]


def test_agents_teams_and_tiers_are_recorded_once_with_before_and_after(desk: Desk) -> None:
    directory = desk.services.directory
    team = directory.create_team("Billing", actor_id=desk.admin)
    desk.clock.advance(minutes=1)
    directory.update_team(desk.admin, team, name="Billing DE")
    maja = directory.create_agent("Maja Jensen", "maja@shop.example", actor_id=desk.admin)
    directory.update_agent(desk.admin, maja, role="supervisor", tiers=[1, 2])
    directory.deactivate_agent(desk.admin, maja)
    directory.set_tier_names(desk.admin, ["First line", "Specialists", "Engineering"])

    created = only(desk.store, "team", "create")
    assert created.before is None and created.after is not None and created.after["name"] == "Billing"
    renamed = only(desk.store, "team", "update")
    assert (renamed.before, renamed.after) == ({"name": "Billing"}, {"name": "Billing DE"})
    assert renamed.actor_id == desk.admin and renamed.actor_name == "Ada Admin"
    assert renamed.at == desk.clock.now() and renamed.row_id == team and renamed.label == "Billing DE"
    assert created.at == desk.clock.now() - dt.timedelta(minutes=1)

    role = [e for e in entries(desk.store, "agent") if e.row_id == maja and e.action == "update"]
    assert [(e.before, e.after) for e in role] == [
        ({"role": "agent", "tiers": [1]}, {"role": "supervisor", "tiers": [1, 2]}),
        ({"active": True}, {"active": False}),
    ]
    tiers = only(desk.store, "setting", "create")
    assert tiers.label == "tier_names"
    assert tiers.after == {"value": ["First line", "Specialists", "Engineering"]}


def test_sla_policies_and_calendars_are_recorded(desk: Desk) -> None:
    now = desk.clock.now()
    calendar = editing.save_calendar(desk.store, "Office", WEEKDAYS, now)
    policy_id = editing.save_policy(desk.store, Policy(name="Email", first_response_minutes=480), now)
    policy = next(p for p in editing.list_policies(desk.store) if p.id == policy_id)
    editing.save_policy(desk.store, dataclasses.replace(policy, first_response_minutes=240), now)
    editing.delete_policy(desk.store, policy_id, now)

    assert only(desk.store, "business_calendar", "create").row_id == calendar
    assert only(desk.store, "sla_policy", "create").after["first_response_minutes"] == 480  # type: ignore[index]
    changed = only(desk.store, "sla_policy", "update")
    assert (changed.before, changed.after) == (
        {"first_response_minutes": 480},
        {"first_response_minutes": 240},
    )
    deleted = only(desk.store, "sla_policy", "delete")
    assert deleted.before == {"deleted_at": None} and deleted.after is not None
    assert deleted.label == "Email"


def test_mailboxes_canned_replies_macros_and_routing_rules_are_recorded(desk: Desk) -> None:
    backend = _Keyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        accounts = MailAccounts(desk.store, KeyringPasswords(backend))
        settings = AccountSettings(
            address="support@shop.test",
            imap_host="imap.shop.test",
            imap_user="support@shop.test",
            smtp_host="smtp.shop.test",
        )
        account = accounts.add(settings, password="hunter2-secret")
        accounts.update(account, dataclasses.replace(settings, smtp_port=465), password="new-secret")
    finally:
        keyring.set_keyring(previous)
    mailbox = only(desk.store, "mail_account", "create")
    assert mailbox.after is not None and mailbox.after["address"] == "support@shop.test"
    assert only(desk.store, "mail_account", "update").after == {"smtp_port": 465}
    with sqlite3.connect(desk.store.path) as raw:
        text = "\n".join(str(row) for row in raw.execute("SELECT before, after FROM audit_entry"))
    assert "hunter2" not in text and "new-secret" not in text  # the keyring's alone

    reply = desk.services.replies.create(
        ReplyDraft("Refund on its way", {"en": "Your refund is on its way."})
    )
    desk.services.replies.update(reply.id, ReplyDraft("Refund sent", {"en": "Your refund is on its way."}))
    desk.services.replies.delete(reply.id)
    assert only(desk.store, "canned_reply", "create").label == "Refund on its way"
    assert only(desk.store, "canned_reply", "update").after == {"title": "Refund sent"}
    assert only(desk.store, "canned_reply", "delete").row_id == reply.id
    assert only(desk.store, "canned_reply_variant", "create").after["body"] == "Your refund is on its way."  # type: ignore[index]

    macro = desk.services.macros.create(MacroDraft("Close politely", Actions.from_json({"status": "solved"})))
    desk.services.macros.update(
        macro.id, MacroDraft("Close politely", Actions.from_json({"status": "pending"}))
    )
    desk.services.macros.delete(macro.id)
    changed = only(desk.store, "macro", "update")
    assert changed.before == {"actions": {"status": "solved"}} and changed.after == {
        "actions": {"status": "pending"}
    }
    assert only(desk.store, "macro", "delete").label == "Close politely"

    rule = desk.services.routing.create(
        RuleDraft(
            "German to Billing", Conditions.from_json({"languages": ["de"]}), Actions.from_json({"tier": 2})
        )
    )
    desk.services.routing.update(
        rule.id,
        RuleDraft(
            "German to Billing",
            Conditions.from_json({"languages": ["de"]}),
            Actions.from_json({"tier": 2}),
            active=False,
        ),
    )
    desk.services.routing.delete(rule.id)
    assert only(desk.store, "routing_rule", "create").row_id == rule.id
    assert only(desk.store, "routing_rule", "update").after == {"active": False}
    assert only(desk.store, "routing_rule", "delete").actor_id == desk.admin


def test_erasures_and_privacy_settings_are_recorded_without_personal_data(desk: Desk) -> None:
    anna = desk.services.inbox.create_customer("Anna Müller", email="anna@example.de")
    desk.services.inbox.create_conversation(anna, "email", "Meine Adresse", "Bitte löschen.")
    erase_customer(desk.store, anna, "request", desk.clock, actor_id=desk.admin)
    set_retention_years(desk.store, 3)
    set_retention_years(desk.store, None)

    erased = only(desk.store, "customer_erasure", "create")
    assert erased.after is not None and erased.after["customer_id"] == str(anna)
    assert erased.after["reason"] == "request" and erased.label == "request"
    with sqlite3.connect(desk.store.path) as raw:
        text = "\n".join(str(row) for row in raw.execute("SELECT label, before, after FROM audit_entry"))
    assert "Anna" not in text and "anna@example.de" not in text
    policy = only(desk.store, "setting", "update")
    assert (policy.before, policy.after) == ({"value": 3}, {"value": None})
    # Customers and conversations are everyday work, not administration.
    assert {e.table_name for e in entries(desk.store)} == {"customer_erasure", "setting"}


def test_sign_in_failures_are_recorded_through_the_api_and_secrets_are_redacted(desk: Desk) -> None:
    maja = desk.services.directory.create_agent("Maja Jensen", "maja@shop.example", actor_id=desk.admin)
    with desk.store.write() as session:
        audit.record(
            session,
            "sign_in_failed",
            table="agent",
            row_id=maja,
            before=None,
            after={"pin": "1234", "tries": 5, "nested": {"password_hash": "abc", "kept": "yes"}},
            actor_id=maja,
            label="Maja Jensen",
        )
    failed = only(desk.store, "agent", "sign_in_failed")
    assert failed.after == {
        "pin": audit.REDACTED,
        "tries": 5,
        "nested": {"password_hash": audit.REDACTED, "kept": "yes"},
    }
    assert failed.actor_name == "Maja Jensen" and failed.at == desk.clock.now()


def test_a_rolled_back_change_leaves_no_entry_and_usage_counts_are_no_changes(desk: Desk) -> None:
    macro = desk.services.macros.create(MacroDraft("Close", Actions.from_json({"status": "solved"})))
    with pytest.raises(RuntimeError), desk.store.write() as session:
        from agentdesk.store.workflow_models import Macro

        row = session.get(Macro, macro.id)
        assert row is not None
        row.name = "Renamed"
        session.flush()
        raise RuntimeError("the action failed")
    with desk.store.write() as session:
        from agentdesk.store.workflow_models import Macro

        row = session.get(Macro, macro.id)
        assert row is not None
        row.usage_count += 1
    assert [e.action for e in entries(desk.store, "macro")] == ["create"]


def test_entries_cannot_be_changed_or_deleted_on_the_desk(desk: Desk) -> None:
    desk.services.directory.create_team("Billing", actor_id=desk.admin)
    with sqlite3.connect(desk.store.path) as raw:
        with pytest.raises(sqlite3.IntegrityError, match="audit"):
            raw.execute("UPDATE audit_entry SET after = '{}'")
        with pytest.raises(sqlite3.IntegrityError, match="audit"):
            raw.execute("UPDATE audit_entry SET actor_name = 'Someone else'")
        with pytest.raises(sqlite3.IntegrityError, match="audit"):
            raw.execute("DELETE FROM audit_entry")
        raw.execute("UPDATE audit_entry SET rev = 7")  # the server's revision arrives later
        raw.execute("UPDATE audit_entry SET sent_by = 'ada'")  # and the login that sent it, once
        with pytest.raises(sqlite3.IntegrityError, match="audit"):
            raw.execute("UPDATE audit_entry SET sent_by = 'someone_else'")
    assert [(e.rev, e.sent_by) for e in entries(desk.store)] == [(7, "ada")]


def test_an_action_that_flushes_several_times_is_one_entry_per_thing(desk: Desk) -> None:
    from agentdesk.store.workflow_models import Macro

    macro = desk.services.macros.create(MacroDraft("Close", Actions.from_json({"status": "solved"})))
    with desk.store.write() as session:
        row = session.get(Macro, macro.id)
        assert row is not None
        row.name = "Close politely"
        session.flush()
        row.name = "Close kindly"
        row.description = "Solved, with thanks"
        session.flush()
        row.description = ""
    with desk.store.write() as session:  # changed and changed back: nothing changed
        row = session.get(Macro, macro.id)
        assert row is not None
        row.name = "Something else"
        session.flush()
        row.name = "Close kindly"
    changed = only(desk.store, "macro", "update")
    assert (changed.before, changed.after) == ({"name": "Close"}, {"name": "Close kindly"})


def test_the_team_server_connection_is_recorded_without_a_password_in_its_address(desk: Desk) -> None:
    from agentdesk.store.models import Setting

    with desk.store.write() as session:
        session.merge(
            Setting(
                key="sync.server", value={"url": "postgresql://ada:s3cret@db.shop.test/desk", "user": "ada"}
            )
        )
    with desk.store.write() as session:  # an agent's own preference is no administrative change
        session.merge(Setting(key="notifications.someone", value={"sound": False}))
    entry = only(desk.store, "setting", "create")
    assert entry.label == "sync.server"
    assert entry.after == {
        "value": {"url": f"postgresql://ada:{audit.REDACTED}@db.shop.test/desk", "user": "ada"}
    }
    assert log.kind_of(entry.table_name, entry.action, entry.label) is log.Kind.SERVER


def test_the_demo_log_agrees_with_the_demo_and_is_the_same_every_time(tmp_path: Path) -> None:
    from agentdesk.demo.build import build_demo
    from agentdesk.store.models import Agent

    anchor = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    logs = []
    for name in ("a", "b"):
        demo = open_store(tmp_path / f"{name}.sqlite")
        try:
            build_demo(demo, 20, anchor=anchor)
            logs.append(
                [(e.id, e.at, e.actor_name, e.action, e.label, e.before, e.after) for e in entries(demo)]
            )
            with demo.read() as session:
                roles = {a.name: (a.role, a.tiers) for a in session.scalars(select(Agent))}
        finally:
            demo.close()
    assert logs[0] == logs[1] and len(logs[0]) >= 6
    assert all(at <= anchor for _id, at, *_rest in logs[0])
    for _id, _at, _who, action, label, _before, after in logs[0]:
        if action == "update" and after is not None and "role" in after:
            assert roles[label][0] == after["role"]
        if action == "update" and after is not None and "tiers" in after:
            assert roles[label][1] == after["tiers"]
    assert [a for *_x, a, _l, _b, _af in logs[0]].count("sign_in_failed") == 3
