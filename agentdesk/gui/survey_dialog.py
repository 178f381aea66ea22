# SPDX-License-Identifier: GPL-3.0-or-later
"""Recording a survey answer on a conversation (a phone caller's CSAT, NPS or CES), with a
confirm step: the agent enters the answer, reads it back as one sentence, then records it."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.gui import theme
from agentdesk.messages import translatable
from agentdesk.metrics.surveys import Scale, SurveyAnswer
from agentdesk.services import Services

# (kind, label)
KINDS = (
    ("csat", translatable("SurveyDialog", "CSAT — satisfaction")),
    ("nps", translatable("SurveyDialog", "NPS — would recommend")),
    ("ces", translatable("SurveyDialog", "CES — effort")),
)
# Per kind, the scales it is asked on (as ``metrics.surveys.SCALES``): (scale, label, question as
# asked). The first is the kind's default.
SCALE_CHOICES: dict[str, tuple[tuple[Scale, str, str], ...]] = {
    "csat": (
        (
            (1, 5, 5),
            translatable("SurveyDialog", "1–5, 5 = very satisfied"),
            translatable(
                "SurveyDialog",
                "How satisfied were you with the help you got? (1: very dissatisfied, 5: very satisfied)",
            ),
        ),
        (
            (1, 10, 10),
            translatable("SurveyDialog", "1–10, 10 = very satisfied"),
            translatable(
                "SurveyDialog",
                "How satisfied were you with the help you got? (1: very dissatisfied, 10: very satisfied)",
            ),
        ),
        (
            (0, 100, 100),
            translatable("SurveyDialog", "0–100, 100 = very satisfied"),
            translatable(
                "SurveyDialog",
                "How satisfied were you with the help you got? (0: very dissatisfied, 100: very satisfied)",
            ),
        ),
    ),
    "nps": (
        (
            (0, 10, 10),
            translatable("SurveyDialog", "0–10, 10 = extremely likely"),
            translatable(
                "SurveyDialog",
                "How likely are you to recommend us to a friend? "
                "(0: not at all likely, 10: extremely likely)",
            ),
        ),
    ),
    "ces": (
        (
            (1, 7, 7),
            translatable("SurveyDialog", "1–7, 7 = very easy"),
            translatable(
                "SurveyDialog",
                "“The company made it easy for me to handle my issue.” "
                "(1: strongly disagree, 7: strongly agree)",
            ),
        ),
        (
            (1, 7, 1),
            translatable("SurveyDialog", "1–7, 1 = very easy"),
            translatable(
                "SurveyDialog",
                "How easy was it to get your problem solved? (1: very easy, 7: very difficult)",
            ),
        ),
        (
            (1, 5, 1),
            translatable("SurveyDialog", "1–5, 1 = very easy"),
            translatable(
                "SurveyDialog",
                "How much effort did you personally have to put forth to handle your request? "
                "(1: very low effort, 5: very high effort)",
            ),
        ),
        (
            (1, 5, 5),
            translatable("SurveyDialog", "1–5, 5 = very easy"),
            translatable(
                "SurveyDialog",
                "How easy was it to get your problem solved? (1: very difficult, 5: very easy)",
            ),
        ),
    ),
}


class SurveyDialog(QDialog):
    """Enter → confirm → recorded; ``recorded_id`` is the stored answer."""

    def __init__(self, services: Services, conversation_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.conversation_id = conversation_id
        self.answer: SurveyAnswer | None = None
        self.recorded_id: uuid.UUID | None = None
        self.setObjectName("surveyDialog")
        self.setWindowTitle(self.tr("Record a survey answer"))
        self.kind = QComboBox()
        for kind, label in KINDS:
            self.kind.addItem(self.tr(label), kind)
        self.scale = QComboBox()
        self.scale.setObjectName("surveyScale")
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.score = QSpinBox()
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(self.tr("What the customer said (optional)"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {theme.DANGER};")
        self.problem.hide()
        entry = QWidget()
        form = QFormLayout(entry)
        form.addRow(self.tr("&Survey"), self.kind)
        form.addRow(self.tr("Sca&le"), self.scale)
        form.addRow("", self.question)
        form.addRow(self.tr("&Answer"), self.score)
        form.addRow(self.tr("&Comment"), self.comment)
        form.addRow("", self.problem)
        self.summary = QLabel()
        self.summary.setObjectName("surveySummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        confirm = QWidget()
        confirm_layout = QVBoxLayout(confirm)
        confirm_layout.addWidget(QLabel(self.tr("Record this answer?")))
        confirm_layout.addWidget(self.summary)
        confirm_layout.addStretch(1)
        self.pages = QStackedWidget()
        self.pages.addWidget(entry)
        self.pages.addWidget(confirm)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = self.buttons.addButton(self.tr("&Next"), QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button = self.buttons.addButton(self.tr("&Back"), QDialogButtonBox.ButtonRole.ActionRole)
        self.record_button = self.buttons.addButton(
            self.tr("&Record"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.rejected.connect(self.reject)
        self.next_button.clicked.connect(self.review)
        self.back_button.clicked.connect(lambda: self._page(0))
        self.record_button.clicked.connect(self.record)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.scale.currentIndexChanged.connect(lambda _i: self._scale_changed())
        self._kind_changed()
        self._page(0)
        self.resize(520, 340)

    def _choices(self) -> tuple[tuple[Scale, str, str], ...]:
        return SCALE_CHOICES[str(self.kind.currentData() or "csat")]

    def _kind_changed(self) -> None:
        self.scale.blockSignals(True)
        self.scale.clear()
        for _scale, label, _question in self._choices():
            self.scale.addItem(self.tr(label))
        self.scale.setEnabled(self.scale.count() > 1)
        self.scale.blockSignals(False)
        self._scale_changed()

    def selected_scale(self) -> Scale:
        """The scale chosen: (lowest, highest, good end)."""
        return self._choices()[max(0, self.scale.currentIndex())][0]

    def _scale_changed(self) -> None:
        (low, high, best), _label, question = self._choices()[max(0, self.scale.currentIndex())]
        self.score.setRange(low, high)
        self.score.setValue(best)
        self.question.setText(self.tr(question))

    def _page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.next_button.setVisible(index == 0)
        self.back_button.setVisible(index == 1)
        self.record_button.setVisible(index == 1)
        self.record_button.setDefault(index == 1)
        self.next_button.setDefault(index == 0)

    def review(self) -> bool:
        """Check the answer and show it back as one sentence (nothing is stored yet)."""
        kind = str(self.kind.currentData() or "csat")
        try:
            self.answer = self.services.surveys.preview(
                self.conversation_id,
                kind,
                self.score.value(),
                scale=self.selected_scale(),
                comment=self.comment.toPlainText(),
            )
        except AgentDeskError as exc:
            self.problem.setText(exc.message)
            self.problem.show()
            return False
        self.problem.hide()
        self.summary.setText(self.answer.summary)
        self._page(1)
        return True

    def record(self) -> bool:
        answer = self.answer
        if answer is None:
            return False
        try:
            self.recorded_id = self.services.surveys.record(
                answer.conversation_id,
                answer.kind,
                answer.score,
                scale=answer.scale,
                comment=answer.comment,
            )
        except AgentDeskError as exc:
            self._page(0)
            self.problem.setText(exc.message)
            self.problem.show()
            return False
        self.accept()
        return True
