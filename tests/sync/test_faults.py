# SPDX-License-Identifier: GPL-3.0-or-later
"""The sync fault test: three desktops, each a process of its own, act while they sync, under faults.

Each desktop (``fault_desk.py``) has its own SQLite file and its own server login: an admin, a
supervisor of the teams "billing" and "vip", and an agent of "billing" who works tier 1 only (so
row-level security matters: the admin and the supervisor file some conversations at tier 2 / in
"vip", which the agent may not see). A seeded random sequence of faults runs meanwhile: SIGKILL of a
desktop (restarted on the same SQLite file), PostgreSQL restarted with ``pg_ctl -m immediate``, a
desktop cut off from the server (it keeps working) and healed; the desktops' clocks are up to a second
apart; and, before joining, one or two desktops worked alone for a while with no server.

Then every fault stops, every desktop syncs until quiet (outbox empty, two rounds in which nobody
sent or received anything), and the run must show

- 0 lost: every message a desktop journaled is on the server, and in every replica whose login
  may see its conversation; every tag a desktop added is there unless some desktop removed it;
- 0 doubled: no message body twice within a conversation, on the server or in a replica;
- 0 diverged: every replica holds exactly the rows its login reads on the server, column for column;
- 0 missing conflict rows: every conversation field value (status, priority, assignee, follow-up) a
  desktop set that is not the final value was overwritten by a later change of the same desktop, or
  by a change (of any desktop) made on top of it (its base was that value), or is a kept or lost
  value in ``sync_conflict``. Follow-up times are unique per change, so for them "made on top of it"
  is exact; for the few-valued fields an equal value set elsewhere can hide a missing row;
- 0 rows the agent's login (and, for the synced tables, the supervisor's) reads with plain SQL
  beyond what the documented row-level security allows, the bookkeeping tables included
  (``sync_field_clock`` rows of rows it may not see, ``sync_applied`` rows of other logins).

The report names the seed, the desktop and the ids; the logs and journals stay in the test's
temporary folder. The fault sequence is seeded; where it lands in each desktop's work depends on the
machine's timing, so two runs of a seed are alike, not identical.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import psycopg
import pytest
from psycopg.rows import dict_row
from sqlalchemy import select

from agentdesk.sla.presets import install_presets
from agentdesk.store.database import Store, open_store
from agentdesk.sync import outbox
from agentdesk.sync.connection import Credentials
from agentdesk.sync.engine import sync_once
from agentdesk.sync.server import add_agent, init_server
from agentdesk.sync.tables import SYNCED_TABLES, from_wire, table, to_wire

from ..conftest import PG_BIN, PgCluster, _as_postgres

pytestmark = [
    pytest.mark.server,
    pytest.mark.slow,
]

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("fault_desk.py")
START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)  # a Monday morning, office hours
PASSWORD = "fault-pw"
CHECKED_FIELDS = ("status", "priority", "assignee_id", "follow_up_at")
SETTLE_ROUNDS = 12
# The server's field clock keeps only the last write of each field; this keeps them all, so the
# check knows which change overwrote a value and on top of which revision it was made.
FIELD_HISTORY = """
CREATE TABLE fault_field_history (seq bigserial PRIMARY KEY, entry jsonb NOT NULL);
CREATE FUNCTION fault_note_field_clock() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO fault_field_history (entry) VALUES (to_jsonb(NEW));
    RETURN NULL;
END $$;
CREATE TRIGGER fault_note_field_clock AFTER INSERT OR UPDATE ON sync_field_clock
    FOR EACH ROW EXECUTE FUNCTION fault_note_field_clock();
"""
CATEGORIES = (
    "lost",
    "doubled",
    "diverged",
    "missing conflict",
    "beyond rights",
    "unsettled",
    "harness",
)


@dataclass(frozen=True)
class DeskSpec:
    name: str
    login: str
    role: str
    tiers: tuple[int, ...]
    teams: tuple[str, ...]


DESKS = (
    DeskSpec("desk0", "fault_admin", "admin", (1, 2, 3), ()),
    DeskSpec("desk1", "fault_super", "supervisor", (1, 2), ("billing", "vip")),
    DeskSpec("desk2", "fault_agent", "agent", (1,), ("billing",)),
)


@dataclass(frozen=True)
class Scenario:
    seed: int
    faults: bool  # kills, immediate PostgreSQL restarts, cut-off desktops, skewed clocks
    alone: bool  # one or two desktops work alone before joining (and every desktop has its presets)
    seconds: float = 35.0  # at most this long acting under faults
    actions: int = 100  # per desktop

    @property
    def label(self) -> str:
        if not self.faults and not self.alone:
            return f"quiet-{self.seed}"
        return f"seed-{self.seed}"


SCENARIOS = (
    # No faults, no work before joining: the harness's own checks must hold here.
    Scenario(0, faults=False, alone=False, actions=60),
    Scenario(1, faults=True, alone=True),
    Scenario(2, faults=True, alone=True),
    Scenario(3, faults=True, alone=True),
)


# -- the report ---------------------------------------------------------------------------------------


@dataclass
class Finding:
    category: str
    desk: str
    text: str


@dataclass
class Report:
    scenario: Scenario
    folder: Path
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def add(self, category: str, desk: str, text: str) -> None:
        assert category in CATEGORIES, category
        self.findings.append(Finding(category, desk, text))

    @property
    def ok(self) -> bool:
        return not self.findings

    def text(self, per_category: int = 30) -> str:
        counts = Counter(f.category for f in self.findings)
        lines = [
            f"sync fault test {self.scenario.label} (seed {self.scenario.seed}, faults "
            f"{'on' if self.scenario.faults else 'off'}, worked alone first "
            f"{'yes' if self.scenario.alone else 'no'}): "
            + ", ".join(f"{counts.get(c, 0)} {c}" for c in CATEGORIES),
            "timings: " + ", ".join(f"{k} {v:.1f}s" for k, v in self.timings.items()),
            f"logs and journals: {self.folder}",
        ]
        for category in CATEGORIES:
            found = [f for f in self.findings if f.category == category]
            if not found:
                continue
            lines.append(f"-- {category} ({len(found)}):")
            lines += [f"   [{f.desk}] {f.text}" for f in found[:per_category]]
            if len(found) > per_category:
                lines.append(f"   … and {len(found) - per_category} more")
        if self.notes:
            lines.append("-- notes:")
            lines += [f"   {n}" for n in self.notes]
        return "\n".join(lines)


# -- processes and faults -----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def restart_immediately(cluster: PgCluster, pause: float) -> None:
    """PostgreSQL stopped with ``-m immediate`` (no checkpoint, clients cut off: crash recovery
    at the next start), then started again after ``pause`` seconds."""
    subprocess.run(
        _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(cluster.data), "-w", "stop", "-m", "immediate"]),
        capture_output=True,
        check=True,
    )
    time.sleep(pause)
    cluster.start()


class DeskProcess:
    """One desktop's worker process, restartable on the same SQLite file."""

    def __init__(self, spec: DeskSpec, config: Path, folder: Path) -> None:
        self.spec = spec
        self.config = config
        self.folder = folder
        self.incarnation = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.log: TextIO | None = None
        self.kills = 0

    def start(self) -> None:
        if self.log is not None:
            self.log.close()
        self.log = (self.folder / f"{self.spec.name}.{self.incarnation}.log").open("w")
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(self.config), str(self.incarnation)],
            env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
            stdout=self.log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )

    def kill(self) -> None:
        assert self.proc is not None
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        self.kills += 1

    def restart(self) -> None:
        self.incarnation += 1
        self.start()

    def crashed(self) -> int | None:
        """The exit status if the process ended by itself (it only does when told to stop)."""
        if self.proc is None:
            return None
        return self.proc.poll()

    def wait(self, timeout: float) -> int | None:
        assert self.proc is not None
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            return None

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.kill()
        if self.log is not None:
            self.log.close()


def read_journal(path: Path) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    if not path.exists():
        return entries
    for line in path.read_text().splitlines():
        try:
            entries.append(json.loads(line))
        except ValueError:  # the last line, torn by a SIGKILL
            continue
    return entries


# -- reading rows -------------------------------------------------------------------------------------


def _utc(value: Any) -> Any:
    return value.replace(tzinfo=dt.UTC) if isinstance(value, dt.datetime) and value.tzinfo is None else value


def server_rows(conn: psycopg.Connection[dict[str, Any]], name: str) -> dict[str, dict[str, Any]]:
    """Every row of ``name`` this connection's login may read (model columns only)."""
    columns = ", ".join(c.name for c in table(name).columns)
    with conn.transaction():
        rows = conn.execute(f"SELECT {columns} FROM {name}").fetchall()  # fixed table names
    return {str(r["id"]): {k: _utc(v) for k, v in r.items()} for r in rows}


def local_rows(store: Store, name: str) -> dict[str, dict[str, Any]]:
    with store.engine.connect() as conn:
        return {str(r.id): dict(r._mapping) for r in conn.execute(select(table(name)))}


def _connect(url: str) -> psycopg.Connection[dict[str, Any]]:
    return psycopg.connect(url, autocommit=True, row_factory=dict_row)


def norm(name: str, value: Any) -> Any:
    """A conversation field's value in one comparable form (wire values and Python values alike)."""
    if value is None:
        return None
    column = table("conversation").c[name]
    try:
        return json.dumps(to_wire(column, from_wire(column, value)), sort_keys=True)
    except (TypeError, ValueError):
        return json.dumps(value, sort_keys=True, default=str)


# -- one run ------------------------------------------------------------------------------------------


class FaultRun:
    def __init__(self, scenario: Scenario, cluster: PgCluster, folder: Path) -> None:
        self.scenario = scenario
        self.cluster = cluster
        self.folder = folder
        self.rng = random.Random(scenario.seed)
        self.report = Report(scenario, folder)
        self.stop_flag = folder / "stop"
        self.su_url = cluster.url.replace("postgresql+psycopg://", "postgresql://") + "/agentdesk"
        self.url = f"postgresql://127.0.0.1:{cluster.port}/agentdesk"
        self.dead_url = f"postgresql://127.0.0.1:{_free_port()}/agentdesk"
        self.desks: dict[str, DeskProcess] = {}
        self.faults: list[str] = []
        self.started = time.monotonic()

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def tick(self, name: str, since: float) -> float:
        now = time.monotonic()
        self.report.timings[name] = now - since
        return now

    # -- setting up ---------------------------------------------------------------------------------

    def set_up_server(self) -> tuple[dict[str, str], dict[str, str]]:
        with _connect(self.su_url.rsplit("/", 1)[0] + "/postgres") as conn:
            conn.execute("CREATE DATABASE agentdesk")
        init_server(self.su_url)
        with _connect(self.su_url) as conn:  # the harness's record of every field clock write
            conn.execute(FIELD_HISTORY)
        for spec in DESKS:
            add_agent(
                self.su_url,
                spec.login,
                PASSWORD,
                name=spec.login.replace("_", " ").title(),
                email=f"{spec.login}@shop.test",
                role=spec.role,
                tiers=spec.tiers,
                teams=spec.teams,
            )
        # The admin brings the preset SLA policies to the new server from their desktop.
        setup = open_store(self.folder / "setup.sqlite")
        try:
            install_presets(setup, now=START)
            outbox.install(setup)
            summary = sync_once(setup, self.su_url, Credentials("postgres", ""))
            assert summary.ok, summary.error
        finally:
            setup.close()
        with _connect(self.su_url) as conn:
            teams = {r["name"]: str(r["id"]) for r in conn.execute("SELECT id, name FROM team")}
            agents = {
                r["login"]: str(r["agent_id"]) for r in conn.execute("SELECT login, agent_id FROM sync_login")
            }
        return teams, agents

    def write_configs(self, teams: dict[str, str], agents: dict[str, str], origin_ns: int) -> dict[str, Path]:
        configs = {}
        for spec in DESKS:
            offset = self.rng.randint(-500, 500) if self.scenario.faults else 0
            config = {
                "name": spec.name,
                "db": str(self.folder / f"{spec.name}.sqlite"),
                "journal": str(self.folder / f"{spec.name}.journal"),
                "url": self.url,
                "dead_url": self.dead_url,
                "user": spec.login,
                "password": PASSWORD,
                "role": spec.role,
                "seed": self.scenario.seed,
                "offset_ms": offset,
                "origin_ns": origin_ns,
                "start": START.isoformat(),
                "mode": "team",
                "actions": self.scenario.actions,
                "presets": self.scenario.alone,
                "wait_first_sync": not self.scenario.alone,
                "cut_flag": str(self.folder / f"{spec.name}.cut"),
                "stop_flag": str(self.stop_flag),
                "teams": teams,
                "agents": agents,
                "agent_login": DESKS[2].login,
            }
            path = self.folder / f"{spec.name}.json"
            path.write_text(json.dumps(config, indent=1))
            configs[spec.name] = path
            self.report.notes.append(
                f"{spec.name}: login {spec.login} ({spec.role}), clock offset {offset} ms"
            )
        return configs

    def work_alone(self, configs: dict[str, Path]) -> None:
        """One or two desktops work alone first: no server, nothing recording changes."""
        alone = self.rng.sample([d.name for d in DESKS], self.rng.choice([1, 2]))
        procs = []
        for name in sorted(alone):
            config = json.loads(configs[name].read_text())
            solo = {**config, "mode": "solo", "actions": self.rng.randint(6, 14)}
            path = self.folder / f"{name}.solo.json"
            path.write_text(json.dumps(solo, indent=1))
            spec = next(d for d in DESKS if d.name == name)
            proc = DeskProcess(spec, path, self.folder)
            proc.incarnation = 100  # the solo phase's logs apart
            proc.start()
            procs.append(proc)
            self.report.notes.append(f"{name} worked alone first ({solo['actions']} actions)")
        for proc in procs:
            code = proc.wait(timeout=120)
            if code != 0:
                self.report.add("harness", proc.spec.name, f"the solo phase ended with status {code}")
            proc.close()

    # -- the run ------------------------------------------------------------------------------------

    def journals(self) -> dict[str, list[dict[str, Any]]]:
        return {d.name: read_journal(self.folder / f"{d.name}.journal") for d in DESKS}

    def all_acted(self) -> bool:
        for entries in self.journals().values():
            team = sum(1 for e in entries if e.get("kind") == "act" and e.get("mode") == "team")
            if team < self.scenario.actions:
                return False
        return True

    def fault(self) -> None:
        kind = self.rng.choices(["kill", "postgres", "cut", "heal"], weights=[4, 1.5, 2, 2])[0]
        desk = self.desks[self.rng.choice(sorted(self.desks))]
        cut = self.folder / f"{desk.spec.name}.cut"
        at = f"{self.elapsed():6.1f}s"
        if kind == "kill":
            desk.kill()
            time.sleep(self.rng.uniform(0, 0.6))
            desk.restart()
            self.faults.append(f"{at} SIGKILL {desk.spec.name} (restarted as incarnation {desk.incarnation})")
        elif kind == "postgres":
            pause = self.rng.uniform(0, 1.5)
            restart_immediately(self.cluster, pause)
            self.faults.append(f"{at} PostgreSQL restarted -m immediate ({pause:.1f}s down)")
        elif kind == "cut" and not cut.exists():
            cut.touch()
            self.faults.append(f"{at} {desk.spec.name} cut off")
        elif kind == "heal" and cut.exists():
            cut.unlink()
            self.faults.append(f"{at} {desk.spec.name} healed")

    def act_under_faults(self) -> None:
        deadline = time.monotonic() + self.scenario.seconds
        next_fault = time.monotonic() + self.rng.uniform(0.3, 1.5)
        while time.monotonic() < deadline and not self.all_acted():
            time.sleep(0.2)
            for desk in self.desks.values():
                code = desk.crashed()
                if code is not None:
                    self.report.add(
                        "harness",
                        desk.spec.name,
                        f"incarnation {desk.incarnation} ended by itself with status {code}; "
                        f"see {desk.spec.name}.{desk.incarnation}.log",
                    )
                    desk.restart()
            if self.scenario.faults and time.monotonic() >= next_fault:
                self.fault()
                next_fault = time.monotonic() + self.rng.uniform(0.6, 2.2)
        if not self.all_acted():
            self.report.notes.append("the action budget was not used up before the time limit")
        for spec in DESKS:
            (self.folder / f"{spec.name}.cut").unlink(missing_ok=True)
        self.stop_flag.touch()
        for desk in self.desks.values():
            if desk.wait(timeout=60) is None:
                self.report.add("harness", desk.spec.name, "did not stop within 60 s of being told (killed)")
            desk.close()

    def settle(self, stores: dict[str, Store]) -> None:
        """Every desktop syncs until the outboxes are empty and two rounds in a row move nothing."""
        quiet = 0
        for round_ in range(SETTLE_ROUNDS):
            moved = False
            for spec in DESKS:
                summary = sync_once(
                    stores[spec.name], self.url, Credentials(spec.login, PASSWORD), check=round_ == 0
                )
                if not summary.ok:
                    self.report.notes.append(f"settling round {round_}, {spec.name}: {summary.error}")
                if not summary.ok or summary.pushed or summary.pulled or summary.pending or summary.repaired:
                    moved = True
            quiet = 0 if moved else quiet + 1
            if quiet == 2:
                self.report.notes.append(f"settled after {round_ + 1} rounds")
                return
        for spec in DESKS:
            waiting = outbox.pending_count(stores[spec.name])
            self.report.add(
                "unsettled",
                spec.name,
                f"still moving after {SETTLE_ROUNDS} rounds; {waiting} changes waiting",
            )

    def run(self) -> Report:
        since = time.monotonic()
        teams, agents = self.set_up_server()
        configs = self.write_configs(teams, agents, time.monotonic_ns())
        since = self.tick("server setup", since)
        if self.scenario.alone:
            self.work_alone(configs)
            since = self.tick("working alone", since)
        try:
            for spec in DESKS:
                self.desks[spec.name] = DeskProcess(spec, configs[spec.name], self.folder)
                self.desks[spec.name].start()
            self.act_under_faults()
        finally:
            for desk in self.desks.values():
                desk.close()
        since = self.tick("acting under faults", since)
        self.report.notes.append("faults: " + ("; ".join(self.faults) or "none"))
        self.report.notes.append(
            "kills: " + ", ".join(f"{d.spec.name} {d.kills}" for d in self.desks.values())
        )
        stores = {spec.name: open_store(self.folder / f"{spec.name}.sqlite") for spec in DESKS}
        try:
            for store in stores.values():
                outbox.install(store)
            self.settle(stores)
            since = self.tick("settling", since)
            Checks(self, stores, agents).run()
            self.tick("checks", since)
        finally:
            for store in stores.values():
                store.close()
        self.worker_notes()
        return self.report

    def worker_notes(self) -> None:
        """What the desktops' logs say about failed syncs (the product logs a bug's traceback)."""
        for spec in DESKS:
            failures: Counter[str] = Counter()
            internal = 0
            for path in sorted(self.folder.glob(f"{spec.name}.*.log")):
                text = path.read_text(errors="replace")
                internal += text.count("Sync failed because of an internal error")
                for line in text.splitlines():
                    if re.match(r"^[\w.]+(Error|Exception|Violation|Refused)\b.*", line):
                        failures[line[:160]] += 1
            if internal:
                self.report.notes.append(f"{spec.name}: {internal} syncs failed with an internal error")
            for line, count in failures.most_common(5):
                self.report.notes.append(f"{spec.name}: {count}× {line}")


# -- the checks ---------------------------------------------------------------------------------------


class Checks:
    def __init__(self, run: FaultRun, stores: dict[str, Store], agents: dict[str, str]) -> None:
        self.run_ = run
        self.report = run.report
        self.stores = stores
        self.agents = agents
        self.journals = run.journals()
        self.su = _connect(run.su_url)
        self.server = {name: server_rows(self.su, name) for name in SYNCED_TABLES}
        self.specs = {d.name: d for d in DESKS}

    def run(self) -> None:
        try:
            self.lost_and_doubled()
            self.diverged()
            self.conflicts()
            self.tags()
            self.rights(DESKS[2], bookkeeping=True)
            self.rights(DESKS[1], bookkeeping=False)
            self.refusals()
        finally:
            self.su.close()

    # -- who may see what, as docs/sync.md says ------------------------------------------------------

    def may_see(self, spec: DeskSpec, conv: dict[str, Any] | None) -> bool:
        if conv is None:
            return False
        if spec.role == "admin":
            return True
        agent = self.server["agent"][self.agents[spec.login]]
        if conv["assignee_id"] is not None and str(conv["assignee_id"]) == str(agent["id"]):
            return True
        teams = {str(agent["team_id"])} | {str(t) for t in agent["team_ids"] or []}
        in_team = conv["team_id"] is None or str(conv["team_id"]) in teams
        if spec.role == "supervisor":
            return in_team
        return in_team and conv["tier"] in {int(t) for t in agent["tiers"] or []}

    def allowed(self, spec: DeskSpec) -> dict[str, set[str]]:
        """Per synced table, the ids the login may read."""
        convs = {i for i, c in self.server["conversation"].items() if self.may_see(spec, c)}
        allowed: dict[str, set[str]] = {}
        for name, rows in self.server.items():
            if name == "conversation":
                allowed[name] = convs
            elif name in ("message", "conversation_event", "survey_response"):
                allowed[name] = {
                    i
                    for i, r in rows.items()
                    if r["conversation_id"] is None or str(r["conversation_id"]) in convs
                }
            elif name == "sync_conflict" and spec.role == "agent":
                allowed[name] = {i for i, r in rows.items() if r["lost_by"] == spec.login}
            else:
                allowed[name] = set(rows)
        messages = allowed["message"]
        allowed["attachment"] = {
            i for i, r in self.server["attachment"].items() if str(r["message_id"]) in messages
        }
        return allowed

    # -- lost and doubled ----------------------------------------------------------------------------

    def journaled_messages(self) -> dict[str, tuple[str, dict[str, Any]]]:
        found: dict[str, tuple[str, dict[str, Any]]] = {}
        for desk, entries in self.journals.items():
            for entry in entries:
                for m in entry.get("msgs", []):
                    if m.get("id") and isinstance(m.get("body"), str) and isinstance(m.get("conv"), str):
                        found.setdefault(m["id"], (desk, m))
        return found

    def lost_and_doubled(self) -> None:
        on_server = self.server["message"]
        convs = self.server["conversation"]
        replicas = {name: local_rows(store, "message") for name, store in self.stores.items()}
        journaled = self.journaled_messages()
        self.report.notes.append(f"journaled messages: {len(journaled)}; on the server: {len(on_server)}")
        for mid, (desk, m) in sorted(journaled.items()):
            row = on_server.get(mid)
            what = f"message {mid} of conversation {m['conv']} ({m['body'][:32]!r}, written on {desk})"
            if row is None:
                self.report.add("lost", desk, f"{what} is not on the server")
            elif row["body_text"] != m["body"] or str(row["conversation_id"]) != m["conv"]:
                self.report.add(
                    "lost",
                    desk,
                    f"{what} is on the server as {row['body_text'][:32]!r} in {row['conversation_id']}",
                )
            conv = convs.get(m["conv"])
            for spec in DESKS:
                if self.may_see(spec, conv) and mid not in replicas[spec.name]:
                    self.report.add("lost", spec.name, f"{what} is missing from this replica")
        for where, rows in [("server", on_server), *replicas.items()]:
            seen = Counter((str(r["conversation_id"]), r["body_text"]) for r in rows.values())
            for (conv_id, body), count in seen.items():
                if count > 1:
                    ids = sorted(
                        i
                        for i, r in rows.items()
                        if (str(r["conversation_id"]), r["body_text"]) == (conv_id, body)
                    )
                    self.report.add(
                        "doubled", where, f"{body[:40]!r} {count}× in conversation {conv_id}: {ids}"
                    )

    # -- diverged ------------------------------------------------------------------------------------

    def diverged(self) -> None:
        for spec in DESKS:
            with _connect(self.login_url(spec)) as conn:
                for name in SYNCED_TABLES:
                    theirs = server_rows(conn, name)
                    mine = local_rows(self.stores[spec.name], name)
                    for row_id in sorted(set(theirs) - set(mine)):
                        self.report.add("diverged", spec.name, f"{name} {row_id} is on the server, not here")
                    for row_id in sorted(set(mine) - set(theirs)):
                        rev = mine[row_id].get("rev")
                        self.report.add(
                            "diverged", spec.name, f"{name} {row_id} is here (rev {rev}), not on the server"
                        )
                    for row_id in sorted(set(mine) & set(theirs)):
                        differ = {
                            k: (mine[row_id][k], v)
                            for k, v in theirs[row_id].items()
                            if mine[row_id].get(k) != v
                        }
                        if differ:
                            shown = ", ".join(
                                f"{k}: here {a!r} / server {b!r}" for k, (a, b) in differ.items()
                            )
                            self.report.add("diverged", spec.name, f"{name} {row_id}: {shown}"[:400])

    def login_url(self, spec: DeskSpec) -> str:
        return f"postgresql://{spec.login}:{PASSWORD}@127.0.0.1:{self.run_.cluster.port}/agentdesk"

    # -- conflicts -----------------------------------------------------------------------------------

    def changes(self) -> list[dict[str, Any]]:
        """Every tracked conversation field a desktop set, in each desktop's order."""
        found = []
        for desk, entries in self.journals.items():
            for order, entry in enumerate(entries):
                for mut in entry.get("muts", []):
                    if mut["table"] != "conversation" or mut["op"] not in ("insert", "update"):
                        continue
                    for name, value in mut["fields"].items():
                        found.append(
                            {
                                "desk": desk,
                                "order": order,
                                "kind": entry.get("kind"),
                                "row": mut["row"],
                                "field": name,
                                "value": value.get("value"),
                                "base": value.get("base"),
                                "has_base": "base" in value,
                                "mid": mut["mid"],
                                "hlc": mut["hlc"],
                                "base_rev": mut["base_rev"],
                            }
                        )
        return found

    def field_history(self) -> list[dict[str, Any]]:
        """Every write of ``sync_field_clock`` on conversations, in order (the harness's trigger)."""
        with self.su.transaction():
            rows = self.su.execute("SELECT entry FROM fault_field_history ORDER BY seq").fetchall()
        return [r["entry"] for r in rows if r["entry"].get("table_name") == "conversation"]

    def conflicts(self) -> None:
        """A value a desktop set that is not the final one was overwritten by the same desktop, or
        by a change made on top of it (its base revision at least the one the value was applied
        at), or a conflict row names it. Which change overwrote it comes from the server's field
        clock history; where that says nothing (an insert's values, a change never applied), an
        overwrite whose base value was this value counts as made on top of it."""
        changes = self.changes()
        recorded: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for row in self.server["sync_conflict"].values():
            recorded.setdefault((str(row["row_id"]), row["field"]), []).append(row)
        refused_mids = {
            str(r["lost_mutation_id"])
            for r in self.server["sync_conflict"].values()
            if r["kind"] == "rejected"
        }
        built_on = {(c["row"], c["field"], norm(c["field"], c["base"])) for c in changes if c["has_base"]}
        made = {c["mid"]: c for c in changes}
        history = self.field_history()
        applied_at = {(str(h["mutation_id"]), h["field"]): int(h["rev"]) for h in history}
        writes: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for h in history:
            writes.setdefault((str(h["row_id"]), h["field"]), []).append(h)
        checked = exact = 0
        for c in changes:
            if c["kind"] != "act" or c["field"] not in CHECKED_FIELDS:
                continue
            conv = self.server["conversation"].get(c["row"])
            if conv is None:
                continue  # a lost conversation: its messages are reported
            checked += 1
            value = norm(c["field"], c["value"])
            if value == norm(c["field"], conv[c["field"]]):
                continue
            if any(
                o["desk"] == c["desk"]
                and o["row"] == c["row"]
                and o["field"] == c["field"]
                and o["order"] > c["order"]
                for o in changes
            ):
                continue  # overwritten by a later change of the same desktop
            rows = recorded.get((c["row"], c["field"]), [])
            named = any(
                str(r["lost_mutation_id"]) == c["mid"]
                or norm(c["field"], r["lost_value"]) == value
                or norm(c["field"], r["kept_value"]) == value
                for r in rows
            )
            if named or c["mid"] in refused_mids:
                continue  # in the conflicts list (a refusal is recorded whole; refusals are listed apart)
            final = to_wire(table("conversation").c[c["field"]], conv[c["field"]])
            what = (
                f"conversation {c['row']} {c['field']} = {c['value']!r} (mutation {c['mid']}, hlc {c['hlc']})"
            )
            rev = applied_at.get((c["mid"], c["field"]))
            if rev is None:
                if (c["row"], c["field"], value) in built_on:
                    continue  # some desktop changed it having seen it (by value: not exact)
                self.report.add(
                    "missing conflict",
                    c["desk"],
                    f"{what} is not the final value {final!r}, was never applied, and no conflict row "
                    "names it",
                )
                continue
            exact += 1
            later = [h for h in writes.get((c["row"], c["field"]), []) if int(h["rev"]) > rev]
            if not later:
                self.report.add(
                    "missing conflict",
                    c["desk"],
                    f"{what} was applied at rev {rev} and is the field's last write, yet the row holds "
                    f"{final!r}",
                )
                continue
            by = made.get(str(later[0]["mutation_id"]))
            if by is None:
                continue  # overwritten by a change no journal holds (a resend): not decidable here
            if by["desk"] == c["desk"] or (by["base_rev"] or 0) >= rev:
                continue  # the same desktop, or a change made on top of this value
            self.report.add(
                "missing conflict",
                c["desk"],
                f"{what}, applied at rev {rev}, was overwritten by {by['value']!r} of {by['desk']} "
                f"(mutation {by['mid']}, base rev {by['base_rev']}, hlc {by['hlc']}) without a conflict row",
            )
        self.report.notes.append(
            f"field changes checked against the conflicts: {checked} ({exact} by the field clock history, "
            f"{len(history)} writes); conflict rows: {len(self.server['sync_conflict'])}"
        )

    def tags(self) -> None:
        """A tag a desktop added is on the conversation unless some desktop removed it."""
        added: dict[tuple[str, str], str] = {}
        removed: set[tuple[str, str]] = set()
        for c in self.changes():
            if c["field"] != "tags":
                continue
            now, base = set(c["value"] or []), set(c["base"] or [])
            for tag in now - base:
                if c["kind"] == "act":
                    added.setdefault((c["row"], tag), c["desk"])
            for tag in base - now:
                removed.add((c["row"], tag))
        for (row_id, tag), desk in sorted(added.items()):
            conv = self.server["conversation"].get(row_id)
            if conv is not None and tag not in (conv["tags"] or []) and (row_id, tag) not in removed:
                self.report.add(
                    "lost", desk, f"tag {tag!r} added to conversation {row_id} is gone, removed by nobody"
                )

    # -- rights --------------------------------------------------------------------------------------

    def rights(self, spec: DeskSpec, *, bookkeeping: bool) -> None:
        """What the login reads with plain SQL, against what it may read."""
        allowed = self.allowed(spec)
        with _connect(self.login_url(spec)) as conn:
            tables = [
                r["tablename"]
                for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ]
            for name in sorted(tables):
                if name.startswith("fault_"):
                    continue  # the harness's own record
                if not bookkeeping and name not in SYNCED_TABLES:
                    continue
                try:
                    rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()  # names from the catalog
                except psycopg.errors.InsufficientPrivilege:
                    continue
                if name in SYNCED_TABLES:
                    beyond = sorted({str(r["id"]) for r in rows} - allowed[name])
                    for row_id in beyond:
                        self.report.add("beyond rights", spec.name, f"{spec.login} reads {name} {row_id}")
                elif name == "sync_field_clock":
                    hidden: dict[tuple[str, str], list[str]] = {}
                    for r in rows:
                        if str(r["row_id"]) not in allowed.get(r["table_name"], set()):
                            hidden.setdefault((r["table_name"], str(r["row_id"])), []).append(r["field"])
                    for (of, row_id), fields in sorted(hidden.items()):
                        self.report.add(
                            "beyond rights",
                            spec.name,
                            f"{spec.login} reads sync_field_clock of {of} {row_id}, which it may not see "
                            f"({len(fields)} fields: {', '.join(sorted(fields)[:4])}…)",
                        )
                elif name == "sync_applied":
                    others = [r for r in rows if r["login"] != spec.login]
                    if others:
                        logins = sorted({r["login"] for r in others})
                        self.report.add(
                            "beyond rights",
                            spec.name,
                            f"{spec.login} reads {len(others)} sync_applied rows of {logins}",
                        )
                elif name in ("sync_server", "sync_login", "alembic_version"):
                    continue  # granted on purpose: the version check and who is who
                elif rows:
                    self.report.add(
                        "beyond rights", spec.name, f"{spec.login} reads {len(rows)} rows of {name}"
                    )

    def refusals(self) -> None:
        refused = [r for r in self.server["sync_conflict"].values() if r["kind"] == "rejected"]
        by_kind = Counter((r["table_name"], r["lost_by"], (r["detail"] or "")[:80]) for r in refused)
        for (name, who, detail), count in by_kind.most_common(8):
            self.report.notes.append(f"refused by the server: {count}× {name} of {who}: {detail}")


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.label for s in SCENARIOS])
def test_desktops_acting_under_faults_lose_nothing(
    scenario: Scenario, own_pg_cluster: PgCluster, tmp_path: Path
) -> None:
    report = FaultRun(scenario, own_pg_cluster, tmp_path).run()
    text = report.text()
    print(text)
    (tmp_path / "report.txt").write_text(text + "\n")
    assert report.ok, text
