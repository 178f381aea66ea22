# SPDX-License-Identifier: GPL-3.0-or-later
"""Errors a user can act on.

Two kinds of failure exist. Errors the environment or the user's input causes (a file that is not a
database, a read-only folder, a malformed import line, an invalid request) are ``AgentDeskError``s:
they carry one plain sentence meant for the agent and are shown as such, never as a traceback.
Everything else is a bug and goes to the crash handler.

The sentence is a translatable source text with ``{name}`` fields and its parameters, e.g.
``ValidationError(translatable("Errors", "Conversation {number} is closed."), number=1042)``;
``message`` and ``str()`` render it in the language the program runs in (see
:mod:`agentdesk.messages`), ``english()`` in English for logs. A plain string still works and is
shown as it is.
"""

from __future__ import annotations

from agentdesk.messages import Message, translatable


class AgentDeskError(Exception):
    """An error whose message a user can read and act on."""

    def __init__(self, message: str, /, **params: object) -> None:
        super().__init__(message)
        self.sentence = Message(message, **params)

    @property
    def message(self) -> str:
        """The sentence in the current language, its parameters filled in."""
        return self.sentence.render()

    def english(self) -> str:
        return self.sentence.english()

    def __str__(self) -> str:
        return self.message


class StoreError(AgentDeskError):
    """The local database cannot be opened, read or written."""


class NotADatabaseError(StoreError):
    """The file exists but is not an SQLite database."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer AgentDesk than this one."""


class ReadOnlyError(StoreError):
    """The database or its folder cannot be written."""


class ValidationError(AgentDeskError):
    """A request that cannot be carried out as asked (bad value, wrong state)."""


class PermissionDenied(ValidationError):
    """The acting agent may not do this; the sentence says why."""


class NotFoundError(AgentDeskError):
    """The conversation, customer or agent named does not exist."""


class SearchSyntaxError(ValidationError):
    """A search query that cannot be understood."""


class ImportFormatError(AgentDeskError):
    """An exchange file with a malformed line; nothing of it was imported."""

    def __init__(self, line: int, problem: str) -> None:
        # One line whatever the file held: a key or value quoted from it shows its control
        # characters escaped ("\n"), never as a line break of the message.
        problem = "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in problem)
        super().__init__(translatable("Errors", "line {line}: {problem}"), line=line, problem=problem)
        self.line = line
        self.problem = problem
