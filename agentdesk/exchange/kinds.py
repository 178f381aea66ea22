# SPDX-License-Identifier: GPL-3.0-or-later
"""Field kinds: how one value looks in the file (``dump``) and in the database (``load``).

A kind checks a value from a file and turns it into the stored representation (32-hex UUIDs,
``sql_time`` text, JSON text), and back. ``load`` raises ``BadValue`` worded to follow
"field 'name' "; the parser adds the field's name and the line number.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import math
import re
import uuid
from collections.abc import Sequence
from typing import Any

from agentdesk.store.models import LANGUAGES, parse_sql_time, sql_time
from agentdesk.text import MAX_JSON_DEPTH, clean_text, json_problem, text_problem

INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)


class BadLine(Exception):
    """A problem with a line, in plain words; becomes ``ImportFormatError`` with the line number."""


class BadValue(Exception):
    """A problem with one value, worded to follow "field 'name' "; the caller adds the name."""


def show(value: Any) -> str:
    try:
        text = clean_text(json.dumps(value, ensure_ascii=False))
    except (TypeError, ValueError):
        text = "a value that is not JSON"
    return text if len(text) <= 40 else text[:37] + "…"


class Kind:
    """A field type. ``load`` turns a (non-null) file value into the stored value or raises
    ``BadValue``; ``dump`` turns a stored value into the file's."""

    doc = ""

    def load(self, value: Any) -> Any:
        raise NotImplementedError

    def dump(self, value: Any) -> Any:
        return value


_UUID_EXAMPLE = "0192f1d2-7c4e-7a10-8b3e-5f1a2b3c4d5e"
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


class Uuid(Kind):
    doc = "UUID"

    def load(self, value: Any) -> Any:
        if not isinstance(value, str) or not UUID_RE.fullmatch(value):
            raise BadValue(f"must be a UUID like {_UUID_EXAMPLE} (got {show(value)})")
        return value.replace("-", "").lower()

    def dump(self, value: Any) -> Any:
        h = str(value)
        if len(h) == 32:
            return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        return str(uuid.UUID(h))


def uuid_hex(value: str) -> str:
    return value.replace("-", "").lower()


def uuid_text(hex32: str) -> str:
    return f"{hex32[:8]}-{hex32[8:12]}-{hex32[12:16]}-{hex32[16:20]}-{hex32[20:]}"


_CANONICAL_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")


class Time(Kind):
    doc = "time"

    def load(self, value: Any) -> Any:
        try:
            parsed = dt.datetime.fromisoformat(value)
            if parsed.tzinfo is not None:
                if _CANONICAL_TIME.fullmatch(value):
                    return f"{value[:10]} {value[11:26]}"
                return sql_time(parsed)
        except (TypeError, ValueError, OverflowError):
            pass
        raise BadValue(
            f"must be an ISO 8601 time with a time zone, like 2026-11-23T09:00:00.000000Z (got {show(value)})"
        )

    def dump(self, value: Any) -> Any:
        text = str(value)
        if len(text) == 26 and text[10] == " ":
            return f"{text[:10]}T{text[11:]}Z"
        parsed = parse_sql_time(text)
        assert parsed is not None
        return parsed.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Text(Kind):
    def __init__(self, max_length: int | None = None) -> None:
        self.max_length = max_length
        self.doc = f"string (at most {max_length} characters)" if max_length else "string"

    def load(self, value: Any) -> Any:
        if not isinstance(value, str):
            raise BadValue(f"must be a string (got {show(value)})")
        if self.max_length is not None and len(value) > self.max_length:
            raise BadValue(f"is longer than {self.max_length} characters")
        if not value.isascii():
            problem = text_problem(value)
            if problem:
                raise BadValue(problem)
        return value


class OneOf(Kind):
    def __init__(self, values: Sequence[str]) -> None:
        self.values = tuple(values)
        self.allowed = frozenset(values)
        self.doc = "one of " + ", ".join(self.values)

    def load(self, value: Any) -> Any:
        if not isinstance(value, str) or value not in self.allowed:
            raise BadValue(f"must be one of {', '.join(self.values)} (got {show(value)})")
        return value


class Int(Kind):
    def __init__(self, low: int, high: int) -> None:
        self.low, self.high = low, high
        if (low, high) in (INT32, INT64):
            self.doc = "whole number"
        elif high in (INT32[1], INT64[1]):
            self.doc = f"whole number ≥ {low}"
        else:
            self.doc = f"whole number {low}–{high}"

    def load(self, value: Any) -> Any:
        if type(value) is not int:
            raise BadValue(f"must be a whole number (got {show(value)})")
        if not self.low <= value <= self.high:
            if self.high in (INT32[1], INT64[1]):
                raise BadValue(f"must be at least {self.low} (got {value})")
            raise BadValue(f"must be a whole number from {self.low} to {self.high} (got {value})")
        return value


class Float(Kind):
    doc = "number"

    def load(self, value: Any) -> Any:
        try:
            if type(value) not in (int, float) or not math.isfinite(value):
                raise ValueError
            return float(value)
        except (ValueError, OverflowError):
            raise BadValue(f"must be a number (got {show(value)})") from None

    def dump(self, value: Any) -> Any:
        return float(value)


class Bool(Kind):
    doc = "true or false"

    def load(self, value: Any) -> Any:
        if type(value) is not bool:
            raise BadValue(f"must be true or false (got {show(value)})")
        return 1 if value else 0

    def dump(self, value: Any) -> Any:
        return bool(value)


class JsonObject(Kind):
    """A JSON column holding an object; stored as SQLAlchemy's ``JSON`` type writes it."""

    doc = "JSON object"

    def load(self, value: Any) -> Any:
        if not isinstance(value, dict):
            raise BadValue(f"must be a JSON object (got {show(value)})")
        text = json.dumps(value)
        # The full check walks the value; the written text says cheaply whether it may be needed.
        if (
            ("\\ud" in text and _LONE_SURROGATE.search(text))
            or "NaN" in text
            or "Infinity" in text
            or _LONG_NUMBER.search(text)
            or text.count("{") + text.count("[") > MAX_JSON_DEPTH
        ):
            _check_json(value)
        return text

    def dump(self, value: Any) -> Any:
        return json.loads(value)


class JsonList(Kind):
    """A JSON column holding a list of strings or of tier numbers."""

    def __init__(self, item: str) -> None:
        self.item = item
        self.doc = "list of strings" if item == "str" else "list of whole numbers 1–3"

    def load(self, value: Any) -> Any:
        if not isinstance(value, list):
            raise BadValue(f"must be a {self.doc} (got {show(value)})")
        for item in value:
            ok = isinstance(item, str) if self.item == "str" else type(item) is int and 1 <= item <= 3
            if not ok:
                raise BadValue(f"must be a {self.doc} (found {show(item)})")
            if self.item == "str" and not item.isascii():
                problem = text_problem(item)
                if problem:
                    raise BadValue(f"has an item that {problem}")
        return json.dumps(value)

    def dump(self, value: Any) -> Any:
        return json.loads(value)


# In ``json.dumps`` output (ASCII, lower-case escapes): a lone surrogate escape, or a whole number
# of 19 digits or more.
_LONE_SURROGATE = re.compile(r"\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f]")
_LONG_NUMBER = re.compile(r"\d{19}")


def _check_json(value: Any) -> None:
    """Refuse what could not be exported and imported again: lone surrogates, numbers beyond
    64 bits or not finite, nesting deeper than ``text.MAX_JSON_DEPTH``."""
    found = json_problem(value)
    if found is not None:
        path, phrase = found
        raise BadValue(f"{phrase} (at {path})" if path else phrase)


class Base64(Kind):
    doc = "base64 (RFC 4648, with padding)"

    def load(self, value: Any) -> Any:
        if not isinstance(value, str):
            raise BadValue(f"must be base64 text (got {show(value)})")
        try:
            return base64.b64decode(value, validate=True)
        except ValueError:
            raise BadValue("is not valid base64") from None

    def dump(self, value: Any) -> Any:
        return base64.b64encode(value).decode("ascii")


UUID = Uuid()
TIME = Time()
TEXT = Text()
BOOL = Bool()
FLOAT = Float()
OBJECT = JsonObject()
LANGUAGE = OneOf(LANGUAGES)
