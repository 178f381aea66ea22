# SPDX-License-Identifier: GPL-3.0-or-later
"""Which solved conversations get a survey mail, when, and how the response rate is counted
(no mail server needed: the mail itself is built from the database and read back)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService
from agentdesk.mail.accounts import StaticPasswords
from agentdesk.mail.lease import FetchLease
from agentdesk.mail.service import MailService
from agentdesk.store.database import Store
from agentdesk.store.models import MailAccount
from agentdesk.store.survey_models import SurveyRequest, SurveyState
from agentdesk.surveys.answers import SurveyAnswers
from agentdesk.surveys.outgoing import SurveyMailer
from agentdesk.surveys.policy import PolicyInput, SurveyPolicies
from agentdesk.surveys.rates import response_rates


def _account(store: Store) -> uuid.UUID:
    with store.write() as session:
        row = MailAccount(
            name="Support",
            address="support@shop.test",
            display_name="Shop",
            imap_host="127.0.0.1",
            imap_port=143,
            imap_user="u",
            smtp_host="127.0.0.1",
            smtp_port=25,
        )
        session.add(row)
        session.flush()
        return row.id


def _solved(
    inbox: InboxService, customer: uuid.UUID, channel: str = "email", tags: tuple[str, ...] = ()
) -> uuid.UUID:
    conv = inbox.create_conversation(customer, channel, "Parcel missing", "Where is my parcel?", tags=tags).id
    inbox.set_status(conv, "solved")
    return conv


def _reasons(store: Store) -> dict[uuid.UUID, str]:
    with store.read() as session:
        return {
            r.conversation_id: r.state if r.state != SurveyState.SKIPPED.value else r.reason
            for r in session.scalars(select(SurveyRequest))
        }


def test_planning_follows_the_policies(store: Store, clock: FixedClock) -> None:
    inbox = InboxService(store, clock)
    mailer = SurveyMailer(store, clock)
    anna = inbox.create_customer("Anna Berg", email="anna@example.se", language="en")
    ole = inbox.create_customer("Ole Dam", email="ole@example.dk", language="da")
    nomail = inbox.create_customer("Phone Only", phone="+45 1234")
    first = _solved(inbox, anna)
    assert mailer.plan() == 0  # no policy: no surveys, nothing written
    assert _reasons(store) == {}

    policies = SurveyPolicies(store, clock)
    policies.save(PolicyInput(name="No chat surveys", kind="off", channel="chat"))
    policies.save(PolicyInput(name="NPS by mail", kind="nps", channel=None, delay_minutes=30, period_days=30))
    _account(store)
    chat = _solved(inbox, ole, channel="chat")
    phone = _solved(inbox, nomail, channel="phone")
    auto = _solved(inbox, ole, tags=("auto-reply",))
    assert mailer.plan() == 1
    assert _reasons(store) == {first: "due", chat: "off", phone: "no_address", auto: "automatic"}
    assert mailer.due() == []  # 30 minutes after solving
    clock.advance(minutes=31)
    [due] = mailer.due()
    survey = mailer.claim(due)
    assert survey is not None and survey.recipient == "anna@example.se"
    assert survey.mail["Subject"].startswith("How did we do?")
    assert "How likely is it that you would recommend us" in survey.mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert mailer.claim(due) is None  # claimed once only
    mailer.sent(due)

    second = _solved(inbox, anna)  # the same customer within the period
    mailer.plan()
    assert _reasons(store)[second] == "period"

    # a reopened conversation's survey is not sent
    ole_mail = _solved(inbox, ole)
    mailer.plan()
    inbox.set_status(ole_mail, "open")
    clock.advance(minutes=31)
    assert mailer.claim(mailer.due()[0]) is None
    assert _reasons(store)[ole_mail] == "reopened"

    # response rate: one sent, then answered by a plain reply
    start, end = clock.now().replace(hour=0), clock.now().replace(hour=23)
    assert (response_rates(store, start, end)["nps"].sent, response_rates(store, start, end)["nps"].rate) == (
        1,
        0.0,
    )
    answer = SurveyAnswers(store, clock).recognise(
        subject="Re: How did we do?",
        body="9\nVery helpful",
        from_address="anna@example.se",
        thread_ids=[f"survey-{due.hex}@shop.test"],
        automatic=None,
    )
    assert answer is not None and answer.recorded and answer.score == 9 and answer.conversation_id == first
    assert response_rates(store, start, end)["nps"].rate == 1.0

    # the opt-out link of the same survey: the address gets no more surveys
    from agentdesk.store.survey_models import SurveyOptOut
    from agentdesk.surveys.outgoing import signing_keys
    from agentdesk.surveys.token import sign

    with store.read() as session:
        [key] = signing_keys(session)
    stop = SurveyAnswers(store, clock).recognise(
        subject=f"Re: How did we do? [{sign(key, due, None)}]",
        body="Please send me no more surveys.",
        from_address="Anna@Example.se",
        thread_ids=[],
        automatic=None,
    )
    assert stop is not None and stop.opted_out and not stop.recorded
    with store.read() as session:
        assert session.scalars(select(SurveyOptOut.email)).all() == ["anna@example.se"]
    # a forged token (another key) is no answer at all
    forged = SurveyAnswers(store, clock).recognise(
        subject=f"[{sign('not the key', due, 1)}]",
        body="1",
        from_address="x@y.z",
        thread_ids=[],
        automatic=None,
    )
    assert forged is None
    # a bounce of the survey marks it as not delivered and records nothing
    bounce = SurveyAnswers(store, clock).recognise(
        subject="Undelivered Mail Returned to Sender",
        body="1",
        from_address="mailer-daemon@example.se",
        thread_ids=[f"survey-{due.hex}@shop.test"],
        automatic="bounce",
    )
    assert bounce is not None and not bounce.recorded


def test_survey_policy_changes_are_in_the_audit_log(store: Store, clock: FixedClock) -> None:
    from agentdesk.audit import capture
    from agentdesk.audit.log import Kind, kind_of
    from agentdesk.store.audit_models import AuditEntry

    capture.install(store, clock, lambda: None)
    try:
        policies = SurveyPolicies(store, clock)
        policy = policies.save(PolicyInput(name="Mail CSAT", kind="csat"))
        clock.advance(minutes=1)
        policies.save(PolicyInput(name="Mail CSAT", kind="nps"), policy)
        clock.advance(minutes=1)
        policies.delete(policy)
    finally:
        capture.uninstall(store)
    with store.read() as session:
        found = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == "survey_policy")
            .order_by(AuditEntry.at, AuditEntry.id)
        ).all()
    assert [e.action for e in found] == ["create", "update", "delete"]
    assert found[1].before == {"kind": "csat"} and found[1].after == {"kind": "nps"}
    assert {kind_of(e.table_name, e.action, e.label) for e in found} == {Kind.SURVEYS}


def test_only_the_desk_holding_the_mailbox_lease_sends_its_surveys(store: Store, clock: FixedClock) -> None:
    """Two desktops of a team both plan the same survey: the one fetching the mailbox sends it."""
    inbox = InboxService(store, clock)
    anna = inbox.create_customer("Anna Berg", email="anna@example.se", language="en")
    policy = PolicyInput(name="CSAT by mail", kind="csat", channel=None, delay_minutes=30)
    SurveyPolicies(store, clock).save(policy)
    account = _account(store)
    _solved(inbox, anna)
    mailer = SurveyMailer(store, clock)
    mailer.plan()
    clock.advance(minutes=31)
    [due] = mailer.due()
    assert mailer.due([uuid.uuid4()]) == [] and mailer.due([account]) == [due]

    assert FetchLease(store, clock=clock, holder="the other desk").acquire(account)
    service = MailService(
        store, StaticPasswords("pw"), clock, FetchLease(store, clock=clock, holder="this desk")
    )
    result = service.run_round()
    assert result.surveys.sent == result.surveys.failed == 0
    with store.read() as session:
        request = session.get(SurveyRequest, due)
        assert request is not None and (request.state, request.attempts) == (SurveyState.DUE.value, 0)
