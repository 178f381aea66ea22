# SPDX-License-Identifier: GPL-3.0-or-later
"""The canned reply library dialog: create with texts in three languages, flagged marks, the
preview, nothing lost when switching, duplicate, delete, import and export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.gui.replies_dialog import CannedRepliesDialog
from agentdesk.gui.theme import apply_theme
from agentdesk.replies.exchange import install_starter_library
from agentdesk.services import Services, build_services
from agentdesk.store.database import Store
from agentdesk.store.models import CannedReply, CannedReplyVariant

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def services(store: Store, clock: FixedClock) -> Services:
    install_starter_library(store, now=clock.now())
    setup = build_services(store, clock)
    agent = setup.directory.create_agent("Maja Jensen", "maja@shop.example", role="supervisor")
    return build_services(store, clock, agent)


@pytest.fixture
def dialog(qtbot: QtBot, qapp: QApplication, services: Services) -> CannedRepliesDialog:
    apply_theme(qapp)
    dialog = CannedRepliesDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def stored(store: Store, shortcut: str) -> dict[str, str]:
    with store.read() as s:
        reply = s.scalars(
            select(CannedReply).where(CannedReply.shortcut == shortcut, CannedReply.deleted_at.is_(None))
        ).one_or_none()
        if reply is None:
            return {}
        return {
            v.language: v.body
            for v in s.scalars(
                select(CannedReplyVariant).where(
                    CannedReplyVariant.canned_reply_id == reply.id, CannedReplyVariant.deleted_at.is_(None)
                )
            )
        }


def test_create_a_reply_in_three_languages_with_marks_flagged_and_a_preview(
    qtbot: QtBot, dialog: CannedRepliesDialog, services: Services
) -> None:
    assert dialog.list.count() >= 40  # the starter library
    dialog.new_reply()
    qtbot.keyClicks(dialog.title_edit, "Voucher as an apology")
    qtbot.keyClicks(dialog.shortcut_edit, "voucher")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("apology"))
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData("everyone"))
    dialog.bodies["en"].setPlainText(
        "Hi {{customer.first_name}}, here is a voucher: {{voucher.code}}.{{cursor}}"
    )
    assert "{{voucher.code}} is not a placeholder" in dialog.problem.text()
    dialog.bodies["en"].setPlainText(
        "Hi {{customer.first_name}}, here is a voucher for your trouble.{{cursor}}"
    )
    dialog.bodies["de"].setPlainText(
        "Hallo {{customer.first_name}}, als Entschuldigung ein Gutschein.{{cursor}}"
    )
    assert "No text in Danish yet" in dialog.problem.text()
    dialog.bodies["da"].setPlainText(
        "Hej {{customer.first_name}}, her er et gavekort som plaster på såret.{{cursor}}"
    )
    assert not dialog.problem.isVisible()
    dialog.tabs.setCurrentIndex(1)  # German
    dialog.update_preview()
    assert "Hallo Anna, als Entschuldigung ein Gutschein." in dialog.preview.toPlainText()
    assert dialog.save()
    assert stored(services.store, "voucher") == {
        "en": "Hi {{customer.first_name}}, here is a voucher for your trouble.{{cursor}}",
        "de": "Hallo {{customer.first_name}}, als Entschuldigung ein Gutschein.{{cursor}}",
        "da": "Hej {{customer.first_name}}, her er et gavekort som plaster på såret.{{cursor}}",
    }
    assert "Saved" in dialog.state.text()


def test_switching_away_saves_and_a_reply_that_cannot_be_saved_keeps_its_place(
    qtbot: QtBot, dialog: CannedRepliesDialog, services: Services
) -> None:
    dialog.list.setCurrentRow(0)
    first = dialog.current_id
    dialog.title_edit.setText("Renamed acknowledgement")
    dialog.list.setCurrentRow(1)  # saved on the way
    qtbot.waitUntil(lambda: dialog.current_id != first)
    assert services.replies.get(first).title == "Renamed acknowledgement"  # type: ignore[arg-type]
    second = dialog.current_id
    taken = services.replies.get(first).shortcut  # type: ignore[arg-type]
    dialog.shortcut_edit.setText(taken)  # already used by the first reply
    dialog.list.setCurrentRow(2)
    assert dialog.current_id == second  # stays, with the reason
    assert f"/{taken} is already used" in dialog.problem.text()
    assert dialog.shortcut_edit.text() == taken  # nothing typed is lost
    dialog.revert_button.click()
    dialog.list.setCurrentRow(2)
    assert dialog.current_id != second


def test_duplicate_and_delete(qtbot: QtBot, dialog: CannedRepliesDialog, services: Services) -> None:
    dialog.filter_edit.setText("sorry-late")
    assert dialog.list.count() == 1
    dialog.list.setCurrentRow(0)
    copy = dialog.duplicate_current()
    assert copy is not None and copy.shortcut == "sorry-late-2" and copy.title.endswith("(copy)")
    assert stored(services.store, "sorry-late-2") == stored(services.store, "sorry-late")
    questions: list[str] = []

    def say_no(text: str) -> bool:
        questions.append(text)
        return False

    dialog.ask = say_no
    assert not dialog.delete_current()  # the agent said no
    assert stored(services.store, "sorry-late-2")
    dialog.ask = lambda text: True
    assert dialog.delete_current()
    assert stored(services.store, "sorry-late-2") == {}
    assert "Delete the canned reply" in questions[0]


def test_import_is_all_or_nothing_and_export_round_trips(
    qtbot: QtBot, dialog: CannedRepliesDialog, services: Services, tmp_path: Path
) -> None:
    out = tmp_path / "library.json"
    assert dialog.export_to(out)
    exported = json.loads(out.read_text(encoding="utf-8"))
    count = len(exported["replies"])
    assert count == dialog.list.count()
    assert dialog.import_from(out)  # the same file again: nothing new
    assert "0 new" in dialog.state.text() and dialog.list.count() == count

    broken = {
        "format": exported["format"],
        "version": exported["version"],
        "replies": [
            {"title": "Fine", "shortcut": "fine-one", "category": "closing", "variants": {"en": "Bye!"}},
            {"title": "", "shortcut": "broken", "category": "closing", "variants": {"en": "x"}},
        ],
    }
    bad = tmp_path / "broken.json"
    bad.write_text(json.dumps(broken), encoding="utf-8")
    assert not dialog.import_from(bad)
    assert "2" in dialog.problem.text()  # the entry is named
    assert "Nothing was imported" in dialog.state.text()
    assert stored(services.store, "fine-one") == {}
    not_json = tmp_path / "notes.json"
    not_json.write_text("this is not a library {", encoding="utf-8")
    assert not dialog.import_from(not_json)
    assert dialog.problem.isVisible()
