# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading a spreadsheet's CSV export: the encodings and separators German and Danish
spreadsheets write, and nothing half-read.

- Encoding: UTF-8 with a byte-order mark (Excel's "CSV UTF-8"), UTF-8 without, else Windows-1252
  (Excel's plain "CSV" on a German or Danish Windows). A file that is none of these is refused.
- Separator: ``;`` (Excel where the decimal comma is usual), ``,`` or a tab, whichever the header
  line holds most of outside quotes.
- Quoting as RFC 4180: a quoted cell may hold the separator, doubled quotes and line breaks.

A file with a broken line (a quote left open, a stray quote inside a cell, more or fewer cells than
the header has, a NUL byte) is refused whole with a ``CsvLineError`` (an ``ImportFormatError``)
naming the line, its problem translatable in whole (``agentdesk.customers.csv_errors``).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

from agentdesk.customers.csv_errors import (
    CELL_COUNT,
    LONG_CELL,
    NO_COLUMN,
    NOT_TEXT,
    NUL,
    OPEN_QUOTE,
    STRAY_QUOTE,
    TOO_MANY_COLUMNS,
    CsvLineError,
)
from agentdesk.errors import ValidationError
from agentdesk.messages import translatable

CTX = "CustomerErrors"
SEPARATORS = (";", ",", "\t")
MAX_CELL = 100_000
MAX_COLUMNS = 200


@dataclass(frozen=True, slots=True)
class CsvTable:
    encoding: str  # utf-8-sig, utf-8 or cp1252
    separator: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line number where the record starts, cells)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) of a file's bytes."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise _bad_byte(data, exc.start + len(codecs.BOM_UTF8)) from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ValidationError(
            translatable(
                "CustomerErrors", "The file is in UTF-16; save it as CSV UTF-8 or plain CSV and try again."
            )
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise _bad_byte(data, exc.start) from exc


def _bad_byte(data: bytes, offset: int) -> CsvLineError:
    line = data.count(b"\n", 0, offset) + 1
    return CsvLineError(line, NOT_TEXT)


def _outside_quotes(line: str) -> str:
    out, quoted = [], False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted:
            out.append(char)
    return "".join(out)


def sniff_separator(text: str) -> str:
    """The separator the header line (up to the first line break outside quotes) uses most."""
    header, quoted = [], False
    for char in text:
        if char == '"':
            quoted = not quoted
        if not quoted and char in "\r\n":
            break
        header.append(char)
    bare = _outside_quotes("".join(header))
    counts = {sep: bare.count(sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda s: (counts[s], -SEPARATORS.index(s)))
    return best if counts[best] else ";"


def read_table(data: bytes, *, separator: str | None = None) -> CsvTable:
    """The header and every non-empty record of a CSV file, each record with its line number."""
    text, encoding = decode(data)
    if separator is None:
        separator = sniff_separator(text)
    lines = _records(text, separator)
    header: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    for line, cells in lines:
        if header is None:
            header = tuple(c.strip() for c in cells)
            if len(header) > MAX_COLUMNS:
                raise CsvLineError(line, TOO_MANY_COLUMNS, limit=MAX_COLUMNS)
            if not any(header):
                raise CsvLineError(line, NO_COLUMN)
            continue
        if len(cells) != len(header):
            raise CsvLineError(line, CELL_COUNT, cells=len(cells), columns=len(header), separator=separator)
        rows.append((line, tuple(cells)))
    if header is None:
        raise ValidationError(translatable("CustomerErrors", "The file is empty: it has no header line."))
    return CsvTable(encoding, separator, header, tuple(rows))


def _records(text: str, separator: str) -> Iterator[tuple[int, list[str]]]:
    if "\x00" in text:
        raise CsvLineError(text.count("\n", 0, text.index("\x00")) + 1, NUL)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, quotechar='"', strict=True)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            problem = OPEN_QUOTE if "EOF" in str(exc) or "end of data" in str(exc) else STRAY_QUOTE
            raise CsvLineError(start, problem) from None
        line = start
        start = reader.line_num + 1
        if not cells or (len(cells) == 1 and not cells[0].strip()):
            continue  # an empty line
        if any(len(c) > MAX_CELL for c in cells):
            raise CsvLineError(line, LONG_CELL, limit=MAX_CELL)
        yield line, cells
