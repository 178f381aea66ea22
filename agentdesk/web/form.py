# SPDX-License-Identifier: GPL-3.0-or-later
"""The contact form's boundary: the fields a visitor sends, checked before anything is stored.

Pure functions without the web framework, so every rule is tested on its own (and by Hypothesis):

- :func:`parse_form` turns the posted fields into a :class:`ContactForm` or raises
  :class:`FormRefused` naming the visitor's sentence (agentdesk.web.texts) and its values;
- :class:`FormTokens` signs the token the form page carries (time and a random nonce, HMAC-SHA256
  with the workspace's secret): a form posted without one from our page, or older than its
  lifetime, is refused (CSRF), and one sent back within a second or two of loading is a robot's;
- the honeypot is a field hidden from people; whatever fills it is refused without saying why.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re
import secrets
import struct
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

MAX_NAME = 200
MAX_EMAIL = 254  # RFC 5321's longest forward path
MAX_SUBJECT = 200
MAX_MESSAGE = 20_000
MAX_TOKEN = 200
# The whole posted body: the fields above in UTF-8 with form encoding, and room to spare; anything
# larger is refused before it is read (HTTP 413).
MAX_BODY = 128 * 1024

HONEYPOT = "website"  # a field name robots like to fill
TOKEN_FIELD = "token"
FIELDS = ("name", "email", "subject", "message")
LIMITS = {"name": MAX_NAME, "email": MAX_EMAIL, "subject": MAX_SUBJECT, "message": MAX_MESSAGE}
TOKEN_LIFETIME = dt.timedelta(hours=4)
TOKEN_MIN_AGE = dt.timedelta(seconds=2)

# The address a reply can go to: one @, a dot-atom local part (the quoted form is not worth the
# risk on a web form) and a domain of letter-digit-hyphen labels with a dot (IDN allowed).
_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


class FormRefused(Exception):
    """A form we do not take: ``key`` names the visitor's sentence, ``values`` fill it, ``status``
    is the HTTP answer (400 by default; 413 too large, 429 too many, 403 wrong origin)."""

    def __init__(self, key: str, status: int = 400, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.status = status
        self.values = values


@dataclass(frozen=True)
class ContactForm:
    name: str
    email: str  # lower-cased
    subject: str
    message: str


def _not_text(value: str) -> bool:
    """Lone surrogates, NUL and control characters other than tab and line breaks."""
    for char in value:
        if char in "\t\n\r":
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs", "Co", "Cn") or char in "\u2028\u2029":
            return True
    return False


def check_email(address: str) -> bool:
    """True for an address we can answer to (see ``_LOCAL`` and ``_LABEL``)."""
    if len(address) > MAX_EMAIL or address.count("@") != 1:
        return False
    local, domain = address.split("@")
    if not local or len(local) > 64 or not _LOCAL.match(local):
        return False
    try:
        ascii_domain = domain.encode("idna").decode("ascii") if not domain.isascii() else domain
    except UnicodeError:
        return False
    labels = ascii_domain.split(".")
    if len(labels) < 2 or len(ascii_domain) > 253:
        return False
    return all(_LABEL.match(label) for label in labels) and not labels[-1].isdigit()


def parse_form(fields: Mapping[str, str]) -> ContactForm:
    """The visitor's form, checked: every field once, text only, within its limit."""
    if fields.get(HONEYPOT, ""):
        raise FormRefused("refused")
    values: dict[str, str] = {}
    for field in FIELDS:
        raw = fields.get(field, "")
        if not isinstance(raw, str):
            raise FormRefused("bad_request")
        if len(raw) > LIMITS[field] * 2:  # far beyond: say so before looking closer
            raise FormRefused("field_too_long", field=field, limit=LIMITS[field])
        if _not_text(raw.replace("\r\n", "\n")):
            raise FormRefused("field_not_text", field=field)
        value = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
        # One-line fields collapse their whitespace; the message keeps its lines.
        value = value.strip() if field == "message" else " ".join(value.split())
        if len(value) > LIMITS[field]:
            raise FormRefused("field_too_long", field=field, limit=LIMITS[field])
        if not value and field != "subject":
            raise FormRefused("field_missing", field=field)
        values[field] = value
    email = values["email"].lower()
    if not check_email(email):
        raise FormRefused("bad_email", email=values["email"][:60])
    subject = values["subject"] or " ".join(values["message"].split())[:80]
    return ContactForm(values["name"], email, subject, values["message"])


class FormTokens:
    """Signed form tokens: ``base64url(seconds since 1970 (8 bytes) + nonce (12) + HMAC (16))``."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) < 16:
            raise ValueError("the form secret is too short")
        self._secret = secret

    def _mac(self, payload: bytes) -> bytes:
        return hmac.new(self._secret, b"agentdesk-web-form\x00" + payload, hashlib.sha256).digest()[:16]

    def issue(self, now: dt.datetime) -> str:
        payload = struct.pack(">q", int(now.timestamp())) + secrets.token_bytes(12)
        return base64.urlsafe_b64encode(payload + self._mac(payload)).decode("ascii").rstrip("=")

    def check(self, token: str, now: dt.datetime) -> None:
        """Raises :class:`FormRefused` for a token we did not sign, an expired or a hasty one."""
        if not token or len(token) > MAX_TOKEN or not token.isascii():
            raise FormRefused("bad_token")
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        except ValueError:
            raise FormRefused("bad_token") from None
        if len(raw) != 36:
            raise FormRefused("bad_token")
        payload, mac = raw[:20], raw[20:]
        if not hmac.compare_digest(mac, self._mac(payload)):
            raise FormRefused("bad_token")
        (seconds,) = struct.unpack(">q", payload[:8])
        try:
            issued = dt.datetime.fromtimestamp(seconds, dt.UTC)
        except (OverflowError, OSError, ValueError):
            raise FormRefused("bad_token") from None
        age = now - issued
        if age > TOKEN_LIFETIME or age < -dt.timedelta(minutes=5):
            raise FormRefused("bad_token")
        if age < TOKEN_MIN_AGE:
            raise FormRefused("too_fast")
