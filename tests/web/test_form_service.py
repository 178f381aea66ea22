# SPDX-License-Identifier: GPL-3.0-or-later
"""The contact form end to end through aiohttp's test server on a real SQLite database: a form
becomes a web-form conversation the inbox shows with the right customer; robots, floods, huge
fields, forged tokens and foreign origins are refused with a sentence in the visitor's language."""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import re
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import func, select

from agentdesk.clock import FixedClock
from agentdesk.inbox.queries import InboxQueries
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store
from agentdesk.store.models import Channel, Conversation, Customer
from agentdesk.web.app import WebSettings, make_app
from agentdesk.web.form import FormTokens

SECRET = b"s" * 32
SHOP = "https://shop.example"

Scenario = Callable[[TestClient[Any, Any]], Awaitable[None]]


def serve(store: Store, clock: FixedClock, scenario: Scenario, settings: WebSettings | None = None) -> None:
    async def main() -> None:
        app = make_app(store, clock, SECRET, settings or WebSettings(origins=(SHOP,)))
        async with TestClient(TestServer(app)) as client:
            await scenario(client)

    asyncio.run(main())


async def token_of(client: TestClient[Any, Any], clock: FixedClock, lang: str = "en") -> str:
    response = await client.get(f"/form?lang={lang}")
    assert response.status == 200
    page = await response.text()
    found = re.search(r'name="token" value="([^"]+)"', page)
    assert found is not None
    clock.advance(seconds=30)  # a person takes a while to write
    return found.group(1)


def fields(token: str, **extra: str) -> dict[str, str]:
    data = {
        "token": token,
        "name": "Ada Lovelace",
        "email": "Ada@Example.org",
        "subject": "Order 1001 arrived broken",
        "message": "The lid was cracked.\r\nCan you send a new one?",
    }
    data.update(extra)
    return data


def conversation_count(store: Store) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Conversation)) or 0)


def test_a_form_becomes_a_web_form_conversation_of_the_known_customer(
    store: Store, clock: FixedClock
) -> None:
    known = InboxService(store, clock).create_customer("Ada L.", email="ada@example.org", language="en")
    numbers: list[int] = []

    async def scenario(client: TestClient[Any, Any]) -> None:
        token = await token_of(client, clock, "de")
        response = await client.post("/form", data=fields(token, lang="de"))
        page = await response.text()
        assert response.status == 200, page
        assert 'lang="de"' in page and "Vielen Dank" in page and "ada@example.org" in page
        numbers.extend(int(n) for n in re.findall(r"Nummer (\d+)", page))

    serve(store, clock, scenario)
    assert len(numbers) == 1
    detail = InboxQueries(store).detail(numbers[0])
    assert detail.channel == Channel.WEB_FORM.value
    assert detail.subject == "Order 1001 arrived broken"
    assert detail.customer.id == known  # found by the address, whatever its case
    assert detail.language == "de"
    first = detail.messages[0]
    assert first.body_text == "The lid was cracked.\nCan you send a new one?"
    assert first.channel == Channel.WEB_FORM.value and not first.by_agent


def test_an_unknown_address_becomes_a_customer_in_the_page_language(store: Store, clock: FixedClock) -> None:
    async def scenario(client: TestClient[Any, Any]) -> None:
        token = await token_of(client, clock, "da")
        response = await client.post(
            "/form", data=fields(token, lang="da", email="lars@butik.dk", name="Lars", subject="")
        )
        assert response.status == 200
        assert "Tak" in await response.text()

    serve(store, clock, scenario)
    with store.read() as session:
        customer = session.scalars(select(Customer).where(Customer.email == "lars@butik.dk")).one()
        conv = session.scalars(select(Conversation)).one()
    assert customer.name == "Lars" and customer.language == "da"
    assert conv.customer_id == customer.id
    assert conv.subject == "The lid was cracked. Can you send a new one?"  # no subject: the message's start


def test_the_honeypot_refuses_a_robot(store: Store, clock: FixedClock) -> None:
    async def scenario(client: TestClient[Any, Any]) -> None:
        token = await token_of(client, clock)
        response = await client.post("/form", data=fields(token, website="http://spam.example"))
        assert response.status == 400
        assert "could not be accepted" in await response.text()

    serve(store, clock, scenario)
    assert conversation_count(store) == 0


def test_the_rate_limits_refuse_a_flood_per_address_and_per_ip(store: Store, clock: FixedClock) -> None:
    settings = WebSettings(origins=(SHOP,), per_ip=4, per_email=2)

    async def scenario(client: TestClient[Any, Any]) -> None:
        statuses = []
        for _ in range(3):
            token = await token_of(client, clock)
            response = await client.post("/form", data=fields(token))
            statuses.append(response.status)
        assert statuses == [200, 200, 429]
        assert "Please try again in" in await response.text()
        assert int(response.headers["Retry-After"]) > 0
        # The same visitor with other addresses: two more, then the address limit of the IP.
        for n, expected in enumerate((200, 200, 429)):
            token = await token_of(client, clock)
            response = await client.post("/form", data=fields(token, email=f"other{n}@example.org"))
            assert response.status == expected
        clock.advance(hours=2)  # the windows pass
        token = await token_of(client, clock)
        response = await client.post("/form", data=fields(token))
        assert response.status == 200

    serve(store, clock, scenario, settings)
    assert conversation_count(store) == 5


def test_a_one_megabyte_field_is_refused_with_a_clear_sentence(store: Store, clock: FixedClock) -> None:
    async def scenario(client: TestClient[Any, Any]) -> None:
        token = await token_of(client, clock, "de")
        response = await client.post("/form?lang=de", data=fields(token, message="x" * 1_000_000))
        page = await response.text()
        assert response.status == 413
        assert "Ihre Nachricht ist für dieses Formular zu groß" in page
        assert "Traceback" not in page
        # Just over the field's own limit: the form comes back filled in, with the reason.
        token = await token_of(client, clock)
        response = await client.post("/form", data=fields(token, message="y" * 20_001))
        page = await response.text()
        assert response.status == 400
        assert "is too long (at most 20000 characters)" in page
        assert "Order 1001 arrived broken" in page

    serve(store, clock, scenario)
    assert conversation_count(store) == 0


def test_a_forged_expired_or_hasty_token_is_refused(store: Store, clock: FixedClock) -> None:
    async def scenario(client: TestClient[Any, Any]) -> None:
        for token in ("", "abc", "A" * 48):
            response = await client.post("/form", data=fields(token))
            assert response.status == 400
            assert "has expired or was not sent from our page" in await response.text()
        # Signed by another workspace's secret, old enough: still not ours.
        foreign = FormTokens(b"t" * 32).issue(clock.now() - dt.timedelta(minutes=1))
        response = await client.post("/form", data=fields(foreign))
        assert response.status == 400
        token = await token_of(client, clock)
        clock.advance(hours=5)
        response = await client.post("/form", data=fields(token))
        assert response.status == 400
        response = await client.get("/form")
        hasty = re.search(r'name="token" value="([^"]+)"', await response.text())
        assert hasty is not None
        response = await client.post("/form", data=fields(hasty.group(1)))
        assert response.status == 400
        assert "too quickly" in await response.text()

    serve(store, clock, scenario)
    assert conversation_count(store) == 0


def test_cors_and_origin_are_limited_to_the_shop(store: Store, clock: FixedClock) -> None:
    async def scenario(client: TestClient[Any, Any]) -> None:
        response = await client.options("/form", headers={"Origin": SHOP})
        assert response.status == 204
        assert response.headers["Access-Control-Allow-Origin"] == SHOP
        response = await client.options("/form", headers={"Origin": "https://evil.example"})
        assert response.status == 403
        assert "Access-Control-Allow-Origin" not in response.headers
        response = await client.get("/form")
        assert "frame-ancestors 'self' https://shop.example" in response.headers["Content-Security-Policy"]
        token = await token_of(client, clock)
        response = await client.post("/form", data=fields(token), headers={"Origin": "https://evil.example"})
        assert response.status == 403
        assert "only be sent from the shop's own website" in html.unescape(await response.text())
        token = await token_of(client, clock)
        response = await client.post("/form", data=fields(token), headers={"Origin": SHOP})
        assert response.status == 200
        assert response.headers["Access-Control-Allow-Origin"] == SHOP
        # The form's own page behind a TLS proxy: https in the browser, the same host here.
        token = await token_of(client, clock)
        own = f"https://{client.host}:{client.port}"
        response = await client.post(
            "/form", data=fields(token, email="b@example.org"), headers={"Origin": own}
        )
        assert response.status == 200

    serve(store, clock, scenario)
    assert conversation_count(store) == 2


def test_what_the_visitor_wrote_is_escaped_and_no_error_shows_a_traceback(
    store: Store, clock: FixedClock
) -> None:
    async def scenario(client: TestClient[Any, Any]) -> None:
        token = await token_of(client, clock)
        response = await client.post("/form", data=fields(token, email="<script>alert(1)</script>"))
        page = await response.text()
        assert response.status == 400
        assert "<script>" not in page and "&lt;script&gt;" in page
        assert re.search(r'id="f-email"[^>]*aria-invalid="true"', page)  # the field at fault, marked
        token = await token_of(client, clock)
        response = await client.post("/form", data=fields(token, name="a\x00b"))
        assert response.status == 400
        assert "holds characters that are not text" in await response.text()
        response = await client.post("/form", data=b"\xff\xfe", headers={"Content-Type": "text/plain"})
        assert response.status == 400
        response = await client.get("/nothing?lang=da")
        assert response.status == 404 and "Der er ingen side her." in await response.text()
        response = await client.put("/form")
        assert response.status == 405
        assert response.headers["Server"] == "AgentDesk"
        # A field twice, or a file where text belongs: refused, not guessed at.
        for body, kind in (
            (b"name=a&name=b&email=a%40b.de&message=x", "application/x-www-form-urlencoded"),
            (
                b'--x\r\nContent-Disposition: form-data; name="message"; filename="a.txt"\r\n'
                b"\r\nhi\r\n--x--\r\n",
                "multipart/form-data; boundary=x",
            ),
            (b"garbage", "multipart/form-data"),
        ):
            response = await client.post("/form", data=body, headers={"Content-Type": kind})
            assert response.status == 400
            assert "The form could not be read" in await response.text()

    serve(store, clock, scenario)
    assert conversation_count(store) == 0


def test_a_failing_database_gives_a_page_not_a_traceback(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from agentdesk.web import intake

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(intake.FormIntake, "accept", broken)

    async def scenario(client: TestClient[Any, Any]) -> None:
        token = await token_of(client, clock)
        response = await client.post("/form", data=fields(token))
        page = await response.text()
        assert response.status == 500
        assert "Something went wrong on our side" in page and "disk on fire" not in page

    serve(store, clock, scenario)


def test_the_same_form_sent_twice_is_one_conversation(store: Store, clock: FixedClock) -> None:
    async def scenario(client: TestClient[Any, Any]) -> None:
        token = await token_of(client, clock)
        # A double click: both at once, one answer twice.
        first, second = await asyncio.gather(
            client.post("/form", data=fields(token)), client.post("/form", data=fields(token))
        )
        pages = [await first.text(), await second.text()]
        assert first.status == second.status == 200
        assert re.findall(r"number (\d+)", pages[0]) == re.findall(r"number (\d+)", pages[1]) == ["1"]
        # A reload after sending: still the same.
        again = await client.post("/form", data=fields(token))
        assert again.status == 200 and "number 1" in await again.text()
        # Back, changed and sent again with the old page's token: a message of its own.
        changed = await client.post("/form", data=fields(token, message="And the handle too."))
        assert changed.status == 200 and "number 2" in await changed.text()

    serve(store, clock, scenario)
    assert conversation_count(store) == 2
