# SPDX-License-Identifier: GPL-3.0-or-later
"""Property tests of what a user types into the GDPR actions: the reason code, the retention
period, the customer's address, and the file names the export writes."""

from __future__ import annotations

import uuid
from pathlib import PurePosixPath, PureWindowsPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.errors import AgentDeskError, ValidationError
from agentdesk.privacy.erase import REASON_LABELS, find_customer, parse_reason
from agentdesk.privacy.export import safe_name
from agentdesk.privacy.retention import parse_years
from agentdesk.store.database import Store
from agentdesk.store.models import Customer
from tests.conftest import within_cpu_seconds

CODES = sorted(REASON_LABELS)


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.text(max_size=40), st.sampled_from(CODES).map(lambda c: f"  {c.upper()} ")))
def test_a_reason_is_one_of_the_codes_or_a_plain_refusal(text: str) -> None:
    with within_cpu_seconds():
        try:
            code = parse_reason(text)
        except ValidationError as exc:
            assert text.strip().lower() not in CODES
            assert "\n" not in exc.message and len(exc.message) < 200
        else:
            assert code == text.strip().lower() and code in CODES


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.text(max_size=12), st.integers(-5, 40).map(str)))
def test_a_retention_period_is_1_to_30_whole_years_or_a_plain_refusal(text: str) -> None:
    with within_cpu_seconds():
        try:
            years = parse_years(text)
        except ValidationError as exc:
            assert "\n" not in exc.message
        else:
            assert 1 <= years <= 30 and str(years) == text.strip().lstrip("0") or years == int(text.strip())


@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=300))
def test_an_exported_file_name_is_safe_on_every_system(name: str) -> None:
    with within_cpu_seconds():
        cleaned = safe_name(name)
    assert cleaned and len(cleaned) <= 120
    assert not any(ch in cleaned for ch in '<>:"/\\|?*') and all(ord(ch) >= 32 for ch in cleaned)
    assert cleaned not in (".", "..") and not cleaned.endswith((" ", "."))
    assert PurePosixPath("files", cleaned).parent == PurePosixPath("files")
    assert PureWindowsPath("files", cleaned).parent == PureWindowsPath("files")


@pytest.fixture(scope="module")
def one_customer(tmp_path_factory: pytest.TempPathFactory) -> Store:
    from agentdesk.store.database import open_store

    store = open_store(tmp_path_factory.mktemp("find") / "db.sqlite")
    with store.write() as session:
        session.add(Customer(id=uuid.uuid4(), name="Jens", email="jens@example.dk", other_emails=["j@x.dk"]))
    return store


@settings(max_examples=2000, deadline=None)
@given(
    st.one_of(
        st.text(max_size=60),
        st.sampled_from(["JENS@example.dk", " j@x.dk ", "%@%", "_@_", "jens@example.d_", "j@x.d%"]),
    )
)
def test_an_address_finds_its_customer_or_says_plainly_that_none_has_it(
    one_customer: Store, email: str
) -> None:
    with within_cpu_seconds(), one_customer.read() as session:
        try:
            found = find_customer(session, email)
        except AgentDeskError as exc:
            assert "\n" not in exc.message
            assert email.strip().lower() not in ("jens@example.dk", "j@x.dk")
        else:
            assert email.strip().lower() in ("jens@example.dk", "j@x.dk") and found.name == "Jens"
