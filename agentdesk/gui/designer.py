# SPDX-License-Identifier: GPL-3.0-or-later
"""Qt Designer forms (``agentdesk/gui/forms/*.ui``), built at run time.

The files are read through ``importlib.resources`` so they load from a wheel or a frozen app as
well as from the source tree. A form that cannot be built is a broken installation, not something
the agent did: ``FormError`` says so in a sentence.
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


class FormError(AgentDeskError):
    """A form that cannot be loaded: a broken installation, not something the agent did."""


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """The form ``forms/<name>`` (``.ui`` may be left out) as a widget."""
    file_name = name if name.endswith(".ui") else f"{name}.ui"
    try:
        data = (resources.files("agentdesk.gui") / "forms" / file_name).read_bytes()
    except OSError as exc:
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
