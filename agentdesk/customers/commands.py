# SPDX-License-Identifier: GPL-3.0-or-later
"""``agentdesk customer ...``: customer records from the command line.

``register`` adds the ``customer`` command group and its ``import`` action and returns the group's
actions, so other modules add theirs beside it (each sets ``customer_handler`` with
``set_defaults``); ``run`` calls the chosen action's handler.

``agentdesk customer import --db PATH FILE.csv`` reads the file as the import dialog does (the
columns guessed from the header), prints what it would do, and writes it all, or nothing with
``--dry-run``. A broken line refuses the file with its line number (exit 1).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agentdesk.errors import AgentDeskError

Actions = Any  # argparse's sub-parser action (its class is private)


def register(commands: Actions) -> Actions:
    group = commands.add_parser("customer", help="customer records: import from a CSV file")
    actions = group.add_subparsers(dest="customer_command", metavar="ACTION", required=True)
    imp = actions.add_parser(
        "import",
        help="import customers (or organisations) from a CSV file: all of it, or nothing",
        description="Reads UTF-8 (with or without BOM) or Windows-1252, separated by ';', ',' or tabs. "
        "Columns are recognised by their header in English, German or Danish.",
    )
    imp.add_argument("--db", type=Path, required=True, metavar="PATH", help="the SQLite database file")
    imp.add_argument("source", type=Path, metavar="FILE.csv")
    imp.add_argument(
        "--organisations",
        action="store_true",
        help="the file lists organisations (name, domains, plan, notes)",
    )
    imp.add_argument(
        "--update",
        action="store_true",
        help="a row whose email address a customer has already updates that customer (default: skipped)",
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="check the file and say what would happen; write nothing"
    )
    imp.add_argument(
        "--separator", choices=[";", ",", "tab"], default=None, help="default: as the header line shows"
    )
    imp.set_defaults(customer_handler=cmd_import)
    return actions


def run(args: argparse.Namespace) -> int:
    handler: Callable[[argparse.Namespace], int] = args.customer_handler
    return handler(args)


def cmd_import(args: argparse.Namespace) -> int:
    from agentdesk.clock import SystemClock
    from agentdesk.customers import csv_import
    from agentdesk.store.database import open_store
    from agentdesk.sync.outbox import install_if_configured

    source: Path = args.source
    if not source.is_file():
        raise AgentDeskError(f"{source} does not exist or is not a file.")
    path = args.db.expanduser()
    if not path.exists():
        raise AgentDeskError(f"{path} does not exist.")
    data = csv_import.read_file(source)
    store = open_store(path)
    try:
        install_if_configured(store)
        separator = "\t" if args.separator == "tab" else args.separator
        kind = csv_import.Kind.ORGANISATIONS if args.organisations else csv_import.Kind.CUSTOMERS
        on_duplicate = csv_import.OnDuplicate.UPDATE if args.update else csv_import.OnDuplicate.SKIP
        plan = csv_import.plan_import(
            store, data, kind=kind, on_duplicate=on_duplicate, file_name=source.name, separator=separator
        )
        columns = ", ".join(
            f"{head or '?'} -> {field or '(not imported)'}"
            for head, field in zip(plan.header, plan.mapping, strict=True)
        )
        print(f"{source.name}: {plan.encoding}, separator {plan.separator!r}; {columns}")
        if args.dry_run:
            print(f"dry run: {csv_import.summary_line(plan)}; nothing was written.")
            return 0
        result = csv_import.commit(store, plan, clock=SystemClock())
    finally:
        store.close()
    what = "customers" if kind is csv_import.Kind.CUSTOMERS else "organisations"
    orgs = f", {result.organisations_added} organisations added" if kind is csv_import.Kind.CUSTOMERS else ""
    added = result.added if kind is csv_import.Kind.CUSTOMERS else result.organisations_added
    print(f"imported: {added} {what} added, {result.updated} updated, {result.skipped} skipped{orgs}.")
    return 0
