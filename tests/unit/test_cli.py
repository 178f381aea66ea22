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
from agentdesk.cli import main
from agentdesk.store.database import open_store

NOW = "2026-11-23T09:00:00+00:00"  # the clock of a run (AGENTDESK_NOW), not the wall clock


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


def test_a_failed_import_into_a_new_database_leaves_no_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"format": "agentdesk-exchange", oops\n')
    result = run_cli("import", "--db", tmp_path / "new.sqlite", broken)
    assert_one_line_error(result, "line 1:")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.jsonl"]  # no -wal, -shm, -journal


def test_a_failed_import_into_an_existing_database_keeps_it(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    open_store(db).close()
    before = digest(db)
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{oops\n")
    assert_one_line_error(run_cli("import", "--db", db, broken), "line 1:")
    assert digest(db) == before


@pytest.mark.slow
def test_snapshot_format_follows_the_suffix(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    assert run_cli("demo", "--db", db, "--conversations", "5", env={"AGENTDESK_NOW": NOW}).returncode == 0
    magic = {".jpg": b"\xff\xd8\xff", ".jpeg": b"\xff\xd8\xff", ".JPEG": b"\xff\xd8\xff", ".PNG": b"\x89PNG"}
    for suffix, start in magic.items():
        out = tmp_path / f"window{suffix}"
        result = run_cli("snapshot", "--db", db, "--out", out, "--size", "400x300")
        assert result.returncode == 0, result.stderr
        assert out.read_bytes().startswith(start), suffix
    result = run_cli("snapshot", "--db", db, "--out", tmp_path / "window.bmp")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "agentdesk snapshot: argument --out: "
        f"'{tmp_path / 'window.bmp'}' must end in .png, .jpg or .jpeg (see 'agentdesk snapshot --help')"
    ]
    assert not (tmp_path / "window.bmp").exists()


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["demo", "--conversations", "lots"], "'lots' is not a whole number"),
        (["demo", "--conversations", "99999999999"], "must be at most 1,000,000"),
        (["snapshot", "--out", "x.png", "--size", "0x0"], "between 200 and 8000 pixels"),
        (["snapshot", "--out", "x.png", "--size", "99999x99999"], "between 200 and 8000 pixels"),
        (["snapshot", "--out", "x.png", "--conversation", str(2**64)], "must be at most"),
        (["snapshot", "--out", "x.gif"], "must end in .png, .jpg or .jpeg"),
        (["mail", "watch", "--interval", str(10**20)], "must be at most 86,400"),
    ],
)
def test_usage_mistakes_end_in_one_line_and_exit_2(
    args: list[str], problem: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shop.sqlite"
    with pytest.raises(SystemExit) as exit_:
        main(
            [*args[:2], "--db", str(db), *args[2:]]
            if args[0] == "mail"
            else [args[0], "--db", str(db), *args[1:]]
        )
    assert exit_.value.code == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and problem in lines[0], lines
    assert not db.exists()


def test_a_report_to_the_end_of_time(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "shop.sqlite"
    open_store(db).close()
    for first, last in (
        ("0001-01-01", "9999-12-31"),
        ("9999-12-31", "9999-12-31"),
        ("0001-01-01", "0001-01-01"),
    ):
        out = tmp_path / "r.csv"
        assert main(["report", "--db", str(db), "--from", first, "--to", last, "--out", str(out)]) == 0
        assert out.exists()
    assert (
        main(["report", "--db", str(db), "--from", "2026-02-01", "--to", "2026-01-01", "--out", str(out)])
        == 1
    )
    assert capsys.readouterr().err.splitlines() == [
        "agentdesk: The period ends (2026-01-01) before it starts (2026-02-01)."
    ]
    assert main(["report", "--db", str(db), "--from", "2026-01-01", "--to", "2026-01-02",
                 "--out", str(tmp_path / "no" / "r.pdf")]) == 1  # fmt: skip
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_a_file_name_in_another_encoding_is_shown_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shop.sqlite"
    open_store(db).close()
    out = tmp_path / os.fsdecode(b"export-\xff.jsonl")  # as Python hands over such a name from argv
    assert main(["export", "--db", str(db), "--out", str(out)]) == 0
    assert "export-\\udcff.jsonl" in capsys.readouterr().out
    assert os.fsencode(out) in [os.fsencode(p) for p in tmp_path.iterdir()]


def test_an_unknown_log_level_is_a_usage_mistake(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("AGENTDESK_LOG", "chatty")
    assert main(["--version"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "agentdesk: AGENTDESK_LOG='CHATTY' is not a log level (DEBUG, INFO, WARNING, ERROR, CRITICAL)."
    ]
