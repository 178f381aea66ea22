# SPDX-License-Identifier: GPL-3.0-or-later
"""One desktop of the sync fault test (``test_faults.py``), run as a process of its own.

``python fault_desk.py CONFIG INCARNATION``: CONFIG is a JSON file the test wrote (the desktop's
SQLite file, journal, server, login, seed, clock offset, flag files); INCARNATION counts the
restarts after a SIGKILL (each one acts with its own random sequence on the same SQLite file).

Mode ``solo``: the desktop works alone, no server configured and nothing recording changes, then
exits (the "worked alone before joining" path). Mode ``team``: the outbox records every change;
an action thread works the queue (new conversations, replies, notes, status, priority, follow-up,
assignment, tags) while a sync thread runs ``sync_once`` again and again, as the window does. While
the cut-off flag file exists the desktop syncs against a dead port (it keeps acting); when the stop
flag file exists it stops acting and syncing and exits.

The journal is an append-only JSON-lines file, one line per committed action, written and
fsync'd after the local transaction returned: the messages the action made (id, conversation,
body) and the outbox rows it wrote (mutation id, table, row, op, base revision, clock stamp and the
tracked fields with value and base). A SIGKILL between the commit and the journal loses the line
only; the next incarnation journals the outbox rows it finds that no line names ("recovered").

Time: the inbox clock is the test's start instant plus the machine's monotonic time since the
test began, plus this desktop's offset (never the wall clock); the sync clock's ``wall_ms`` is
shifted by the same offset in this process only.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import random
import sys
import threading
import time
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from agentdesk.errors import AgentDeskError
from agentdesk.inbox.service import InboxService
from agentdesk.sla.presets import install_presets
from agentdesk.store.database import Store, open_store
from agentdesk.store.models import Agent, Conversation, Customer, Message, Team
from agentdesk.sync import clock as sync_clock
from agentdesk.sync import outbox
from agentdesk.sync.connection import Credentials
from agentdesk.sync.engine import sync_once
from agentdesk.sync.tables import table

TRACKED = ("status", "priority", "assignee_id", "follow_up_at", "tags")
STATUSES = ("open", "pending", "on_hold", "solved")
PRIORITIES = ("low", "normal", "high", "urgent")
TAGS = ("billing", "vip", "refund", "callback")
ACTIONS = {  # action: weight
    "create": 2,
    "reply": 4,
    "note": 3,
    "status": 2,
    "priority": 2,
    "follow_up": 1.5,
    "assign": 1.5,
    "tag": 1.5,
}
outbox_table = table("sync_outbox")
log = logging.getLogger("fault_desk")


class DeskClock:
    """The inbox clock: a fixed start plus monotonic time since the test began, plus an offset."""

    def __init__(self, start: dt.datetime, origin_ns: int, offset_ms: int) -> None:
        self.start = start
        self.origin_ns = origin_ns
        self.offset_ms = offset_ms

    def now(self) -> dt.datetime:
        micros = (time.monotonic_ns() - self.origin_ns) // 1000 + self.offset_ms * 1000
        return self.start + dt.timedelta(microseconds=micros)


def skew_sync_clock(offset_ms: int) -> None:
    """Shift the sync clock's ``wall_ms`` by ``offset_ms`` wherever this process refers to it
    (module attributes and default arguments that were bound to it)."""
    original = sync_clock.wall_ms

    def skewed() -> int:
        return original() + offset_ms

    for name, module in list(sys.modules.items()):
        if not name.startswith("agentdesk") or module is None:
            continue
        for attr, value in list(vars(module).items()):
            if value is original:
                setattr(module, attr, skewed)
            elif callable(value) and getattr(value, "__module__", "").startswith("agentdesk"):
                defaults = getattr(value, "__defaults__", None)
                if defaults and any(d is original for d in defaults):
                    value.__defaults__ = tuple(skewed if d is original else d for d in defaults)
                kw = getattr(value, "__kwdefaults__", None)
                if kw and any(d is original for d in kw.values()):
                    value.__kwdefaults__ = {k: skewed if d is original else d for k, d in kw.items()}


def _wire(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return value


class Desk:
    def __init__(self, config: dict[str, Any], incarnation: int) -> None:
        self.config = config
        self.name: str = config["name"]
        self.incarnation = incarnation
        self.rng = random.Random(f"{config['seed']}:{self.name}:{config['mode']}:{incarnation}")
        self.clock = DeskClock(
            dt.datetime.fromisoformat(config["start"]), int(config["origin_ns"]), int(config["offset_ms"])
        )
        self.store: Store = open_store(Path(config["db"]))
        self.journal_path = Path(config["journal"])
        self.stop_flag = Path(config["stop_flag"])
        self.cut_flag = Path(config["cut_flag"])
        self.stop = threading.Event()
        self.synced = threading.Event()  # a sync went through
        self.captured: list[dict[str, Any]] | None = None
        self.action_thread = threading.current_thread()
        self.counter = 0
        self.me: uuid.UUID | None = None
        self.hide_next = False

    # -- journal -------------------------------------------------------------------------------

    def journal(self, entry: dict[str, Any]) -> None:
        line = json.dumps(entry, sort_keys=True, default=_wire) + "\n"
        fd = os.open(self.journal_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line.encode())
            os.fsync(fd)
        finally:
            os.close(fd)

    def journaled(self) -> tuple[int, set[str]]:
        """(committed team-mode actions so far, mutation ids the journal names)."""
        actions, mids = 0, set[str]()
        if not self.journal_path.exists():
            return 0, mids
        for line in self.journal_path.read_text().splitlines():
            try:
                entry = json.loads(line)
            except ValueError:  # a line torn by a SIGKILL
                continue
            if entry.get("kind") == "act" and entry.get("mode") == "team":
                actions += 1
            mids |= {m["mid"] for m in entry.get("muts", [])}
        return actions, mids

    # -- capturing what an action wrote to the outbox ---------------------------------------------

    def capture_outbox(self) -> None:
        """Note the outbox rows the action thread writes (read back in the same transaction)."""
        original = outbox.write
        desk = self

        def write(conn: Any, changes: Any) -> None:
            mine = threading.current_thread() is desk.action_thread and desk.captured is not None
            before = conn.execute(select(func.coalesce(func.max(outbox_table.c.seq), 0))).scalar_one()
            original(conn, changes)
            if mine:
                rows = conn.execute(select(outbox_table).where(outbox_table.c.seq > before)).all()
                assert desk.captured is not None
                desk.captured.extend(_mutation(r) for r in rows)

        outbox.write = write

    def hide_new_conversations(self) -> None:
        """A conversation made while ``hide_next`` is set is filed, in the same transaction, where
        the agent-role login may not see it (tier 2, and the "vip" team once it is here)."""
        desk = self
        vip = uuid.UUID(self.config["teams"]["vip"])

        def before_flush(session: Session, _context: Any, _instances: Any) -> None:
            if not desk.hide_next:
                return
            for obj in session.new:
                if isinstance(obj, Conversation):
                    obj.tier = 2
                    if session.get(Team, vip) is not None:
                        obj.team_id = vip

        event.listen(self.store._write, "before_flush", before_flush)

    def run_action(self, action: str, perform: Callable[[], list[dict[str, Any]]], **detail: Any) -> bool:
        """Perform one action; journal it when it committed. Whether it did."""
        self.captured = []
        try:
            messages = perform()
        except AgentDeskError:
            self.captured = None
            return False
        muts, self.captured = self.captured, None
        self.journal(
            {
                "kind": "act",
                "mode": self.config["mode"],
                "desk": self.name,
                "inc": self.incarnation,
                "action": action,
                "msgs": messages,
                "muts": muts,
                "at": self.clock.now().isoformat(),
                **detail,
            }
        )
        return True

    # -- the queue as this desktop sees it ---------------------------------------------------------

    def conversations(self) -> list[Any]:
        teams = self.config["teams"]
        with self.store.read() as session:
            rows = session.execute(
                select(Conversation.id, Conversation.tier, Conversation.team_id, Conversation.status).where(
                    Conversation.deleted_at.is_(None),
                    Conversation.merged_into_id.is_(None),
                    Conversation.status != "closed",
                )
            ).all()
        if self.config["role"] == "agent":  # only what the login may see (a leak is the check's business)
            rows = [
                r for r in rows if r.tier == 1 and (r.team_id is None or str(r.team_id) == teams["billing"])
            ]
        return list(rows)

    def agent_here(self, agent_id: str | None) -> uuid.UUID | None:
        if agent_id is None:
            return None
        with self.store.read() as session:
            found = session.get(Agent, uuid.UUID(agent_id))
        return found.id if found is not None else None

    def inbox(self) -> InboxService:
        if self.me is None:
            self.me = self.agent_here(self.config["agents"].get(self.config["user"]))
        return InboxService(self.store, self.clock, self.me)

    def body(self, what: str) -> str:
        self.counter += 1
        return f"{what} by {self.name}.{self.incarnation}.{self.counter} {uuid.uuid4().hex[:10]}"

    # -- actions -----------------------------------------------------------------------------------

    def act(self, solo: bool) -> bool:
        convs = self.conversations()
        action = "create" if not convs else self.rng.choices(list(ACTIONS), weights=list(ACTIONS.values()))[0]
        if solo and action in ("assign",):
            action = "reply"
        if action == "create":
            return self.create(solo)
        conv = self.rng.choice(convs)
        hidden = conv.tier != 1 or (
            conv.team_id is not None and str(conv.team_id) != self.config["teams"]["billing"]
        )
        inbox = self.inbox()
        if action in ("reply", "note"):
            text = self.body(action)

            def message() -> list[dict[str, Any]]:
                make = inbox.reply if action == "reply" else inbox.add_note
                return [{"id": str(make(conv.id, text)), "conv": str(conv.id), "body": text}]

            return self.run_action(action, message, conv=str(conv.id))
        if action == "status":
            status = self.rng.choice(STATUSES)
            return self.run_action(
                action, lambda: _call(inbox.set_status, conv.id, status), conv=str(conv.id)
            )
        if action == "priority":
            priority = self.rng.choice(PRIORITIES)
            return self.run_action(
                action, lambda: _call(inbox.set_priority, conv.id, priority), conv=str(conv.id)
            )
        if action == "follow_up":  # a value no other change sets: the conflict check is exact for it
            at = self.clock.now() + dt.timedelta(hours=1, microseconds=self.rng.randrange(1, 10**10))
            return self.run_action(action, lambda: _call(inbox.set_follow_up, conv.id, at), conv=str(conv.id))
        if action == "assign":
            agents = self.config["agents"]
            logins = [u for u in agents if not hidden or agents[u] != agents[self.config["agent_login"]]]
            choice = self.rng.choice([*logins, None])
            who = self.agent_here(agents[choice]) if choice is not None else None
            if choice is not None and who is None:
                return False
            return self.run_action(action, lambda: _call(inbox.assign, conv.id, who), conv=str(conv.id))
        tag = self.rng.choice(TAGS)
        add = self.rng.random() < 0.6
        return self.run_action(
            action,
            lambda: _call(partial(inbox.tag, conv.id, add=[tag] if add else [], remove=[] if add else [tag])),
            conv=str(conv.id),
        )

    def create(self, solo: bool) -> bool:
        inbox = self.inbox()
        with self.store.read() as session:
            customers = list(session.scalars(select(Customer.id).where(Customer.deleted_at.is_(None))))
        new_customer = not customers or self.rng.random() < 0.5
        text = self.body("question")
        hide = not solo and self.config["role"] != "agent" and self.rng.random() < 0.35

        def make() -> list[dict[str, Any]]:
            customer = (
                inbox.create_customer(f"Customer {self.name}.{self.counter}")
                if new_customer
                else self.rng.choice(customers)
            )
            self.hide_next = hide
            try:
                ref = inbox.create_conversation(customer, "email", f"Case {self.counter}", text)
            finally:
                self.hide_next = False
            with self.store.read() as session:
                first = session.scalars(select(Message.id).where(Message.conversation_id == ref.id)).one()
            return [{"id": str(first), "conv": str(ref.id), "body": text}]

        return self.run_action("create", make, hidden=hide)

    # -- running -----------------------------------------------------------------------------------

    def recover(self) -> None:
        """Journal the outbox rows no journal line names: an action committed just before a kill."""
        _done, mids = self.journaled()
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(outbox_table).order_by(outbox_table.c.seq)).all()
        found = [_mutation(r) for r in rows if str(r.mutation_id) not in mids]
        if not found:
            return
        messages = [
            {
                "id": m["row"],
                "conv": (m["fields"].get("conversation_id") or {}).get("value"),
                "body": (m["fields"].get("body_text") or {}).get("value"),
            }
            for m in found
            if m["table"] == "message" and m["op"] == "insert"
        ]
        self.journal(
            {"kind": "recovered", "desk": self.name, "inc": self.incarnation, "muts": found, "msgs": messages}
        )

    def sync_loop(self) -> None:
        credentials = Credentials(self.config["user"], self.config["password"])
        rng = random.Random(f"{self.config['seed']}:{self.name}:sync:{self.incarnation}")
        rounds = 0
        while not self.stop.is_set() and not self.stop_flag.exists():
            cut = self.cut_flag.exists()
            url = self.config["dead_url"] if cut else self.config["url"]
            started = time.monotonic()
            summary = sync_once(self.store, url, credentials, check=rounds % 10 == 0)
            rounds += 1
            if summary.ok and not cut:
                self.synced.set()
            print(
                f"sync {self.name}.{self.incarnation} #{rounds} {'cut ' if cut else ''}"
                f"{time.monotonic() - started:.2f}s pending={summary.pending} {summary.text()}",
                flush=True,
            )
            self.stop.wait(rng.uniform(0.05, 0.35))

    def solo(self) -> None:
        install_presets(self.store, now=self.clock.now())
        budget = int(self.config["actions"])
        done = self.solo_done()
        for _ in range(budget * 3):
            if done >= budget:
                break
            done += self.act(solo=True)

    def solo_done(self) -> int:
        if not self.journal_path.exists():
            return 0
        return sum(1 for line in self.journal_path.read_text().splitlines() if '"mode": "solo"' in line)

    def team(self) -> None:
        if self.config["presets"]:  # as the app installs them in a new workspace
            install_presets(self.store, now=self.clock.now())  # does nothing when they are there
        outbox.install(self.store)
        self.capture_outbox()
        self.hide_new_conversations()
        self.recover()
        syncer = threading.Thread(target=self.sync_loop, name="sync", daemon=True)
        syncer.start()
        budget = int(self.config["actions"])
        done, _mids = self.journaled()
        if self.config["wait_first_sync"]:
            while not self.synced.wait(0.1) and not self.stop_flag.exists():
                pass
        attempts = 0
        while done < budget and attempts < budget * 3 and not self.stop_flag.exists():
            attempts += 1
            if self.act(solo=False):
                done += 1
            time.sleep(self.rng.uniform(0.02, 0.15))
        print(f"acted {self.name}.{self.incarnation}: {done} actions", flush=True)
        while not self.stop_flag.exists():
            time.sleep(0.1)
        self.stop.set()
        syncer.join(timeout=60)
        self.store.close()


def _call(action: Callable[..., Any], *args: Any) -> list[dict[str, Any]]:
    """Run an action that makes no message (its changes are in the captured outbox rows)."""
    action(*args)
    return []


def _mutation(row: Any) -> dict[str, Any]:
    fields = row.fields or {}
    if row.table_name == "conversation":
        kept = {k: v for k, v in fields.items() if k in TRACKED}
    elif row.table_name == "message":
        kept = {k: v for k, v in fields.items() if k in ("body_text", "conversation_id")}
    else:
        kept = {}
    return {
        "mid": str(row.mutation_id),
        "table": row.table_name,
        "row": str(row.row_id),
        "op": row.op,
        "base_rev": row.base_rev,
        "hlc": int(row.hlc),
        "fields": kept,
    }


def main(argv: list[str]) -> None:
    config = json.loads(Path(argv[1]).read_text())
    logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(asctime)s %(name)s %(message)s")
    skew_sync_clock(int(config["offset_ms"]))
    desk = Desk(config, int(argv[2]))
    if config["mode"] == "solo":
        desk.solo()
        desk.store.close()
    else:
        desk.team()


if __name__ == "__main__":
    main(sys.argv)
