# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line as a shop's admin meets it: bad input gets one line, a non-zero exit, and the
file stays as it was."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from agentdesk import __version__
from agentdesk.store.database import open_store


def run_cli(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agentdesk", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("agentdesk: ")
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"AgentDesk {__version__}"


def test_db_upgrade_creates_then_reports_up_to_date(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    first = run_cli("db", "upgrade", "--db", db)
    assert first.returncode == 0 and "created" in first.stdout
    second = run_cli("db", "upgrade", "--db", db)
    assert second.returncode == 0 and "up to date" in second.stdout
    check = run_cli("db", "check", "--db", db)
    assert check.returncode == 0 and check.stdout.strip().endswith(": ok")


def test_file_that_is_not_sqlite(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite"
    db.write_text("Shopping list: milk, eggs\n")
    before = digest(db)
    for args in (("db", "upgrade"), ("export", "--out", tmp_path / "x.jsonl"), ("demo",)):
        result = run_cli(*args, "--db", db)
        assert_one_line_error(result, "not an AgentDesk database")
        assert digest(db) == before
    assert not (tmp_path / "x.jsonl").exists()


def test_database_of_a_newer_version(tmp_path: Path) -> None:
    db = tmp_path / "future.sqlite"
    open_store(db).close()
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00d'")
    before = digest(db)
    result = run_cli("db", "upgrade", "--db", db)
    assert_one_line_error(result, "newer version of AgentDesk", "f00d")
    assert digest(db) == before


def test_missing_database_is_not_created_by_export(tmp_path: Path) -> None:
    db = tmp_path / "nope.sqlite"
    result = run_cli("export", "--db", db, "--out", tmp_path / "out.jsonl")
    assert_one_line_error(result, "does not exist")
    assert not db.exists()


def test_missing_folder(tmp_path: Path) -> None:
    result = run_cli("db", "upgrade", "--db", tmp_path / "no" / "such" / "folder" / "x.sqlite")
    assert_one_line_error(result, "does not exist")


@contextlib.contextmanager
def read_only_folder(tmp_path: Path, seed_db: bool) -> Iterator[Path]:
    """A folder nobody may write to. As root (CI) permission bits do not stop us, so a
    read-only tmpfs is mounted; otherwise the folder's write bits are removed."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() == 0:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)])
        if mounted.returncode != 0:
            pytest.skip("cannot mount a tmpfs here to make a read-only folder as root")
        try:
            if seed_db:
                open_store(folder / "shop.sqlite").close()
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            yield folder
        finally:
            subprocess.run(["umount", str(folder)])
    else:
        if seed_db:
            open_store(folder / "shop.sqlite").close()
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)


def test_read_only_folder_new_database(tmp_path: Path) -> None:
    with read_only_folder(tmp_path, seed_db=False) as folder:
        result = run_cli("db", "upgrade", "--db", folder / "shop.sqlite")
        assert_one_line_error(result, "read-only")
        assert list(folder.iterdir()) == []


def test_read_only_folder_existing_database(tmp_path: Path) -> None:
    with read_only_folder(tmp_path, seed_db=True) as folder:
        db = folder / "shop.sqlite"
        before = digest(db)
        result = run_cli("db", "upgrade", "--db", db)
        assert_one_line_error(result, "read-only")
        assert digest(db) == before


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    result = run_cli("demo", "--db", tmp_path / "x.sqlite", "--conversations", "lots")
    assert result.returncode == 2
    assert "not a whole number" in result.stderr
    result = run_cli("snapshot", "--db", tmp_path / "x.sqlite", "--out", "x.png", "--size", "huge")
    assert result.returncode == 2
    assert "not a size like 1440x900" in result.stderr


def test_import_of_a_file_with_a_broken_line_imports_nothing(tmp_path: Path) -> None:
    source = tmp_path / "shop.sqlite"
    assert run_cli("demo", "--db", source, "--conversations", "30").returncode == 0
    exported = tmp_path / "all.jsonl"
    assert run_cli("export", "--db", source, "--out", exported).returncode == 0
    lines = exported.read_text(encoding="utf-8").splitlines(keepends=True)
    broken = tmp_path / "broken.jsonl"
    broken.write_text("".join(lines[:-3]) + '{"format": "agentdesk-exchange", oops\n' + "".join(lines[-2:]))
    target = tmp_path / "target.sqlite"
    open_store(target).close()
    before = digest(target)
    result = run_cli("import", "--db", target, broken)
    assert_one_line_error(result, f"line {len(lines) - 2}:", "not valid JSON")
    assert digest(target) == before
    assert run_cli("import", "--db", target, exported).returncode == 0
    again = tmp_path / "again.jsonl"
    assert run_cli("export", "--db", target, "--out", again).returncode == 0
    assert again.read_bytes() == exported.read_bytes()
