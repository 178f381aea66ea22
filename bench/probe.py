# SPDX-License-Identifier: GPL-3.0-or-later
"""The child programs of the start-up and memory figures: ``python -m bench.probe empty|app|first DB``.

Each starts from nothing (a new interpreter), opens its window offscreen and, once it is painted,
prints one JSON line (seconds since the interpreter started, resident memory) and exits at once.
``empty`` is a bare PySide6 window of the same size; ``app`` is the real command ``agentdesk --db
DB``, painted the way ``MainWindow.is_painted`` means it: list, counts, SLA chips in sight and the
open conversation. Its window size and settings come from a fresh settings folder (``process.py``
points the XDG folders at one), so every run starts like a first start on this machine.

``first`` is the start before them, the way an agent's first start ends: it reports its paint too,
then closes the window as the close button does, so what a closing AgentDesk keeps for the next
start (window state, the drawn icons) is there for the measured runs.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agentdesk.gui.main_window import MainWindow

WINDOW_SIZE = (1440, 900)
TIMEOUT_S = 60.0


def _process_start() -> float:
    """When this process started, on the ``time.time()`` clock (Linux; now elsewhere)."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        with open("/proc/self/stat") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as fh:
            uptime = float(fh.read().split()[0])
        return time.time() - uptime + start_ticks / ticks
    except (OSError, ValueError, IndexError):
        return time.time()


def resident_kib() -> tuple[int, int]:
    """(resident now, peak resident) in KiB, from /proc; zeros where that is not available."""
    found = {"VmRSS:": 0, "VmHWM:": 0}
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                key = line.split(None, 1)[0] if line.strip() else ""
                if key in found:
                    found[key] = int(line.split()[1])
    except OSError:
        pass
    return found["VmRSS:"], found["VmHWM:"]


def _facts(started: float) -> dict[str, Any]:
    """The figures at this moment, then (after them) the modules imported so far."""
    seconds = time.time() - started
    rss, peak = resident_kib()
    return {"seconds": seconds, "rss_kib": rss, "peak_kib": peak, "modules": sorted(sys.modules)}


def _report(started: float) -> None:
    print(json.dumps(_facts(started)), flush=True)
    os._exit(0)  # no teardown: the figure ends at the first paint


def empty() -> None:
    started = _process_start()
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(["agentdesk-bench"])
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                _report(started)
            return False

    watcher = Painted()
    window.installEventFilter(watcher)
    window.show()
    app.exec()


def app(db: Path, *, close: bool = False) -> None:
    """The real command, ``agentdesk --db DB``: its argument parsing, presets, starter replies and
    SLA catch-up, preferences and event loop; the probe only watches the window it builds. With
    ``close`` the window closes once painted and the command ends as it does for an agent."""
    started = _process_start()
    from PySide6.QtCore import QTimer

    import agentdesk.app as app_module
    from agentdesk.cli import main as agentdesk_main

    build = app_module.build_main_window

    def watched(*args: Any, **kwargs: Any) -> MainWindow:
        window = build(*args, **kwargs)
        timer = QTimer(window)
        timer.setInterval(2)

        def check() -> None:
            if window.is_painted() and close:
                timer.stop()
                print(json.dumps(_facts(started)))
                window.close()
            elif window.is_painted():
                _report(started)
            elif time.time() - started > TIMEOUT_S:
                print(json.dumps({"error": "the window did not paint in time"}), flush=True)
                os._exit(1)

        timer.timeout.connect(check)
        timer.start()
        return window

    app_module.build_main_window = watched
    code = agentdesk_main(["--db", str(db)])
    if close and code == 0:
        sys.stdout.flush()
        os._exit(0)
    print(json.dumps({"error": f"agentdesk ended (exit code {code}) before its window painted"}), flush=True)
    os._exit(1)


def main(argv: list[str]) -> None:
    if argv[:1] == ["empty"]:
        empty()
    elif argv[:1] in (["app"], ["first"]) and len(argv) == 2:
        app(Path(argv[1]), close=argv[0] == "first")
    else:
        print("usage: python -m bench.probe empty | app DB | first DB", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv[1:])
