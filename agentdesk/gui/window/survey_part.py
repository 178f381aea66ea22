# SPDX-License-Identifier: GPL-3.0-or-later
"""*File → Survey policies…* for supervisors and admins: the automatic survey mails
(``agentdesk.gui.survey_policy_dialog``). Not blocking; kept while open (``window.survey_policy_dialog``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from agentdesk.errors import AgentDeskError
from agentdesk.gui.labels import translate
from agentdesk.gui.window.actions import ActionId, ActionSpec, Menu, Place, WindowState
from agentdesk.gui.window.dialogs import open_tracked

if TYPE_CHECKING:
    from agentdesk.gui.main_window import MainWindow
    from agentdesk.gui.survey_policy_dialog import SurveyPolicyDialog


def _refuse(state: WindowState) -> str | None:
    if state.supervises:
        return None
    return translate("SurveyPart", "Survey policies are set by supervisors and admins.")


class SurveyPart(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @classmethod
    def attach(cls, window: MainWindow) -> SurveyPart:
        found = getattr(window, "survey_part", None)
        if isinstance(found, cls):
            return found
        part = cls(window)
        setattr(window, "survey_part", part)  # noqa: B010  (the window does not declare its parts)
        setattr(window, "survey_policy_dialog", None)  # noqa: B010
        return part

    def action_specs(self) -> Iterator[ActionSpec]:
        yield ActionSpec(
            ActionId.SURVEY_POLICIES,
            translate("SurveyPart", "Survey &policies…"),
            self.open_policies,
            (),
            (Place(Menu.FILE, 1),),
            "mdi6.star-check-outline",
            _refuse,
            tip=translate(
                "SurveyPart", "Which solved conversations get a survey by email, and in which words"
            ),
        )

    def open_policies(self) -> SurveyPolicyDialog | None:
        from agentdesk.gui.survey_policy_dialog import SurveyPolicyDialog

        shown = getattr(self.window, "survey_policy_dialog", None)
        if isinstance(shown, SurveyPolicyDialog):
            shown.raise_()
            shown.activateWindow()
            return shown
        services = self.window.services
        try:
            dialog = SurveyPolicyDialog(services.store, services.clock, services.agent_id, self.window)
        except AgentDeskError as exc:
            self.window.statusBar().showMessage(exc.message, 8000)
            return None
        return open_tracked(self.window, "survey_policy_dialog", dialog)
