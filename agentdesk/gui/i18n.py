# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's language: which one, and loading its catalogues.

AgentDesk speaks English, German and Danish. The language follows the system's (the first of the
user's UI languages we have) unless the agent picks one in Settings or ``--language`` names one.
:func:`install` loads AgentDesk's compiled catalogue (``agentdesk/data/translations/*.qm``, built
from ``resources/translations/*.ts`` when AgentDesk is installed), Qt's own (``qtbase_*.qm``
shipped with PySide6, for the file pickers and standard buttons), makes the language's
``QLocale`` the default one (dates, numbers, weekday and month names) and lets the services'
sentences (:mod:`agentdesk.messages`) render through the same catalogue.

It runs before the window is built; a change in Settings applies at the next start, which
Settings offers (the draft is kept as always).

For developers, ``pseudo`` is a fourth language: every text lengthened, accented and bracketed
(``python -m agentdesk.catalogues pseudo`` builds it), to find the texts a longer language would
cut off. ``AGENTDESK_PSEUDO=1`` loads it whatever the language (its locale stays English).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from agentdesk import messages
from agentdesk.gui import labels

log = logging.getLogger(__name__)

LANGUAGES = ("en", "de", "da")
PSEUDO = "pseudo"  # the pseudo-translation (agentdesk.catalogues), for finding tight spots
# The locale of a language when the system's is another language (its country's conventions).
DEFAULT_LOCALES = {"en": "en_US", "de": "de_DE", "da": "da_DK"}
CATALOGUES = Path(__file__).resolve().parent.parent / "data" / "translations"

_installed: list[QTranslator] = []


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's UI languages AgentDesk has; English when none is."""
    locale = locale or QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
        if code in ("nb", "nn", "no", "sv"):  # Scandinavians read Danish more easily than English
            return "da"
    return "en"


def resolve(choice: str | None) -> str:
    """``choice`` ("en", "de", "da") or, when empty or unknown, the system's language."""
    choice = (choice or "").strip().lower().replace("_", "-").split("-")[0]
    return choice if choice in LANGUAGES else system_language()


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The system's locale when it is in ``language`` (its country, its formats), else the
    language's usual one."""
    system = system or QLocale.system()
    if QLocale(DEFAULT_LOCALES[language]).language() == system.language():
        return system
    return QLocale(DEFAULT_LOCALES[language])


def catalogue_path(language: str) -> Path:
    return CATALOGUES / f"agentdesk_{language}.qm"


def install(
    language: str | None, app: QCoreApplication | None = None, *, catalogues: Path | None = None
) -> str:
    """Make ``language`` (or the system's) the application's; returns the one installed.

    Safe to call again (tests switch languages): the previous translators are removed first.
    A missing catalogue is logged and leaves the texts in English. ``pseudo`` (or
    ``AGENTDESK_PSEUDO=1``) installs the pseudo-translation from ``catalogues`` (default: the
    compiled catalogues' folder).
    """
    pseudo = (language or "").strip().lower() == PSEUDO or os.environ.get("AGENTDESK_PSEUDO") == "1"
    language = "en" if (language or "").strip().lower() == PSEUDO else resolve(language)
    app = app or QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    wanted: list[tuple[str, str]] = []
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted = [(f"qtbase_{language}", qt_folder), (f"agentdesk_{language}", str(catalogues or CATALOGUES))]
    if pseudo:
        wanted.append((f"agentdesk_{PSEUDO}", str(catalogues or CATALOGUES)))
    if app is not None:
        for name, folder in wanted:
            translator = QTranslator(app)
            if translator.load(name, folder):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
            else:
                log.warning("no %s.qm in %s: texts stay in English", name, folder)
    messages.use_translator(QCoreApplication.translate)
    labels.clear_caches()
    return PSEUDO if pseudo else language


def installed_language() -> str:
    """The language of the default locale, as :func:`install` last set it."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"
