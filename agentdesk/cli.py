# SPDX-License-Identifier: GPL-3.0-or-later
"""The ``agentdesk`` command: the window, and headless commands for shops and scripts.

Errors the environment or the input causes (``AgentDeskError``) end in one line on stderr and exit
status 1; usage mistakes exit 2 (argparse). Anything else is a bug: the traceback goes to the log
file and the user gets one line saying where it is — never a traceback on the terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from agentdesk import __version__
from agentdesk.errors import AgentDeskError, StoreError
from agentdesk.paths import DEMO_DB_NAME, data_dir, default_db_path, log_dir

if TYPE_CHECKING:
    from agentdesk.clock import Clock
    from agentdesk.store.database import Store

log = logging.getLogger("agentdesk.cli")

DEMO_CONVERSATIONS = 2000


class ProgressBar:
    """A one-line progress bar on a terminal; a line every few seconds otherwise (logs, CI)."""

    def __init__(self, label: str, stream: TextIO | None = None, width: int = 30) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.width = width
        self.tty = self.stream.isatty()
        self.started = time.monotonic()
        self._last_line = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        share = done / total if total else 1.0
        elapsed = now - self.started
        filled = int(share * self.width)
        bar = "#" * filled + "-" * (self.width - filled)
        text = f"{self.label} [{bar}] {share:4.0%} {done:,}/{total:,}  {elapsed:5.1f}s"
        if self.tty:
            self.stream.write("\r" + text)
            if done >= total:
                self.stream.write("\n")
        elif done >= total or now - self._last_line >= 2.0 or self._last_line == 0.0:
            self.stream.write(text + "\n")
            self._last_line = now
        self.stream.flush()


def _size(value: str) -> tuple[int, int]:
    try:
        w, h = (int(p) for p in value.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size like 1440x900") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000 pixels")
    return w, h


MAX_DEMO_CONVERSATIONS = 1_000_000  # about eight minutes on a 2-core machine
LARGEST_NUMBER = 2**63 - 1  # SQLite's largest integer


def _whole_number(value: str, highest: int = LARGEST_NUMBER) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    if number > highest:
        raise argparse.ArgumentTypeError(f"must be at most {highest:,}")
    return number


def _positive(value: str) -> int:
    return _whole_number(value)


def _at_most(highest: int) -> Callable[[str], int]:
    """A whole number from 1 to ``highest``, for argparse."""

    def parse(value: str) -> int:
        return _whole_number(value, highest)

    return parse


def _seed(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-11-01") from None


SNAPSHOT_SUFFIXES = (".png", ".jpg", ".jpeg")  # app.SNAPSHOT_FORMATS, without importing Qt here


def _snapshot_file(value: str) -> Path:
    path = Path(value)
    if path.suffix.lower() not in SNAPSHOT_SUFFIXES:
        raise argparse.ArgumentTypeError(f"{value!r} must end in .png, .jpg or .jpeg")
    return path


def _report_file(value: str) -> Path:
    path = Path(value)
    if path.suffix.lower() not in (".csv", ".pdf"):
        raise argparse.ArgumentTypeError(f"{value!r} must end in .csv or .pdf")
    return path


def _db_option(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        required=required,
        metavar="PATH",
        help="the SQLite database file" + ("" if required else f" (default: {default_db_path()})"),
    )


class _Parser(argparse.ArgumentParser):
    """Usage mistakes end in one line too: what is wrong, and where to read the usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {_one_line(message)} (see '{self.prog} --help')\n")


def _one_line(text: str) -> str:
    """A message on one line, whatever line breaks a file name or a value brought into it."""
    return " ".join(text.splitlines())


LANGUAGES = ("en", "de", "da")  # agentdesk.gui.i18n.LANGUAGES, without importing Qt here


def _language_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--language", choices=LANGUAGES, default=None, help=help_text)


def build_parser() -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = _Parser(
        prog="agentdesk",
        description="AgentDesk: the customer-service workstation. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"AgentDesk {__version__}")
    _db_option(parser)
    parser.add_argument(
        "--demo",
        action="store_true",
        help=f"open the demo workspace in {data_dir() / DEMO_DB_NAME} (built on first use)",
    )
    _language_option(parser, "the window's language (default: as chosen in Settings, else the system's)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="build a demo workspace with realistic conversations")
    _db_option(demo, required=True)
    demo.add_argument("--conversations", type=_at_most(MAX_DEMO_CONVERSATIONS), default=2000, metavar="N")
    demo.add_argument("--seed", type=_seed, default=1, metavar="S")

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_commands.add_parser("upgrade", help="bring the database schema up to date")
    _db_option(upgrade)
    check = db_commands.add_parser("check", help="check the database's integrity and search index")
    _db_option(check)

    export = commands.add_parser("export", help="write every conversation to a JSONL exchange file")
    _db_option(export, required=True)
    export.add_argument("--out", type=Path, required=True, metavar="FILE.jsonl")

    imp = commands.add_parser("import", help="read a JSONL exchange file (all of it, or nothing)")
    _db_option(imp, required=True)
    imp.add_argument("source", type=Path, metavar="FILE.jsonl")

    snap = commands.add_parser("snapshot", help="render the window offscreen to a PNG or JPEG")
    _db_option(snap, required=True)
    snap.add_argument(
        "--out", type=_snapshot_file, required=True, metavar="FILE.png", help="PNG, or JPEG for .jpg/.jpeg"
    )
    snap.add_argument("--size", type=_size, default=(1440, 900), metavar="WxH")
    snap.add_argument("--conversation", type=_positive, default=None, metavar="NUMBER")
    _language_option(snap, "the window's language (default: en)")

    from agentdesk.mail import commands as mail_commands

    mail_commands.register(commands, _at_most)
    _report_parser(commands)
    from agentdesk.sync import commands as sync_commands

    sync_commands.register(commands)
    _customer_parser(commands)
    from agentdesk.web import commands as web_commands

    web_commands.register(commands)
    from agentdesk.kb import commands as kb_commands

    kb_commands.register(commands)
    return parser


def _customer_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``agentdesk customer ...``: each action sets ``customer_handler`` (agentdesk.customers.commands)."""
    from agentdesk.customers import commands as customer_commands

    actions = customer_commands.register(commands)
    _privacy_actions(actions)


def _privacy_actions(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``agentdesk customer export|erase|retention`` (agentdesk.privacy.commands)."""
    from agentdesk.privacy import commands as privacy_commands

    privacy_commands.register(actions, _clock)


def _report_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser(
        "report",
        help="write the KPIs of a period to a CSV or PDF file",
        description="Write the KPIs of the days FROM to TO (both included, UTC) overall and per agent, "
        "team, tier and channel: a CSV table, or a PDF report with tables and charts.",
    )
    _db_option(report, required=True)
    report.add_argument(
        "--from", dest="date_from", type=_date, required=True, metavar="DATE", help="first day, YYYY-MM-DD"
    )
    report.add_argument(
        "--to",
        dest="date_to",
        type=_date,
        required=True,
        metavar="DATE",
        help="last day (included), YYYY-MM-DD",
    )
    report.add_argument(
        "--out",
        type=_report_file,
        required=True,
        metavar="FILE.pdf|FILE.csv",
        help="the format follows the suffix",
    )
    _language_option(
        report,
        "the report's language: the PDF's texts, numbers and dates, the CSV's group names "
        "(its column names stay the same in every language; default: the system's)",
    )


def _open(path: Path | None, *, must_exist: bool = False, create_folder: bool = False) -> Store:
    from agentdesk.store.database import open_store

    if path is None:
        path = default_db_path()
        create_folder = True
    path = path.expanduser()
    if must_exist and not path.exists():
        raise StoreError(f"{path} does not exist.")
    if create_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    store = open_store(path)
    from agentdesk.sync.outbox import install_if_configured

    install_if_configured(store)  # a database that syncs records what every command changes
    return store


def _with_presets(store: Store) -> Store:
    """A workspace with no SLA policies or calendars gets the shipped presets (once: presets a
    supervisor deleted do not come back)."""
    from agentdesk.sla.presets import install_presets

    try:
        install_presets(store)
    except BaseException:
        store.close()
        raise
    return store


def _has_conversations(store: Store) -> bool:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT 1 FROM conversation LIMIT 1").first() is not None


NOW_VARIABLE = "AGENTDESK_NOW"
"""An ISO time with a zone (``2026-11-23T09:00:00+00:00``) that stands in for the clock: the run
sees that instant all the time, for reproducible demos and snapshots."""


def _clock() -> Clock:
    """The one clock of this run: the system's, or a fixed one when ``AGENTDESK_NOW`` is set.

    A malformed value is a usage mistake: a plain message and exit status 2.
    """
    from agentdesk.clock import FixedClock, SystemClock

    value = os.environ.get(NOW_VARIABLE, "").strip()
    if not value:
        return SystemClock()
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        when = None
    if when is None or when.tzinfo is None:
        print(
            f"agentdesk: {NOW_VARIABLE}={value!r} is not a time with a zone like 2026-11-23T09:00:00+00:00.",
            file=sys.stderr,
        )
        raise SystemExit(2)
    try:
        return FixedClock(when)
    except OverflowError:
        print(
            f"agentdesk: {NOW_VARIABLE}={value!r} lies outside the years 1 to 9999 in UTC.", file=sys.stderr
        )
        raise SystemExit(2) from None


def _start_sla_catch_up(store: Store, clock: Clock) -> threading.Thread:
    """Record the SLA warnings and breaches that happened while the app was closed (by ``clock``).

    Runs beside the window (started once it has painted) on its own connections, in short
    transactions; the views pick the events up on their next refresh. A failure is logged, never
    shown: the window's own checks record new breaches as they happen.
    """
    from agentdesk.sla.cache import catch_up

    def work() -> None:
        try:
            catch_up(store, clock.now())
        except Exception:
            log.exception("SLA catch-up failed")

    thread = threading.Thread(target=work, name="sla-catch-up", daemon=True)
    thread.start()
    return thread


def cmd_window(args: argparse.Namespace) -> int:
    if args.demo and args.db is not None:
        raise AgentDeskError("Give either --demo or --db, not both.")
    clock = _clock()
    if args.demo:
        store = _open(data_dir() / DEMO_DB_NAME, create_folder=True)
        if not _has_conversations(store):
            from agentdesk.demo import build_demo, default_anchor

            try:
                build_demo(
                    store,
                    DEMO_CONVERSATIONS,
                    anchor=default_anchor(clock.now()),
                    progress=ProgressBar("Building demo workspace"),
                )
            except BaseException:
                store.close()
                raise
    else:
        store = _open(args.db)
    _with_presets(store)
    from agentdesk.app import run_app

    try:  # the catch-up waits for the first frame: on two cores it would slow it down
        return run_app(
            store,
            sys.argv[:1],
            clock,
            language=args.language,
            after_painted=lambda: _start_sla_catch_up(store, clock),
        )
    finally:
        store.close()


def cmd_demo(args: argparse.Namespace) -> int:
    clock = _clock()
    store = _open(args.db)
    from agentdesk.demo import build_demo, default_anchor

    try:
        summary = build_demo(
            store,
            args.conversations,
            args.seed,
            anchor=default_anchor(clock.now()),
            progress=ProgressBar("Building demo workspace"),
        )
    finally:
        store.close()
    print(
        f"Built {summary.conversations:,} conversations with {summary.messages:,} messages for "
        f"{summary.customers:,} customers in {summary.elapsed:.1f}s: {store.path}"
    )
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    from agentdesk.store import migrate

    if args.db_command == "upgrade":
        path = (args.db or default_db_path()).expanduser()
        existed = path.exists()
        store = _with_presets(_open(args.db))
        store.close()
        head = migrate.head_revision()
        print(f"{store.path} is {'up to date' if existed else 'created'} (schema {head}).")
        return 0
    store = _open(args.db, must_exist=True)
    try:
        from agentdesk.store.database import integrity_problems

        problems = integrity_problems(store)
    finally:
        store.close()
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    print(f"{store.path}: ok")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    store = _open(args.db, must_exist=True)
    from agentdesk.exchange import export_jsonl

    try:
        summary = export_jsonl(store, args.out)
    finally:
        store.close()
    print(f"Exported {summary.conversations:,} conversations to {args.out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """All of the file or nothing; a database this import would have created is not left behind."""
    from agentdesk.exchange import import_jsonl

    if not args.source.is_file():
        raise AgentDeskError(f"{args.source} does not exist or is not a file.")
    path = args.db.expanduser()
    # Only a database this import creates is removed again, never files beside an existing one
    # (another window may have that database open).
    leftovers = [f for f in _database_files(path) if not os.path.lexists(f)] if not path.exists() else []
    try:
        store = _open(path)
        try:
            summary = import_jsonl(store, args.source)
        finally:
            store.close()
    except BaseException:
        for file in leftovers:  # only files that did not exist before: never the user's own
            with contextlib.suppress(OSError):
                file.unlink()
        raise
    print(summary.describe())
    print(summary.describe())
    return 0


def _database_files(path: Path) -> list[Path]:
    """A database file and the files SQLite keeps beside it."""
    return [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]


def cmd_snapshot(args: argparse.Namespace) -> int:
    store = _open(args.db, must_exist=True)
    from agentdesk.app import render_snapshot

    try:
        render_snapshot(
            store, args.out, args.size, args.conversation, clock=_clock(), language=args.language or "en"
        )
    finally:
        store.close()
    print(f"Wrote {args.out}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from agentdesk.gui import report_pdf
    from agentdesk.metrics.report import PdfRenderer, period_of_days, write_report

    start, end = period_of_days(args.date_from, args.date_to)  # to 9999-12-31 included
    report_pdf.use_language(args.language)  # the catalogue and the locale, for the CSV's names too
    render_pdf: PdfRenderer | None = None
    if args.out.suffix.lower() == ".pdf":
        render_pdf = report_pdf.render_pdf
    store = _open(args.db, must_exist=True)
    try:
        summary = write_report(store, start, end, args.out, now=_clock().now(), render_pdf=render_pdf)
    finally:
        store.close()
    from agentdesk.messages import Message, translatable

    one = summary.rows == 1
    if summary.kind == "pdf":
        text = (
            translatable("Cli", "Wrote {path} (1 page, {seconds}s)")
            if one
            else translatable("Cli", "Wrote {path} ({count} pages, {seconds}s)")
        )
    else:
        text = (
            translatable("Cli", "Wrote {path} (1 row, {seconds}s)")
            if one
            else translatable("Cli", "Wrote {path} ({count} rows, {seconds}s)")
        )
    # In the report's language, which report_pdf.use_language installed.
    print(Message(text, path=args.out, count=summary.rows, seconds=f"{summary.seconds:.1f}"))
    return 0


def cmd_mail(args: argparse.Namespace) -> int:
    from agentdesk.mail import commands as mail_commands

    return mail_commands.run(args)


def cmd_customer(args: argparse.Namespace) -> int:
    from agentdesk.customers import commands as customer_commands

    return customer_commands.run(args)


def cmd_web(args: argparse.Namespace) -> int:
    from agentdesk.web import commands as web_commands

    return web_commands.run(args)


def cmd_kb(args: argparse.Namespace) -> int:
    from agentdesk.kb import commands as kb_commands

    return kb_commands.run(args)


def cmd_sync(args: argparse.Namespace) -> int:
    """``agentdesk server init|add-agent`` and ``agentdesk sync``."""
    from agentdesk.sync.commands import run

    return run(args)


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_window,
    "demo": cmd_demo,
    "db": cmd_db,
    "export": cmd_export,
    "import": cmd_import,
    "snapshot": cmd_snapshot,
    "mail": cmd_mail,
    "report": cmd_report,
    "server": cmd_sync,
    "sync": cmd_sync,
    "customer": cmd_customer,
    "web": cmd_web,
    "kb": cmd_kb,
}


def _report_crash(exc: BaseException) -> Path | None:
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "crash.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} AgentDesk {__version__}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return path
    except OSError:
        return None


@functools.cache
def _parser() -> argparse.ArgumentParser:
    """The parser, built once per process (parsing leaves it as it was)."""
    return build_parser()


LOG_VARIABLE = "AGENTDESK_LOG"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def _say(message: str) -> None:
    print(f"agentdesk: {_one_line(message)}", file=sys.stderr)


def _printable_output() -> None:
    """Output never fails on a file name the terminal's encoding cannot show (a name in another
    encoding arrives as lone surrogates): such characters are written as escapes."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", None) == "strict":
            with contextlib.suppress(Exception):
                reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _printable_output()
    level = os.environ.get(LOG_VARIABLE, "").strip().upper() or "WARNING"
    if level not in LOG_LEVELS:
        _say(f"{LOG_VARIABLE}={level!r} is not a log level ({', '.join(LOG_LEVELS)}).")
        return 2
    logging.basicConfig(level=level, format="%(name)s: %(message)s")
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except AgentDeskError as exc:
        _say(exc.message)
        return 1
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        _say(f"{exc.strerror or exc}{where}")
        return 1
    except KeyboardInterrupt:
        _say("interrupted; whatever was committed is kept.")
        return 130
    except Exception as exc:
        from agentdesk.store.database import translate_sqlite_error

        db = getattr(args, "db", None) or default_db_path()
        translated = translate_sqlite_error(exc, Path(db))
        if translated is not None:
            _say(translated.message)
            return 1
        crash_log = _report_crash(exc)
        detail = f"; details are in {crash_log}" if crash_log else ""
        _say(f"internal error ({type(exc).__name__}){detail}.")
        return 70
