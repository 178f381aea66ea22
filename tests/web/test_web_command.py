# SPDX-License-Identifier: GPL-3.0-or-later
"""``agentdesk web`` as the shop runs it: a real process on a loopback port. Headless Chromium
(where installed) renders the form, and its network log shows no request beyond the service."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from agentdesk.store.database import Store

CHROMIUM = Path("/usr/bin/chromium")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def service(store: Store, tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "agentdesk", "web", "--db", str(store.path), "--port", str(port)]
        + ["--origin", "https://shop.example"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        assert process.stdout is not None
        first = process.stdout.readline()  # printed once the socket listens
        assert f"{base}/form" in first, first + process.stdout.read()
        with urllib.request.urlopen(f"{base}/healthz", timeout=30) as answer:
            assert answer.read() == b"ok\n"
        yield base
    finally:
        process.send_signal(signal.SIGTERM)
        out, _ = process.communicate(timeout=60)
        assert process.returncode == 0, out
        assert "Stopped." in out and "Traceback" not in out


def test_the_command_serves_the_translated_form(service: str) -> None:
    request = urllib.request.Request(f"{service}/form", headers={"Accept-Language": "de-DE,de;q=0.9"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        page = answer.read().decode("utf-8")
        csp = answer.headers["Content-Security-Policy"]
    assert '<html lang="de">' in page and "Ihre E-Mail-Adresse" in page
    assert "default-src 'none'" in csp and "frame-ancestors 'self' https://shop.example" in csp


def test_the_command_refuses_a_missing_database(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "agentdesk", "web", "--db", str(tmp_path / "none.sqlite")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode not in (0, 70)
    assert "does not exist" in done.stderr and "Traceback" not in done.stderr


def test_the_command_refuses_a_bad_origin(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "agentdesk", "web", "--db", "x.sqlite", "--origin", "shop.example/path"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "is not a site's origin" in done.stderr


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")
def test_headless_chromium_renders_the_form_with_no_external_request(service: str, tmp_path: Path) -> None:
    net_log = tmp_path / "net.json"
    done = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            # The browser's own form lookups (not the page's): off, so the log shows the page alone.
            "--disable-features=AutofillServerCommunication,OptimizationHints,Translate",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--log-net-log={net_log}",
            "--dump-dom",
            f"{service}/form?lang=da",
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert '<html lang="da">' in dom
    for label in ("Dit navn", "Din e-mailadresse", "Emne", "Besked", "Send"):
        assert label in dom
    assert dom.count("<label") == 5  # four fields and the hidden honeypot's
    assert "<script" not in dom and "<link" not in dom and "<img" not in dom
    # Every request the page made: the network log's request starts keyed to the page's site (the
    # browser's own background requests carry other keys). Only the service's URLs are allowed.
    raw = net_log.read_text().rstrip()
    log = json.loads(raw if raw.endswith("}") else raw.rstrip(",") + "]}")  # a log cut at exit
    page_requests = {
        event["params"]["url"]
        for event in log["events"]
        if isinstance(event.get("params"), dict)
        and "url" in event["params"]
        and str(event["params"].get("network_isolation_key", "")).startswith("http://127.0.0.1 ")
    }
    assert f"{service}/form?lang=da" in page_requests
    assert all(url.startswith(f"{service}/") for url in page_requests), sorted(page_requests)


def test_a_port_in_use_is_one_sentence(service: str, store: Store) -> None:
    port = service.rsplit(":", 1)[1]
    done = subprocess.run(
        [sys.executable, "-m", "agentdesk", "web", "--db", str(store.path), "--port", port],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert f"Cannot listen on 127.0.0.1:{port}" in done.stderr and "Traceback" not in done.stderr
