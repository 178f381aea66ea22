# SPDX-License-Identifier: GPL-3.0-or-later
"""The workspace's help centre settings: the shop's name and colour on the published pages, and
the address where the shop uploads them (the composer links public articles there).

Each published article lives at ``<address>/<language>/<article id>.html``: the id never
changes, so a link sent to a customer keeps working when the title is edited.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Protocol

from agentdesk.errors import ValidationError
from agentdesk.messages import translatable

NAME_KEY = "kb.shop_name"
COLOUR_KEY = "kb.colour"
URL_KEY = "kb.help_centre_url"
DEFAULT_NAME = "Help Centre"
DEFAULT_COLOUR = "#2563eb"
MAX_NAME_CHARS = 80

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_URL = re.compile(r"^https?://[^\s<>\"'#?]+$")


class SettingsStore(Protocol):
    def get(self, key: str, default: object = None) -> object: ...

    def set(self, key: str, value: object) -> None: ...


@dataclass(frozen=True, slots=True)
class HelpCentreSettings:
    shop_name: str
    colour: str
    url: str  # "" when the shop has not said where it publishes


def article_path(language: str, article_id: uuid.UUID) -> str:
    return f"{language}/{article_id.hex}.html"


def article_link(base: str, language: str, article_id: uuid.UUID) -> str:
    return f"{base.rstrip('/')}/{article_path(language, article_id)}"


def help_centre_url(settings: SettingsStore) -> str:
    value = settings.get(URL_KEY, "")
    return value if isinstance(value, str) and _URL.match(value) else ""


def read_settings(settings: SettingsStore) -> HelpCentreSettings:
    name = settings.get(NAME_KEY, "")
    colour = settings.get(COLOUR_KEY, "")
    return HelpCentreSettings(
        shop_name=name.strip() if isinstance(name, str) and name.strip() else DEFAULT_NAME,
        colour=colour if isinstance(colour, str) and _COLOUR.match(colour) else DEFAULT_COLOUR,
        url=help_centre_url(settings),
    )


def save_settings(
    settings: SettingsStore,
    *,
    shop_name: str | None = None,
    colour: str | None = None,
    url: str | None = None,
) -> HelpCentreSettings:
    """Check and keep what is given; ``ValidationError`` with one sentence on a bad value."""
    if shop_name is not None:
        name = " ".join(shop_name.split())
        if not name or len(name) > MAX_NAME_CHARS:
            raise ValidationError(
                translatable("KnowledgeBase", "The shop's name has 1 to {MAX_NAME_CHARS} characters."),
                MAX_NAME_CHARS=MAX_NAME_CHARS,
            )
    if colour is not None and not _COLOUR.match(colour.strip()):
        raise ValidationError(
            translatable("KnowledgeBase", "Give the colour as #RRGGBB, for example #2563eb.")
        )
    if url is not None and url.strip() and not _URL.match(url.strip()):
        raise ValidationError(
            translatable("KnowledgeBase", "The help centre's address starts with https:// (or http://).")
        )
    if shop_name is not None:
        settings.set(NAME_KEY, " ".join(shop_name.split()))
    if colour is not None:
        settings.set(COLOUR_KEY, colour.strip().lower())
    if url is not None:
        settings.set(URL_KEY, url.strip())
    return read_settings(settings)
