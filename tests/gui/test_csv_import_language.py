# SPDX-License-Identifier: GPL-3.0-or-later
"""A refused CSV import says what is wrong in the agent's language from the first word to the
last: "Zeile 42: Spalte „E-Mail“: „keine adresse“ ist keine E-Mail-Adresse." in German, in the
import dialog and from the services, for every kind of broken line; and whatever a broken file
holds, the sentence is one line that names the line and is entirely translated."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.customers import csv_import
from agentdesk.customers.organisations import OrganisationService
from agentdesk.errors import ImportFormatError
from agentdesk.gui import i18n
from agentdesk.gui.import_dialog import ImportDialog
from agentdesk.services import build_services
from agentdesk.store.database import Store
from tests.conftest import within_cpu_seconds

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

HEADER = "Name;E-Mail;Telefon;Firma;Sprache;Tarif;Notizen;VIP;Organisation\r\n"
GOOD = "".join(f"Kunde {i};k{i}@example.de;;;;;;;\r\n" for i in range(40))
# A broken line 42 and what the German sentence says after "Zeile 42: ".
BROKEN = [
    ('Kaputt;"k@example.de;;;;;;;\r\n', "ein Anführungszeichen wird geöffnet und nie geschlossen"),
    ('"Ka"putt;k@example.de;;;;;;;\r\n', "ein Anführungszeichen in einer Zelle, die nicht als Ganzes"),
    ("Zu viel;x@example.de;;;;;;;;extra\r\n", "10 Zellen, wo die Kopfzeile 9 hat (Trennzeichen „;“)"),
    ("Falsch;keine adresse;;;;;;;\r\n", "Spalte „E-Mail“: „keine adresse“ ist keine E-Mail-Adresse."),
    ("Falsch;f@example.de;;;;gold;;;\r\n", "Spalte „Tarif“: „gold“ ist kein Tarif; die Tarife sind"),
    ("Doppelt;k3@example.de;;;;;;;\r\n", "k3@example.de steht bereits in Zeile 5"),
    ("Nul;n\x00@example.de;;;;;;;\r\n", "ein NUL-Zeichen"),
]
# Words of the English sentences that must not be left in a German one.
ENGLISH = re.compile(r"\b(line|column|cells?|quote|already|character|header|not|is|the|domain|belongs)\b")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    i18n.install("de", qapp)
    yield
    i18n.install("en", qapp)


@pytest.mark.parametrize(("broken", "german_problem"), BROKEN)
def test_a_german_import_error_is_german_end_to_end(
    german: None, store: Store, broken: str, german_problem: str
) -> None:
    data = (HEADER + GOOD + broken + GOOD).encode("cp1252")
    with pytest.raises(ImportFormatError) as caught:
        csv_import.plan_import(store, data)
    message = caught.value.message
    assert caught.value.line == 42
    assert message.startswith("Zeile 42: ") and german_problem in message, message
    assert not ENGLISH.search(message), message
    assert caught.value.english().startswith("line 42: ")  # the log keeps English


def test_organisation_errors_are_german_too(german: None, store: Store, clock: FixedClock) -> None:
    OrganisationService(store, clock).create({"name": "Nordlys A/S", "domains": "nordlys.dk"})
    cases = [
        (
            "Name;Domäne\r\nAndere;nordlys.dk\r\n",
            "Zeile 2: die Domain nordlys.dk gehört bereits zu Nordlys A/S",
        ),
        ("Name;Domäne\r\nEins;a.dk\r\nZwei;a.dk\r\n", "Zeile 3: die Domain a.dk steht bereits in Zeile 2"),
        ("Name;Domäne\r\nEins;b.dk\r\nEINS;c.dk\r\n", "Zeile 3: EINS steht bereits in Zeile 2"),
    ]
    for text, sentence in cases:
        with pytest.raises(ImportFormatError) as caught:
            csv_import.plan_import(store, text.encode("cp1252"), kind=csv_import.Kind.ORGANISATIONS)
        assert caught.value.message == sentence
    with pytest.raises(ImportFormatError) as bad_byte:
        csv_import.plan_import(
            store, HEADER.encode() + b"Kunde\x81;a@example.de;;;;;;;\r\n" + b"\xff\xfe\x00"
        )
    assert bad_byte.value.message.startswith("Zeile 2: ein Zeichen, das weder UTF-8 noch Windows-1252 ist")


def test_the_import_dialog_says_it_in_german(
    german: None, qtbot: QtBot, store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    services = build_services(store, clock)
    source = tmp_path / "kunden.csv"
    source.write_bytes((HEADER + GOOD + BROKEN[3][0]).encode("cp1252"))
    dialog = ImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.load(source)
    text = dialog.summary.text()
    assert "Zeile 42: Spalte „E-Mail“: „keine adresse“ ist keine E-Mail-Adresse." in text, text
    assert not ENGLISH.search(text), text
    assert not dialog.import_button.isEnabled()


TOKENS = ["a", "b", "@", ".", ";", '"', "\r\n", "\x00", "ä", "ß", "€", " ", ",", "gold", "de", "ja", "x@y.de"]
FILES = st.lists(st.lists(st.sampled_from(TOKENS), max_size=12).map("".join), min_size=1, max_size=4)


@pytest.fixture(scope="module")
def german_store(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    from agentdesk.store.database import open_store

    store = open_store(tmp_path_factory.mktemp("csv") / "csv.sqlite")
    i18n.install("de", qapp)
    yield store
    i18n.install("en", qapp)
    store.close()


@given(FILES)
@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_broken_file_is_refused_in_one_german_line(german_store: Store, rows: list[str]) -> None:
    """Whatever the lines hold: planned, or refused with one line of German naming the line."""
    data = (HEADER + "\r\n".join(rows) + "\r\n").encode("utf-8")
    try:
        with within_cpu_seconds(2.0):
            csv_import.plan_import(german_store, data)
    except ImportFormatError as exc:
        assert "\n" not in exc.message and "\r" not in exc.message
        assert exc.message.startswith(f"Zeile {exc.line}: ")
        assert not ENGLISH.search(exc.message.split(": ", 1)[1]), exc.message
