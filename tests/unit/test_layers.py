# SPDX-License-Identifier: GPL-3.0-or-later
"""Imports point down the layers, never back up (STYLE.md, "A window made of parts").

    entry points (app, cli, __main__)
    → gui
    → services (inbox, sla, escalation, replies, metrics, mail, sync; exchange, demo, services)
    → store
    → foundation (ids, errors, clock, text, paths)

Read from the source with a small AST walk, so every import counts: at the top of a module, inside
a function (the lazy ones), and under ``TYPE_CHECKING``. The nodes are agentdesk's first-level
packages and modules (``agentdesk.sla.cache`` counts as ``sla``). Checked:

- only ``agentdesk/gui/`` and ``agentdesk/app.py`` import Qt (the core is tested and run without it);
- no import cycle between the nodes;
- each import goes to the same layer or a lower one; a service never imports the GUI or the command
  line, the store imports no service;
- nothing imports ``agentdesk.cli`` (only ``python -m agentdesk``'s ``__main__`` runs it);
- no ``_private`` name is imported from another package (a shared helper gets a public name in the
  module both use).

A new first-level module must be given a layer below before it can pass.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import agentdesk

ROOT = Path(agentdesk.__file__).parent
QT_PACKAGES = frozenset({"PySide6", "qtawesome", "qasync", "shiboken6"})

FOUNDATION = 0
STORE = 1
SERVICES = 2
GUI = 3
ENTRY = 4
LAYER_NAMES = {
    FOUNDATION: "foundation",
    STORE: "store",
    SERVICES: "services",
    GUI: "gui",
    ENTRY: "entry point",
}
LAYERS = {
    "__init__": FOUNDATION,  # ``agentdesk`` itself: the version
    "ids": FOUNDATION,
    "errors": FOUNDATION,
    "clock": FOUNDATION,
    "text": FOUNDATION,
    "paths": FOUNDATION,
    "messages": FOUNDATION,  # translatable sentences, rendered where they are shown
    "record_text": FOUNDATION,  # what the system writes into a record, worded when read
    "store": STORE,
    "inbox": SERVICES,
    "customers": SERVICES,  # customer records, organisations, CSV import
    "attachments": SERVICES,  # attachment content: stored in pieces, read back as a stream
    "privacy": SERVICES,  # GDPR export, erasure and retention of a customer's personal data
    "sla": SERVICES,
    "escalation": SERVICES,
    "replies": SERVICES,
    "kb": SERVICES,  # the knowledge base: articles, their search, the published help centre
    "macros": SERVICES,  # macros, their actions, automatic assignment and availability
    "routing": SERVICES,  # routing rules, run by the inbox on arrival
    "notifications": SERVICES,  # what reaches the agent, derived from the record
    "metrics": SERVICES,
    "surveys": SERVICES,  # automatic surveys by mail
    "mail": SERVICES,
    "web": SERVICES,  # agentdesk web: the contact form as a service (no Qt)
    "sync": SERVICES,
    "audit": SERVICES,  # the audit log of administrative changes
    "identity": SERVICES,  # who works at the desk: PINs and passwords, signing in
    "exchange": SERVICES,  # import and export of whole workspaces
    "demo": SERVICES,  # builds a demo workspace through the services
    "services": SERVICES,  # the bundle of services the window is given
    "gui": GUI,
    "app": ENTRY,
    "cli": ENTRY,
    "__main__": ENTRY,
    "catalogues": ENTRY,  # the build's translation tool; nothing imports it
}
QT_ALLOWED = ("gui", "app")
CLI_IMPORTERS = frozenset({"__main__"})


@dataclass(frozen=True)
class Import:
    source: Path
    line: int
    module: str
    """The module the source belongs to, e.g. ``agentdesk.sla.cache``."""
    target: str
    """The imported module, resolved to a module that exists where it is agentdesk's own (``from
    agentdesk import cli`` imports ``agentdesk.cli``)."""
    names: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        return f"{self.source.relative_to(ROOT.parent)}:{self.line}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def node(module: str) -> str:
    """The first-level package or module of an agentdesk module (``__init__`` for ``agentdesk``)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports_of(path: Path) -> Iterator[Import]:
    module = module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for item in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(item, ast.Import):
            for alias in item.names:
                yield Import(path, item.lineno, module, alias.name)
        elif isinstance(item, ast.ImportFrom):
            if item.level:
                base = package.split(".")[: len(package.split(".")) - (item.level - 1)]
                target = ".".join([*base, item.module] if item.module else base)
            else:
                target = item.module or ""
            names = tuple(alias.name for alias in item.names)
            submodules = [f"{target}.{name}" for name in names if f"{target}.{name}" in MODULES]
            if submodules:  # ``from agentdesk.sync import commands``: the submodule is imported
                yield from (Import(path, item.lineno, module, sub) for sub in submodules)
            yield Import(path, item.lineno, module, target, names)


IMPORTS = [imp for path in MODULES.values() for imp in _imports_of(path)]
OWN = [imp for imp in IMPORTS if imp.target == "agentdesk" or imp.target.startswith("agentdesk.")]


def _edges() -> dict[str, dict[str, Import]]:
    """node → imported node → the first import that makes the edge (for the message)."""
    edges: dict[str, dict[str, Import]] = {}
    for imp in OWN:
        a, b = node(imp.module), node(imp.target)
        if a != b:
            edges.setdefault(a, {}).setdefault(b, imp)
    return edges


def find_cycle(edges: dict[str, dict[str, Import]]) -> list[str] | None:
    """A cycle as its path of nodes (first node repeated at the end), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        path.append(n)
        for m in sorted(edges.get(n, {})):
            if state.get(m) == 1:
                return [*path[path.index(m) :], m]
            if m not in state and (found := visit(m)):
                return found
        path.pop()
        state[n] = 2
        return None

    for start in sorted(edges):
        if start not in state and (found := visit(start)):
            return found
    return None


def test_the_walk_sees_lazy_imports_and_the_whole_package() -> None:
    assert {"agentdesk.sla.cache", "agentdesk.gui.main_window", "agentdesk.cli"} <= set(MODULES)
    lazy = [imp for imp in OWN if imp.module == "agentdesk.cli" and imp.target == "agentdesk.app"]
    assert lazy, "cli opens the window through a function-level import of agentdesk.app"


def test_only_the_gui_and_the_app_import_qt() -> None:
    wrong = [
        f"{imp.where} imports {imp.target}"
        for imp in IMPORTS
        if imp.target.partition(".")[0] in QT_PACKAGES and node(imp.module) not in QT_ALLOWED
    ]
    assert not wrong, "Qt outside agentdesk/gui/ and agentdesk/app.py:\n" + "\n".join(wrong)


def test_no_import_cycle_between_packages() -> None:
    edges = _edges()
    cycle = find_cycle(edges)
    if cycle is not None:
        steps = [
            f"  {a} → {b}: {edges[a][b].where} imports {edges[a][b].target}"
            for a, b in zip(cycle, cycle[1:], strict=False)
        ]
        pytest.fail("Import cycle " + " → ".join(cycle) + ":\n" + "\n".join(steps))


def test_every_module_has_a_layer() -> None:
    missing = sorted({node(m) for m in MODULES} - set(LAYERS))
    assert not missing, f"Give these first-level modules a layer in LAYERS: {missing}"


def test_imports_point_down_the_layers() -> None:
    wrong = []
    for imp in OWN:
        a, b = node(imp.module), node(imp.target)
        if a in LAYERS and b in LAYERS and LAYERS[b] > LAYERS[a]:
            wrong.append(
                f"{imp.where}: {a} ({LAYER_NAMES[LAYERS[a]]}) imports {imp.target} ({LAYER_NAMES[LAYERS[b]]})"
            )
    assert not wrong, "Imports that point up the layers:\n" + "\n".join(wrong)


def test_nothing_imports_the_command_line() -> None:
    wrong = [
        f"{imp.where} imports {imp.target}"
        for imp in OWN
        if node(imp.target) == "cli" and node(imp.module) not in CLI_IMPORTERS | {"cli"}
    ]
    assert not wrong, "agentdesk.cli is the top: move what is shared out of it.\n" + "\n".join(wrong)


def test_no_private_names_are_imported_from_another_package() -> None:
    wrong = [
        f"{imp.where} imports {name} from {imp.target}"
        for imp in OWN
        for name in imp.names
        if name.startswith("_") and not name.startswith("__") and node(imp.module) != node(imp.target)
    ]
    assert not wrong, "Give shared helpers a public name:\n" + "\n".join(wrong)


def test_find_cycle_reports_the_path() -> None:
    imp = Import(ROOT / "x.py", 1, "agentdesk.x", "agentdesk.y")
    assert find_cycle({"a": {"b": imp}, "b": {"c": imp}, "c": {"a": imp}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b": imp}, "b": {"c": imp}}) is None
