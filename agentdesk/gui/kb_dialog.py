# SPDX-License-Identifier: GPL-3.0-or-later
"""The knowledge base window: the articles on the left, the one chosen on the right, written in
English, German and Danish (one tab each) with a live preview of what the help centre and the
composer will show.

The list filters as the agent types (the search engine of ``agentdesk.kb.articles``: every word,
accents optional) and shows all articles, the most used, or the stale ones (not reviewed for a
number of months the team chooses, six at first; the longest unreviewed first). Saving counts as
a review; *Mark as reviewed* records that an article was checked and is still right.
"""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agentdesk.clock import Clock
from agentdesk.errors import AgentDeskError
from agentdesk.inbox.workspace import WorkspaceSettings
from agentdesk.kb.articles import STALE_MONTHS, ArticleDraft, ArticleRow, KnowledgeBase, Variant
from agentdesk.kb.markdown import to_html
from agentdesk.store.database import Store
from agentdesk.store.models import LANGUAGES

ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1
ALL, MOST_USED, STALE = "all", "most_used", "stale"
STALE_MONTHS_KEY = "kb.stale_months"  # how many months without a review make an article stale


class LanguagePage(QWidget):
    """Title and Markdown text of one language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)

    def variant(self) -> Variant:
        return Variant(self.title.text(), self.body.toPlainText())

    def show_variant(self, variant: Variant | None) -> None:
        self.title.setText(variant.title if variant else "")
        self.body.setPlainText(variant.body if variant else "")


class KnowledgeBaseDialog(QDialog):
    def __init__(
        self,
        store: Store,
        clock: Clock,
        agent_id: uuid.UUID | None,
        parent: QWidget | None = None,
        *,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("knowledgeBaseDialog")
        self.setWindowTitle(self.tr("Knowledge base"))
        self.kb = KnowledgeBase(store, clock, agent_id)
        self.clock = clock
        self.current: ArticleRow | None = None
        self.resize(1100, 680)

        # -- the list ----------------------------------------------------------------------
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search articles"))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox(self)
        self.filter.addItem(self.tr("All articles"), ALL)
        self.filter.addItem(self.tr("Most used"), MOST_USED)
        self.filter.addItem(self.tr("Not reviewed lately"), STALE)
        self.months = QSpinBox(self)
        self.months.setObjectName("kbStaleMonths")
        self.months.setRange(1, 60)
        self.months.setPrefix(self.tr("for "))
        self.months.setSuffix(self.tr(" months"))
        self.months.setToolTip(self.tr("Articles not reviewed for this many months are listed"))
        stored = WorkspaceSettings(store).get(STALE_MONTHS_KEY, STALE_MONTHS)
        self.months.setValue(stored if isinstance(stored, int) and 1 <= stored <= 60 else STALE_MONTHS)
        self.months.setVisible(False)
        self.workspace = WorkspaceSettings(store)
        self.articles = QListWidget(self)
        self.articles.setObjectName("kbArticles")
        self.articles.setSpacing(3)
        self.articles.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.articles.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.new_button = QPushButton(self.tr("&New article"), self)
        self.help_centre_button = QPushButton(self.tr("&Help centre…"), self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        filters = QHBoxLayout()
        filters.addWidget(self.filter, 1)
        filters.addWidget(self.months)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.articles, 1)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.help_centre_button)

        # -- the editor --------------------------------------------------------------------
        self.tabs = QTabWidget(self)
        self.pages: dict[str, LanguagePage] = {}
        names = {"en": self.tr("English"), "de": self.tr("German"), "da": self.tr("Danish")}
        for lang in LANGUAGES:
            page = LanguagePage(self.tabs)
            page.title.setPlaceholderText(self.tr("Title"))
            page.body.setPlaceholderText(
                self.tr("The article in Markdown: # heading, **bold**, *italic*, - list, [link](https://…)")
            )
            page.title.textChanged.connect(self._schedule_preview)
            page.body.textChanged.connect(self._schedule_preview)
            self.pages[lang] = page
            self.tabs.addTab(page, names[lang])
        self.tabs.currentChanged.connect(self._schedule_preview)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("kbPreview")
        self.preview.setOpenLinks(False)
        document = self.preview.document()
        document.setDefaultStyleSheet(
            "h1 { font-size: large; } h2 { font-size: medium; } h3 { font-size: medium; }"
        )
        document.setDocumentMargin(10)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("shipping, returns"))
        self.visibility = QComboBox(self)
        self.visibility.addItem(self.tr("Internal: the team only"), "internal")
        self.visibility.addItem(self.tr("Public: in the help centre"), "public")
        self.about = QLabel(self)
        self.about.setObjectName("kbAbout")
        self.error = QLabel(self)
        self.error.setObjectName("kbError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        form = QFormLayout()
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Who reads it"), self.visibility)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.tabs)
        split.addWidget(self.preview)
        split.setSizes([520, 380])
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.review_button = QPushButton(self.tr("Mark as &reviewed"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.about, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.save_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(split, 1)
        right_layout.addLayout(form)
        right_layout.addWidget(self.error)
        right_layout.addLayout(buttons)

        outer = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(left)
        outer.addWidget(right)
        outer.setSizes([320, 780])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(outer, 1)
        layout.addWidget(close)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(120)
        self._preview_timer.timeout.connect(self.update_preview)
        self.search.textChanged.connect(self.refresh)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.months.valueChanged.connect(self._months_changed)
        self.articles.currentItemChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.new_article)
        self.help_centre_button.clicked.connect(self.open_help_centre)
        self.save_button.clicked.connect(self.save)
        self.review_button.clicked.connect(self.mark_reviewed)
        self.delete_button.clicked.connect(self.delete)
        self.language = language if language in LANGUAGES else "en"
        self.tabs.setCurrentIndex(LANGUAGES.index(self.language))
        self.refresh()
        self.new_article()

    # -- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        query = self.search.text().strip()
        mode = self.filter.currentData()
        try:
            if mode == MOST_USED:
                rows = self.kb.most_used(limit=50)
            elif mode == STALE:
                rows = self.kb.stale(self.months.value())
            else:
                rows = self.kb.list_articles()
            if query:
                found = {h.article_id for lang in LANGUAGES for h in self.kb.search(query, lang, limit=200)}
                rows = [r for r in rows if r.id in found]
        except AgentDeskError as exc:
            self.error.setText(exc.message)
            return
        if mode == ALL:
            rows.sort(key=lambda r: r.title(self.language).casefold())
        self.months.setVisible(mode == STALE)
        chosen = self.current.id if self.current else None
        self.articles.blockSignals(True)
        self.articles.clear()
        for row in rows:
            item = QListWidgetItem(self._line(row))
            item.setData(ARTICLE_ROLE, row.id)
            item.setToolTip(", ".join(row.tags))
            self.articles.addItem(item)
            if row.id == chosen:
                self.articles.setCurrentItem(item)
        self.articles.blockSignals(False)

    def _months_changed(self, months: int) -> None:
        self.workspace.set(STALE_MONTHS_KEY, months)
        self.refresh()

    def _line(self, row: ArticleRow) -> str:
        kind = self.tr("public") if row.public else self.tr("internal")
        langs = " ".join(lang.upper() for lang in row.languages)
        uses = self.tr("used %n times", "", row.uses)
        return f"{row.title(self.language)}\n{langs} · {kind} · {uses}"

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None:
            return
        try:
            self.show_article(self.kb.get(item.data(ARTICLE_ROLE)))
        except AgentDeskError as exc:
            self.error.setText(exc.message)

    # -- the editor ----------------------------------------------------------------------

    def new_article(self) -> None:
        self.current = None
        self.articles.clearSelection()
        for page in self.pages.values():
            page.show_variant(None)
        self.tags.clear()
        self.visibility.setCurrentIndex(0)
        self.about.setText(self.tr("New article"))
        self.error.clear()
        self.review_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.pages[LANGUAGES[self.tabs.currentIndex()]].title.setFocus()
        self.update_preview()

    def show_article(self, row: ArticleRow) -> None:
        self.current = row
        for lang, page in self.pages.items():
            page.show_variant(row.variants.get(lang))
        self.tags.setText(", ".join(row.tags))
        self.visibility.setCurrentIndex(max(0, self.visibility.findData(row.visibility)))
        reviewed = (
            QLocale().toString(
                QDate(row.reviewed_at.year, row.reviewed_at.month, row.reviewed_at.day),
                QLocale.FormatType.ShortFormat,
            )
            if row.reviewed_at
            else self.tr("never")
        )
        author = row.author_name or self.tr("unknown")
        self.about.setText(self.tr("By %1 · reviewed %2").replace("%1", author).replace("%2", reviewed))
        self.error.clear()
        self.review_button.setEnabled(True)
        self.delete_button.setEnabled(True)
        if row.languages and LANGUAGES[self.tabs.currentIndex()] not in row.languages:
            self.tabs.setCurrentIndex(LANGUAGES.index(row.languages[0]))
        self.update_preview()

    def draft(self) -> ArticleDraft:
        return ArticleDraft(
            variants={lang: page.variant() for lang, page in self.pages.items()},
            tags=tuple(self.tags.text().split(",")),
            visibility=str(self.visibility.currentData()),
        )

    def save(self) -> ArticleRow | None:
        try:
            if self.current is None:
                row = self.kb.create(self.draft())
            else:
                row = self.kb.update(self.current.id, self.draft())
        except AgentDeskError as exc:
            self.error.setText(exc.message)
            return None
        self.current = row
        self.refresh()
        self.show_article(row)
        return row

    def mark_reviewed(self) -> None:
        if self.current is None:
            return
        try:
            self.show_article(self.kb.mark_reviewed(self.current.id))
        except AgentDeskError as exc:
            self.error.setText(exc.message)
            return
        self.refresh()

    def delete(self, *, confirm: bool = True) -> None:
        if self.current is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete article"),
                self.tr("Delete “%1” in every language?").replace("%1", self.current.title(self.language)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.kb.delete(self.current.id)
        except AgentDeskError as exc:
            self.error.setText(exc.message)
            return
        self.new_article()
        self.refresh()

    def open_help_centre(self) -> QDialog:
        from agentdesk.gui.kb_help_centre import HelpCentreDialog

        dialog = HelpCentreDialog(self.kb, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    # -- the preview ---------------------------------------------------------------------

    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    def update_preview(self) -> None:
        page = self.pages[LANGUAGES[max(0, self.tabs.currentIndex())]]
        title = html.escape(" ".join(page.title.text().split()))
        body = to_html(page.body.toPlainText(), heading_offset=1)
        self.preview.setHtml(f"<h1>{title}</h1>{body}" if title or body else "")
