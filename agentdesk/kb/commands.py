# SPDX-License-Identifier: GPL-3.0-or-later
"""``agentdesk kb ...``: the knowledge base from the command line.

``agentdesk kb publish --db PATH --out DIR`` writes the public articles as a static help centre
(``agentdesk.kb.publish``) for the shop to upload to any web host. ``--name``, ``--colour`` and
``--url`` change the shop's name, colour and the help centre's address first, and are kept for the
next time (and for the links the composer inserts).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from agentdesk.errors import AgentDeskError
from agentdesk.messages import translatable

Actions = Any  # argparse's sub-parser action (its class is private)


def register(commands: Actions) -> None:
    group = commands.add_parser("kb", help="the knowledge base: publish the public articles as a help centre")
    actions = group.add_subparsers(dest="kb_command", metavar="ACTION", required=True)
    pub = actions.add_parser(
        "publish",
        help="write the public articles as a static help centre (HTML pages to upload to any web host)",
        description="One page per article and language, an index with a search per language. "
        "No external scripts, fonts or requests. The folder must be empty, new, or one published before.",
    )
    pub.add_argument("--db", type=Path, required=True, metavar="PATH", help="the SQLite database file")
    pub.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder to write")
    pub.add_argument("--name", default=None, help="the shop's name on the pages (kept)")
    pub.add_argument("--colour", default=None, metavar="#RRGGBB", help="the shop's colour (kept)")
    pub.add_argument(
        "--url", default=None, help="where the help centre will be, for the links in replies (kept)"
    )


def run(args: argparse.Namespace) -> int:
    from agentdesk.clock import SystemClock
    from agentdesk.inbox.workspace import WorkspaceSettings
    from agentdesk.kb.articles import KnowledgeBase
    from agentdesk.kb.help_centre import read_settings, save_settings
    from agentdesk.kb.publish import publish
    from agentdesk.store.database import open_store

    path = args.db.expanduser()
    if not path.exists():
        raise AgentDeskError(translatable("KnowledgeBase", "{path} does not exist."), path=str(path))
    store = open_store(path)
    try:
        workspace = WorkspaceSettings(store)
        if args.name is not None or args.colour is not None or args.url is not None:
            settings = save_settings(workspace, shop_name=args.name, colour=args.colour, url=args.url)
        else:
            settings = read_settings(workspace)
        result = publish(KnowledgeBase(store, SystemClock()), args.out.expanduser(), settings)
    finally:
        store.close()
    languages = ", ".join(result.languages) or "-"
    print(
        f"{result.articles} public articles, {result.pages} pages ({languages}) written to "
        f"{result.folder / 'index.html'}"
    )
    return 0
