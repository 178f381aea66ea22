# SPDX-License-Identifier: GPL-3.0-or-later
"""The status bar's lasting parts: the database, the sync state, the view counts, the agent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QMenu, QProgressBar, QStatusBar, QToolButton

from agentdesk.gui import icons, theme
from agentdesk.gui.labels import translate
from agentdesk.gui.sync_desk import SyncDesk
from agentdesk.inbox.views import View, ViewCounts


def _label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class StatusParts:
    """Fills ``bar`` (the window's status bar) with the path, sync button and bar, counts and agent;
    the transient messages stay the bar's own."""

    def __init__(self, bar: QStatusBar, database: str, sync_menu: QMenu) -> None:
        self.bar = bar
        self.path = _label()
        self.agent = _label()
        self.counts = _label()
        bar.setSizeGripEnabled(False)
        bar.addWidget(self.path, 1)
        bar.addPermanentWidget(self.counts)
        bar.addPermanentWidget(self.agent)
        self.path.setText(translate("StatusBar", "Database: %1").replace("%1", database))
        self.path.setToolTip(database)

        self.sync_button = QToolButton()
        self.sync_button.setObjectName("syncButton")
        self.sync_button.setAutoRaise(True)
        self.sync_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sync_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sync_button.setMenu(sync_menu)
        bar.insertPermanentWidget(1, self.sync_button)  # after the path, before the counts
        self.sync_progress = QProgressBar()
        self.sync_progress.setObjectName("syncProgress")
        self.sync_progress.setMaximumWidth(160)
        self.sync_progress.setTextVisible(False)
        self.sync_progress.hide()
        bar.insertPermanentWidget(1, self.sync_progress)

    def show_link(self, url: object) -> None:
        """Where a link under the mouse really goes, before the agent clicks it."""
        text = url.toString() if hasattr(url, "toString") else str(url or "")
        if text:
            self.bar.showMessage(text)
        else:
            self.bar.clearMessage()

    def show_agent(self, name: str) -> None:
        self.agent.setText(translate("StatusBar", "At this desk: %1").replace("%1", name))

    def show_counts(self, counts: ViewCounts) -> None:
        active = sum(counts[v] for v in (View.TIER_1, View.TIER_2, View.TIER_3))
        breached, due_soon = counts[View.BREACHED], counts[View.DUE_SOON]
        # Counts beside a word that does not change with the number in any of our languages
        # ("50 aktiv", "14 overskredet"), the number in the locale's own format.
        number = QLocale().toString
        parts = [QCoreApplication.translate("StatusBar", "%1 active").replace("%1", number(active))]
        if breached:
            parts.append(
                QCoreApplication.translate("StatusBar", "%1 breached").replace("%1", number(breached))
            )
        if due_soon:
            parts.append(
                QCoreApplication.translate("StatusBar", "%1 due soon").replace("%1", number(due_soon))
            )
        self.counts.setText("  ·  ".join(parts))

    def show_sync(self, sync: SyncDesk) -> None:
        """Online or offline, the last sync, the changes waiting, or the error in plain words."""
        text = sync.text()
        self.sync_button.setText(text)
        details = [
            text,
            translate(
                "StatusBar", "Everything is saved on this computer first; the server gets it when it can."
            ),
        ]
        if (skew := sync.clock_warning()) is not None:
            details.append(skew)
        self.sync_button.setToolTip("\n".join(details))
        if not sync.configured:
            icon, colour = "mdi6.laptop", theme.TEXT_MUTED
        elif sync.work_offline:
            icon, colour = "mdi6.cloud-off-outline", theme.TEXT_MUTED
        elif sync.online is False:
            icon, colour = "mdi6.cloud-alert", theme.CAUTION
        else:
            icon, colour = "mdi6.cloud-check-outline", theme.TEXT_MUTED
        self.sync_button.setIcon(icons.icon(icon, colour))

    def show_sync_progress(self, rows: int, expected: int) -> None:
        """A bar while a large pull comes in (the first sync of a workspace); busy when the size
        is not known."""
        if not rows:
            self.sync_progress.hide()
            return
        self.sync_progress.setRange(0, expected if expected > rows else 0)
        self.sync_progress.setValue(min(rows, expected) if expected > rows else 0)
        self.sync_progress.show()
