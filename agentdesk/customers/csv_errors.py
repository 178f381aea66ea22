# SPDX-License-Identifier: GPL-3.0-or-later
"""The sentences of a refused CSV import, translatable in whole: "line 42: column “E-Mail”:
“keine adresse” is not an email address." reads "Zeile 42: Spalte „E-Mail“: …" in German.

``CsvLineError`` is an ``ImportFormatError`` (the line number is ``line``) whose problem is a
translatable sentence with its parameters rather than English text; values quoted from the file
(a header, an address, a name) are kept to one printable line.
"""

from __future__ import annotations

from agentdesk.errors import AgentDeskError, ImportFormatError
from agentdesk.messages import Message, Text, translatable

_LINE = translatable("Errors", "line {line}: {problem}")

NOT_TEXT = translatable("CustomerErrors", "a character that is neither UTF-8 nor Windows-1252")
TOO_MANY_COLUMNS = translatable("CustomerErrors", "more than {limit} columns")
NO_COLUMN = translatable("CustomerErrors", "the header line names no column")
CELL_COUNT = translatable(
    "CustomerErrors", "{cells} cells where the header line has {columns} (separator “{separator}”)"
)
NUL = translatable("CustomerErrors", "a NUL character")
OPEN_QUOTE = translatable("CustomerErrors", "a quote is opened and never closed")
STRAY_QUOTE = translatable("CustomerErrors", "a quote inside a cell that is not quoted as a whole")
LONG_CELL = translatable("CustomerErrors", "a cell longer than {limit} characters")
IN_COLUMN = translatable("CustomerErrors", "column “{column}”: {problem}")
SAME_EMAIL = translatable("CustomerErrors", "{email} is on line {other} already")
SAME_NAME = translatable("CustomerErrors", "{name} is on line {other} already")
SAME_DOMAIN = translatable("CustomerErrors", "the domain {domain} is on line {other} already")
DOMAIN_TAKEN = translatable("CustomerErrors", "the domain {domain} belongs to {holder} already")


def _printable(value: object) -> object:
    """A value quoted from the file, its control characters escaped ("\\n"), at most 80 characters."""
    if not isinstance(value, str):
        return value
    text = "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in value)
    return text if len(text) <= 80 else text[:79] + "…"


class CsvLineError(ImportFormatError):
    """A line of a CSV file that cannot be imported; nothing of the file was."""

    def __init__(self, line: int, problem: Text | Message, /, **params: object) -> None:
        if isinstance(problem, Message):
            sentence = problem
        else:
            sentence = Message(problem, **{name: _printable(value) for name, value in params.items()})
        AgentDeskError.__init__(self, _LINE, line=line, problem=sentence)
        self.line = line
        self.problem = sentence.english()


def cell_error(line: int, column: str, exc: AgentDeskError) -> CsvLineError:
    """The cell of ``column`` on ``line`` holds what ``exc`` says (its sentence, translated too)."""
    return CsvLineError(line, Message(IN_COLUMN, column=_printable(column), problem=exc.sentence))


__all__ = [
    "CELL_COUNT",
    "DOMAIN_TAKEN",
    "IN_COLUMN",
    "LONG_CELL",
    "NOT_TEXT",
    "NO_COLUMN",
    "NUL",
    "OPEN_QUOTE",
    "SAME_DOMAIN",
    "SAME_EMAIL",
    "SAME_NAME",
    "STRAY_QUOTE",
    "TOO_MANY_COLUMNS",
    "CsvLineError",
    "cell_error",
]
