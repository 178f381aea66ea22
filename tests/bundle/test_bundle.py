# SPDX-License-Identifier: GPL-3.0-or-later
"""The desktop bundle works as a shop gets it: built by ``./dev build`` (PyInstaller, build.spec),
unpacked from its ``.tar.gz`` into an empty folder and run from there, with no Python, virtual
environment or checkout in reach.

The commands a shop's first day runs: the version, a demo workspace (migrations, SLA presets,
starter canned replies), the database check, snapshots as PNG and JPEG, in German and Danish
(Qt's offscreen platform and image plugins, qtawesome's fonts, the translations), the server's help
and a server that is not there (psycopg's binary driver answering). Every file the program reads
only on some screens (the Designer forms, the icon, the migrations, keyring's entry points) is
checked in the bundle's tree; and the parts of Qt AgentDesk does not use stay out.

The build takes about a minute; it is reused while dist/ is newer than every source file.
"""

from __future__ import annotations

import os
import platform
import re
import socket
import sqlite3
import struct
import subprocess
import tarfile
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from agentdesk import __version__
from agentdesk.replies.exchange import starter_entries

pytestmark = [pytest.mark.slow, pytest.mark.bundle]

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-23T09:00:00+00:00"  # the run's clock (AGENTDESK_NOW), not the wall clock
ARCHIVE = ROOT / "dist" / f"agentdesk-{__version__}-{platform.system().lower()}-{platform.machine()}.tar.gz"
SOURCES = ("agentdesk", "ui", "resources", "build.spec", "setup.py", "pyproject.toml")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Bundle:
    folder: Path  # the unpacked agentdesk/ folder
    home: Path  # an empty folder to work in, with the user's folders below it

    @property
    def program(self) -> Path:
        return self.folder / "agentdesk"

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"

    def env(self, **extra: str) -> dict[str, str]:
        """Only what a desktop session would give: none of this test run's Python variables."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
        env["PATH"] = "/usr/bin:/bin"
        env |= {
            "QT_QPA_PLATFORM": "offscreen",
            "AGENTDESK_NOW": NOW,
            "HOME": str(self.home),
            "XDG_DATA_HOME": str(self.home / "data"),
            "XDG_STATE_HOME": str(self.home / "state"),
            "XDG_CONFIG_HOME": str(self.home / "config"),
        }
        return env | extra

    def run(self, *args: str | Path, expect: int = 0) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(self.program), *map(str, args)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=self.home,
            env=self.env(),
            stdin=subprocess.DEVNULL,
        )
        assert result.returncode == expect, (
            f"{args}: exit {result.returncode}\n{result.stdout}\n{result.stderr}"
        )
        return result


def _newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else path.rglob("*")
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts:
                newest = max(newest, file.stat().st_mtime)
    return newest


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bundle]:
    pytest.importorskip("PyInstaller", reason="the bundle extra is not installed (./dev installs it)")
    if not ARCHIVE.exists() or ARCHIVE.stat().st_mtime < _newest_source():
        build = subprocess.run(
            [str(ROOT / "dev"), "build"], capture_output=True, text=True, timeout=900, cwd=ROOT
        )
        assert build.returncode == 0, f"./dev build failed\n{build.stdout}\n{build.stderr}"
    assert ARCHIVE.exists(), f"./dev build wrote no {ARCHIVE.name}"
    unpacked = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(ARCHIVE) as tar:
        tar.extractall(unpacked, filter="tar")
    home = tmp_path_factory.mktemp("home")
    yield Bundle(unpacked / "agentdesk", home)


@pytest.fixture(scope="module")
def workspace(bundle: Bundle) -> Path:
    """A demo workspace built by the bundle: migrations, SLA presets and canned replies."""
    db = bundle.home / "workspace.sqlite"
    bundle.run("demo", "--db", db, "--conversations", "200")
    return db


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk comes first
    return width, height


def test_the_bundle_is_a_folder_with_the_program_and_its_launcher_entry(bundle: Bundle) -> None:
    assert os.access(bundle.program, os.X_OK)
    assert (bundle.folder / "agentdesk.desktop").read_text(encoding="utf-8").startswith("[Desktop Entry]")
    assert os.access(bundle.folder / "install-desktop-entry.sh", os.X_OK)
    assert (bundle.folder / "icons" / "agentdesk.svg").is_file()


def test_install_desktop_entry_puts_the_program_and_icon_into_the_launcher(bundle: Bundle) -> None:
    data = bundle.home / "launcher"
    script = bundle.folder / "install-desktop-entry.sh"
    env = bundle.env(XDG_DATA_HOME=str(data))
    subprocess.run([script], check=True, capture_output=True, env=env, timeout=60)
    entry = (data / "applications" / "agentdesk.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle.program}"' in entry.splitlines()
    assert "Icon=agentdesk" in entry.splitlines()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "agentdesk.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "agentdesk.svg").is_file()
    subprocess.run([script, "--remove"], check=True, capture_output=True, env=env, timeout=60)
    assert not (data / "applications" / "agentdesk.desktop").exists()
    assert not (data / "icons" / "hicolor" / "48x48" / "apps" / "agentdesk.png").exists()


def test_version(bundle: Bundle) -> None:
    assert bundle.run("--version").stdout.strip() == f"AgentDesk {__version__}"


def test_demo_workspace_has_the_presets_and_the_starter_replies(bundle: Bundle, workspace: Path) -> None:
    with closing(sqlite3.connect(workspace)) as conn:
        conversations = conn.execute("SELECT count(*) FROM conversation").fetchone()[0]
        replies = conn.execute("SELECT count(*) FROM canned_reply WHERE deleted_at IS NULL").fetchone()[0]
        policies = conn.execute("SELECT count(*) FROM sla_policy").fetchone()[0]
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert conversations == 200
    assert replies == len(starter_entries())
    assert policies > 0
    versions = ROOT / "agentdesk" / "store" / "migrations" / "versions"
    heads = re.findall(r'^revision = "(\w+)"', max(versions.glob("0*.py")).read_text(), re.MULTILINE)
    assert [revision] == heads  # every migration ran, the newest too


def test_db_check(bundle: Bundle, workspace: Path) -> None:
    assert bundle.run("db", "check", "--db", workspace).stdout.strip().endswith(": ok")


@pytest.mark.parametrize(
    ("name", "language"),
    [("window.png", "en"), ("fenster.png", "de"), ("vindue.png", "da"), ("window.jpg", "en")],
)
def test_snapshot_renders_the_window(bundle: Bundle, workspace: Path, name: str, language: str) -> None:
    out = bundle.home / name
    result = bundle.run("snapshot", "--db", workspace, "--out", out, "--language", language)
    assert result.stderr == ""  # a missing catalogue, plugin or font would warn here
    data = out.read_bytes()
    if name.endswith(".png"):
        assert png_size(data) == (1440, 900)
        assert 20_000 < len(data) < 5_000_000, len(data)  # a drawn window, not a blank one
    else:
        assert data[:3] == b"\xff\xd8\xff"  # JPEG: Qt's jpeg plugin is in the bundle


def test_server_commands_reach_the_postgresql_driver(bundle: Bundle) -> None:
    assert "--url" in bundle.run("server", "init", "--help").stdout
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = bundle.run("server", "init", "--url", f"postgresql://127.0.0.1:{port}/agentdesk", expect=1)
    # libpq's own words: psycopg's binary driver was loaded and tried to connect.
    assert "Connection refused" in result.stderr or "connection failed" in result.stderr, result.stderr


def test_every_resource_read_at_run_time_is_in_the_bundle(bundle: Bundle) -> None:
    package = bundle.internal / "agentdesk"

    def names(folder: Path, pattern: str) -> set[str]:
        return {p.name for p in folder.glob(pattern)}

    assert names(ROOT / "ui", "*.ui") <= names(package / "ui", "*.ui")
    assert names(ROOT / "resources" / "icons", "agentdesk*") <= names(package / "icons", "agentdesk*")
    assert names(ROOT / "agentdesk" / "data", "*.json") <= names(package / "data", "*.json")
    assert names(ROOT / "agentdesk", "**/*.qm") <= names(package, "**/*.qm")
    migrations = ROOT / "agentdesk" / "store" / "migrations"
    assert names(migrations, "*.py") | names(migrations, "*.mako") <= names(
        package / "store" / "migrations", "*"
    )
    assert names(migrations / "versions", "*.py") <= names(
        package / "store" / "migrations" / "versions", "*.py"
    )
    (keyring,) = bundle.internal.glob("keyring-*.dist-info")
    assert "keyring.backends" in (keyring / "entry_points.txt").read_text(encoding="utf-8")
    assert list((bundle.internal / "psycopg_binary").glob("pq*"))
    assert list((bundle.internal / "qtawesome" / "fonts").glob("*.ttf"))


def test_only_the_parts_of_qt_agentdesk_uses(bundle: Bundle) -> None:
    qt = bundle.internal / "PySide6" / "Qt"
    plugins = {p.parent.name + "/" + p.name.split(".")[0] for p in (qt / "plugins").glob("*/*")}
    needed = {
        "platforms/libqoffscreen",
        "platforms/libqxcb",
        "platforms/libqwayland",
        "imageformats/libqjpeg",
        "imageformats/libqsvg",
        "iconengines/libqsvgicon",
    }
    assert needed <= plugins
    assert not {
        p for p in plugins if p.startswith(("platforms/libqeglfs", "platforms/libqvnc", "qmltooling"))
    }
    libraries = {p.name for p in bundle.internal.rglob("libQt6*")}
    unused = ("libQt6Qml", "libQt6Quick", "libQt6WebEngine", "libQt6Pdf", "libQt63D", "libQt6Multimedia")
    assert not {name for name in libraries if name.startswith(unused)}
