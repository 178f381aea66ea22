# SPDX-License-Identifier: GPL-3.0-or-later
"""Managing the canned reply library (Conversation → Canned replies…).

The form is a Qt Designer file (``forms/canned_replies.ui``). On the left the library, filtered as
the agent types and by category; on the right the chosen reply: title, shortcut, category, who it
is shared with, and one text per language (English, German, Danish). Marks that are not
placeholders are flagged as the agent types (highlighted in the text and named under it), and the
preview shows the text as a sample conversation — or the conversation open in the window — would
receive it.

Nothing typed is lost: choosing another reply saves the one being edited first, and when it cannot
be saved (a shortcut in use, a missing title) the dialog stays on it and says why. Import and
export use the documented file format (``docs/canned-replies-format.md``); an import is all or
nothing and names the entry that is wrong.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agentdesk import messages
from agentdesk.errors import AgentDeskError
from agentdesk.gui import labels, theme
from agentdesk.gui.designer import child, load_form
from agentdesk.replies.exchange import export_library, import_library
from agentdesk.replies.library import CATEGORIES, ReplyDraft, ReplyRow
from agentdesk.replies.templates import (
    PLACEHOLDERS,
    RenderContext,
    load_render_context,
    placeholders,
    render,
    sample_context,
)
from agentdesk.services import Services
from agentdesk.store.models import LANGUAGES

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW_DELAY_MS = 150
SCOPES = ("everyone", "team", "personal")


def scope_label(scope: str) -> str:
    return {
        "everyone": labels.translate("CannedRepliesDialog", "Everyone"),
        "team": labels.translate("CannedRepliesDialog", "My team"),
        "personal": labels.translate("CannedRepliesDialog", "Only me"),
    }.get(scope, scope)


class MarkHighlighter(QSyntaxHighlighter):
    """Placeholders in the accent colour; marks that are not placeholders in red."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.known = QTextCharFormat()
        self.known.setForeground(QColor(theme.ACCENT))
        self.unknown = QTextCharFormat()
        self.unknown.setForeground(QColor(theme.DANGER))
        self.unknown.setBackground(QColor(theme.NOTE_BG))
        self.unknown.setFontWeight(QFont.Weight.DemiBold)

    def highlightBlock(self, text: str) -> None:
        try:
            marks = placeholders(text)
        except AgentDeskError:
            return  # an over-long text is refused on Save, with the reason
        for mark in marks:
            self.setFormat(mark.start, mark.end - mark.start, self.known if mark.known else self.unknown)


class CannedRepliesDialog(QDialog):
    """Create, edit, duplicate, delete, preview, import and export canned replies."""

    def __init__(
        self,
        services: Services,
        conversation_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.conversation_id = conversation_id
        self.setObjectName("cannedRepliesDialog")
        self.setWindowTitle(self.tr("Canned replies"))
        form = load_form("canned_replies.ui", self)
        self.filter_edit = child(form, QLineEdit, "filterEdit")
        self.category_filter = child(form, QComboBox, "categoryFilter")
        self.list = child(form, QListWidget, "replyList")
        self.new_button = child(form, QPushButton, "newButton")
        self.duplicate_button = child(form, QPushButton, "duplicateButton")
        self.delete_button = child(form, QPushButton, "deleteButton")
        self.import_button = child(form, QPushButton, "importButton")
        self.export_button = child(form, QPushButton, "exportButton")
        self.title_edit = child(form, QLineEdit, "titleEdit")
        self.shortcut_edit = child(form, QLineEdit, "shortcutEdit")
        self.category_combo = child(form, QComboBox, "categoryCombo")
        self.scope_combo = child(form, QComboBox, "scopeCombo")
        self.team_combo = child(form, QComboBox, "teamCombo")
        self.team_label = child(form, QLabel, "teamLabel")
        self.tabs = child(form, QTabWidget, "languageTabs")
        self.bodies = {lang: child(form, QPlainTextEdit, f"body_{lang}") for lang in LANGUAGES}
        self.help = child(form, QLabel, "placeholderHelp")
        self.problem = child(form, QLabel, "problemLabel")
        self.preview_source = child(form, QComboBox, "previewSource")
        self.preview = child(form, QTextBrowser, "previewBrowser")
        self.state = child(form, QLabel, "stateLabel")
        self.save_button = child(form, QPushButton, "saveButton")
        self.revert_button = child(form, QPushButton, "revertButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(form, 1)
        layout.addWidget(self.buttons)

        # Hooks a test (or another front end) can replace: the questions the dialog asks.
        self.ask: Callable[[str], bool] = self._ask
        self.current_id: uuid.UUID | None = None
        self._loading = False
        self._dirty = False
        self._rows: list[ReplyRow] = []
        self._contexts: dict[str, RenderContext] = {}

        self.problem.setStyleSheet(f"color: {theme.DANGER};")
        self.state.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.help.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.help.setText(
            self.tr(
                'Placeholders: %1. A fallback for a missing value: {{customer.first_name | "there"}}.'
            ).replace("%1", ", ".join("{{" + name + "}}" for name in PLACEHOLDERS))
        )
        self.help.setToolTip("\n".join("{{" + k + "}}: " + messages.tr(v) for k, v in PLACEHOLDERS.items()))
        self.category_filter.addItem(self.tr("All categories"), None)
        for category in CATEGORIES:
            self.category_filter.addItem(messages.tr(category.label), category.key)
            self.category_combo.addItem(messages.tr(category.label), category.key)
        for scope in SCOPES:
            self.scope_combo.addItem(scope_label(scope), scope)
        try:
            teams = services.directory.team_choices()
        except AgentDeskError:
            teams = []
        self.team_combo.addItem(self.tr("(choose a team)"), None)
        for team in teams:
            self.team_combo.addItem(team.name, team.id)
        self.list.setSpacing(1)
        self.list.setAlternatingRowColors(True)
        self.preview_source.addItem(self.tr("a sample conversation"), None)
        if conversation_id is not None:
            self.preview_source.addItem(self.tr("the open conversation"), conversation_id)
            self.preview_source.setCurrentIndex(1)
        self._highlighters = [MarkHighlighter(edit.document()) for edit in self.bodies.values()]

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.filter_edit.textChanged.connect(lambda _t: self.refresh())
        self.category_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.list.currentItemChanged.connect(self._selection_changed)
        self.new_button.clicked.connect(self.new_reply)
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.import_button.clicked.connect(self._import_clicked)
        self.export_button.clicked.connect(self._export_clicked)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._revert)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.tabs.currentChanged.connect(lambda _i: self.update_preview())
        self.preview_source.currentIndexChanged.connect(lambda _i: self.update_preview())
        for widget in (self.title_edit, self.shortcut_edit):
            widget.textChanged.connect(lambda _t: self._edited())
        for combo in (self.category_combo, self.scope_combo, self.team_combo):
            combo.currentIndexChanged.connect(lambda _i: self._edited())
        for edit in self.bodies.values():
            edit.textChanged.connect(self._edited)
        self.resize(1080, 720)
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_reply()

    # -- the list ------------------------------------------------------------------------------

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """The library again, filtered; keeps (or moves to) ``select`` / the reply being edited."""
        keep = select or self.current_id
        try:
            self._rows = self.services.replies.list_replies(category=self.category_filter.currentData())
        except AgentDeskError as exc:
            self._rows = []
            self._show_problem(exc.message)
        words = self.filter_edit.text().casefold().split()
        self._loading = True
        try:
            self.list.clear()
            for row in self._rows:
                haystack = " ".join([row.title, row.shortcut, *row.variants.values()]).casefold()
                if words and not all(word in haystack for word in words):
                    continue
                text = f"{row.title}   /{row.shortcut}" if row.shortcut else row.title
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, row.id)
                missing = [lang for lang in LANGUAGES if lang not in row.variants]
                tip = f"{row.category_label} · {scope_label(row.scope)} · " + self.tr(
                    "used %1 times"
                ).replace("%1", str(row.usage_count))
                if missing:
                    tip += "\n" + self.tr("No text yet in: %1").replace(
                        "%1", ", ".join(labels.language_label(lang) for lang in missing)
                    )
                item.setToolTip(tip)
                self.list.addItem(item)
                if row.id == keep:
                    self.list.setCurrentItem(item)
        finally:
            self._loading = False
        self.state.setText(self.tr("%1 replies").replace("%1", str(self.list.count())))

    def row(self, reply_id: uuid.UUID | None) -> ReplyRow | None:
        return next((r for r in self._rows if r.id == reply_id), None)

    def _selection_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self._loading:
            return
        target = current.data(ID_ROLE) if current is not None else None
        if self._dirty:
            if not self._store():
                # What was typed cannot be saved yet: stay on it (the reason is shown).
                self._loading = True
                try:
                    if previous is not None:
                        self.list.setCurrentItem(previous)
                finally:
                    self._loading = False
                return
            # Saved on the way; the list shows the new title (its items are made anew).
            QTimer.singleShot(0, lambda: self._reselect(target))
            return
        self._load(self.row(target))

    def _reselect(self, reply_id: uuid.UUID | None) -> None:
        self.refresh(select=reply_id)
        self._load(self.row(reply_id))

    def _load(self, row: ReplyRow | None) -> None:
        self._loading = True
        try:
            self.current_id = row.id if row is not None else None
            self.title_edit.setText(row.title if row else "")
            self.shortcut_edit.setText(row.shortcut if row else "")
            self._select(self.category_combo, row.category if row else CATEGORIES[0].key)
            self._select(self.scope_combo, row.scope if row else "personal")
            self._select(self.team_combo, row.team_id if row else None)
            for lang, edit in self.bodies.items():
                edit.setPlainText(row.variants.get(lang, "") if row else "")
        finally:
            self._loading = False
        self._dirty = False
        self._scope_changed()
        self.duplicate_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.revert_button.setEnabled(False)
        self._show_problem("")
        self._check_marks()
        self.update_preview()

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    # -- editing -------------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.revert_button.setEnabled(True)
        self.state.setText(self.tr("Not saved yet"))
        self._check_marks()
        self._preview_timer.start()

    def _scope_changed(self) -> None:
        team = self.scope_combo.currentData() == "team"
        self.team_combo.setVisible(team)
        self.team_label.setVisible(team)

    def draft(self) -> ReplyDraft:
        return ReplyDraft(
            title=self.title_edit.text(),
            shortcut=self.shortcut_edit.text(),
            category=str(self.category_combo.currentData()),
            scope=str(self.scope_combo.currentData()),
            team_id=self.team_combo.currentData() if self.scope_combo.currentData() == "team" else None,
            variants={
                lang: edit.toPlainText() for lang, edit in self.bodies.items() if edit.toPlainText().strip()
            },
        )

    def _check_marks(self) -> list[str]:
        """Name the marks that are not placeholders and the languages without a text."""
        problems: list[str] = []
        empty: list[str] = []
        for lang, edit in self.bodies.items():
            text = edit.toPlainText()
            if not text.strip():
                empty.append(labels.language_label(lang))
                continue
            try:
                unknown = [p for p in placeholders(text) if not p.known]
            except AgentDeskError as exc:
                problems.append(exc.message)
                continue
            if unknown:
                names = ", ".join("{{" + p.name + "}}" for p in unknown)
                problems.append(
                    self.tr("%1: %2 is not a placeholder and would be sent as it is.")
                    .replace("%1", labels.language_label(lang))
                    .replace("%2", names)
                )
        if empty and len(empty) < len(self.bodies):
            problems.append(
                self.tr("No text in %1 yet: those customers get the text in the agent's language.").replace(
                    "%1", ", ".join(empty)
                )
            )
        self._show_problem(" ".join(problems))
        return problems

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _store(self) -> ReplyRow | None:
        """Write the reply being edited (a new one is created); None, with the reason shown, when
        it cannot be. The list is left as it is."""
        draft = self.draft()
        try:
            if self.current_id is None:
                row = self.services.replies.create(draft)
            else:
                row = self.services.replies.update(self.current_id, draft)
        except AgentDeskError as exc:
            self._show_problem(exc.message)
            self.state.setText(self.tr("Not saved"))
            return None
        self._dirty = False
        self.current_id = row.id
        self._rows = [r for r in self._rows if r.id != row.id] + [row]
        return row

    def save(self) -> bool:
        """Save the reply being edited and show it in the list; False, with the reason shown,
        when it cannot be saved."""
        row = self._store()
        if row is None:
            return False
        self.refresh(select=row.id)
        self._load(self.row(row.id))
        self.state.setText(self.tr("Saved “%1”").replace("%1", row.title))
        return True

    def _revert(self) -> None:
        self._load(self.row(self.current_id))

    def new_reply(self) -> None:
        if self._dirty and not self.save():
            return
        self._loading = True
        try:
            self.list.setCurrentRow(-1)
        finally:
            self._loading = False
        self._load(None)
        self.state.setText(self.tr("New reply: Save adds it to the library"))
        self.title_edit.setFocus()

    def duplicate_current(self) -> ReplyRow | None:
        if self.current_id is None or (self._dirty and not self.save()):
            return None
        try:
            row = self.services.replies.duplicate(self.current_id)
        except AgentDeskError as exc:
            self._show_problem(exc.message)
            return None
        self.refresh(select=row.id)
        self._load(self.row(row.id))
        self.state.setText(self.tr("Copied: adapt it and save"))
        return row

    def delete_current(self) -> bool:
        row = self.row(self.current_id)
        if row is None:
            return False
        if not self.ask(
            self.tr("Delete the canned reply “%1” for everyone who sees it?").replace("%1", row.title)
        ):
            return False
        try:
            self.services.replies.delete(row.id)
        except AgentDeskError as exc:
            self._show_problem(exc.message)
            return False
        self._dirty = False
        self.current_id = None
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._load(None)
        self.state.setText(self.tr("Deleted “%1”").replace("%1", row.title))
        return True

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), text)
        return answer == QMessageBox.StandardButton.Yes

    # -- preview -------------------------------------------------------------------------------

    def _context(self, language: str) -> RenderContext:
        source = self.preview_source.currentData()
        key = f"{source}:{language}"
        if key not in self._contexts:
            if isinstance(source, uuid.UUID):
                self._contexts[key] = load_render_context(
                    self.services.store, source, self.services.agent_id, now=self.services.clock.now()
                )
            else:
                self._contexts[key] = sample_context(language, now=self.services.clock.now())
        return self._contexts[key]

    def update_preview(self) -> None:
        language = LANGUAGES[max(0, self.tabs.currentIndex())]
        text = self.bodies[language].toPlainText()
        if not text.strip():
            self.preview.setPlainText(
                self.tr("No %1 text yet.").replace("%1", labels.language_label(language))
            )
            return
        try:
            rendered = render(text, self._context(language), language=language)
        except AgentDeskError as exc:
            self.preview.setPlainText(exc.message)
            return
        body = rendered.text
        spans = sorted((u.start, u.end) for u in (*rendered.unknown, *rendered.missing))
        parts: list[str] = []
        at = 0
        for start, end in spans:
            parts.append(html.escape(body[at:start]))
            parts.append(
                f'<span style="background: {theme.NOTE_BG}; color: {theme.DANGER}; font-weight: 600">'
                f"{html.escape(body[start:end])}</span>"
            )
            at = end
        parts.append(html.escape(body[at:]))
        marked = "".join(parts)
        cursor_mark = f'<span style="color: {theme.ACCENT}">▍</span>'
        # The cursor mark goes where {{cursor}} was (only when no highlighted span comes before it).
        if not spans or rendered.cursor <= spans[0][0]:
            offset = len(html.escape(body[: rendered.cursor]))
            marked = marked[:offset] + cursor_mark + marked[offset:]
        self.preview.setHtml(f'<div style="color: {theme.TEXT}">{marked.replace(chr(10), "<br>")}</div>')

    # -- files ---------------------------------------------------------------------------------

    def import_from(self, path: Path) -> bool:
        try:
            summary = import_library(self.services.replies, path)
        except AgentDeskError as exc:
            self._show_problem(exc.message)
            self.state.setText(self.tr("Nothing was imported"))
            return False
        self.refresh()
        self.state.setText(
            self.tr("Imported: %1 new, %2 updated, %3 unchanged")
            .replace("%1", str(summary.added))
            .replace("%2", str(summary.updated))
            .replace("%3", str(summary.unchanged))
        )
        return True

    def export_to(self, path: Path) -> bool:
        try:
            count = export_library(self.services.replies, path)
        except AgentDeskError as exc:
            self._show_problem(exc.message)
            return False
        except OSError as exc:
            self._show_problem(
                self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", exc.strerror or "")
            )
            return False
        self.state.setText(
            self.tr("Exported %1 replies to %2").replace("%1", str(count)).replace("%2", path.name)
        )
        return True

    def _import_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import canned replies"), "", self.tr("Canned replies (*.json)")
        )
        if name:
            self.import_from(Path(name))

    def _export_clicked(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export canned replies"), "canned-replies.json", self.tr("Canned replies (*.json)")
        )
        if name:
            self.export_to(Path(name))

    def reject(self) -> None:
        """Closing saves what was typed; when it cannot be saved, the dialog stays and says why."""
        if self._dirty and not self.save():
            if not self.ask(self.tr("This reply cannot be saved as it is. Close and lose the changes?")):
                return
        super().reject()
