# SPDX-License-Identifier: GPL-3.0-or-later
"""The published help centre: one page per public article and language, an index per language
with a search that works in a real browser (headless Chromium), the shop's name and colour, and
nothing the browser would fetch from anywhere else."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk.cli import main
from agentdesk.clock import FixedClock
from agentdesk.errors import ValidationError
from agentdesk.inbox.workspace import WorkspaceSettings
from agentdesk.kb.articles import ArticleDraft, KnowledgeBase, Variant
from agentdesk.kb.help_centre import read_settings, save_settings
from agentdesk.kb.publish import publish
from agentdesk.store.database import Store

from ..conftest import within_cpu_seconds

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def fill(store: Store, clock: FixedClock) -> dict[str, object]:
    kb = KnowledgeBase(store, clock)
    parcel = kb.create(
        ArticleDraft(
            {
                "de": Variant(
                    "Wo bleibt mein Paket?", "Die **Sendungsnummer** steht in der Versandbestätigung."
                ),
                "en": Variant("Where is my parcel?", "The tracking number is in the shipping confirmation."),
            },
            tags=("versand",),
            visibility="public",
        )
    )
    refund = kb.create(
        ArticleDraft(
            {
                "de": Variant(
                    "Geld zurück <sofort>", "Erstattungen dauern fünf Werktage. <script>x()</script>"
                )
            },
            visibility="public",
        )
    )
    secret = kb.create(ArticleDraft({"de": Variant("Interne Kulanzregeln", "Nur für das Team.")}))
    return {"parcel": parcel.id, "refund": refund.id, "secret": secret.id}


class Resources(HTMLParser):
    """Every address the browser would load by itself (not links the reader may follow)."""

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(str(values["href"]))
            return
        for name in ("src", "href", "srcset", "data", "poster", "action", "background"):
            if values.get(name) and not (tag == "form" and values[name] == "index.html"):
                self.loads.append(f"{tag} {name}={values[name]}")


def test_publish_writes_public_articles_per_language_and_nothing_external(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    ids = fill(store, clock)
    settings = save_settings(WorkspaceSettings(store), shop_name="Nordlicht Shop", colour="#0F766E")
    out = tmp_path / "site"
    result = publish(KnowledgeBase(store, clock), out, settings)
    assert (result.articles, result.pages, result.languages) == (2, 3, ("en", "de"))
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*.html"))
    parcel, refund, secret = (ids[k].hex for k in ("parcel", "refund", "secret"))  # type: ignore[attr-defined]
    assert files == sorted(
        [
            "index.html",
            "de/index.html",
            "en/index.html",
            f"de/{parcel}.html",
            f"de/{refund}.html",
            f"en/{parcel}.html",
        ]
    )
    everything = "".join(p.read_text("utf-8") for p in out.rglob("*.html"))
    assert "Kulanzregeln" not in everything and secret not in everything  # internal stays inside
    page = (out / "de" / f"{refund}.html").read_text("utf-8")
    assert '<html lang="de">' in page and "Nordlicht Shop" in page and "#0f766e" in page
    assert "&lt;sofort&gt;" in page and "<script>x()" not in page and "&lt;script&gt;" in page
    assert "Zuletzt geprüft" in page and 'name="viewport"' in page
    assert f'href="../de/{parcel}.html"' in (out / "en" / f"{parcel}.html").read_text("utf-8")  # Deutsch
    for path in out.rglob("*.html"):
        html = path.read_text("utf-8")
        found = Resources()
        found.feed(html)
        assert found.loads == [], path
        assert all(not re.match(r"(?i)^(https?:)?//", link) for link in found.links), path
        assert not re.search(r"(?i)@import|<link\b|<iframe|<img|src=", html), path
        assert "url(" not in html  # no style fetches anything
        assert not re.search(r"(?i)https?://", html), path  # no address of any host at all
        assert "Content-Security-Policy" in html and "default-src 'none'" in html

    # Publishing again replaces the folder; another folder with files in it is refused.
    publish(KnowledgeBase(store, clock), out, settings)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    with pytest.raises(ValidationError):
        publish(KnowledgeBase(store, clock), busy, settings)
    assert (busy / "notes.txt").read_text() == "mine"


def test_settings_are_checked(store: Store) -> None:
    workspace = WorkspaceSettings(store)
    for bad in ({"colour": "red"}, {"shop_name": "  "}, {"url": "javascript:alert(1)"}, {"url": "ftp://x"}):
        with pytest.raises(ValidationError):
            save_settings(workspace, **bad)  # type: ignore[arg-type]
    assert read_settings(workspace).colour == "#2563eb"


def test_the_command_publishes_the_workspace(
    store: Store, clock: FixedClock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(store, clock)
    out = tmp_path / "help"
    code = main(
        [
            "kb",
            "publish",
            "--db",
            str(store.path),
            "--out",
            str(out),
            "--name",
            "Nordlicht",
            "--colour",
            "#7c3aed",
        ]
    )
    assert code == 0
    assert "2 public articles, 3 pages (en, de)" in capsys.readouterr().out
    assert "Nordlicht" in (out / "de" / "index.html").read_text("utf-8")
    assert main(["kb", "publish", "--db", str(store.path), "--out", str(out), "--colour", "blue"]) == 1


def chromium_dom(url: str, tmp_path: Path) -> str:
    assert CHROMIUM is not None
    done = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'chromium-profile'}",
            "--virtual-time-budget=2000",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (./dev test installs it)")
def test_the_search_finds_an_article_by_a_word_of_its_body_in_chromium(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    ids = fill(store, clock)
    out = tmp_path / "site"
    publish(KnowledgeBase(store, clock), out, read_settings(WorkspaceSettings(store)))
    index = (out / "de" / "index.html").as_uri()
    # "werktage" is only in the refund article's body; "versandbestatigung" finds "Versandbestätigung".
    for query, wanted in (
        ("werktage", "refund"),
        ("versandbestatigung", "parcel"),
        ("versand sendungsnummer", "parcel"),
    ):
        dom = chromium_dom(f"{index}?q={query.replace(' ', '+')}", tmp_path)
        shown = re.findall(r'<li><a href="([0-9a-f]{32})\.html">', dom)
        hidden = re.findall(r'<li hidden=""><a href="([0-9a-f]{32})\.html">', dom)
        assert shown == [ids[wanted].hex], (query, dom[-3000:])  # type: ignore[attr-defined]
        assert len(hidden) == 1
        assert "1 Artikel gefunden" in dom
        assert 'data-results="Suchergebnisse">Suchergebnisse</h1>' in dom  # not "Alle Artikel" above results
        assert "<title>Hilfe</title>" in dom  # no shop name set: the German word alone, no English
    dom = chromium_dom(f"{index}?q=zahlungsausfall", tmp_path)
    assert re.findall(r'<li><a href="', dom) == [] and '<p id="none">' in dom


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.text(max_size=100),
    colour=st.one_of(st.text(max_size=10), st.from_regex(r"#[0-9a-fA-F]{6}", fullmatch=True)),
    url=st.one_of(
        st.text(max_size=40), st.from_regex(r"https?://[a-z.]{1,20}(/[a-z]{0,8})?", fullmatch=True)
    ),
)
def test_any_help_centre_settings_are_kept_or_refused_in_one_sentence(
    store: Store, name: str, colour: str, url: str
) -> None:
    workspace = WorkspaceSettings(store)
    before = read_settings(workspace)
    try:
        with within_cpu_seconds():
            saved = save_settings(workspace, shop_name=name, colour=colour, url=url)
    except ValidationError as exc:
        assert "\n" not in exc.message and exc.message
        assert read_settings(workspace) == before  # nothing half-saved
        return
    assert saved.shop_name == " ".join(name.split()) and saved.colour == colour.strip().lower()
    assert saved.url == url.strip() and "<" not in saved.url and '"' not in saved.url
