# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's part for working on several conversations: merge, split and link, and bulk
actions on a selection of the list.

- ``SelectionBar`` shows above the list while two or more rows are selected: how many, *Change…*
  (status, priority, assignee, tags, tier, team, follow-up: ``BulkDialog``), *Merge…* and *Clear*.
- ``RelationsLine`` shows in the conversation pane, under its properties, the conversations linked
  to the open one and those merged into it; each is a link that opens it, and a merged one has
  *Undo merge* beside it.
- ``BulkRunner`` runs a bulk step over the selection off the GUI thread (one transaction in the
  service), with a progress dialog for large selections; the summary says what was refused and why.

The actions (ids, keys, menus) come from ``action_specs`` into the window's registry; the part is
made when the registry is built (``Workflow.attach``) and reached as ``Workflow.of(window)`` or
``window.workflow``.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.gui.labels import translate
from agentdesk.gui.window.actions import ActionId, ActionSpec, Menu, Place
from agentdesk.inbox.bulk import MAX_BULK, BulkOutcome, BulkStep

if TYPE_CHECKING:  # the dialogs load when first opened, not before the first paint
    from agentdesk.gui.bulk_dialog import BulkDialog
    from agentdesk.gui.link_dialog import LinkDialog
    from agentdesk.gui.main_window import MainWindow
    from agentdesk.gui.merge_dialog import MergeDialog
    from agentdesk.gui.split_dialog import SplitDialog

PROGRESS_FROM = 50  # selections at least this large show a progress dialog


class SelectionBar(QWidget):
    change_requested = Signal()
    merge_requested = Signal()
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionBar")
        self.count = QLabel()
        self.count.setObjectName("selectionCount")
        self.change = QPushButton(QCoreApplication.translate("Workflow", "Change…"))
        self.change.setObjectName("selectionChange")
        self.merge = QPushButton(QCoreApplication.translate("Workflow", "Merge…"))
        self.merge.setObjectName("selectionMerge")
        self.clear = QPushButton(QCoreApplication.translate("Workflow", "Clear"))
        self.clear.setObjectName("selectionClear")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 4, 14, 4)
        layout.setSpacing(8)
        layout.addWidget(self.count, 1)
        for button in (self.change, self.merge, self.clear):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            layout.addWidget(button)
        self.change.clicked.connect(self.change_requested)
        self.merge.clicked.connect(self.merge_requested)
        self.clear.clicked.connect(self.clear_requested)
        self.hide()

    def show_count(self, count: int) -> None:
        self.count.setText(self.tr("%n selected", "", count))
        self.setVisible(count > 1)


class RelationsLine(QLabel):
    """Linked and merged conversations of the open one, as links."""

    open_requested = Signal(object)
    unmerge_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationsLine")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setContentsMargins(16, 2, 16, 4)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.linkActivated.connect(self.activate)
        self.hide()

    def show_relations(
        self, links: list[tuple[uuid.UUID, int | None, str]], merged: list[tuple[uuid.UUID, int | None]]
    ) -> None:
        parts = []
        if links:
            items = ", ".join(
                f'<a href="open:{cid}">#{"—" if number is None else number}</a> {html.escape(subject[:40])}'
                for cid, number, subject in links
            )
            title = QCoreApplication.translate("Workflow", "Linked:")
            parts.append(f"{html.escape(title)} {items}")
        if merged:
            undo = html.escape(QCoreApplication.translate("Workflow", "undo merge"))
            items = ", ".join(
                f'<a href="open:{cid}">#{number if number is not None else "—"}</a>'
                f' (<a href="unmerge:{cid}">{undo}</a>)'
                for cid, number in merged
            )
            title = QCoreApplication.translate("Workflow", "Merged here:")
            parts.append(f"{html.escape(title)} {items}")
        self.setText(" &nbsp;·&nbsp; ".join(parts))
        self.setVisible(bool(parts))

    def activate(self, link: str) -> None:
        """Follow one of the links (what a click on it does)."""
        kind, _, value = link.partition(":")
        try:
            cid = uuid.UUID(value)
        except ValueError:
            return
        (self.open_requested if kind == "open" else self.unmerge_requested).emit(cid)


class _Relay(QObject):
    progress = Signal(int, int)
    finished = Signal(bool, object)


class _BulkJob(QRunnable):
    def __init__(self, relay: _Relay, work: Callable[[Callable[[int, int], None]], BulkOutcome]) -> None:
        super().__init__()
        self._relay, self._work = relay, work

    def run(self) -> None:
        try:
            outcome = self._work(self._relay.progress.emit)
        except AgentDeskError as exc:
            self._relay.finished.emit(False, exc.message)
        except Exception:  # a bug: logged by Qt's handler would lose it; say it plainly
            import logging

            logging.getLogger("agentdesk.gui").exception("bulk action failed")
            self._relay.finished.emit(
                False, QCoreApplication.translate("Workflow", "An internal error stopped this; see the log.")
            )
        else:
            self._relay.finished.emit(True, outcome)


class BulkRunner(QObject):
    """Runs one bulk action at a time in the background; ``done`` gets the outcome or a sentence."""

    done = Signal(bool, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._relay.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.dialog: QProgressDialog | None = None
        self.busy = False

    def start(
        self, work: Callable[[Callable[[int, int], None]], BulkOutcome], total: int, parent: QWidget
    ) -> bool:
        if self.busy:
            return False
        self.busy = True
        if total >= PROGRESS_FROM:
            self.dialog = QProgressDialog(
                self.tr("Changing %n conversation(s)…", "", total),
                "",
                0,
                total,
                parent,
            )
            self.dialog.setCancelButton(None)  # one transaction: it finishes or changes nothing
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
        self._pool.start(_BulkJob(self._relay, work))
        return True

    def wait(self) -> None:
        self._pool.waitForDone()

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _finished(self, ok: bool, result: Any) -> None:
        self.busy = False
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        self.done.emit(ok, result)


class Workflow(QObject):
    """Merge, split, link and bulk actions, wired into the window (``MainWindow.workflow``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.bar = SelectionBar()
        self.relations = RelationsLine()
        self.runner = BulkRunner(self)
        self.bulk_dialog: BulkDialog | None = None
        self.merge_dialog: MergeDialog | None = None
        self.split_dialog: SplitDialog | None = None
        self.link_dialog: LinkDialog | None = None
        self.last_outcome: BulkOutcome | None = None
        self.summary: QMessageBox | None = None
        # The bar goes above the list, the line under the pane's properties.
        list_parent = window.list_stack.parentWidget()
        list_layout = list_parent.layout() if list_parent is not None else None
        if isinstance(list_layout, QBoxLayout):
            list_layout.insertWidget(1, self.bar)
        properties = window.pane.properties
        pane_parent = properties.parentWidget()
        pane_layout = pane_parent.layout() if pane_parent is not None else None
        if isinstance(pane_layout, QBoxLayout):
            pane_layout.insertWidget(pane_layout.indexOf(properties) + 1, self.relations)
        window.list.selection_changed.connect(self.bar.show_count)
        window.list.selection_changed.connect(lambda _n: self.update_actions())
        self.bar.change_requested.connect(self.change_selected)
        self.bar.merge_requested.connect(self.merge)
        self.bar.clear_requested.connect(self.clear_selection)
        self.relations.open_requested.connect(self._open)
        self.relations.unmerge_requested.connect(self.unmerge_source)
        self.runner.done.connect(self._bulk_done)
        window.conversation_shown.connect(lambda _cid: self.show_relations())
        window.pane.changed.connect(lambda _cid: self.show_relations())
        QTimer.singleShot(0, self.update_actions)  # once the registry holds the actions

    @classmethod
    def attach(cls, window: MainWindow) -> Workflow:
        """The window's part, made once."""
        found = getattr(window, "workflow", None)
        if isinstance(found, cls):
            return found
        part = cls(window)
        setattr(window, "workflow", part)  # noqa: B010  (the window does not declare its parts)
        return part

    @classmethod
    def of(cls, window: MainWindow) -> Workflow:
        return cls.attach(window)

    # -- the actions ---------------------------------------------------------------------------

    def action_specs(self) -> Iterator[ActionSpec]:
        conv, view = Menu.CONVERSATION, Menu.VIEW
        yield ActionSpec(
            ActionId.MERGE,
            translate("Workflow", "&Merge…"),
            self.merge,
            (QKeySequence("Ctrl+Shift+M"),),
            (Place(conv, 50),),
            "mdi6.call-merge",
            tip=translate(
                "Workflow", "Merge other conversations into this one, or the selected ones into one"
            ),
        )
        yield ActionSpec(
            ActionId.UNMERGE,
            translate("Workflow", "&Undo merge"),
            self.unmerge,
            (),
            (Place(conv, 50),),
            tip=translate("Workflow", "Take this merged conversation out again, with its messages"),
        )
        yield ActionSpec(
            ActionId.SPLIT,
            translate("Workflow", "S&plit…"),
            self.split,
            (QKeySequence("Ctrl+Shift+X"),),
            (Place(conv, 50),),
            "mdi6.call-split",
            tip=translate("Workflow", "Move a message and what follows into a new conversation"),
        )
        yield ActionSpec(
            ActionId.LINK,
            translate("Workflow", "&Linked conversations…"),
            self.link,
            (QKeySequence("Ctrl+Shift+L"),),
            (Place(conv, 50),),
            "mdi6.link-variant",
            tip=translate("Workflow", "Link related conversations; each is shown in the other"),
        )
        yield ActionSpec(
            ActionId.BULK_CHANGE,
            translate("Workflow", "&Change selected conversations…"),
            self.change_selected,
            (QKeySequence("Ctrl+Shift+B"),),
            (Place(conv, 51),),
        )
        yield ActionSpec(
            ActionId.SELECT_ALL,
            translate("Workflow", "Select &all conversations"),
            self.select_all,
            (QKeySequence("Ctrl+A"),),
            (Place(view, 4),),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            widgets=(self.window.list,),
        )
        yield ActionSpec(
            ActionId.EXTEND_DOWN,
            translate("Workflow", "Add the &next conversation to the selection"),
            lambda: self.window.list.extend(1),
            (QKeySequence("Shift+J"),),
            (Place(view, 4),),
        )
        yield ActionSpec(
            ActionId.EXTEND_UP,
            translate("Workflow", "Add the p&revious conversation to the selection"),
            lambda: self.window.list.extend(-1),
            (QKeySequence("Shift+K"),),
            (Place(view, 4),),
        )

    def update_actions(self) -> None:
        registry = getattr(self.window, "registry", None)
        if registry is None:
            return
        detail = self.window.pane.detail
        selected = len(self.window.list.selected_ids())
        merged = detail is not None and detail.merged_into_number is not None
        registry[ActionId.MERGE].setEnabled(selected > 1 or (detail is not None and not merged))
        registry[ActionId.UNMERGE].setEnabled(merged)
        registry[ActionId.SPLIT].setEnabled(detail is not None and not merged and len(detail.messages) > 1)
        registry[ActionId.LINK].setEnabled(detail is not None)
        registry[ActionId.BULK_CHANGE].setEnabled(selected > 0)

    # -- relations in the pane -----------------------------------------------------------------

    def show_relations(self) -> None:
        detail = self.window.pane.detail
        self.update_actions()
        if detail is None:
            self.relations.hide()
            return
        try:
            links = [(x.id, x.number, x.subject) for x in self.services.links.links(detail.id)]
            merged = self.services.merging.merged_sources(detail.id)
        except AgentDeskError as exc:
            self.window.messages.error(exc.message)
            return
        self.relations.show_relations(links, merged)

    def _open(self, conversation_id: uuid.UUID) -> None:
        try:
            self.window.open_conversation(conversation_id)
        except AgentDeskError as exc:
            self.window.messages.error(exc.message)

    def _changed(self, conversation_id: uuid.UUID | None = None) -> None:
        self.window.refresh()
        self.window.sync.nudge()
        if conversation_id is not None:
            self._open(conversation_id)
        self.show_relations()

    # -- merge, split, link --------------------------------------------------------------------

    def merge(self) -> None:
        from agentdesk.gui.merge_dialog import MergeDialog

        ids = self.window.list.selected_ids()
        detail = self.window.pane.detail
        if len(ids) > 1:
            try:
                selection = self.services.merging.describe(ids)
            except AgentDeskError as exc:
                self.window.messages.error(exc.message)
                return
            dialog = MergeDialog(self.services, self.window.tasks, selection=selection, parent=self.window)
        elif detail is not None:
            dialog = MergeDialog(self.services, self.window.tasks, target_id=detail.id, parent=self.window)
        else:
            return
        self.merge_dialog = dialog
        dialog.merged.connect(self._changed)
        dialog.open()

    def unmerge(self) -> None:
        detail = self.window.pane.detail
        if detail is not None:
            self.unmerge_source(detail.id)

    def unmerge_source(self, source_id: uuid.UUID) -> None:
        try:
            self.services.merging.unmerge(source_id)
        except AgentDeskError as exc:
            self.window.messages.error(exc.message)
            return
        self.window.messages.info(QCoreApplication.translate("Workflow", "Merge undone."))
        self._changed(source_id)

    def split(self) -> None:
        detail = self.window.pane.detail
        if detail is None:
            return
        from agentdesk.gui.split_dialog import SplitDialog

        self.split_dialog = SplitDialog(self.services, detail, self.window)
        self.split_dialog.split_done.connect(self._changed)
        self.split_dialog.open()

    def link(self) -> None:
        detail = self.window.pane.detail
        if detail is None:
            return
        from agentdesk.gui.link_dialog import LinkDialog

        self.link_dialog = LinkDialog(self.services, self.window.tasks, detail.id, self.window)
        self.link_dialog.changed.connect(lambda _cid: self._changed())
        self.link_dialog.open_requested.connect(self._open)
        self.link_dialog.open()

    # -- the selection -------------------------------------------------------------------------

    def select_all(self) -> None:
        if not self.window.list.select_all_rows(MAX_BULK):
            self.window.messages.info(
                QCoreApplication.translate(
                    "Workflow",
                    "The first %1 conversations of this view are selected: a change of a selection "
                    "takes at most that many at a time.",
                ).replace("%1", QLocale().toString(MAX_BULK))
            )

    def clear_selection(self) -> None:
        current = self.window.list.currentIndex()
        self.window.list.selectionModel().clearSelection()
        if current.isValid():
            self.window.list.selectionModel().select(
                current,
                self.window.list.selectionModel().SelectionFlag.Select
                | self.window.list.selectionModel().SelectionFlag.Rows,
            )
        self.window.list.setFocus()

    def change_selected(self) -> None:
        ids = self.window.list.selected_ids()
        if not ids:
            return
        from agentdesk.gui.bulk_dialog import BulkDialog

        self.bulk_dialog = BulkDialog(self.services, len(ids), self.window)
        self.bulk_dialog.accepted.connect(lambda: self._run_dialog(ids))
        self.bulk_dialog.open()

    def _run_dialog(self, ids: list[uuid.UUID]) -> None:
        step = self.bulk_dialog.step() if self.bulk_dialog is not None else None
        if step is not None:
            self.run(ids, step)

    def run(self, ids: list[uuid.UUID], step: BulkStep) -> bool:
        """Apply ``step`` to ``ids`` in the background (one transaction); the summary follows.
        This is the entry point for every bulk action of the window (a macro's too)."""
        bulk = self.services.bulk
        started = self.runner.start(
            lambda progress: bulk.run(ids, step, progress=progress), len(ids), self.window
        )
        if not started:
            self.window.messages.error(
                QCoreApplication.translate(
                    "Workflow", "A bulk change is still running; try again when it is done."
                )
            )
        return started

    def _bulk_done(self, ok: bool, result: object) -> None:
        if not ok:
            self.window.messages.error(str(result))
            return
        assert isinstance(result, BulkOutcome)
        self.last_outcome = result
        from agentdesk.gui.bulk_dialog import outcome_text

        text = outcome_text(result)
        self.window.refresh()
        self.window.sync.nudge()
        if self.window.pane.detail is not None:
            self.window.pane.show_conversation(self.window.pane.detail.id)
        if result.refused:
            box = QMessageBox(self.window)
            box.setObjectName("bulkSummary")
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(QCoreApplication.translate("Workflow", "Bulk change"))
            box.setText(text.split("\n", 1)[0])
            box.setInformativeText(text.split("\n", 1)[1] if "\n" in text else "")
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            self.summary = box
            box.open()
        else:
            self.window.messages.info(text)
