# SPDX-License-Identifier: GPL-3.0-or-later
"""The user's preferences, declared in one place with their types and defaults.

Preferences belong to the person at this computer (theme, font size, their reply signature) and
live in ``QSettings`` under ``preferences/``; what the windows looked like when they were closed
(geometry, splitters, columns, the last view) is window state and lives under ``window/``, so a
"reset the layout" never touches a choice the user made. Which agent works at this desk belongs to
the database (``WorkspaceSettings``), not here.

Without a ``QSettings`` (offscreen snapshots, tests) the values live in memory only.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from agentdesk.gui.theme import MAX_FONT_SIZE, MIN_FONT_SIZE, ThemeMode
from agentdesk.inbox.views import View
from agentdesk.store.models import Channel

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T


THEME = Option("preferences/theme", ThemeMode.SYSTEM.value)
FONT_SIZE = Option("preferences/font_size", 0)  # points; 0 is the platform's default
LANGUAGE = Option("preferences/language", "")  # "en", "de", "da"; "" follows the system
LANGUAGES = ("en", "de", "da")
SIGNATURE = "preferences/signature/{agent}"  # per agent: several agents may share one computer
LAST_VIEW = Option("window/view", View.MY_OPEN.value)
CHANNELS = Option("window/channels", "")  # comma-separated channel filter


class Preferences:
    """Typed access to the user's preferences and the window state (see the module docstring)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings
        self._memory: dict[str, Any] = {}

    def _get(self, key: str, default: Any) -> Any:
        if self._settings is None:
            return self._memory.get(key, default)
        value = self._settings.value(key, default)
        return default if value is None else value

    def _set(self, key: str, value: Any) -> None:
        if self._settings is None:
            self._memory[key] = value
        else:
            self._settings.setValue(key, value)

    def sync(self) -> None:
        if self._settings is not None:
            self._settings.sync()

    # -- preferences ---------------------------------------------------------------------------

    @property
    def theme(self) -> ThemeMode:
        try:
            return ThemeMode(str(self._get(THEME.key, THEME.default)))
        except ValueError:
            return ThemeMode(THEME.default)

    @theme.setter
    def theme(self, mode: ThemeMode) -> None:
        self._set(THEME.key, ThemeMode(mode).value)

    @property
    def font_size(self) -> int:
        """Points; 0 means the platform's default."""
        try:
            size = int(self._get(FONT_SIZE.key, FONT_SIZE.default))
        except (TypeError, ValueError):
            return FONT_SIZE.default
        return size if size == 0 or MIN_FONT_SIZE <= size <= MAX_FONT_SIZE else FONT_SIZE.default

    @font_size.setter
    def font_size(self, size: int) -> None:
        size = int(size)
        self._set(FONT_SIZE.key, size if size == 0 else min(MAX_FONT_SIZE, max(MIN_FONT_SIZE, size)))

    @property
    def language(self) -> str:
        """The language the agent chose ("en", "de", "da"), or "" to follow the system's."""
        value = str(self._get(LANGUAGE.key, LANGUAGE.default) or "")
        return value if value in LANGUAGES else LANGUAGE.default

    @language.setter
    def language(self, language: str) -> None:
        self._set(LANGUAGE.key, language if language in LANGUAGES else LANGUAGE.default)

    def signature(self, agent_id: uuid.UUID | None) -> str:
        """The text an agent puts below their replies ("" when none, or without an agent)."""
        if agent_id is None:
            return ""
        return str(self._get(SIGNATURE.format(agent=agent_id.hex), ""))

    def set_signature(self, agent_id: uuid.UUID, text: str, language: str = "") -> None:
        """The signature for ``language`` ("" for every language without its own)."""
        key = SIGNATURE.format(agent=agent_id.hex) + (f"/{language}" if language else "")
        self._set(key, text.rstrip())

    def language_signature(self, agent_id: uuid.UUID | None, language: str) -> str:
        """The signature written for ``language`` only ("" when none)."""
        if agent_id is None or not language:
            return ""
        return str(self._get(SIGNATURE.format(agent=agent_id.hex) + f"/{language}", ""))

    def signature_for(self, agent_id: uuid.UUID | None, language: str) -> str:
        """The signature a reply in ``language`` gets: the one for that language, else the one
        for every language (docs/mail.md, "Signatures")."""
        return self.language_signature(agent_id, language) or self.signature(agent_id)

    # -- window state --------------------------------------------------------------------------

    @property
    def last_view(self) -> View:
        try:
            return View(str(self._get(LAST_VIEW.key, LAST_VIEW.default)))
        except ValueError:
            return View(LAST_VIEW.default)

    @last_view.setter
    def last_view(self, view: View) -> None:
        self._set(LAST_VIEW.key, View(view).value)

    @property
    def channels(self) -> frozenset[str]:
        raw = str(self._get(CHANNELS.key, CHANNELS.default) or "")
        return frozenset(c for c in raw.split(",") if c in Channel.values())

    @channels.setter
    def channels(self, channels: frozenset[str]) -> None:
        self._set(CHANNELS.key, ",".join(sorted(channels)))

    def window_state(self, key: str) -> QByteArray | None:
        value = self._get(f"window/{key}", None)
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, key: str, value: QByteArray) -> None:
        self._set(f"window/{key}", value)
