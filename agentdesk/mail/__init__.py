# SPDX-License-Identifier: GPL-3.0-or-later
"""The email channel: support mailboxes over IMAP (in) and SMTP (out). No Qt here.

- ``accounts``: ``MailAccounts`` (add, update, remove, get, list), ``AccountSettings``, the
  password in the OS keyring (``KeyringPasswords``), ``test_connection``.
- ``fetch``: ``MailFetcher`` reads new mail into conversations (``MailIntake`` threads one mail).
- ``send``: ``MailSender`` queues replies in an outbox and sends them (``queue_reply``, ``flush``,
  ``retry``, ``status``).
- ``lease``: ``FetchLease``, one fetcher per mailbox when the database is shared.
- ``service``: ``MailService``, one round (fetch + send) or ``watch``.

Everything here blocks on the network: the window runs it on a worker thread.
"""
