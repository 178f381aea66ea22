# SPDX-License-Identifier: GPL-3.0-or-later
"""``agentdesk customer export|erase|retention``: the GDPR actions from the command line, for
admins (whoever may open the database file acts as its owner).

- ``export --db PATH --email ADDRESS --out DIR`` writes the customer's archive (data.json, their
  files, summary.html) into DIR and prints its path;
- ``erase --db PATH --email ADDRESS --reason CODE [--yes]`` erases them after a confirmation
  (typed ``erase``, or ``--yes``); the next sync carries the erasure to the server;
- ``retention --db PATH [--years N] [--off] [--dry-run]`` sets the retention period and
  anonymises the customers it makes due (``--dry-run``: only counts them).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agentdesk.clock import Clock
from agentdesk.errors import AgentDeskError, ValidationError
from agentdesk.messages import Message, translatable
from agentdesk.store.models import ErasureReason

Actions = Any  # argparse's sub-parser action (its class is private)


def register(actions: Actions, clock: Callable[[], Clock]) -> None:
    """Add the three actions to the ``customer`` group's ``actions``."""
    export = actions.add_parser(
        "export",
        help="write everything held about one customer (GDPR Art. 15/20) as a ZIP archive",
        description="The archive holds data.json (machine-readable), the customer's files and summary.html.",
    )
    export.add_argument("--db", type=Path, required=True, metavar="PATH", help="the SQLite database file")
    export.add_argument("--email", required=True, metavar="ADDRESS", help="the customer's email address")
    export.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder to write into")
    export.set_defaults(customer_handler=cmd_export, privacy_clock=clock)

    erase = actions.add_parser(
        "erase",
        help="erase one customer's personal data here, on the server and on every desktop (GDPR Art. 17)",
        description="Counts and times stay (the conversations are anonymised); texts, names, addresses "
        "and files go. This cannot be undone.",
    )
    erase.add_argument("--db", type=Path, required=True, metavar="PATH", help="the SQLite database file")
    erase.add_argument("--email", required=True, metavar="ADDRESS", help="the customer's email address")
    erase.add_argument(
        "--reason",
        required=True,
        metavar="CODE",
        help="why: " + ", ".join(r.value for r in ErasureReason),
    )
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.set_defaults(customer_handler=cmd_erase, privacy_clock=clock)

    retention = actions.add_parser(
        "retention",
        help="anonymise customers with no conversation for N years",
        description="Without --years, the period set before is used. --off turns the policy off.",
    )
    retention.add_argument("--db", type=Path, required=True, metavar="PATH", help="the SQLite database file")
    retention.add_argument("--years", metavar="N", help="the retention period (1-30 years); it is kept")
    retention.add_argument("--off", action="store_true", help="turn the retention policy off")
    retention.add_argument("--dry-run", action="store_true", help="only say how many customers are due")
    retention.set_defaults(customer_handler=cmd_retention, privacy_clock=clock)


def _open(path: Path) -> Any:
    from agentdesk.audit import capture
    from agentdesk.clock import SystemClock
    from agentdesk.store.database import open_store
    from agentdesk.sync.outbox import install_if_configured

    path = path.expanduser()
    if not path.exists():
        raise AgentDeskError(translatable("Privacy", "{path} does not exist."), path=str(path))
    store = open_store(path)
    install_if_configured(store)
    capture.install(store, SystemClock())  # administrative changes are logged
    return store


def cmd_export(args: argparse.Namespace) -> int:
    from agentdesk.privacy.erase import find_customer
    from agentdesk.privacy.export import export_customer

    store = _open(args.db)
    try:
        with store.read() as session:
            customer_id = find_customer(session, args.email).id
        result = export_customer(store, customer_id, args.out.expanduser(), args.privacy_clock())
    finally:
        store.close()
    print(
        Message(
            translatable(
                "Privacy", "Wrote {path}: {conversations} conversations, {messages} messages, {files} files."
            ),
            path=str(result.path),
            conversations=result.conversations,
            messages=result.messages,
            files=result.files,
        )
    )
    if result.missing_files:
        print(
            Message(
                translatable("Privacy", "{count} files are not on this desktop in full and are listed only."),
                count=result.missing_files,
            )
        )
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from agentdesk.privacy.erase import erase_customer, find_customer, parse_reason, server_allows_erasure

    reason = parse_reason(args.reason)
    store = _open(args.db)
    try:
        server_allows_erasure(store)  # before asking: the server would refuse this login's erasure
        with store.read() as session:
            customer = find_customer(session, args.email)
            customer_id, name = customer.id, customer.name
        if not args.yes:
            question = Message(
                translatable("Privacy", "Erase {name} <{email}> for good? Type erase to confirm: "),
                name=name,
                email=args.email.strip(),
            )
            print(question, end="", flush=True)
            answer = sys.stdin.readline().strip().lower()
            if answer != "erase":
                raise ValidationError(translatable("Privacy", "Nothing was erased."))
        result = erase_customer(store, customer_id, reason, args.privacy_clock())
    finally:
        store.close()
    print(
        Message(
            translatable(
                "Privacy",
                "Erased: {conversations} conversations anonymised, {messages} messages emptied, "
                "{files} files deleted. The next sync erases the customer on the server and every desktop.",
            ),
            conversations=result.conversations,
            messages=result.messages,
            files=result.attachments,
        )
    )
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from agentdesk.privacy.retention import apply_retention, parse_years, set_retention_years

    years = parse_years(args.years) if args.years is not None else None
    store = _open(args.db)
    try:
        if args.off:
            set_retention_years(store, None)
            print(Message(translatable("Privacy", "The retention policy is off.")))
            return 0
        if years is not None and not args.dry_run:
            set_retention_years(store, years)
        run = apply_retention(store, args.privacy_clock(), years=years, dry_run=args.dry_run)
    finally:
        store.close()
    if args.dry_run:
        text = translatable(
            "Privacy", "{count} customers have had no conversation for {years} years; none was changed."
        )
        print(Message(text, count=run.due, years=run.years))
    else:
        text = translatable(
            "Privacy", "{count} customers with no conversation for {years} years were anonymised."
        )
        print(Message(text, count=run.erased, years=run.years))
    return 0
