# SPDX-License-Identifier: GPL-3.0-or-later
"""Who sees a saved view can change after it is made, within the same rules as when it is made;
a deleted view comes back with undo unless its name was taken meanwhile."""

from __future__ import annotations

import pytest

from agentdesk.clock import FixedClock
from agentdesk.errors import PermissionDenied, ValidationError
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.query_language import parse_fields
from agentdesk.inbox.saved_views import SavedViewService
from agentdesk.store.database import Store


def test_share_unshare_and_the_rules(store: Store, clock: FixedClock) -> None:
    directory = DirectoryService(store, clock)
    billing = directory.create_team("Billing")
    shipping = directory.create_team("Shipping")
    maja = directory.create_agent("Maja Jensen", "maja@shop.test", team_id=billing)
    ole = directory.create_agent("Ole Nielsen", "ole@shop.test", team_id=billing)
    views = SavedViewService(store, clock)
    view = views.create(maja, "Refunds", parse_fields("tag:refund").filters)
    assert [v.name for v in views.sidebar(ole).views] == []

    with pytest.raises(PermissionDenied):
        views.update(maja, view, shared=True, team_id=shipping)  # not her team
    with pytest.raises(PermissionDenied):
        views.update(maja, view, shared=True, team_id=None)  # everyone: supervisors only
    views.update(maja, view, shared=True, team_id=billing)
    shared = views.view(view)
    assert shared.shared and shared.team_id == billing
    assert [v.name for v in views.sidebar(ole).views] == ["Refunds"]

    # Ole, of the same team, takes it as his own: it leaves Maja's sidebar.
    views.update(ole, view, shared=False)
    assert views.view(view).owner_agent_id == ole
    assert [v.name for v in views.sidebar(maja).views] == []
    with pytest.raises(PermissionDenied):
        views.update(maja, view, name="Mine now")


def test_undo_delete_and_a_name_taken_meanwhile(store: Store, clock: FixedClock) -> None:
    directory = DirectoryService(store, clock)
    maja = directory.create_agent("Maja Jensen", "maja@shop.test")
    ole = directory.create_agent("Ole Nielsen", "ole@shop.test")
    views = SavedViewService(store, clock)
    view = views.create(maja, "Refunds", parse_fields("tag:refund").filters)
    views.delete(maja, view)
    with pytest.raises(PermissionDenied):
        views.restore(ole, view)  # not his view
    views.restore(maja, view)
    views.restore(maja, view)  # already back: nothing to do
    assert [v.name for v in views.sidebar(maja).views] == ["Refunds"]

    views.delete(maja, view)
    views.create(maja, "refunds", parse_fields("tag:refund status:open").filters)
    with pytest.raises(ValidationError):
        views.restore(maja, view)
    assert [v.name for v in views.sidebar(maja).views] == ["refunds"]
