# SPDX-License-Identifier: GPL-3.0-or-later
"""The web tests use the sync tests' team server and desktops (tests/sync/conftest.py)."""

from tests.sync.conftest import desktop, server_url  # noqa: F401
