# SPDX-License-Identifier: GPL-3.0-or-later
"""The guard for text that comes from outside: one rule, used at every boundary.

Python strings can hold what no file can: lone UTF-16 surrogates (``"\\ud800"``, which
``json.loads`` makes of a ``\\ud800`` escape and the mail parser of stray 8-bit header bytes).
Stored, such a string makes every later UTF-8 write fail, the workspace's own export among them.
NUL characters are valid UTF-8 but PostgreSQL cannot hold them in text columns, so they count as
unencodable too. The rule (docs/exchange-format.md, docs/canned-replies-format.md, docs/mail.md):

- **Files** (exchange import, canned-reply import, calendar JSON) are checked, not repaired: a
  lone surrogate is refused with the place it was found, nothing is imported. A file must import
  exactly as written, or its export would not give the same file again. Such files hold NUL only
  where someone wrote ``\\u0000`` on purpose; it is kept as written.
- **Live text** (mail, what an agent types or pastes, search boxes, rendered templates) is
  repaired: every lone surrogate and every NUL becomes U+FFFD (�), one character for one, so
  offsets into the text stay valid. Nobody can fix an invisible broken character in a mail, and
  refusing it would lose the message.

JSON from files is also bounded in depth (``MAX_JSON_DEPTH``) and checked for numbers that cannot
round-trip (non-finite floats, integers beyond 64 bits); ``loads`` turns the JSON decoder's
``RecursionError`` and Python's integer-digit limit into a plain ``JsonProblem``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

REPLACEMENT = "\ufffd"
MAX_JSON_DEPTH = 64  # nesting of lists and objects in JSON from files; AgentDesk writes at most 4
_INT64 = (-(2**63), 2**63 - 1)
_BAD = re.compile("[\ud800-\udfff\x00]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class JsonProblem(ValueError):
    """JSON that AgentDesk does not take; ``str()`` is a phrase to follow "the file: " or "line 3: "."""


def is_clean(text: str) -> bool:
    """True when ``text`` holds no lone surrogate and no NUL (fast for ASCII and common text)."""
    if text.isascii():
        return "\x00" not in text
    return _BAD.search(text) is None


def clean_text(text: str) -> str:
    """``text`` with every lone surrogate and NUL replaced by U+FFFD (same length)."""
    if is_clean(text):
        return text
    return _BAD.sub(REPLACEMENT, text)


def clean_optional(text: str | None) -> str | None:
    return None if text is None else clean_text(text)


def clean_json(value: Any) -> Any:
    """A JSON-like value (dicts, lists, strings, numbers) with every string and key cleaned."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, Mapping):
        return {clean_text(str(k)): clean_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean_json(v) for v in value]
    return value


def surrogate_at(text: str) -> int | None:
    """The 0-based offset of the first lone surrogate in ``text``, or None."""
    if text.isascii():
        return None
    found = _SURROGATE.search(text)
    return None if found is None else found.start()


def text_problem(text: str) -> str | None:
    """Why a string from a file cannot be stored, or None: a phrase such as
    "holds a lone UTF-16 surrogate (\\ud800) at character 4, which is not text"."""
    at = surrogate_at(text)
    if at is None:
        return None
    return f"holds a lone UTF-16 surrogate (\\u{ord(text[at]):04x}) at character {at + 1}, which is not text"


def shown(text: str, limit: int = 40) -> str:
    """``text`` fit to quote in an error message: repaired and cut to ``limit`` characters."""
    text = clean_text(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def json_problem(value: Any, max_depth: int = MAX_JSON_DEPTH) -> tuple[str, str] | None:
    """The first reason a decoded JSON value from a file cannot be stored and exported again, as
    (path, phrase) — path like ``data.items[2]`` ('' for the value itself) — or None.

    Checked: strings and keys without lone surrogates, floats finite, integers within 64 bits,
    nesting at most ``max_depth``. Iterative, so any depth is safe to check."""
    stack: list[tuple[Any, str, int]] = [(value, "", 0)]
    while stack:
        item, path, depth = stack.pop()
        if isinstance(item, str):
            problem = text_problem(item)
            if problem:
                return path, problem
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            if not _INT64[0] <= item <= _INT64[1]:
                return path, "is a whole number beyond 64 bits, which cannot be stored"
        elif isinstance(item, float):
            if not math.isfinite(item):
                return path, "is a number too large to store (or not a number)"
        elif isinstance(item, dict | list):
            if depth >= max_depth:
                return path, f"is nested more than {max_depth} levels deep"
            if isinstance(item, dict):
                for key, child in reversed(list(item.items())):
                    problem = text_problem(key)
                    if problem:
                        return _join(path, shown(key)), "has a key that " + problem
                    stack.append((child, _join(path, key), depth + 1))
            else:
                for index in range(len(item) - 1, -1, -1):
                    stack.append((item[index], f"{path}[{index}]", depth + 1))
    return None


def _join(path: str, key: str) -> str:
    key = shown(key)
    return f"{path}.{key}" if path else key


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise JsonProblem(f"the number {text[:30]} is too large to store")
    return value


def _reject_constant(name: str) -> Any:
    raise JsonProblem(f"{name} is not allowed")


_DECODER = json.JSONDecoder(parse_float=_parse_float, parse_constant=_reject_constant)


def loads(text: str, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """``json.loads`` for files from outside; ``json.JSONDecodeError`` for broken JSON as usual,
    ``JsonProblem`` for JSON that is well-formed but not storable (see ``json_problem``)."""
    try:
        value = _DECODER.decode(text)
    except RecursionError:
        raise JsonProblem(f"nested more than {max_depth} levels deep") from None
    except json.JSONDecodeError:
        raise
    except ValueError as exc:  # Python's limit on the digits of an integer
        if isinstance(exc, JsonProblem):
            raise
        raise JsonProblem("a whole number with too many digits") from None
    found = json_problem(value, max_depth)
    if found is not None:
        path, phrase = found
        raise JsonProblem(f"{path} {phrase}" if path else f"the value {phrase}")
    return value


__all__ = [
    "MAX_JSON_DEPTH",
    "REPLACEMENT",
    "JsonProblem",
    "clean_json",
    "clean_optional",
    "clean_text",
    "is_clean",
    "json_problem",
    "loads",
    "shown",
    "surrogate_at",
    "text_problem",
]
