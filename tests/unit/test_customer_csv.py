# SPDX-License-Identifier: GPL-3.0-or-later
"""CSV import of customers and organisations: encodings, separators, mapping, duplicates, dry run,
all or nothing, and the command line."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from agentdesk.cli import main
from agentdesk.clock import FixedClock
from agentdesk.customers import csv_import
from agentdesk.customers.csv_reader import read_table
from agentdesk.customers.organisations import OrganisationService
from agentdesk.customers.records import CustomerService
from agentdesk.errors import AgentDeskError, ImportFormatError, ValidationError
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store
from agentdesk.store.models import Customer, CustomerEvent, Organisation
from tests.conftest import within_cpu_seconds

GERMAN = "Name;E-Mail;Telefon;Firma;Sprache;Tarif;Notizen;VIP;Organisation\r\n"


def count(store: Store, model: type) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("cp1252", b""), ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf")],
    ids=["1252", "utf8", "bom"],
)
@pytest.mark.parametrize("sep", [";", ","])
def test_spreadsheet_exports_are_read_with_their_encoding_and_separator(
    store: Store, clock: FixedClock, encoding: str, bom: bytes, sep: str
) -> None:
    text = (
        f"Name{sep}E-Mail{sep}Sprache{sep}Notizen\r\n"
        f'Jürgen Groß{sep}JG@Beispiel.de{sep}Deutsch{sep}"Ruft an{sep} nach 16 Uhr; „bitte“ 5 €"\r\n'
        f"Søren Ærø{sep}soren@eksempel.dk{sep}dansk{sep}\r\n"
    )
    plan = csv_import.plan_import(store, bom + text.encode(encoding))
    assert (plan.encoding, plan.separator) == ({"cp1252": "cp1252", "utf-8": "utf-8"}[encoding] + (
        "-sig" if bom else ""
    ), sep)  # fmt: skip
    assert plan.mapping == ("name", "email", "language", "notes")
    assert [r.values for r in plan.rows] == [
        {"name": "Jürgen Groß", "email": "jg@beispiel.de", "language": "de",
         "notes": f"Ruft an{sep} nach 16 Uhr; „bitte“ 5 €"},
        {"name": "Søren Ærø", "email": "soren@eksempel.dk", "language": "da"},
    ]  # fmt: skip
    result = csv_import.commit(store, plan, clock=clock)
    assert result.added == 2
    with store.read() as session:
        names = set(session.scalars(select(Customer.name)))
        kinds = set(session.scalars(select(CustomerEvent.kind)))
    assert names == {"Jürgen Groß", "Søren Ærø"} and kinds == {"import"}


def test_a_broken_line_refuses_the_whole_file_with_its_line_number(store: Store, clock: FixedClock) -> None:
    good = "".join(f"Kunde {i};k{i}@example.de;;;;;;;\r\n" for i in range(40))
    for broken, line, problem in [
        ('Kaputt;"k@example.de;;;;;;;\r\n', 42, "quote is opened and never closed"),
        ("Zu viel;x@example.de;;;;;;;;extra\r\n", 42, "10 cells where the header line has 9"),
        ("Falsch;keine adresse;;;;;;;\r\n", 42, "column “E-Mail”"),
        ("Falsch;f@example.de;;;;gold;;;\r\n", 42, "column “Tarif”"),
        ("Doppelt;k3@example.de;;;;;;;\r\n", 42, "k3@example.de is on line 5 already"),
    ]:
        data = (GERMAN + good + broken + good).encode("cp1252")
        with pytest.raises(ImportFormatError, match=problem) as caught:
            csv_import.plan_import(store, data)
        assert caught.value.line == line
        assert str(caught.value).startswith(f"line {line}: ")
    assert count(store, Customer) == 0


def test_duplicates_by_email_are_skipped_or_update_the_customer_and_the_dry_run_writes_nothing(
    store: Store, clock: FixedClock
) -> None:
    existing = InboxService(store, clock).create_customer("Hanne Holm", email="hanne@example.dk")
    CustomerService(store, clock).update(existing, {"other_emails": "hh@example.dk"})
    data = (GERMAN + "Hanne Holm;HH@example.dk;+45 11 22 33 44;;;premium;;ja;Holm ApS\r\n"
            "Ny Kunde;ny@example.dk;;;;;;;Holm ApS\r\n").encode("utf-8")  # fmt: skip
    plan = csv_import.plan_import(store, data)
    assert [r.action for r in plan.rows] == ["skip", "add"] and plan.rows[0].existing_id == existing
    assert plan.new_organisations == ("Holm ApS",)
    assert count(store, Customer) == 1  # planning is the dry run: nothing written
    update = csv_import.plan_import(store, data, on_duplicate=csv_import.OnDuplicate.UPDATE)
    result = csv_import.commit(store, update, clock=clock)
    assert (result.added, result.updated, result.organisations_added) == (1, 1, 1)
    record = CustomerService(store, clock).get(existing)
    assert (record.phone, record.plan, record.vip, record.organisation_name) == (
        "+45 11 22 33 44", "premium", True, "Holm ApS"
    )  # fmt: skip
    assert CustomerService(store, clock).history(existing)[0].data["changes"]["plan"]["to"] == "premium"
    assert count(store, Organisation) == 1


def test_a_chosen_mapping_replaces_the_guess_and_must_name_a_customer(store: Store) -> None:
    data = b"A,B,C\r\nAnna,anna@example.de,egal\r\n"
    assert csv_import.guess_mapping(("A", "B", "C"), csv_import.Kind.CUSTOMERS) == [None, None, None]
    with pytest.raises(ValidationError, match="No column is mapped"):
        csv_import.plan_import(store, data)
    plan = csv_import.plan_import(store, data, mapping=["name", "email", None])
    assert plan.rows[0].values == {"name": "Anna", "email": "anna@example.de"}
    with pytest.raises(ValidationError, match="Two columns are mapped"):
        csv_import.plan_import(store, data, mapping=["name", "name", None])


def test_organisations_import_with_domains(store: Store, clock: FixedClock) -> None:
    data = (
        "Name;Domäne;Tarif;Notizen\r\nNordlys A/S;nordlys.dk, nordlys.com;enterprise;Rammeaftale\r\n".encode(
            "cp1252"
        )
    )
    plan = csv_import.plan_import(store, data, kind=csv_import.Kind.ORGANISATIONS)
    assert csv_import.commit(store, plan, clock=clock).organisations_added == 1
    [org] = OrganisationService(store, clock).all()
    assert (org.name, org.domains, org.plan) == ("Nordlys A/S", ("nordlys.dk", "nordlys.com"), "enterprise")
    clash = "Name;Domäne\r\nAndere;nordlys.dk\r\n".encode("cp1252")
    with pytest.raises(ImportFormatError, match="belongs to Nordlys A/S"):
        csv_import.plan_import(store, clash, kind=csv_import.Kind.ORGANISATIONS)


def test_ten_thousand_customers_in_windows_1252_with_semicolons_import_in_under_ten_seconds(
    store: Store, clock: FixedClock
) -> None:
    rows = "".join(
        f"Jürgen Müller {i};jm{i}@beispiel.de;+49 30 {1000000 + i};Bäckerei Groß;Deutsch;premium;"
        f'"Ruft an; €";{"ja" if i % 10 == 0 else ""};Groß {i % 50}\r\n'
        for i in range(10_000)
    )
    data = (GERMAN + rows).encode("cp1252")
    start = time.process_time()
    plan = csv_import.plan_import(store, data)
    result = csv_import.commit(store, plan, clock=clock)
    spent = time.process_time() - start
    assert (result.added, result.organisations_added) == (10_000, 50)
    assert count(store, Customer) == 10_000
    assert spent < 10, f"{spent:.1f} s of CPU time"


def test_the_command_line_imports_says_what_and_refuses_a_broken_file(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = store.path
    store.close()
    source = tmp_path / "kunder.csv"
    source.write_bytes("Navn;E-mail;Sprog\r\nMette Lund;mette@example.dk;dansk\r\n".encode("cp1252"))
    assert main(["customer", "import", "--db", str(path), str(source), "--dry-run"]) == 0
    assert "dry run: 1 customers to add" in capsys.readouterr().out
    assert main(["customer", "import", "--db", str(path), str(source)]) == 0
    assert "imported: 1 customers added" in capsys.readouterr().out
    source.write_bytes(b'Navn;E-mail\r\nA;"a@example.dk\r\n')
    assert main(["customer", "import", "--db", str(path), str(source)]) == 1
    assert "line 2: a quote is opened and never closed" in capsys.readouterr().err


def _csv_bytes(rows: list[list[str]], sep: str, encoding: str) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=sep, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


CELL = st.text(st.characters(codec="cp1252", exclude_characters="\x00"), max_size=12)


@settings(max_examples=2000, deadline=None)
@given(
    st.integers(1, 4).flatmap(
        lambda n: st.lists(st.lists(CELL, min_size=n, max_size=n), min_size=1, max_size=6)
    ),
    st.sampled_from([";", ","]),
    st.sampled_from(["cp1252", "utf-8", "utf-8-sig"]),
)
def test_any_table_a_spreadsheet_writes_reads_back_cell_for_cell(
    rows: list[list[str]], sep: str, encoding: str
) -> None:
    header = [f"col{i}" for i in range(len(rows[0]))]
    data = _csv_bytes([header, *rows], sep, encoding)
    with within_cpu_seconds(0.5):
        table = read_table(data, separator=sep)
    if table.encoding != encoding:
        # Windows-1252 bytes that happen to be UTF-8 too ("Â" and a no-break space) read as UTF-8.
        assert encoding == "cp1252" and table.encoding == "utf-8"
        rows = [[cell.encode("cp1252").decode("utf-8") for cell in row] for row in rows]
    expected = [tuple(r) for r in rows if not (len(r) == 1 and not r[0].strip())]
    assert [cells for _, cells in table.rows] == expected
    assert table.header == tuple(header)


@settings(max_examples=2000, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_are_read_or_refused_with_a_sentence(data: bytes) -> None:
    with within_cpu_seconds(0.5):
        try:
            table = read_table(data)
        except AgentDeskError as exc:
            assert exc.message and "\n" not in exc.message
            return
    assert all(len(cells) == len(table.header) for _, cells in table.rows)
