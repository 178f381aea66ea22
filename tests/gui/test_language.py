# SPDX-License-Identifier: GPL-3.0-or-later
"""German and Danish: the catalogues hold every text of the code, translated; the chosen language
is installed for AgentDesk's texts, Qt's own and the services' sentences alike."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from agentdesk import catalogues, messages
from agentdesk.errors import ValidationError
from agentdesk.gui import i18n, labels
from agentdesk.gui.preferences import Preferences
from agentdesk.messages import translatable


def _entries(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What lupdate finds in the code and forms today."""
    out = tmp_path_factory.mktemp("lupdate") / "current.ts"
    subprocess.run([sys.executable, "-m", "agentdesk.catalogues", "check", str(out)], check=True, timeout=120)
    return set(_entries(out))


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install("en", qapp)


@pytest.mark.parametrize("ts", catalogues.catalogues(), ids=lambda p: p.name)
def test_every_text_of_the_code_is_in_the_catalogue(ts: Path, extracted: set[tuple[str, str]]) -> None:
    missing = sorted(extracted - set(_entries(ts)))
    assert not missing, f"run: python -m agentdesk.catalogues update ({len(missing)} missing: {missing[:5]})"


@pytest.mark.parametrize("ts", catalogues.catalogues(), ids=lambda p: p.name)
def test_every_text_is_translated_and_none_is_left_over(ts: Path, extracted: set[tuple[str, str]]) -> None:
    entries = _entries(ts)
    unfinished = [
        key for key, m in entries.items() if (m.find("translation").get("type") or "") == "unfinished"
    ]
    stale = [
        key
        for key, m in entries.items()
        if (m.find("translation").get("type") or "") in ("vanished", "obsolete") or key not in extracted
    ]
    assert not unfinished, f"{len(unfinished)} untranslated, e.g. {unfinished[:5]}"
    assert not stale, f"{len(stale)} no longer in the code, e.g. {stale[:5]}"


def test_the_language_follows_the_system_unless_one_is_chosen() -> None:
    assert i18n.resolve("de") == "de" and i18n.resolve("da_DK") == "da" and i18n.resolve("EN") == "en"
    assert i18n.resolve("") == i18n.resolve("xx") == i18n.system_language()
    assert i18n.system_language(QLocale("de_AT")) == "de"
    assert i18n.system_language(QLocale("nb_NO")) == "da"
    assert i18n.system_language(QLocale("fr_FR")) == "en"


def test_the_choice_is_kept_with_the_preferences() -> None:
    preferences = Preferences()
    assert preferences.language == ""  # the system's
    preferences.language = "da"
    assert preferences.language == "da"
    preferences.language = "fr"
    assert preferences.language == ""


def test_german_installs_qt_s_own_texts_the_locale_and_the_services_sentences(
    qapp: QApplication, english_afterwards: None
) -> None:
    assert i18n.install("de", qapp) == "de"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Abbrechen"
    assert QLocale().language() == QLocale.Language.German
    assert QLocale().toString(1.5, "f", 1) == "1,5"
    assert labels.file_size(3 * 1024 * 1024 + 512 * 1024) == QCoreApplication.translate(
        "Size", "%1 MB"
    ).replace("%1", "3,5")
    # The services' sentences go through the same catalogue.
    seen: list[tuple[str, str]] = []
    messages.use_translator(lambda context, text: seen.append((context, text)) or text)
    str(ValidationError(translatable("InboxErrors", "Tier {tier} needs a name."), tier=2))
    assert seen == [("InboxErrors", "Tier {tier} needs a name.")]


def test_danish_then_english_again(qapp: QApplication, english_afterwards: None) -> None:
    i18n.install("da", qapp)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuller"
    i18n.install("en", qapp)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"
    assert i18n.installed_language() == "en"


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on showing the note
def test_settings_offers_the_languages_and_keeps_the_choice(qtbot: QtBot) -> None:
    from agentdesk.gui.settings_dialog import SettingsDialog

    preferences = Preferences()
    dialog = SettingsDialog([], None, preferences, 10, lambda _mode, _size: None)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "de", "da"]
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["English", "Deutsch", "Dansk"]
    combo.setCurrentIndex(combo.findData("de"))
    dialog.accept()
    assert preferences.language == "de"
    notes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "languageNote" and w.isVisible()]
    assert len(notes) == 1  # the next start speaks German; nothing is lost now
    notes[0].close()
