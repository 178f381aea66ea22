# SPDX-License-Identifier: GPL-3.0-or-later
"""An AgentDesk installed from a wheel is complete: built with ``pip wheel``, installed into a new
virtual environment and run from another folder, it holds every Designer form of ``ui/`` (and
builds each) and the application icon, builds a demo workspace with the starter canned replies
and the SLA presets, renders a snapshot and opens the window with ``agentdesk --demo``.

Offline and quick: the wheel is built without build isolation (setuptools comes with the test
extra) and installed without its dependencies; the new environment reaches those through a
``.pth`` line naming this environment's site-packages. A ``.pth`` line only adds a folder, it does
not run the ``.pth`` files inside it, so the editable install of the checkout stays out of sight.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import sysconfig
import threading
from contextlib import closing
from pathlib import Path

import pytest

from agentdesk.replies.exchange import starter_entries

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-23T09:00:00+00:00"  # the run's clock (AGENTDESK_NOW), not the wall clock


def run(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=300, cwd=cwd, env=env
    )
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def package_files(folder: Path) -> set[str]:
    """The files of a package folder, without byte code."""
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def test_a_wheel_installed_into_a_new_environment_is_a_complete_agentdesk(tmp_path: Path) -> None:
    # A copy of the sources, so the build writes nothing into the checkout.
    source = tmp_path / "source"
    for folder in ("agentdesk", "ui", "resources/icons"):
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    pip = (sys.executable, "-m", "pip", "--disable-pip-version-check")
    run(*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index", "-w", wheels, source)
    (wheel,) = wheels.glob("agentdesk-*.whl")

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))").strip())
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site / "dependencies.pth").write_text("".join(f"{folder}\n" for folder in sorted(ours)))
    run(*pip, "--python", python, "install", "-q", "--no-deps", "--no-index", wheel)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "AGENTDESK_NOW": NOW,
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    installed = Path(run(python, "-c", "import agentdesk; print(agentdesk.__file__)", cwd=elsewhere, env=env))
    assert installed.parent.parent == site, installed  # the wheel's copy, not the checkout
    # Every file of the package, and the top-level forms and icon installed inside it.
    expected = package_files(source / "agentdesk")
    expected |= {f"ui/{name}" for name in package_files(source / "ui")}
    expected |= {f"icons/{name}" for name in package_files(source / "resources" / "icons")}
    assert {name for name in expected if name.startswith("ui/") and name.endswith(".ui")}
    assert package_files(installed.parent) >= expected

    # Every Designer form builds from the installed copy, and the window's icon is there.
    forms = sorted(p.stem for p in (ROOT / "ui").glob("*.ui"))
    check = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from agentdesk.gui.designer import load_form\n"
        "from agentdesk.app import _application_icon\n"
        "app = QApplication([])\n"
        "for name in sys.argv[1:]:\n"
        "    load_form(name)\n"
        "assert not _application_icon().isNull()\n"
        "print(len(sys.argv) - 1)\n"
    )
    assert run(python, "-c", check, *forms, cwd=elsewhere, env=env).strip() == str(len(forms))

    agentdesk = venv / "bin" / "agentdesk"
    db = elsewhere / "workspace.sqlite"
    run(agentdesk, "demo", "--db", db, "--conversations", "50", cwd=elsewhere, env=env)
    with closing(sqlite3.connect(db)) as conn:
        replies = conn.execute("SELECT count(*) FROM canned_reply WHERE deleted_at IS NULL").fetchone()[0]
        policies = conn.execute("SELECT count(*) FROM sla_policy").fetchone()[0]
        conversations = conn.execute("SELECT count(*) FROM conversation").fetchone()[0]
    assert replies == len(starter_entries())
    assert policies > 0
    assert conversations == 50

    shot = elsewhere / "window.png"
    run(agentdesk, "snapshot", "--db", db, "--out", shot, cwd=elsewhere, env=env)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    # `agentdesk --demo`: the window opens on a demo workspace built on first use, and closes
    # cleanly on SIGTERM. With AGENTDESK_LOG=INFO it says when it is up.
    window = subprocess.Popen(
        [str(agentdesk), "--demo"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=elsewhere,
        env=env | {"AGENTDESK_LOG": "INFO"},
    )
    deadline = threading.Timer(180, window.kill)
    deadline.start()
    try:
        assert window.stderr is not None
        said = []
        for line in window.stderr:
            said.append(line)
            if line.startswith("agentdesk.app: window open on"):
                window.send_signal(signal.SIGTERM)
                break
        said.append(window.communicate(timeout=60)[1])
    finally:
        deadline.cancel()
    assert window.returncode == 0, "".join(said)
    assert any("window open on" in line for line in said), "".join(said)
    assert (tmp_path / "data" / "AgentDesk" / "demo.sqlite").is_file()
