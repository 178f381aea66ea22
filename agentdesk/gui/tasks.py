# SPDX-License-Identifier: GPL-3.0-or-later
"""Blocking reads off the GUI thread, with the answer delivered back on it.

Counting every view or searching 200,000 conversations can take longer than a frame, so the
window hands such work to ``TaskRunner.run``: the function runs on a small thread pool (each call
opens its own database connection there; connections are never shared across threads), and
``done`` or ``failed`` is then called on the GUI thread with plain values. A task started again
before the last one answered makes the older answer stale: it is dropped, so a slow count can never
overwrite a newer one.

Errors the environment causes (``AgentDeskError``) reach ``failed`` as their sentence; anything
else is a bug, logged with its traceback and reported as a short sentence too, so a worker never
takes the window down.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from agentdesk.errors import AgentDeskError

log = logging.getLogger("agentdesk.gui.tasks")


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call over to this thread."""

    finished = Signal(str, int, bool, object)  # channel, generation, ok, result or sentence


class _Job(QRunnable):
    def __init__(self, relay: _Relay, channel: str, generation: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self._relay = relay
        self._channel = channel
        self._generation = generation
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except AgentDeskError as exc:
            self._relay.finished.emit(self._channel, self._generation, False, exc.message)
        except Exception:
            log.exception("background task %s failed", self._channel)
            sentence = QCoreApplication.translate(
                "TaskRunner", "An internal error stopped this; see the log."
            )
            self._relay.finished.emit(self._channel, self._generation, False, sentence)
        else:
            self._relay.finished.emit(self._channel, self._generation, True, result)


class TaskRunner(QObject):
    """Runs one kind of work per ``channel`` at a time in the background (latest wins)."""

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._generation: dict[str, int] = {}
        self._callbacks: dict[str, tuple[Callable[[Any], None], Callable[[str], None]]] = {}
        self._closed = False

    def run(
        self,
        channel: str,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
    ) -> None:
        """Run ``work`` in the background; ``done(result)`` or ``failed(sentence)`` follows on the
        GUI thread unless another task on ``channel`` was started meanwhile."""
        if self._closed:
            return
        generation = self._generation.get(channel, 0) + 1
        self._generation[channel] = generation
        self._callbacks[channel] = (done, failed)
        self._pool.start(_Job(self._relay, channel, generation, work))

    def busy(self, channel: str) -> bool:
        """Whether the latest task on ``channel`` has not answered yet."""
        return channel in self._callbacks

    def cancel(self, channel: str) -> None:
        """Drop the answer of the running task on ``channel`` (the work itself runs to its end)."""
        self._generation[channel] = self._generation.get(channel, 0) + 1
        self._callbacks.pop(channel, None)

    @Slot(str, int, bool, object)
    def _finished(self, channel: str, generation: int, ok: bool, result: object) -> None:
        if self._closed or generation != self._generation.get(channel):
            return  # a newer task on this channel will answer
        callbacks = self._callbacks.pop(channel, None)
        if callbacks is None:
            return
        done, failed = callbacks
        if ok:
            done(result)
        else:
            failed(str(result))

    def close(self) -> None:
        """Wait for running work to end and deliver nothing more (before the database closes)."""
        self._closed = True
        self._callbacks.clear()
        self._pool.waitForDone()
