# SPDX-License-Identifier: GPL-3.0-or-later
"""The call timer of a phone reply and the call length stored on the logged message."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from agentdesk.clock import FixedClock
from agentdesk.errors import ValidationError
from agentdesk.gui.conversation.call_timer import CallTimer
from agentdesk.inbox.call_duration import MAX_CALL_SECONDS, check_call_seconds, mark_call
from agentdesk.inbox.delivery import LOGGED, mark_route
from agentdesk.inbox.service import InboxService
from agentdesk.metrics.kpis import compute_kpis
from agentdesk.store.database import Store
from tests.conftest import within_cpu_seconds

UTC = dt.UTC
T0 = dt.datetime(2026, 11, 23, 9, tzinfo=UTC)


def test_the_timer_measures_the_call_on_the_injected_clock(qapp: QApplication, clock: FixedClock) -> None:
    clock.set(T0)
    timer = CallTimer(clock.now)
    assert timer.seconds() is None
    timer.toggle()  # the call begins
    clock.set(T0 + dt.timedelta(minutes=4, seconds=5))
    assert timer.seconds() == 245  # while it runs
    timer.toggle()  # the call ends
    assert timer.running.text() == "4:05"
    assert timer.minutes.value() == 4
    clock.set(T0 + dt.timedelta(hours=1))
    assert timer.seconds() == 245  # stopped: no longer counting
    timer.minutes.setValue(12)  # the agent's own figure wins
    assert timer.seconds() == 720
    timer.reset()
    assert timer.seconds() is None and timer.running.text() == "0:00"


def test_a_logged_call_keeps_its_length_and_handling_time_counts_it(store: Store, clock: FixedClock) -> None:
    clock.set(T0)
    desk = InboxService(store, clock)
    finn = desk.create_customer("Finn", email="finn@example.com")
    call = desk.create_conversation(finn, "phone", "Call", "Asked about his order.", logged_by_agent=True).id
    desk.reply(
        call,
        "Told him it ships today.",
        status_after="solved",
        on_message=mark_call(540, mark_route(LOGGED)),
        when=T0 + dt.timedelta(minutes=30),
    )
    with store.raw_connection() as conn:
        meta = conn.execute(
            "SELECT json_extract(meta, '$.call.seconds'), json_extract(meta, '$.delivery.route') "
            "FROM message WHERE direction = 'outbound'"
        ).fetchone()
    assert meta == (540, "logged")
    week = compute_kpis(
        store, T0 - dt.timedelta(hours=9), T0 + dt.timedelta(days=7), now=T0 + dt.timedelta(days=1)
    )
    assert week.overall.value("aht") == pytest.approx(9.0)  # measured, not the 10-minute estimate
    assert mark_call(None, None) is None and mark_call(0, None) is None


@settings(max_examples=2000, deadline=None)
@given(
    st.one_of(
        st.integers(-(10**9), 10**9), st.floats(allow_nan=True), st.text(max_size=5), st.none(), st.booleans()
    )
)
def test_call_lengths_are_checked_with_one_sentence(value: object) -> None:
    with within_cpu_seconds(1.0):
        try:
            seconds = check_call_seconds(value)
        except ValidationError as exc:
            assert "\n" not in exc.message and exc.message.endswith(".")
        else:
            assert 0 <= seconds <= MAX_CALL_SECONDS
