# SPDX-License-Identifier: GPL-3.0-or-later
"""The child programs of the start-up and memory figures: ``python -m bench.probe empty|app [DB]``.

Each starts from nothing (a new interpreter), opens its window offscreen and, once it is painted,
prints one JSON line (seconds since the interpreter started, resident memory) and exits at once.
``empty`` is a bare PySide6 window of the same size; ``app`` is the real command ``agentdesk --db
DB``, painted the way ``MainWindow.is_painted`` means it: list, counts, SLA chips in sight and the
open conversation. Its window size and settings come from a fresh settings folder (``process.py``
points the XDG folders at one), so every run starts like a first start on this machine.
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


def _report(started: float) -> None:
    rss, peak = resident_kib()
    print(json.dumps({"seconds": time.time() - started, "rss_kib": rss, "peak_kib": peak}), flush=True)
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


def app(db: Path) -> None:
    """The real command, ``agentdesk --db DB``: its argument parsing, presets, starter replies and
    SLA catch-up, preferences and event loop; the probe only watches the window it builds."""
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
            if window.is_painted():
                _report(started)
            elif time.time() - started > TIMEOUT_S:
                print(json.dumps({"error": "the window did not paint in time"}), flush=True)
                os._exit(1)

        timer.timeout.connect(check)
        timer.start()
        return window

    app_module.build_main_window = watched
    code = agentdesk_main(["--db", str(db)])
    print(json.dumps({"error": f"agentdesk ended (exit code {code}) before its window painted"}), flush=True)
    os._exit(1)


def main(argv: list[str]) -> None:
    if argv[:1] == ["empty"]:
        empty()
    elif argv[:1] == ["app"] and len(argv) == 2:
        app(Path(argv[1]))
    else:
        print("usage: python -m bench.probe empty | app DB", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv[1:])
