# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's notifications and snooze: the bell in the top bar and its list, desktop
notifications, and the Snooze / Unsnooze actions.

Every ``TICK_MS``, after a sync brought rows, after mail arrived and after the agent changed a
conversation, a pass runs in the background (``NotificationFeed.tick``: snoozed conversations that
are due come back, then the new notifications are stored). What it found updates the bell and, if
the agent wants them, shows as desktop notifications; a conversation that came back from snooze
refreshes the list and the counts. SLA alerts about the agent's own conversations are left to the
feed (they are recorded as events, so they reach the bell); the others go to the desktop here, so
a desktop without a tray gets them too.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence

from agentdesk.errors import AgentDeskError
from agentdesk.gui.desktop_notify import DesktopNotifier
from agentdesk.gui.labels import translate
from agentdesk.gui.notification_list import NotificationBell, NotificationList, describe
from agentdesk.gui.sla_alerts import Alert
from agentdesk.gui.window.actions import ActionId, ActionSpec, Menu, Place
from agentdesk.inbox.snooze import SnoozeService, snooze_facts
from agentdesk.notifications.feed import Item, NotificationFeed, Pass
from agentdesk.notifications.kinds import Kind
from agentdesk.notifications.settings import load_settings
from agentdesk.store.models import Conversation

if TYPE_CHECKING:  # the dialogs load when first opened, not before the first paint
    from agentdesk.gui.main_window import MainWindow
    from agentdesk.gui.snooze_dialog import SnoozeDialog

TICK_MS = 30_000
SOON_MS = 300  # after a change: let the writes settle, fold several into one pass


class NotifyPart(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.feed: NotificationFeed | None = None
        self.bell = NotificationBell()
        window.top_bar.add_bell(self.bell)
        self.list = NotificationList(window)
        self.desktop = DesktopNotifier(self, tray=window.sla_alerts.tray)
        window.sla_alerts.desktop = self._sla_alert
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(SOON_MS)
        self.soon.timeout.connect(self.tick)
        self.bell.clicked.connect(self.show_list)
        self.list.open_requested.connect(self._open)
        self.desktop.open_requested.connect(self._open)
        self.list.read.connect(self._mark_read)
        self.list.all_read.connect(self._mark_all_read)
        self.list.summary_opened.connect(self._open_summary)
        window.sync.arrived.connect(self.soon.start)
        window.mail.arrived.connect(self.soon.start)
        window.pane.changed.connect(lambda _cid: self.soon.start())
        window.conversation_shown.connect(lambda _cid: self.update_actions())
        window.pane.changed.connect(lambda _cid: self.update_actions())
        self.timer.start()
        QTimer.singleShot(0, self.tick)

    @classmethod
    def attach(cls, window: MainWindow) -> NotifyPart:
        """The window's part, made once."""
        found = getattr(window, "notify_part", None)
        if isinstance(found, cls):
            return found
        part = cls(window)
        setattr(window, "notify_part", part)  # noqa: B010  (the window does not declare its parts)
        return part

    # -- actions -------------------------------------------------------------------------------

    def action_specs(self) -> Iterator[ActionSpec]:
        conv, view = Menu.CONVERSATION, Menu.VIEW
        yield ActionSpec(
            ActionId.SNOOZE,
            translate("NotifyPart", "S&nooze until…"),
            self.snooze,
            (QKeySequence("Ctrl+Shift+H"),),
            (Place(conv, 40),),
            "mdi6.alarm-snooze",
            tip=translate(
                "NotifyPart",
                "Put the conversation away until a time; it comes back then or when the customer writes",
            ),
        )
        yield ActionSpec(
            ActionId.UNSNOOZE,
            translate("NotifyPart", "&Unsnooze"),
            self.unsnooze,
            (),
            (Place(conv, 40),),
            tip=translate("NotifyPart", "Bring the snoozed conversation back to the working views now"),
        )
        yield ActionSpec(
            ActionId.NOTIFICATIONS,
            translate("NotifyPart", "&Notifications"),
            self.show_list,
            (QKeySequence("Ctrl+Shift+N"),),
            (Place(view, 5),),
            "mdi6.bell-outline",
            tip=translate("NotifyPart", "What happened on your conversations"),
        )

    def update_actions(self) -> None:
        """Snooze for an open conversation; Unsnooze only for a snoozed one, its time in the tip."""
        registry = getattr(self.window, "registry", None)
        if registry is None:
            return
        cid = self._current()
        until = None
        if cid is not None:
            try:
                until = snooze_facts(self.services.store, cid).snoozed_until
            except AgentDeskError:
                cid = None
        registry[ActionId.SNOOZE].setEnabled(cid is not None)
        unsnooze = registry[ActionId.UNSNOOZE]
        unsnooze.setEnabled(until is not None)
        from agentdesk.gui import labels

        unsnooze.setToolTip(
            translate("NotifyPart", "Snoozed until %1; bring it back to the working views now").replace(
                "%1", labels.local_datetime(until)
            )
            if until is not None
            else translate("NotifyPart", "Bring the snoozed conversation back to the working views now")
        )

    def _current(self) -> uuid.UUID | None:
        detail = self.window.pane.detail
        return detail.id if detail is not None else None

    def snooze(self) -> SnoozeDialog | None:
        cid = self._current()
        if cid is None:
            self.window.messages.info(translate("NotifyPart", "Open a conversation first."))
            return None
        try:
            facts = snooze_facts(self.services.store, cid)
        except AgentDeskError as exc:
            self.window.messages.error(exc.message)
            return None
        from agentdesk.gui.snooze_dialog import SnoozeDialog

        dialog = SnoozeDialog(self.services.clock.now(), facts, self.window)
        dialog.accepted.connect(lambda: self._snooze_chosen(cid, dialog))
        dialog.open()
        return dialog

    def _snooze_chosen(self, cid: uuid.UUID, dialog: SnoozeDialog) -> None:
        if dialog.chosen is None:
            return
        try:
            until = SnoozeService(self.services.store, self.services.clock, self.services.agent_id).snooze(
                cid, dialog.chosen
            )
        except AgentDeskError as exc:
            self.window.messages.error(exc.message)
            return
        from agentdesk.gui import labels

        self.window.statusBar().showMessage(
            translate(
                "NotifyPart", "Snoozed until %1: it comes back then or when the customer writes."
            ).replace("%1", labels.local_datetime(until)),
            10_000,
        )
        self.window.pane.changed.emit(cid)

    def unsnooze(self) -> None:
        cid = self._current()
        if cid is None:
            self.window.messages.info(translate("NotifyPart", "Open a conversation first."))
            return
        try:
            back = SnoozeService(self.services.store, self.services.clock, self.services.agent_id).unsnooze(
                cid
            )
        except AgentDeskError as exc:
            self.window.messages.error(exc.message)
            return
        if not back:
            self.window.messages.info(translate("NotifyPart", "This conversation is not snoozed."))
            return
        self.window.statusBar().showMessage(translate("NotifyPart", "Back in the working views."), 5_000)
        self.window.pane.changed.emit(cid)

    # -- the feed ------------------------------------------------------------------------------

    def _feed(self) -> NotificationFeed | None:
        agent_id = self.services.agent_id
        if agent_id is None:
            self.feed = None
        elif self.feed is None or self.feed.agent_id != agent_id:
            self.feed = NotificationFeed(self.services.store, self.services.clock, agent_id)
        return self.feed

    def _mention_names(self) -> None:
        """The colleagues a note can mention with "@" (the composer's completion)."""
        try:
            agents = self.services.directory.active_agents()
        except AgentDeskError:
            return
        names = [a.name for a in agents if a.id != self.services.agent_id]
        self.window.pane.composer.editor.mentions.set_names(names)

    def tick(self) -> None:
        """One pass in the background; its results arrive in ``_arrived``."""
        self._mention_names()
        feed = self._feed()
        if feed is None:
            self.bell.set_unread(0)
            return
        if self.window.tasks.busy("notify"):
            self.soon.start()
            return

        def work() -> tuple[Pass, int, bool]:
            woken = bool(SnoozeService(feed.store, feed.clock, None).wake_due())
            result = feed.collect()
            return result, feed.unread_count(), woken

        self.window.tasks.run("notify", work, self._arrived, lambda _reason: None)

    def _arrived(self, result: tuple[Pass, int, bool]) -> None:
        found, unread, woken = result
        self.bell.set_unread(unread)
        if woken:
            self.window.refresh()
        if self.list.isVisible() and found.new:
            self._fill()
        feed = self.feed
        if feed is None or not found.announce:
            return
        if not load_settings(self.services.store, feed.agent_id).desktop:
            return
        for item in found.announce:
            title, line = describe(item)
            urgent = item.kind in (Kind.SLA_BREACH, Kind.SUMMARY)
            self.desktop.show(title, line, item.conversation_id, urgent=urgent)

    def _sla_alert(self, alert: Alert) -> bool:
        """SLA alerts: the agent's own conversations go through the feed (the bell); the rest
        (unassigned in the agent's tiers, a supervisor's watch) straight to the desktop."""
        agent_id = self.services.agent_id
        mine = False
        if agent_id is not None:
            with self.services.store.read() as session:
                conv = session.get(Conversation, alert.conversation_id)
                mine = conv is not None and conv.assignee_id == agent_id
        if mine:
            self.soon.start()
        else:
            self.desktop.show(
                alert.title, alert.text, alert.conversation_id, urgent=alert.kind == "sla_breach"
            )
        return True

    # -- the list ------------------------------------------------------------------------------

    def _fill(self, summary: uuid.UUID | None = None) -> None:
        feed = self._feed()
        items: list[Item] = []
        if feed is not None:
            try:
                items = feed.members(summary) if summary is not None else feed.latest()
                self.bell.set_unread(feed.unread_count())
            except AgentDeskError as exc:
                self.window.messages.error(exc.message)
        self.list.set_items(items, inside_summary=summary is not None)

    def show_list(self) -> NotificationList:
        self._fill()
        self.list.popup_under(self.bell)
        return self.list

    def _open(self, cid: uuid.UUID) -> None:
        self.window.show_dashboard(False)
        try:
            self.window.open_conversation(cid)
        except AgentDeskError as exc:
            self.window.messages.error(exc.message)

    def _mark_read(self, ids: list[uuid.UUID]) -> None:
        feed = self._feed()
        if feed is None:
            return
        try:
            feed.mark_read(ids)
            self.bell.set_unread(feed.unread_count())
        except AgentDeskError as exc:
            self.window.messages.error(exc.message)

    def _mark_all_read(self) -> None:
        feed = self._feed()
        if feed is None:
            return
        try:
            feed.mark_all_read()
        except AgentDeskError as exc:
            self.window.messages.error(exc.message)
        self._fill()

    def _open_summary(self, summary: uuid.UUID) -> None:
        self._fill(summary if summary.int else None)


__all__ = ["NotifyPart"]
