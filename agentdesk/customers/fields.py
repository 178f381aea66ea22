# SPDX-License-Identifier: GPL-3.0-or-later
"""Checking what an agent or a file says about a customer or an organisation, without a database.

Every function takes text as typed (or read from a CSV cell) and returns the value to store, or
raises a ``ValidationError`` with one plain sentence naming the field. Shared by the customer
dialog, the organisation dialog, the CSV import and the command line, so all of them accept and
refuse the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agentdesk.errors import ValidationError
from agentdesk.messages import translatable
from agentdesk.store.models import LANGUAGES, Plan
from agentdesk.text import clean_text

CTX = "CustomerErrors"
MAX_NAME = 200
MAX_EMAIL = 320
MAX_PHONE = 50
MAX_COMPANY = 200
MAX_NOTES = 20_000
MAX_EMAILS = 20
MAX_DOMAINS = 50

_EMAIL = re.compile(
    r"^[^@\s<>(),;:\"\[\]\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
_DOMAIN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{3,49}$")
_SPACES = re.compile(r"\s+")

# What a spreadsheet may write for yes and no (English, German, Danish).
_YES = frozenset({"1", "yes", "y", "true", "x", "ja", "j", "wahr", "sand"})
_NO = frozenset({"", "0", "no", "n", "false", "nein", "falsch", "nej", "falsk"})
# Plan and language as people write them in a spreadsheet.
_PLAN_WORDS = {p.value: p.value for p in Plan} | {"standardplan": "standard", "basis": "basic"}
_LANGUAGE_WORDS = {
    "en": "en", "english": "en", "englisch": "en", "engelsk": "en",
    "de": "de", "german": "de", "deutsch": "de", "tysk": "de",
    "da": "da", "danish": "da", "dänisch": "da", "dansk": "da", "dk": "da",
}  # fmt: skip


def one_line(text: str) -> str:
    """``text`` cleaned, runs of white space (line breaks too) as one space, trimmed."""
    return _SPACES.sub(" ", clean_text(text)).strip()


def name(text: str, *, what: str = "customer") -> str:
    value = one_line(text)
    if not value:
        if what == "organisation":
            raise ValidationError(translatable("CustomerErrors", "An organisation needs a name."))
        raise ValidationError(translatable("CustomerErrors", "A customer needs a name."))
    if len(value) > MAX_NAME:
        raise ValidationError(
            translatable("CustomerErrors", "A name is at most {limit} characters long."), limit=MAX_NAME
        )
    return value


def email(text: str) -> str | None:
    """An address in lower case, or ``None`` for an empty field."""
    value = one_line(text).lower()
    if value.startswith("mailto:"):
        value = value[len("mailto:") :]
    if not value:
        return None
    if len(value) > MAX_EMAIL or not _EMAIL.match(value):
        raise ValidationError(
            translatable("CustomerErrors", "“{email}” is not an email address."), email=value[:80]
        )
    return value


def emails(texts: Iterable[str]) -> list[str]:
    """Further addresses: each checked, doubles dropped, in the order given."""
    out: list[str] = []
    for text in texts:
        for part in re.split(r"[,;\s]+", text):
            value = email(part)
            if value is not None and value not in out:
                out.append(value)
    if len(out) > MAX_EMAILS:
        raise ValidationError(
            translatable("CustomerErrors", "A customer has at most {limit} email addresses."),
            limit=MAX_EMAILS,
        )
    return out


def phone(text: str) -> str | None:
    value = one_line(text)
    if not value:
        return None
    if not _PHONE.match(value) or sum(c.isdigit() for c in value) < 3:
        raise ValidationError(
            translatable(
                "CustomerErrors", "“{phone}” is not a phone number (digits, spaces, + ( ) / . - only)."
            ),
            phone=value[:60],
        )
    return value


def company(text: str) -> str | None:
    value = one_line(text)
    if len(value) > MAX_COMPANY:
        raise ValidationError(
            translatable("CustomerErrors", "A company name is at most {limit} characters long."),
            limit=MAX_COMPANY,
        )
    return value or None


def notes(text: str) -> str:
    value = clean_text(text).replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(value) > MAX_NOTES:
        raise ValidationError(
            translatable("CustomerErrors", "Notes are at most {limit} characters long."), limit=MAX_NOTES
        )
    return value


def plan(text: str) -> str:
    value = _PLAN_WORDS.get(one_line(text).lower())
    if value is None:
        raise ValidationError(
            translatable("CustomerErrors", "“{plan}” is not a plan; the plans are {plans}."),
            plan=one_line(text)[:40],
            plans=", ".join(Plan.values()),
        )
    return value


def language(text: str) -> str:
    value = _LANGUAGE_WORDS.get(one_line(text).lower())
    if value is None or value not in LANGUAGES:
        raise ValidationError(
            translatable(
                "CustomerErrors", "“{language}” is not a language AgentDesk writes in; use {languages}."
            ),
            language=one_line(text)[:40],
            languages=", ".join(LANGUAGES),
        )
    return value


def yes_no(text: str) -> bool:
    value = one_line(text).lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise ValidationError(
        translatable("CustomerErrors", "“{value}” is neither yes nor no."), value=value[:40]
    )


def domain(text: str) -> str | None:
    """A mail domain in lower case (``@`` and ``www.`` taken off), or ``None`` for an empty field."""
    value = one_line(text).lower().lstrip("@")
    if value.startswith("www."):
        value = value[4:]
    if not value:
        return None
    try:
        value = value.encode("idna").decode("ascii")
    except UnicodeError:
        value = "\x00"
    if len(value) > 253 or not _DOMAIN.match(value):
        raise ValidationError(
            translatable("CustomerErrors", "“{domain}” is not a mail domain."), domain=one_line(text)[:80]
        )
    return value


def domains(texts: Iterable[str]) -> list[str]:
    out: list[str] = []
    for text in texts:
        for part in re.split(r"[,;\s]+", text):
            value = domain(part)
            if value is not None and value not in out:
                out.append(value)
    if len(out) > MAX_DOMAINS:
        raise ValidationError(
            translatable("CustomerErrors", "An organisation has at most {limit} domains."), limit=MAX_DOMAINS
        )
    return out


def email_domain(address: str) -> str | None:
    """The domain of an address, lower case (``None`` without one)."""
    _, at, host = address.strip().rpartition("@")
    return host.lower() or None if at else None
