# SPDX-License-Identifier: GPL-3.0-or-later
"""Every mistake a user can make on the command line ends in one plain line on stderr and exit
status 1 (or 2 for usage), never 70 (internal error) and never a traceback.

Arguments are generated the way a shell hands them over: bytes, decoded as Python decodes argv
(a name in another encoding arrives as lone surrogates), never a NUL. The commands run in this
process (``agentdesk.cli.main``). The many cheap examples aim at databases that fail before they
are opened (a folder, a text file, a missing folder) and at every option's values; a smaller run
works on a real workspace (reports over any period, exports to any file name).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk import cli
from agentdesk.demo import build_demo, default_anchor
from agentdesk.store.database import open_store

START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
FIXTURES = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@dataclass(frozen=True)
class Files:
    root: Path
    workspace: Path  # a real workspace (20 demo conversations)
    folder: Path  # a folder where a file is expected
    text: Path  # a text file where a database or an exchange file is expected
    exchange: Path  # the workspace's export
    broken: Path  # an exchange file with a broken line
    empty: Path
    missing_folder: Path

    @property
    def new_db(self) -> Path:
        return self.root / "new.sqlite"


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Files]:
    root = tmp_path_factory.mktemp("cli")
    workspace = root / "workspace.sqlite"
    store = open_store(workspace)
    try:
        build_demo(store, 20, anchor=default_anchor(START))
    finally:
        store.close()
    (root / "folder").mkdir()
    (root / "notes.txt").write_text("Shopping list: milk, eggs\n")
    exchange = root / "all.jsonl"
    assert cli.main(["export", "--db", str(workspace), "--out", str(exchange)]) == 0
    broken = root / "broken.jsonl"
    broken.write_text(exchange.read_text(encoding="utf-8").splitlines()[0] + "\n{oops\n", encoding="utf-8")
    (root / "empty.jsonl").write_text("")
    yield Files(
        root=root,
        workspace=workspace,
        folder=root / "folder",
        text=root / "notes.txt",
        exchange=exchange,
        broken=broken,
        empty=root / "empty.jsonl",
        missing_folder=root / "no" / "such" / "folder",
    )


# -- what a shell can pass ------------------------------------------------------------------------

ARGV_TEXT = st.binary(max_size=24).map(lambda b: os.fsdecode(b.replace(b"\x00", b"0")))
"""Any argument a shell can pass: bytes without NUL, decoded as Python decodes argv."""

NUMBERS = st.one_of(
    st.integers(-(10**30), 10**30).map(str),
    st.sampled_from(["0", "-1", "1", "1e3", "0x10", " 7 ", "²", "٣", "9" * 400, "", "NaN", "1_000"]),
    ARGV_TEXT,
)
SIZES = st.one_of(
    st.tuples(st.integers(-5, 100_000), st.integers(-5, 100_000)).map(lambda wh: f"{wh[0]}x{wh[1]}"),
    st.sampled_from(["0x0", "99999x99999", "1440X900", "x", "1440x", "200x200x200", "-200x300"]),
    ARGV_TEXT,
)
DATES = st.one_of(
    st.dates().map(lambda d: d.strftime("%Y-%m-%d") if d.year >= 1000 else d.isoformat()),
    st.sampled_from(["0001-01-01", "9999-12-31", "0000-01-01", "2026-02-30", "10000-01-01", "2026-1-1"]),
    ARGV_TEXT,
)


def file_name(suffixes: list[str]) -> st.SearchStrategy[str]:
    """A file name (never a path that leaves its folder) with one of ``suffixes`` or any."""
    stem = ARGV_TEXT.map(lambda t: t.replace("/", "_")).map(lambda t: "x" + t if t in ("", ".", "..") else t)
    suffix = st.one_of(st.sampled_from(suffixes), ARGV_TEXT.map(lambda t: t.replace("/", "_")))
    return st.tuples(stem, suffix).map("".join)


@st.composite
def out_path(draw: st.DrawFn, files: Files, suffixes: list[str]) -> str:
    """An output file: in a folder that exists, in one that does not, or a folder itself."""
    where = draw(st.sampled_from(["root", "missing", "folder"]))
    if where == "folder":
        return str(files.folder)
    base = files.root if where == "root" else files.missing_folder
    return str(base / draw(file_name(suffixes)))


def broken_db(files: Files, must_exist: bool) -> st.SearchStrategy[str]:
    """A database that cannot be opened, so nothing is created there; a missing file only for
    commands that need an existing database."""
    choices = [files.folder, files.text, files.missing_folder / "x.sqlite"]
    if must_exist:
        choices.append(files.root / "missing.sqlite")
    return st.sampled_from([str(path) for path in choices])


COMMANDS = ["window", "demo", "upgrade", "check", "export", "import", "snapshot", "report", "mail"]
SNAPSHOT_SUFFIXES = [".png", ".jpg", ".JPEG", ".bmp"]


@st.composite
def cheap_argv(draw: st.DrawFn, files: Files) -> list[str]:
    """A command line that ends before a database opens: broken databases, odd values, stray words."""
    command = draw(st.sampled_from(COMMANDS))
    db = broken_db(files, must_exist=command in ("check", "export", "snapshot", "report", "mail"))
    args: list[str]
    if command == "window":
        # Never a database that opens: that would open the window.
        args = ["--db", draw(st.sampled_from([str(files.folder), str(files.text)]))]
        if draw(st.booleans()):
            args.append("--demo")  # with --db: refused
    elif command == "demo":
        args = ["demo", "--db", draw(db), "--conversations", draw(NUMBERS), "--seed", draw(NUMBERS)]
    elif command in ("upgrade", "check"):
        args = ["db", command, "--db", draw(db)]
    elif command == "export":
        args = ["export", "--db", draw(db), "--out", draw(out_path(files, [".jsonl"]))]
    elif command == "import":
        source = draw(
            st.sampled_from(
                [files.broken, files.text, files.folder, files.root / "missing.jsonl", files.missing_folder]
            )
        )
        args = ["import", "--db", draw(st.one_of(db, st.just(str(files.new_db)))), str(source)]
    elif command == "snapshot":
        args = [
            "snapshot",
            "--db",
            draw(db),
            "--out",
            draw(out_path(files, [".png", ".jpg", ".JPEG", ".bmp"])),
        ]
        if draw(st.booleans()):
            args += ["--size", draw(SIZES)]
        if draw(st.booleans()):
            args += ["--conversation", draw(NUMBERS)]
    elif command == "report":
        args = ["report", "--db", draw(db), "--from", draw(DATES), "--to", draw(DATES)]
        args += ["--out", draw(out_path(files, [".csv", ".pdf", ".CSV", ".xlsx"]))]
    else:
        args = ["mail", "list", "--db", draw(db)]
    # Now and then a word dropped, or a stray word added at the end. Never both, and never for
    # the window: a database would then open (a stray word taking the place of a dropped path).
    if command != "window":
        change = draw(st.integers(0, 19))
        if change == 0:
            del args[draw(st.integers(0, len(args) - 1))]
        elif change == 1:
            args.append(draw(st.one_of(ARGV_TEXT, st.just("--bogus"))))
    return args


def opens_the_window(argv: list[str], files: Files) -> bool:
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            args = cli._parser().parse_args(argv)
    except SystemExit:
        return False
    return args.command is None and not (args.demo and args.db) and args.db not in (files.folder, files.text)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = cli.main(argv)
    except SystemExit as exit_:  # argparse: --help, --version and usage mistakes
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def assert_plain_outcome(argv: list[str], code: int, err: str) -> None:
    assert code in (0, 1, 2), (argv, code, err)
    assert "Traceback" not in err, (argv, err)
    if code != 0:
        lines = err.splitlines()
        assert len(lines) == 1, (argv, err)
        assert lines[0].startswith("agentdesk"), (argv, err)


# -- the properties ---------------------------------------------------------------------------------


@settings(FIXTURES, max_examples=2200)  # some draws are discarded: at least 2,000 run
@given(data=st.data())
def test_any_command_line_ends_in_one_plain_line(
    data: st.DataObject, files: Files, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(files.root)  # anything relative stays in the test's folder
    for leftover in files.root.glob("new.sqlite*"):
        leftover.unlink()
    argv = data.draw(cheap_argv(files), label="argv")
    assert not opens_the_window(argv, files), argv  # the generator's promise: no window opens here
    code, _, err = run(argv, capsys)
    assert_plain_outcome(argv, code, err)
    if argv[:1] == ["import"] and code != 0:  # a failed import creates no database
        assert list(files.root.glob("new.sqlite*")) == [], argv


@settings(FIXTURES, max_examples=150)
@given(
    first=DATES,
    last=DATES,
    suffix=st.sampled_from([".csv", ".CSV", ".pdf"]),
)
def test_a_report_over_any_period_is_written_or_refused_in_one_line(
    first: str, last: str, suffix: str, files: Files, capsys: pytest.CaptureFixture[str]
) -> None:
    out = files.root / f"report{suffix}"
    argv = ["report", "--db", str(files.workspace), "--from", first, "--to", last, "--out", str(out)]
    code, stdout, err = run(argv, capsys)
    assert_plain_outcome(argv, code, err)
    if code == 0:
        assert err == "" and stdout.startswith("Wrote ")


@settings(FIXTURES, max_examples=100)
@given(out=st.data())
def test_an_export_to_any_file_name_is_written_or_refused_in_one_line(
    out: st.DataObject, files: Files, capsys: pytest.CaptureFixture[str]
) -> None:
    target = out.draw(out_path(files, [".jsonl", ".JSONL", ""]), label="out")
    argv = ["export", "--db", str(files.workspace), "--out", target]
    code, _, err = run(argv, capsys)
    assert_plain_outcome(argv, code, err)
    assert code == 0 or not Path(target).is_file() or Path(target) == files.folder
