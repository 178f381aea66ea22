# SPDX-License-Identifier: GPL-3.0-or-later
"""Sync with a configured PostgreSQL server (DESIGN.md §5): outbox, push, pull, server schema.

The desktop always works on its local SQLite database. ``outbox`` records every change of a synced
row in the same transaction as the change; ``push`` applies those changes on the server, one server
transaction each and idempotently; ``pull`` brings the server's rows back in commit order;
``engine.sync_once`` does push then pull. ``server`` sets up and upgrades the server itself.
"""
