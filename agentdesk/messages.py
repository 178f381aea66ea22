# SPDX-License-Identifier: GPL-3.0-or-later
"""Sentences the services hand to a user, translatable without Qt.

One mechanism for the whole program: the window's own texts and the services' sentences live in the
same Qt Linguist catalogues (``resources/translations/*.ts``). The services never import Qt; they
mark a sentence with :func:`translatable` (``lupdate`` is told to read that name as
``QT_TRANSLATE_NOOP``, so it extracts the literal context and text) and hand it out with its
parameters as a :class:`Message`, or inside an :class:`~agentdesk.errors.AgentDeskError`.

Whoever shows the sentence renders it: the window installs Qt's ``QCoreApplication.translate`` with
:func:`use_translator` at start, so ``str(message)`` reads in the agent's language; without one
(a script, a test, the command line before it loads a catalogue) the English source is used.
Placeholders are ``{name}`` fields filled by :meth:`str.format`; a parameter that is itself a
translatable text (a channel's or status's name) is rendered in the same language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

Translate = Callable[[str, str], str]

ERRORS = "Errors"  # the context of error sentences that name no other


class Text(str):
    """A source text that knows its catalogue context; it is the English text itself."""

    context: str

    def __new__(cls, context: str, text: str) -> Text:
        self = super().__new__(cls, text)
        self.context = context
        return self

    def __reduce__(self) -> tuple[type[Text], tuple[str, str]]:
        return (Text, (self.context, str(self)))


def translatable(context: str, text: str) -> Text:
    """Mark ``text`` for the catalogue under ``context``; both must be literals at the call.

    Returns the text unchanged (as a :class:`Text`, so it still knows its context); translating
    happens where it is shown.
    """
    return Text(context, text)


def _english(context: str, text: str) -> str:
    return text


_translate: Translate = _english


def use_translator(translate: Translate | None) -> None:
    """Render every message from now on through ``translate(context, text)`` (``None``: English).

    The window passes ``QCoreApplication.translate`` once its translators are installed; it is
    the one process-wide setting, as Qt's own installed translators are.
    """
    global _translate
    _translate = translate or _english


def tr(text: str, translate: Translate | None = None) -> str:
    """``text`` in the current language when it is a :class:`Text`, else as it is."""
    if isinstance(text, Text):
        return (translate or _translate)(text.context, str(text)) or str(text)
    return text


def render(text: str, params: Mapping[str, object], translate: Translate | None = None) -> str:
    """The sentence ``text`` in the current language with its ``{name}`` fields filled in."""
    shown = tr(text, translate)
    values = {k: _value(v, translate) for k, v in params.items()}
    if not values:
        return shown
    try:
        return shown.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation that names a field the code does not pass: the English sentence is
        # better than none.
        return str(text).format(**values)


def _value(value: object, translate: Translate | None) -> object:
    if isinstance(value, Text):
        return tr(value, translate)
    if isinstance(value, Message):
        return value.render(translate)
    return value


class Message:
    """A sentence with its parameters, rendered in the reader's language when shown."""

    __slots__ = ("text", "params")

    def __init__(self, text: str, /, **params: object) -> None:
        self.text = text
        self.params = params

    def render(self, translate: Translate | None = None) -> str:
        return render(self.text, self.params, translate)

    def english(self) -> str:
        return render(self.text, self.params, _english)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({str(self.text)!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Message):
            return str(self.text) == str(other.text) and self.params == other.params
        return NotImplemented

    def __hash__(self) -> int:
        return hash(str(self.text))
