# SPDX-License-Identifier: GPL-3.0-or-later
"""Qt's own texts that its shipped catalogues leave in English, supplied by AgentDesk's.

Qt's file picker speaks the window's language through Qt's catalogues (``qtbase_*.qm``, loaded by
:mod:`agentdesk.gui.i18n`), but Qt's Danish catalogue predates some of the picker's labels: "Look
in", "Files of type" and the "Folder" of the type column stayed English. They are listed here
under Qt's own context, so ``lupdate`` puts them in AgentDesk's catalogues and they are translated
with the rest; AgentDesk's translator is installed after Qt's and so is asked first. German has
them from Qt already; its catalogue repeats Qt's words so both languages read the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def supplied() -> list[str]:
    """The supplied texts in the current language (the calls are what ``lupdate`` reads)."""
    translate = QCoreApplication.translate
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    ]
