# SPDX-License-Identifier: GPL-3.0-or-later
"""Importing customers or organisations from a CSV file: all of it, or nothing.

``plan_import`` reads the file (``csv_reader``), maps its columns to fields (guessed from the
header in English, German or Danish, or as the agent chose), checks every cell and finds the
duplicates: a row whose address a customer already has (main or further address) is *skipped* or
*updates* that customer, as asked; two rows with one address, or one organisation domain twice, are
a broken file. A wrong cell refuses the whole file, naming its line and column. The plan is the
preview and the dry run: it says how many records would be added, updated and skipped and holds
the first rows as they would be stored. ``commit`` writes the plan in one transaction.

New rows are written with one multi-row insert each (customers, their history, new
organisations); the sync sends them as rows the server has not seen yet. Updates of existing
customers go through the session like an agent's edit, so they merge per field.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from sqlalchemy import insert, select
from sqlalchemy.orm import undefer

from agentdesk.clock import Clock, SystemClock
from agentdesk.customers import fields
from agentdesk.customers.csv_errors import (
    DOMAIN_TAKEN,
    SAME_DOMAIN,
    SAME_EMAIL,
    SAME_NAME,
    CsvLineError,
    cell_error,
)
from agentdesk.customers.csv_reader import CsvTable, read_table
from agentdesk.customers.organisations import PUBLIC_DOMAINS
from agentdesk.customers.records import _wire
from agentdesk.errors import AgentDeskError, ValidationError
from agentdesk.ids import uuid7
from agentdesk.messages import translatable
from agentdesk.store.database import Store
from agentdesk.store.models import Customer, CustomerEvent, Organisation

CTX = fields.CTX
MAX_FILE = 64 * 1024 * 1024
PREVIEW_ROWS = 50


class Kind(enum.StrEnum):
    CUSTOMERS = "customers"
    ORGANISATIONS = "organisations"


class OnDuplicate(enum.StrEnum):
    SKIP = "skip"  # keep the customer as it is
    UPDATE = "update"  # the file's non-empty cells replace the customer's fields


CUSTOMER_FIELDS: Final = (
    "name", "first_name", "last_name", "email", "other_emails", "phone", "company", "organisation",
    "language", "plan", "notes", "vip",
)  # fmt: skip
ORGANISATION_FIELDS: Final = ("name", "domains", "plan", "notes")

# Header words (lower case, accents kept) that name a field, in English, German and Danish.
_HEADERS: Final = {
    "name": ("name", "full name", "customer", "customer name", "kunde", "kundenname", "navn", "kunde navn",
             "kundenavn", "fulde navn", "organisation", "organization", "firma", "company"),
    "first_name": ("first name", "firstname", "given name", "vorname", "fornavn"),
    "last_name": ("last name", "lastname", "surname", "family name", "nachname", "familienname", "efternavn"),
    "email": ("email", "e-mail", "mail", "email address", "e-mail address", "e-mail-adresse", "emailadresse",
              "e-mailadresse", "e-mail adresse"),
    "other_emails": ("other emails", "other email", "further emails", "weitere e-mails", "weitere e-mail",
                     "andre e-mails", "andre e-mailadresser"),
    "phone": ("phone", "telephone", "phone number", "mobile", "telefon", "telefonnummer", "handy", "mobil",
              "tlf", "tlf.", "telefonnr", "telefonnr."),
    "company": ("company", "firma", "unternehmen", "virksomhed", "company name"),
    "organisation": ("organisation", "organization", "org"),
    "language": ("language", "sprache", "sprog", "locale"),
    "plan": ("plan", "tarif", "abonnement", "subscription"),
    "notes": ("notes", "note", "notiz", "notizen", "bemerkung", "bemerkungen", "noter", "note", "kommentar"),
    "vip": ("vip", "is vip"),
    "domains": ("domain", "domains", "domäne", "domänen", "domæne", "domæner", "mail domain", "web"),
}  # fmt: skip


def _norm(header: str) -> str:
    text = unicodedata.normalize("NFC", header).strip().lower().replace("_", " ")
    return re.sub(r"\s+", " ", text)


def guess_mapping(header: Sequence[str], kind: Kind) -> list[str | None]:
    """The field each column holds (``None``: not imported), from its header."""
    allowed = CUSTOMER_FIELDS if kind is Kind.CUSTOMERS else ORGANISATION_FIELDS
    taken: set[str] = set()
    out: list[str | None] = []
    for cell in header:
        word = _norm(cell)
        chosen = None
        for name in allowed:
            words = _HEADERS[name] if name in _HEADERS else (name,)
            if name == "name" and kind is Kind.CUSTOMERS:
                words = words[:10]  # a customer file's "company" column is the company
            if name == "company" and kind is Kind.ORGANISATIONS:
                continue
            if (word == name.replace("_", " ") or word in words) and name not in taken:
                chosen = name
                break
        if chosen is not None:
            taken.add(chosen)
        out.append(chosen)
    return out


@dataclass(frozen=True, slots=True)
class PlannedRow:
    line: int
    values: dict[str, Any]  # stored form
    action: str  # add, update, skip
    existing_id: uuid.UUID | None = None
    changes: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ImportPlan:
    kind: Kind
    file_name: str
    encoding: str
    separator: str
    header: tuple[str, ...]
    mapping: tuple[str | None, ...]
    rows: tuple[PlannedRow, ...]
    new_organisations: tuple[str, ...]  # names, for a customer file's organisation column

    @property
    def added(self) -> int:
        return sum(1 for r in self.rows if r.action == "add")

    @property
    def updated(self) -> int:
        return sum(1 for r in self.rows if r.action == "update")

    @property
    def skipped(self) -> int:
        return sum(1 for r in self.rows if r.action == "skip")

    def preview(self, limit: int = PREVIEW_ROWS) -> list[PlannedRow]:
        return list(self.rows[:limit])


def read_file(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE:
        raise ValidationError(
            translatable("CustomerErrors", "{file} is larger than {limit} MB; split it into smaller files."),
            file=path.name,
            limit=MAX_FILE // (1024 * 1024),
        )
    return path.read_bytes()


def plan_import(
    store: Store,
    data: bytes,
    *,
    kind: Kind = Kind.CUSTOMERS,
    mapping: Sequence[str | None] | None = None,
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
    file_name: str = "",
    separator: str | None = None,
) -> ImportPlan:
    table = read_table(data, separator=separator)
    chosen = list(mapping) if mapping is not None else guess_mapping(table.header, kind)
    if len(chosen) != len(table.header):
        raise ValueError("the mapping must name one field (or None) per column")
    _check_mapping(chosen, kind)
    if kind is Kind.CUSTOMERS:
        return _plan_customers(store, table, chosen, on_duplicate, file_name)
    return _plan_organisations(store, table, chosen, file_name)


def _check_mapping(mapping: Sequence[str | None], kind: Kind) -> None:
    used = [m for m in mapping if m is not None]
    doubled = sorted({m for m in used if used.count(m) > 1})
    if doubled:
        raise ValidationError(
            translatable("CustomerErrors", "Two columns are mapped to the field {field}; choose one."),
            field=doubled[0],
        )
    if kind is Kind.CUSTOMERS and not ({"name", "first_name", "last_name", "email"} & set(used)):
        raise ValidationError(
            translatable(
                "CustomerErrors", "No column is mapped to the name or the email address; choose at least one."
            )
        )
    if kind is Kind.ORGANISATIONS and "name" not in used:
        raise ValidationError(
            translatable("CustomerErrors", "No column is mapped to the organisation's name.")
        )


def _parse_customer(cells: dict[str, str]) -> dict[str, Any]:
    """The stored form of one row's cells (only the fields the file has)."""
    out: dict[str, Any] = {}
    name = cells.get("name", "")
    if not fields.one_line(name) and ("first_name" in cells or "last_name" in cells):
        name = f"{cells.get('first_name', '')} {cells.get('last_name', '')}"
    email = fields.email(cells.get("email", ""))
    if not fields.one_line(name):
        if email is None:
            raise ValidationError(
                translatable("CustomerErrors", "A customer needs a name or an email address.")
            )
        name = email.split("@", 1)[0]
    if "name" in cells or "first_name" in cells or "last_name" in cells or "email" in cells:
        out["name"] = fields.name(name)
    if "email" in cells:
        out["email"] = email
    for key, parse in (
        ("phone", fields.phone),
        ("company", fields.company),
        ("notes", fields.notes),
    ):
        if key in cells and fields.one_line(cells[key]):
            out[key] = parse(cells[key])
    if "other_emails" in cells and fields.one_line(cells["other_emails"]):
        out["other_emails"] = [e for e in fields.emails([cells["other_emails"]]) if e != email]
    if "language" in cells and fields.one_line(cells["language"]):
        out["language"] = fields.language(cells["language"])
    if "plan" in cells and fields.one_line(cells["plan"]):
        out["plan"] = fields.plan(cells["plan"])
    if "vip" in cells and fields.one_line(cells["vip"]):
        out["vip"] = fields.yes_no(cells["vip"])
    if "organisation" in cells and fields.one_line(cells["organisation"]):
        out["organisation"] = fields.name(cells["organisation"], what="organisation")
    return out


def _plan_customers(
    store: Store, table: CsvTable, mapping: list[str | None], on_duplicate: OnDuplicate, file_name: str
) -> ImportPlan:
    with store.read() as session:
        holders: dict[str, uuid.UUID] = {}
        for cid, email, others in session.execute(
            select(Customer.id, Customer.email, Customer.other_emails).where(Customer.deleted_at.is_(None))
        ):
            for address in [email, *(others or [])]:
                if address:
                    holders.setdefault(address, cid)
        organisations = {
            fields.one_line(name).casefold(): oid
            for oid, name in session.execute(
                select(Organisation.id, Organisation.name).where(Organisation.deleted_at.is_(None))
            )
        }
    columns = [(i, f) for i, f in enumerate(mapping) if f is not None]
    seen: dict[str, int] = {}
    new_orgs: dict[str, str] = {}
    rows: list[PlannedRow] = []
    for line, cells in table.rows:
        named = {f: cells[i] for i, f in columns}
        try:
            values = _parse_customer(named)
        except AgentDeskError as exc:
            column = _failing_column(named, table.header, mapping)
            raise cell_error(line, column, exc) from None
        email = values.get("email")
        if email:
            if email in seen:
                raise CsvLineError(line, SAME_EMAIL, email=email, other=seen[email])
            seen[email] = line
        org = values.get("organisation")
        if org is not None and org.casefold() not in organisations:
            new_orgs.setdefault(org.casefold(), org)
        existing = holders.get(email) if email else None
        if existing is None:
            rows.append(PlannedRow(line, values, "add"))
        elif on_duplicate is OnDuplicate.UPDATE:
            rows.append(PlannedRow(line, values, "update", existing))
        else:
            rows.append(PlannedRow(line, values, "skip", existing))
    return ImportPlan(
        Kind.CUSTOMERS,
        file_name,
        table.encoding,
        table.separator,
        table.header,
        tuple(mapping),
        tuple(rows),
        tuple(new_orgs.values()),
    )


def _failing_column(named: Mapping[str, str], header: Sequence[str], mapping: Sequence[str | None]) -> str:
    """The header of the first column whose cell alone does not pass (for the error sentence)."""
    for index, name in enumerate(mapping):
        if name is None or name in ("first_name", "last_name"):
            continue
        try:
            _parse_customer({name: named[name], **({"email": "x@example.com"} if name != "email" else {})})
        except AgentDeskError:
            return header[index]
    return header[mapping.index("name")] if "name" in mapping else "name"


def _plan_organisations(
    store: Store, table: CsvTable, mapping: list[str | None], file_name: str
) -> ImportPlan:
    from agentdesk.customers.organisations import parse_organisation

    with store.read() as session:
        existing = {
            fields.one_line(name).casefold(): oid
            for oid, name in session.execute(
                select(Organisation.id, Organisation.name).where(Organisation.deleted_at.is_(None))
            )
        }
        taken: dict[str, str] = {}
        for name, domains in session.execute(
            select(Organisation.name, Organisation.domains).where(Organisation.deleted_at.is_(None))
        ):
            for domain in domains or []:
                taken[domain] = name
    columns = [(i, f) for i, f in enumerate(mapping) if f is not None]
    rows: list[PlannedRow] = []
    names_seen: dict[str, int] = {}
    domains_seen: dict[str, int] = {}
    for line, cells in table.rows:
        named = {f: cells[i] for i, f in columns}
        if "plan" in named and not fields.one_line(named["plan"]):
            del named["plan"]
        try:
            values = parse_organisation(named)
        except AgentDeskError as exc:
            column = next(
                (table.header[i] for i, f in columns if f is not None and not _org_cell_ok(f, cells[i])),
                "name",
            )
            raise cell_error(line, column, exc) from None
        key = values["name"].casefold()
        if key in names_seen:
            raise CsvLineError(line, SAME_NAME, name=values["name"], other=names_seen[key])
        names_seen[key] = line
        oid = existing.get(key)
        for domain in values.get("domains", []):
            if domain in domains_seen:
                raise CsvLineError(line, SAME_DOMAIN, domain=domain, other=domains_seen[domain])
            domains_seen[domain] = line
            holder = taken.get(domain)
            if holder is not None and holder.casefold() != key:
                raise CsvLineError(line, DOMAIN_TAKEN, domain=domain, holder=holder)
        rows.append(PlannedRow(line, values, "skip" if oid else "add", oid))
    return ImportPlan(
        Kind.ORGANISATIONS,
        file_name,
        table.encoding,
        table.separator,
        table.header,
        tuple(mapping),
        tuple(rows),
        (),
    )


def _org_cell_ok(name: str, cell: str) -> bool:
    from agentdesk.customers.organisations import parse_organisation

    if name == "name" or fields.one_line(cell):
        try:
            parse_organisation({name: cell})
        except AgentDeskError:
            return False
    return True


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int
    updated: int
    skipped: int
    organisations_added: int


def commit(
    store: Store, plan: ImportPlan, *, clock: Clock | None = None, actor_id: uuid.UUID | None = None
) -> ImportResult:
    """Write ``plan`` in one transaction; nothing of it when anything fails."""
    now = (clock or SystemClock()).now()
    if plan.kind is Kind.ORGANISATIONS:
        return _commit_organisations(store, plan, now)
    with store.write() as session:
        org_ids = {
            fields.one_line(name).casefold(): oid
            for oid, name in session.execute(
                select(Organisation.id, Organisation.name).where(Organisation.deleted_at.is_(None))
            )
        }
        new_orgs = []
        for name in plan.new_organisations:
            if name.casefold() in org_ids:
                continue
            oid = uuid7()
            org_ids[name.casefold()] = oid
            new_orgs.append(
                {"id": oid, "name": name, "domains": [], "plan": "standard", "notes": "", "created_at": now,
                 "updated_at": now}
            )  # fmt: skip
        if new_orgs:
            session.execute(insert(Organisation), new_orgs)
        customers: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        updated = 0
        source: dict[str, Any] = {"file": plan.file_name}
        for row in plan.rows:
            values = dict(row.values)
            org = values.pop("organisation", None)
            if org is not None:
                values["organisation_id"] = org_ids[org.casefold()]
            if row.action == "add":
                cid = uuid7()
                customers.append(
                    {
                        "id": cid,
                        "email": None,
                        "other_emails": [],
                        "phone": None,
                        "company": None,
                        "plan": "standard",
                        "language": "en",
                        "notes": "",
                        "vip": False,
                        "organisation_id": None,
                        **values,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                events.append(
                    {"id": uuid7(), "customer_id": cid, "kind": "import",
                     "data": {**source, "line": row.line}, "actor_agent_id": actor_id,
                     "created_at": now, "updated_at": now}
                )  # fmt: skip
            elif row.action == "update" and row.existing_id is not None:
                customer = session.get(
                    Customer,
                    row.existing_id,
                    options=[undefer(Customer.vip), undefer(Customer.organisation_id)],
                )
                if customer is None:
                    continue
                changes = {}
                for key, new in values.items():
                    if key == "email":
                        continue
                    old = getattr(customer, key)
                    if key == "other_emails":
                        new = [e for e in dict.fromkeys([*(old or []), *new]) if e != customer.email]
                        old = list(old or [])
                    if old != new:
                        changes[key] = {"from": _wire(old), "to": _wire(new)}
                        setattr(customer, key, new)
                if changes:
                    updated += 1
                    customer.updated_at = now
                    session.add(
                        CustomerEvent(
                            id=uuid7(), customer_id=customer.id, kind="import",
                            data={**source, "line": row.line, "changes": changes}, actor_agent_id=actor_id,
                            created_at=now, updated_at=now,
                        )
                    )  # fmt: skip
        if customers:
            # Plain executemany on the session's own connection (same transaction): binding through
            # the ORM costs more than SQLite's own work at 10,000 rows.
            raw = session.connection().connection.driver_connection
            assert raw is not None
            _insert_many(raw, "customer", customers)
            _insert_many(raw, "customer_event", events)
    return ImportResult(len(customers), updated, plan.skipped + (plan.updated - updated), len(new_orgs))


def _sqlite_value(value: Any) -> Any:
    """A value as SQLAlchemy stores it in our SQLite columns."""
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, (list, dict)):
        return json.dumps(value)
    if isinstance(value, bool):
        return int(value)
    return value


def _insert_many(raw: Any, table_name: str, rows: list[dict[str, Any]]) -> None:
    names = list(rows[0])
    columns = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    times: dict[dt.datetime, str] = {}  # the rows share one time: format it once

    def value(item: Any) -> Any:
        if item is None or type(item) is str:
            return item
        if type(item) is dt.datetime:
            text = times.get(item)
            if text is None:
                text = times[item] = _sqlite_value(item)
            return text
        return _sqlite_value(item)

    raw.executemany(
        f"INSERT INTO {table_name} ({columns}) VALUES ({marks})",  # our own table and column names
        [tuple([value(row[n]) for n in names]) for row in rows],
    )


def _commit_organisations(store: Store, plan: ImportPlan, now: dt.datetime) -> ImportResult:
    rows = []
    for row in plan.rows:
        if row.action != "add":
            continue
        rows.append(
            {"id": uuid7(), "name": row.values["name"], "domains": row.values.get("domains", []),
             "plan": row.values.get("plan", "standard"), "notes": row.values.get("notes", ""),
             "created_at": now, "updated_at": now}
        )  # fmt: skip
    with store.write() as session:
        if rows:
            session.execute(insert(Organisation), rows)
    return ImportResult(0, 0, plan.skipped, len(rows))


def summary_line(plan: ImportPlan) -> str:
    """One line for the command line (English)."""
    what = "customers" if plan.kind is Kind.CUSTOMERS else "organisations"
    extra = f", {len(plan.new_organisations)} new organisations" if plan.new_organisations else ""
    return (
        f"{plan.added} {what} to add, {plan.updated} to update, {plan.skipped} skipped as duplicates{extra}"
    )


__all__ = [
    "PUBLIC_DOMAINS",
    "ImportPlan",
    "ImportResult",
    "Kind",
    "OnDuplicate",
    "commit",
    "guess_mapping",
    "plan_import",
    "read_file",
]
