# SPDX-License-Identifier: GPL-3.0-or-later
"""A mail round (fetch, then send) as the window and ``mail watch`` run it: one fetcher per
mailbox, and a stop that ends a long fetch after the mail at hand."""

from __future__ import annotations

import threading

import pytest

from agentdesk.clock import FixedClock
from agentdesk.mail.lease import FetchLease
from agentdesk.mail.service import MailService

from .conftest import Dovecot, MailSetup
from .test_fetch import ALTERNATIVE_1252, HTML_ONLY_DA, TEXT_ONLY_DE

pytestmark = pytest.mark.server


def test_only_the_lease_holder_fetches(mail_setup: MailSetup, dovecot: Dovecot, clock: FixedClock) -> None:
    dovecot.append(mail_setup.user, TEXT_ONLY_DE)
    desk = MailService(
        mail_setup.store, mail_setup.passwords, clock, FetchLease(mail_setup.store, "desk", clock)
    )
    watch = MailService(
        mail_setup.store, mail_setup.passwords, clock, FetchLease(mail_setup.store, "watch", clock)
    )
    first = desk.run_round()
    assert [r.stored for r in first.fetched] == [1]
    second = watch.run_round()
    assert second.fetched == [] and second.busy == ["support@shop.test"]
    assert "fetched by another desktop or service right now" in second.lines()[0]
    desk.release_all()
    dovecot.append(mail_setup.user, ALTERNATIVE_1252)
    third = watch.run_round()
    assert [r.stored for r in third.fetched] == [1]


def test_stop_ends_a_fetch_after_the_mail_at_hand(
    mail_setup: MailSetup, dovecot: Dovecot, clock: FixedClock
) -> None:
    dovecot.append(mail_setup.user, TEXT_ONLY_DE, ALTERNATIVE_1252, HTML_ONLY_DA)
    service = MailService(mail_setup.store, mail_setup.passwords, clock)
    stop = threading.Event()
    original = service.fetcher.intake.deliver

    def deliver_then_stop(*args, **kwargs):  # type: ignore[no-untyped-def]
        stop.set()  # SIGTERM arrives while the first mail is being stored
        return original(*args, **kwargs)

    service.fetcher.intake.deliver = deliver_then_stop  # type: ignore[method-assign]
    result = service.run_round(stop)
    assert [r.stored for r in result.fetched] == [1]
    assert result.fetched[0].error is not None and "the rest follows" in result.fetched[0].error
    service.fetcher.intake.deliver = original  # type: ignore[method-assign]
    again = service.run_round()
    assert [r.stored for r in again.fetched] == [2]  # nothing missed, nothing twice
