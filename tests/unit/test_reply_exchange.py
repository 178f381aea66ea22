# SPDX-License-Identifier: GPL-3.0-or-later
"""Canned replies in and out of a workspace, and the shipped starter library."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

import pytest

from agentdesk.clock import FixedClock
from agentdesk.errors import AgentDeskError
from agentdesk.replies.exchange import (
    FORMAT,
    ReplyFileError,
    export_library,
    import_library,
    import_text,
    install_starter_library,
    starter_entries,
)
from agentdesk.replies.library import CannedReplyService, ReplyDraft
from agentdesk.store import models
from agentdesk.store.database import Store, open_store


def _file(*replies: Mapping[str, object]) -> str:
    return json.dumps({"format": FORMAT, "version": 1, "replies": list(replies)}, ensure_ascii=False)


GOOD: dict[str, object] = {
    "title": "Parcel is late",
    "shortcut": "late",
    "category": "apology",
    "variants": {"en": "Hi {{customer.first_name}}, sorry!", "de": "Entschuldigung!", "da": "Undskyld!"},
}


def _snapshot(service: CannedReplyService) -> list[tuple[object, ...]]:
    return [
        (r.id, r.title, r.shortcut, r.category, r.scope, tuple(sorted(r.variants.items())))
        for r in service.list_replies()
    ]


def test_export_then_import_into_another_workspace_gives_the_same_library(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    source = CannedReplyService(store, clock)
    install_starter_library(store, now=clock.now())
    source.create(
        ReplyDraft(title="Eigene Antwort", shortcut="eigen", category="closing", variants={"de": "Tschüss"})
    )
    path = tmp_path / "replies.json"
    assert export_library(source, path) == len(starter_entries()) + 1
    text = path.read_text(encoding="utf-8")
    assert "Tschüss" in text  # readable UTF-8, not \u escapes
    other_store = open_store(tmp_path / "other.sqlite")
    try:
        target = CannedReplyService(other_store, clock)
        summary = import_library(target, path)
        assert (summary.added, summary.updated, summary.unchanged) == (len(starter_entries()) + 1, 0, 0)
        assert _snapshot(target) == _snapshot(source)
        # The same file again: nothing new, nothing changed.
        again = import_library(target, path)
        assert (again.added, again.updated, again.unchanged) == (0, 0, len(starter_entries()) + 1)
        assert _snapshot(target) == _snapshot(source)
    finally:
        other_store.close()


def test_an_entry_without_id_updates_the_reply_with_its_shortcut(store: Store, clock: FixedClock) -> None:
    service = CannedReplyService(store, clock)
    first = import_text(service, _file(GOOD))
    assert first.added == 1
    changed = dict(GOOD, title="Parcel is running late")
    second = import_text(service, _file(changed))
    assert (second.added, second.updated) == (0, 1)
    [row] = service.list_replies()
    assert row.title == "Parcel is running late"


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        (dict(GOOD, shortcut="x", category="praise"), "Entry 2 (“Parcel is late”): the category “praise”"),
        (dict(GOOD, shortcut="x", variants={"fr": "Bonjour"}), "Entry 2 (“Parcel is late”): “fr” is not"),
        (dict(GOOD, shortcut="x", title=""), "Entry 2: it has no title"),
        (dict(GOOD, shortcut="x", variants={}), "Entry 2 (“Parcel is late”): it has no text"),
        (
            dict(GOOD, shortcut="late"),
            "Entry 2 (“Parcel is late”): the shortcut /late is also used by entry 1",
        ),
        (dict(GOOD, shortcut="x", id="not-an-id"), "“not-an-id” is not an id"),
        (dict(GOOD, shortcut="x", scope="team", team="Nobody"), "there is no team called “Nobody”"),
        (dict(GOOD, shortcut="x", scope="personal"), "Entry 2 (“Parcel is late”): a personal reply needs"),
        (dict(GOOD, shortcut="x", variants={"en": "x" * 30_000}), "longer than 20,000"),
        (dict(GOOD, shortcut="x", colour="red"), "unknown field “colour”"),
    ],
)
def test_a_broken_entry_is_named_and_nothing_is_imported(
    store: Store, clock: FixedClock, broken: dict[str, object], message: str
) -> None:
    service = CannedReplyService(store, clock)
    with pytest.raises(ReplyFileError, match=re.escape(message)) as caught:
        import_text(service, _file(GOOD, broken))
    assert caught.value.entry == 2
    assert str(caught.value).endswith("Nothing was imported.")
    assert service.list_replies() == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"format": "something-else", "version": 1, "replies": []}', "not a canned-reply file"),
        (json.dumps({"format": FORMAT, "version": 2, "replies": []}), "version 2"),
        (json.dumps({"format": FORMAT, "version": 1}), "no “replies” list"),
    ],
)
def test_a_file_that_is_not_ours_is_refused(store: Store, clock: FixedClock, text: str, message: str) -> None:
    with pytest.raises(ReplyFileError, match=message):
        import_text(CannedReplyService(store, clock), text)


def test_import_of_a_missing_file_says_so(store: Store, clock: FixedClock, tmp_path: Path) -> None:
    with pytest.raises(AgentDeskError, match="does not exist"):
        import_library(CannedReplyService(store, clock), tmp_path / "nope.json")


def test_team_replies_travel_by_team_name(store: Store, clock: FixedClock) -> None:
    with store.write() as session:
        team = models.Team(name="Billing")
        session.add(team)
        session.flush()
        agent = models.Agent(
            name="Anna Berg", email="anna@example.com", team_id=team.id, team_ids=[str(team.id)]
        )
        session.add(agent)
        session.flush()
        agent_id, team_id = agent.id, team.id
    service = CannedReplyService(store, clock, agent_id)
    import_text(service, _file(dict(GOOD, scope="team", team="Billing")))
    [row] = service.list_replies()
    assert (row.scope, row.team_id) == ("team", team_id)


def test_starter_library_is_rich_and_installs_once(store: Store, clock: FixedClock) -> None:
    entries = starter_entries()
    assert len(entries) >= 40
    assert all(set(e.variants) == {"en", "de", "da"} for e in entries)
    categories = {e.category for e in entries}
    assert categories == {
        "acknowledgement",
        "empathy",
        "apology",
        "reassurance",
        "information",
        "escalation",
        "waiting",
        "follow_up",
        "closing",
    }
    assert sum(e.category == "escalation" for e in entries) >= 4
    assert install_starter_library(store, now=clock.now()) == len(entries)
    assert install_starter_library(store, now=clock.now()) == 0
    service = CannedReplyService(store, clock)
    sorry = next(r for r in service.list_replies() if r.shortcut == "sorry")
    service.delete(sorry.id)
    assert install_starter_library(store, now=clock.now()) == 0  # a deleted preset stays deleted
    assert "sorry" not in {r.shortcut for r in service.list_replies()}


def test_starter_ids_do_not_depend_on_when_it_is_installed(tmp_path: Path, clock: FixedClock) -> None:
    ids = []
    for name in ("a.sqlite", "b.sqlite"):
        s = open_store(tmp_path / name)
        try:
            install_starter_library(s, now=clock.advance(days=3))
            with s.read() as session:
                ids.append(
                    sorted(
                        session.scalars(
                            models.CannedReplyVariant.__table__.select().with_only_columns(
                                models.CannedReplyVariant.id
                            )
                        )
                    )
                )
        finally:
            s.close()
    assert ids[0] == ids[1]


def test_a_missing_starter_file_gets_a_clear_message(store: Store, tmp_path: Path) -> None:
    with pytest.raises(AgentDeskError, match="starter library of canned replies is missing"):
        install_starter_library(store, path=tmp_path / "canned_replies.json")
