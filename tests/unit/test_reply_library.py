# SPDX-License-Identifier: GPL-3.0-or-later
"""The canned reply library as agents use it: finding, choosing the language, counting use, scopes."""

from __future__ import annotations

import uuid

import pytest

from agentdesk.clock import FixedClock
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.replies.exchange import install_starter_library
from agentdesk.replies.library import CATEGORIES, CannedReplyService, ReplyDraft, variant_for
from agentdesk.replies.templates import render, sample_context
from agentdesk.store import models
from agentdesk.store.database import Store


def _team(store: Store, name: str) -> uuid.UUID:
    with store.write() as session:
        team = models.Team(name=name)
        session.add(team)
        session.flush()
        return team.id


def _agent(
    store: Store,
    name: str,
    *,
    language: str = "en",
    team_id: uuid.UUID | None = None,
    team_ids: list[uuid.UUID] = (),  # type: ignore[assignment]
) -> uuid.UUID:
    with store.write() as session:
        agent = models.Agent(
            name=name,
            email=f"{name.split()[0].lower()}@example.com",
            language=language,
            team_id=team_id,
            team_ids=[str(t) for t in team_ids],
        )
        session.add(agent)
        session.flush()
        return agent.id


def _draft(title: str, shortcut: str = "", category: str = "empathy", **kw: object) -> ReplyDraft:
    variants = kw.pop("variants", {"en": f"{title} – in English"})
    return ReplyDraft(title=title, variants=variants, shortcut=shortcut, category=category, **kw)  # type: ignore[arg-type]


def test_categories_have_stable_keys_and_english_labels() -> None:
    assert [c.key for c in CATEGORIES] == [
        "acknowledgement",
        "empathy",
        "apology",
        "reassurance",
        "information",
        "escalation",
        "waiting",
        "follow_up",
        "closing",
    ]
    assert dict((c.key, c.label) for c in CATEGORIES)["information"] == "Asking for information"


def test_sorry_for_a_german_customer_picks_the_german_variant_with_the_name(
    store: Store, clock: FixedClock
) -> None:
    install_starter_library(store, now=clock.now())
    agent = _agent(store, "Sam Taylor", language="en")
    service = CannedReplyService(store, clock, agent)
    hits = service.search("sorry", "de")
    assert hits[0].shortcut == "sorry"
    assert hits[0].language == "de" and not hits[0].fallback
    text = render(hits[0].body, sample_context("de"))
    assert text.text.startswith("Hallo Anna,")
    assert "tut mir wirklich leid" in text.text
    assert text.text[: text.cursor].endswith("in Ordnung bringen. ")  # the agent goes on from here
    # While typing: "/sor" already puts it first, before the other sorry-… replies.
    assert [h.shortcut for h in service.search("/sor", "de")][:2] == ["sorry", "sorry-charge"]
    assert service.search("%_(*[", "de") == []


def test_a_missing_language_falls_back_to_the_agents_with_a_flag(store: Store, clock: FixedClock) -> None:
    agent = _agent(store, "Mette Nielsen", language="da")
    service = CannedReplyService(store, clock, agent)
    service.create(
        _draft("Pakken er forsinket", "late", variants={"da": "Hej, pakken er forsinket.", "en": "Late."})
    )
    [hit] = service.search("late", "de")
    assert (hit.language, hit.fallback, hit.body) == ("da", True, "Hej, pakken er forsinket.")
    [hit] = service.search("late", "en")
    assert (hit.language, hit.fallback) == ("en", False)
    [english_only] = [r for r in service.list_replies() if r.shortcut == "late"]
    assert variant_for(english_only, "de", "fr").language == "en"  # type: ignore[union-attr]


def test_search_matches_shortcut_prefix_title_and_body_words(store: Store, clock: FixedClock) -> None:
    service = CannedReplyService(store, clock, _agent(store, "Sam Taylor"))
    service.create(
        _draft("Refund is on its way", "refund-sent", "reassurance", variants={"en": "Money back."})
    )
    service.create(
        _draft("Parcel tracing", "trace", "acknowledgement", variants={"de": "Wir suchen Ihr Paket."})
    )
    assert [h.shortcut for h in service.search("/ref", "en")] == ["refund-sent"]
    assert [h.shortcut for h in service.search("way", "en")] == ["refund-sent"]
    assert [h.shortcut for h in service.search("paket", "en")] == ["trace"]
    assert [h.shortcut for h in service.search("parcel trac", "en")] == ["trace"]
    assert service.search("nothing-like-this", "en") == []
    assert len(service.search("", "en")) == 2


def test_most_used_by_this_agent_comes_first_then_everyones(store: Store, clock: FixedClock) -> None:
    anna = _agent(store, "Anna Berg")
    ole = _agent(store, "Ole Nielsen")
    mine = CannedReplyService(store, clock, anna)
    a = mine.create(_draft("Alpha apology", "alpha"))
    b = mine.create(_draft("Beta apology", "beta"))
    c = mine.create(_draft("Gamma apology", "gamma"))
    assert [h.title for h in mine.search("apology", "en")] == [
        "Alpha apology",
        "Beta apology",
        "Gamma apology",
    ]
    theirs = CannedReplyService(store, clock, ole)
    for _ in range(3):
        theirs.record_use(b.id)
    mine.record_use(c.id)
    # Anna's own use ranks first; Ole's use still lifts Beta above Alpha for her.
    assert [h.title for h in mine.search("apology", "en")] == [
        "Gamma apology",
        "Beta apology",
        "Alpha apology",
    ]
    assert [h.title for h in theirs.search("apology", "en")] == [
        "Beta apology",
        "Gamma apology",
        "Alpha apology",
    ]
    row = mine.get(b.id)
    assert (row.usage_count, row.my_uses) == (3, 0)
    assert theirs.get(b.id).my_uses == 3
    assert a.usage_count == 0


def test_a_frustrated_customer_gets_empathy_and_apology_first(store: Store, clock: FixedClock) -> None:
    service = CannedReplyService(store, clock, _agent(store, "Sam Taylor"))
    service.create(_draft("Order update", "update", "follow_up"))
    service.create(_draft("Order apology", "apology", "apology"))
    for _ in range(5):
        service.record_use(service.search("update", "en")[0].reply_id)
    assert [h.shortcut for h in service.search("order", "en")] == ["update", "apology"]
    hits = service.search("order", "en", frustrated=True)
    assert [h.shortcut for h in hits] == ["apology", "update"]
    assert hits[0].soothing and not hits[1].soothing
    # A shortcut typed in full still wins.
    assert service.search("update", "en", frustrated=True)[0].shortcut == "update"


def test_scopes_decide_who_sees_a_reply(store: Store, clock: FixedClock) -> None:
    billing = _team(store, "Billing")
    shipping = _team(store, "Shipping")
    anna = _agent(store, "Anna Berg", team_id=billing, team_ids=[billing])
    ole = _agent(store, "Ole Nielsen", team_ids=[shipping, billing])  # works billing as a second team
    kim = _agent(store, "Kim Larsen", team_id=shipping, team_ids=[shipping])
    as_anna = CannedReplyService(store, clock, anna)
    as_anna.create(_draft("Anna's own", "mine", scope="personal"))
    as_anna.create(_draft("Billing wording", "billing", scope="team", team_id=billing))
    as_anna.create(_draft("For all", "all", scope="everyone"))

    def seen(agent: uuid.UUID | None) -> set[str]:
        return {r.shortcut for r in CannedReplyService(store, clock, agent).list_replies()}

    assert seen(anna) == {"mine", "billing", "all"}
    assert seen(ole) == {"billing", "all"}
    assert seen(kim) == {"all"}
    assert seen(None) == {"all"}
    as_kim = CannedReplyService(store, clock, kim)
    assert {h.shortcut for h in as_kim.search("", "en")} == {"all"}
    # Kim may use the same shortcut for a personal reply, as he cannot see Anna's.
    as_kim.create(_draft("Kim's own", "mine", scope="personal"))
    mine = next(r for r in as_anna.list_replies() if r.shortcut == "mine")
    with pytest.raises(NotFoundError):
        as_kim.record_use(mine.id)
    with pytest.raises(ValidationError, match="team you work in"):
        as_kim.create(_draft("Sneaky", "sneaky", scope="team", team_id=billing))


def test_bad_input_gets_a_sentence(store: Store, clock: FixedClock) -> None:
    service = CannedReplyService(store, clock, _agent(store, "Sam Taylor"))
    service.create(_draft("Sorry for the wait", "sorry"))
    cases = [
        (_draft("   "), "needs a title"),
        (_draft("Again", "/Sorry"), "/sorry is already used by “Sorry for the wait”"),
        (_draft("Spaces", "two words"), "no spaces"),
        (_draft("Odd", category="praise"), "not a category"),
        (_draft("Empty", variants={"en": "  "}), "at least one language"),
        (_draft("French", variants={"fr": "Bonjour"}), "not a language"),
        (_draft("Huge", variants={"en": "x" * 100_000}), "at most 20,000"),
        (_draft("Team", scope="team"), "Choose the team"),
    ]
    for draft, message in cases:
        with pytest.raises(ValidationError, match=message):
            service.create(draft)
    assert service.shortcut_owner("::SORRY") == "Sorry for the wait"
    assert service.shortcut_owner("free") is None
    assert [r.title for r in service.list_replies()] == ["Sorry for the wait"]


def test_update_duplicate_and_delete(store: Store, clock: FixedClock) -> None:
    service = CannedReplyService(store, clock, _agent(store, "Sam Taylor"))
    original = service.create(
        _draft("Thanks", "thanks", "closing", variants={"en": "Thank you!", "de": "Danke!"})
    )
    # Drop German, then bring it back: the variant's tombstone is revived, not duplicated.
    service.update(original.id, _draft("Thanks", "thanks", "closing", variants={"en": "Thank you!"}))
    assert service.get(original.id).languages == ("en",)
    edited = service.update(
        original.id,
        _draft("Thanks a lot", "thanks", "closing", variants={"en": "Thanks!", "de": "Vielen Dank!"}),
    )
    assert edited.variants == {"en": "Thanks!", "de": "Vielen Dank!"}
    copy = service.duplicate(original.id)
    assert (copy.title, copy.shortcut, copy.variants, copy.usage_count) == (
        "Thanks a lot (copy)",
        "thanks-2",
        edited.variants,
        0,
    )
    assert service.duplicate(original.id).shortcut == "thanks-3"
    service.delete(original.id)
    assert original.id not in {r.id for r in service.list_replies()}
    assert service.search("thanks", "en")[0].shortcut == "thanks-2"
    with pytest.raises(NotFoundError):
        service.get(original.id)
    # The shortcut is free again once its reply is deleted.
    service.create(_draft("New thanks", "thanks", "closing"))
    with store.read() as session:
        assert session.get(models.CannedReply, original.id).deleted_at is not None  # type: ignore[union-attr]


def test_record_use_without_an_agent_counts_only_the_total(store: Store, clock: FixedClock) -> None:
    service = CannedReplyService(store, clock, None)
    reply = service.create(_draft("Hello", "hello", "acknowledgement"))
    service.record_use(reply.id)
    assert service.get(reply.id).usage_count == 1
    with pytest.raises(ValidationError, match="agent profile"):
        service.create(_draft("Mine", "mine", scope="personal"))
