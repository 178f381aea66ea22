# SPDX-License-Identifier: GPL-3.0-or-later
"""The timer's SLA checks read and compute on a worker thread, never on the GUI thread, and
announce there what ``check()`` would have announced; the first one waits for the window."""

from __future__ import annotations

import datetime as dt
import threading

from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui import sla_alerts as sla_alerts_module
from agentdesk.gui.sla_alerts import SlaAlerts
from agentdesk.services import build_services
from agentdesk.sla.presets import install_presets
from agentdesk.store.database import Store

START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)  # a Monday morning


def test_a_timed_check_reads_off_the_gui_thread_and_announces_on_it(qtbot: QtBot, store: Store) -> None:
    clock = FixedClock(START)
    install_presets(store, now=clock.now())
    services = build_services(store, clock)
    customer = services.inbox.create_customer("Jens Hansen", email="jens@example.com")
    conversation = services.inbox.create_conversation(customer, "chat", "Payment failed", "It failed.").id
    alerts = SlaAlerts(services, interval_ms=60_000)
    readers: list[threading.Thread] = []
    announcers: list[threading.Thread] = []
    gather = alerts._gather

    def watched_gather(now: dt.datetime) -> sla_alerts_module._Gathered | None:
        readers.append(threading.current_thread())
        return gather(now)

    alerts._gather = watched_gather  # type: ignore[method-assign]
    alerts.alert.connect(lambda *_args: announcers.append(threading.current_thread()))
    clock.advance(minutes=3, seconds=30)  # the chat's first response is due soon
    with qtbot.waitSignal(alerts.alert, timeout=5000) as blocker:
        alerts.start(first_check_ms=0)
    assert blocker.args is not None and blocker.args[0] == conversation
    assert readers and all(t is not threading.main_thread() for t in readers)
    assert announcers == [threading.main_thread()]
    with qtbot.assertNotEmitted(alerts.alert):
        assert alerts.check() == []  # announced once, whichever way it was found
    alerts.close()


def test_the_first_timed_check_waits_for_the_window(qtbot: QtBot, store: Store) -> None:
    services = build_services(store, FixedClock(START))
    alerts = SlaAlerts(services)
    started: list[bool] = []
    alerts._tick = lambda: started.append(True)  # type: ignore[method-assign]
    alerts.start()
    qtbot.wait(50)
    assert started == []  # not in the frames that paint the window
    assert sla_alerts_module.FIRST_CHECK_MS >= 1000
    alerts.close()
