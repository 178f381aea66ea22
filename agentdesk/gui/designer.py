# SPDX-License-Identifier: GPL-3.0-or-later
"""Qt Designer forms, built at run time: the one place a dialog's layout is defined.

The forms live in the top-level ``ui/`` folder, which is installed as the package ``agentdesk.ui``
(``setup.py``, ``pyproject.toml``): an editable install maps the package to the folder, a wheel
and the bundle carry it inside ``agentdesk/``. Read through ``importlib.resources``, a form loads
the same way from each. A form that cannot be built is a broken installation, not something the
agent did: ``FormError`` says so in a sentence.
"""

from __future__ import annotations

from importlib import resources
from typing import TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from agentdesk.errors import AgentDeskError
from agentdesk.gui.labels import translate

W = TypeVar("W", bound=QWidget)

FORMS_PACKAGE = "agentdesk.ui"


class FormError(AgentDeskError):
    """A form that cannot be loaded: a broken installation, not something the agent did."""


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """The form ``ui/<name>`` (``.ui`` may be left out) as a widget."""
    file_name = name if name.endswith(".ui") else f"{name}.ui"
    try:
        data = (resources.files(FORMS_PACKAGE) / file_name).read_bytes()
    except (OSError, ImportError) as exc:
        text = translate("Forms", "The form %1 is missing (%2); reinstalling may help.")
        raise FormError(text.replace("%1", file_name).replace("%2", str(exc))) from exc
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    loader = QUiLoader()
    widget = loader.load(buffer, parent)
    buffer.close()
    if widget is None:
        text = translate("Forms", "The form %1 could not be loaded (%2); reinstalling may help.")
        raise FormError(text.replace("%1", file_name).replace("%2", loader.errorString()))
    return widget


def child(form: QWidget, kind: type[W], name: str) -> W:
    """The widget ``name`` of ``form``; a form without it is a broken installation."""
    widget = form.findChild(kind, name)
    if not isinstance(widget, kind):
        text = translate("Forms", "The form has no %1 named %2; reinstalling may help.")
        raise FormError(text.replace("%1", kind.__name__).replace("%2", name))
    return widget
