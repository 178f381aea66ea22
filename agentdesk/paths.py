# SPDX-License-Identifier: GPL-3.0-or-later
"""Where AgentDesk keeps its files on this computer: the database and the logs.

Shared by the ``agentdesk`` command and the sync command (``agentdesk sync`` opens the same default
database), so neither imports the other. Only ``platformdirs``: safe to import from anywhere.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "AgentDesk"
DEFAULT_DB_NAME = "agentdesk.sqlite"
DEMO_DB_NAME = "demo.sqlite"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The database ``agentdesk`` opens when no ``--db`` is given."""
    return data_dir() / DEFAULT_DB_NAME


__all__ = ["APP_NAME", "DEFAULT_DB_NAME", "DEMO_DB_NAME", "data_dir", "default_db_path", "log_dir"]
