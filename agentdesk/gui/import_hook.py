# SPDX-License-Identifier: GPL-3.0-or-later
"""PySide6's import hook without the copy of every module's source it keeps.

On every import after its own, PySide6 asks whether the new module uses PySide6 (to give it the
default of its ``__feature__`` switches) and answers with ``inspect.getsource``: that reads the
file through ``linecache``, which then holds the source of every module the program ever imported,
about 30 MiB for AgentDesk's window. The same question is answered here by reading the file's
bytes once, keeping nothing. Importing this module installs the answer (and empties the cache of
what PySide6's first import read already); ``agentdesk.app`` imports it before anything else of
the window.
"""

from __future__ import annotations

import linecache
import logging
from types import ModuleType

import PySide6  # noqa: F401  # the hook comes with PySide6's first import

log = logging.getLogger("agentdesk.gui")


def uses_pyside(module: ModuleType) -> bool:
    """Whether the source file of ``module`` names PySide6 (what PySide6 asks; no source: no)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as fh:
            return b"PySide6" in fh.read()
    except OSError:
        return False


def install() -> bool:
    """Answer PySide6's question without ``linecache``; False where this PySide6 asks no such
    question (then there is nothing to spare)."""
    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.debug("PySide6 has no _mod_uses_pyside; its import hook is left as it is")
        return False
    feature._mod_uses_pyside = uses_pyside
    for name in [name for name in linecache.cache if not name.startswith("<")]:
        del linecache.cache[name]  # files read so far (a traceback reads them again); not generated code
    return True


install()
