# SPDX-License-Identifier: GPL-3.0-or-later
"""The benchmark workspace: a demo workspace of the asked size, built once and reused.

The file lives in a cache folder (``~/.cache/agentdesk-bench`` unless ``--workspace`` says
otherwise) as ``demo-N-sSEED.sqlite`` beside a ``.json`` with what the suite needs to know about it:
its size and seed, the instant it was built as of (the demo's anchor, the "now" of the time-based
views), and the conversation of ``LONG_THREAD`` messages added for the conversation figure. A file
whose description is missing or does not match is built again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from agentdesk.clock import FixedClock
from agentdesk.demo import build_demo
from agentdesk.demo.build import default_anchor
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store, open_store

FORMAT = 2  # bumped when what the suite adds to a workspace changes (2: its agent stays signed in)
LONG_THREAD = 200
DEFAULT_CACHE = Path("~/.cache/agentdesk-bench").expanduser()


@dataclass(frozen=True)
class WorkspaceInfo:
    conversations: int
    seed: int
    format: int
    anchor: str  # ISO time, UTC
    build_seconds: float
    long_conversation: str = ""  # uuid hex of the conversation with LONG_THREAD messages
    messages: int = 0


@dataclass(frozen=True)
class Workspace:
    path: Path
    info: WorkspaceInfo
    built_now: bool

    @property
    def anchor(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.info.anchor)

    @property
    def long_conversation(self) -> uuid.UUID:
        return uuid.UUID(hex=self.info.long_conversation)

    @contextlib.contextmanager
    def open(self) -> Iterator[Store]:
        store = open_store(self.path, upgrade=True, backup=False)
        try:
            yield store
        finally:
            store.close()


def _paths(folder: Path, conversations: int, seed: int) -> tuple[Path, Path]:
    stem = f"demo-{conversations}-s{seed}"
    return folder / f"{stem}.sqlite", folder / f"{stem}.json"


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def ensure_workspace(folder: Path, conversations: int, seed: int = 1, *, log: bool = True) -> Workspace:
    """The workspace of ``conversations`` conversations and ``seed`` in ``folder``, built when missing."""
    folder.mkdir(parents=True, exist_ok=True)
    db, meta = _paths(folder, conversations, seed)
    info: WorkspaceInfo | None = None
    if db.exists() and meta.exists():
        try:
            info = WorkspaceInfo(**json.loads(meta.read_text()))
        except (TypeError, ValueError):
            info = None
        if info is not None and (
            info.conversations != conversations or info.seed != seed or info.format != FORMAT
        ):
            info = None
    built_now = False
    if info is None:
        _remove(db)
        meta.unlink(missing_ok=True)
        anchor = default_anchor(dt.datetime.now(dt.UTC))
        if log:
            print(
                f"Building a {conversations:,}-conversation workspace in {db} ...",
                file=sys.stderr,
                flush=True,
            )
        started = time.perf_counter()
        store = open_store(db, backup=False)
        try:
            summary = build_demo(store, conversations, seed, anchor=anchor)
            long_id = _add_long_conversation(store, anchor)
        finally:
            store.close()
        info = WorkspaceInfo(
            conversations=conversations,
            seed=seed,
            format=FORMAT,
            anchor=anchor.isoformat(),
            build_seconds=round(time.perf_counter() - started, 2),
            long_conversation=long_id.hex,
            messages=summary.messages + LONG_THREAD,
        )
        meta.write_text(json.dumps(asdict(info), indent=2) + "\n")
        built_now = True
        if log:
            print(f"Built in {info.build_seconds:.0f} s.", file=sys.stderr, flush=True)
    return Workspace(db, info, built_now)


def _add_long_conversation(store: Store, anchor: dt.datetime) -> uuid.UUID:
    """A conversation of ``LONG_THREAD`` messages (customer, agent, now and then a note), written
    through the inbox service the way the window writes them, with bodies taken from the workspace."""
    with contextlib.closing(store.raw()) as conn:
        customer_hex, agent_hex = conn.execute(
            "SELECT c.customer_id, c.assignee_id FROM conversation c "
            "WHERE c.assignee_id IS NOT NULL ORDER BY c.number LIMIT 1"
        ).fetchone()
        bodies = [
            r[0]
            for r in conn.execute(
                "SELECT body_text FROM message WHERE direction != 'note' ORDER BY rowid LIMIT ?",
                (LONG_THREAD,),
            )
        ]
    clock = FixedClock(anchor - dt.timedelta(days=3))
    inbox = InboxService(store, clock, actor_id=uuid.UUID(hex=agent_hex))
    step = dt.timedelta(days=3) / (LONG_THREAD + 1)
    when = clock.now()
    ref = inbox.create_conversation(
        uuid.UUID(hex=customer_hex), "email", "A long thread about a recurring delivery problem", bodies[0],
        when=when,
    )  # fmt: skip
    for i in range(1, LONG_THREAD):
        when += step
        body = bodies[i % len(bodies)]
        if i % 10 == 9:
            inbox.add_note(ref.id, body, when=when)
        elif i % 2:
            inbox.reply(ref.id, body, when=when)
        else:
            inbox.add_inbound_message(ref.id, body, when=when)
    return ref.id
