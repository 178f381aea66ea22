# SPDX-License-Identifier: GPL-3.0-or-later
"""The contact form (``agentdesk web``): one accepted form, posted over loopback HTTP, until its
thank-you page is read: parsing, the token and limits, the customer found or made, the conversation
with routing and SLA, the page.

Baseline: the same forms stored directly through ``FormIntake.accept`` (customer and conversation,
no HTTP, no checks) on a fresh database: what is left between the two is what the web service
adds. Budget: a form's answer stays within 3x of storing it (the service's own work must not be
what a visitor waits for).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import tempfile
import time
from pathlib import Path

from agentdesk.clock import FixedClock
from agentdesk.store.database import open_store
from agentdesk.web.app import WebSettings, make_app
from agentdesk.web.form import ContactForm
from agentdesk.web.intake import FormIntake
from bench.core import Budget, Figure, Stats

START = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)
FORM_BUDGET = Budget("ratio", 3.0)


def _form(i: int) -> dict[str, str]:
    return {
        "name": f"Jürgen Müller {i}",
        "email": f"jm{i}@beispiel-{i % 50}.de",
        "subject": f"Bestellung {10_000 + i} beschädigt",
        "message": "Der Deckel war gesprungen.\nKönnen Sie mir einen neuen schicken?",
    }


def _direct(folder: Path, forms: int) -> list[float]:
    store = open_store(folder / "direct.sqlite")
    try:
        intake = FormIntake(store, FixedClock(START))
        times = []
        for i in range(forms):
            f = _form(i)
            form = ContactForm(f["name"], f["email"], f["subject"], f["message"])
            start = time.perf_counter()
            intake.accept(form, "de", ip="127.0.0.1", user_agent="bench")
            times.append(time.perf_counter() - start)
        return times
    finally:
        store.close()


def _over_http(folder: Path, forms: int) -> list[float]:
    from aiohttp.test_utils import TestClient, TestServer

    store = open_store(folder / "web.sqlite")
    clock = FixedClock(START)
    times: list[float] = []

    async def run() -> None:
        app = make_app(store, clock, b"b" * 32, WebSettings(per_ip=forms + 1, per_email=forms + 1))
        async with TestClient(TestServer(app)) as client:
            page = await (await client.get("/form")).text()
            found = re.search(r'name="token" value="([^"]+)"', page)
            assert found is not None
            clock.advance(seconds=30)
            for i in range(forms):
                start = time.perf_counter()
                response = await client.post("/form", data={"token": found.group(1), **_form(i)})
                await response.read()
                times.append(time.perf_counter() - start)
                if response.status != 200:
                    raise RuntimeError(f"the bench form was refused ({response.status})")

    try:
        asyncio.run(run())
        return times
    finally:
        store.close()


def form_figure(forms: int = 300) -> Figure:
    with tempfile.TemporaryDirectory(prefix="agentdesk-bench-web-") as tmp:
        baseline = _direct(Path(tmp), forms)
        measured = _over_http(Path(tmp), forms)
    return Figure(
        name="web.form_post",
        title=f"Contact form: POST /form to the thank-you page ({forms} forms)",
        unit="ms",
        measured=Stats.of([t * 1000 for t in measured]),
        baseline=Stats.of([t * 1000 for t in baseline]),
        baseline_name="FormIntake.accept directly (customer + conversation), no HTTP",
        budget=FORM_BUDGET,
        note="loopback HTTP, token, limits, parsing, customer, conversation with routing and SLA, page",
    )
