# SPDX-License-Identifier: GPL-3.0-or-later
"""Files in the demo workspace: invoices as PDF, photos, screenshots and spreadsheets.

After the conversations are written, customers' first messages get what such a customer sends (a
photo of the damaged parcel, a copy of the invoice, a screenshot of the error, the order as a
spreadsheet), and agents' first replies what an agent sends back (the corrected invoice, a refund
statement, a return label), named in the conversation's language. The files are real (``attachments
.samples``) so a newcomer can open and save them; they are stored as the window stores them, in
pieces with their SHA-256, and the same seed gives the same files and ids.
"""

from __future__ import annotations

import functools
import hashlib
import json
import random
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from agentdesk.attachments import chunk_id, samples
from agentdesk.attachments.content import CHUNK_SIZE
from agentdesk.store.database import Store

PDF = "application/pdf"
PNG = "image/png"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv"

# Per language: the words the files are named and written with.
WORDS = {
    "en": {
        "invoice": "invoice",
        "Invoice": "Invoice",
        "corrected": "corrected-invoice",
        "refund": "refund-statement",
        "Refund": "Refund statement",
        "photo": "photo",
        "screenshot": "screenshot",
        "order": "order-overview",
        "label": "return-label",
        "Return": "Return label",
        "total": "Total",
        "item": "Item",
        "qty": "Quantity",
        "price": "Price",
    },
    "de": {
        "invoice": "Rechnung",
        "Invoice": "Rechnung",
        "corrected": "Rechnung-korrigiert",
        "refund": "Gutschrift",
        "Refund": "Gutschrift",
        "photo": "Foto",
        "screenshot": "Bildschirmfoto",
        "order": "Bestellübersicht",
        "label": "Retourenschein",
        "Return": "Retourenschein",
        "total": "Summe",
        "item": "Artikel",
        "qty": "Menge",
        "price": "Preis",
    },
    "da": {
        "invoice": "faktura",
        "Invoice": "Faktura",
        "corrected": "faktura-rettet",
        "refund": "kreditnota",
        "Refund": "Kreditnota",
        "photo": "billede",
        "screenshot": "skærmbillede",
        "order": "ordreoversigt",
        "label": "returlabel",
        "Return": "Returlabel",
        "total": "I alt",
        "item": "Vare",
        "qty": "Antal",
        "price": "Pris",
    },
}
ITEMS = (
    ("Bike chain KMC X11", 34.95),
    ("Brake pads (pair)", 19.5),
    ("Bottle cage", 12.0),
    ("Rear light", 24.9),
)
INBOUND_CHANNELS = ("email", "web_form", "chat")
OUTBOUND_CHANNELS = ("email", "web_form", "chat")


@functools.cache
def _picture(width: int, height: int, seed: int) -> bytes:
    """A few distinct pictures, made once per build: a workspace needs variety, not uniqueness."""
    return samples.png(width, height, seed)


@dataclass(frozen=True)
class DemoFile:
    filename: str
    content_type: str
    data: bytes


def _order(rng: random.Random, w: dict[str, str]) -> tuple[list[list[object]], float]:
    lines = rng.sample(ITEMS, rng.randint(1, 3))
    rows: list[list[object]] = [[w["item"], w["qty"], w["price"]]]
    total = 0.0
    for name, price in lines:
        qty = rng.randint(1, 2)
        rows.append([name, qty, price])
        total += qty * price
    return rows, round(total, 2)


def _invoice(rng: random.Random, w: dict[str, str], number: int, title: str, name: str) -> DemoFile:
    rows, total = _order(rng, w)
    lines = [f"{title} {number}", ""] + [f"{r[1]} x {r[0]}  {r[2]:.2f} EUR" for r in rows[1:]]
    lines += ["", f"{w['total']}: {total:.2f} EUR"]
    return DemoFile(f"{name}-{number}.pdf", PDF, samples.pdf(lines, f"Velo Shop · {title}"))


def inbound_files(tags: set[str], lang: str, rng: random.Random) -> list[DemoFile]:
    """What a customer with this kind of request attaches (often nothing)."""
    w = WORDS.get(lang, WORDS["en"])
    number = rng.randint(4000, 9999)
    if tags & {"damaged", "defect"} and rng.random() < 0.7:
        count = rng.randint(1, 2)
        return [
            DemoFile(
                f"{w['photo']}-{n + 1}.png", PNG, samples.png(rng.choice((240, 320)), 180, rng.randint(0, 99))
            )
            for n in range(count)
        ]
    if tags & {"invoice", "payment"} and rng.random() < 0.6:
        return [_invoice(rng, w, number, w["Invoice"], w["invoice"])]
    if "wrong-item" in tags and rng.random() < 0.6:
        rows, _total = _order(rng, w)
        return [DemoFile(f"{w['order']}.xlsx", XLSX, samples.xlsx(rows, w["order"]))]
    if "bug" in tags and rng.random() < 0.5:
        return [DemoFile(f"{w['screenshot']}.png", PNG, _picture(360, 220, rng.randint(0, 5)))]
    return []


def outbound_files(tags: set[str], lang: str, rng: random.Random) -> list[DemoFile]:
    """What an agent sends back in the first reply (often nothing)."""
    w = WORDS.get(lang, WORDS["en"])
    number = rng.randint(4000, 9999)
    if "invoice" in tags and rng.random() < 0.6:
        return [_invoice(rng, w, number, w["Invoice"], w["corrected"])]
    if tags & {"refund", "payment"} and rng.random() < 0.4:
        return [_invoice(rng, w, number, w["Refund"], w["refund"])]
    if tags & {"wrong-item", "damaged"} and rng.random() < 0.5:
        label = samples.pdf(
            [f"{w['Return']} R-{number}", "Velo Shop, Nørregade 12, 1165 København"], w["Return"]
        )
        return [DemoFile(f"{w['label']}-{number}.pdf", PDF, label)]
    if "delivery" in tags and rng.random() < 0.3:
        rows, _total = _order(rng, w)
        return [DemoFile(f"{w['order']}.csv", CSV, samples.csv(rows))]
    return []


def _write(conn: sqlite3.Connection, message_id: str, when: str, file: DemoFile, key: str) -> None:
    attachment_id = uuid.UUID(bytes=hashlib.sha256(key.encode()).digest()[:16], version=4)
    conn.execute(
        "INSERT INTO attachment (id, message_id, filename, content_type, size, content_id, content, sha256,"
        " rev, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, NULL, ?, NULL)",
        (
            attachment_id.hex,
            message_id,
            file.filename,
            file.content_type,
            len(file.data),
            hashlib.sha256(file.data).hexdigest(),
            when,
        ),
    )
    for seq, start in enumerate(range(0, max(len(file.data), 1), CHUNK_SIZE)):
        conn.execute(
            "INSERT INTO attachment_chunk (id, attachment_id, seq, data, rev, updated_at, deleted_at)"
            " VALUES (?, ?, ?, ?, NULL, ?, NULL)",
            (
                chunk_id(attachment_id, seq).hex,
                attachment_id.hex,
                seq,
                file.data[start : start + CHUNK_SIZE],
                when,
            ),
        )


def add_demo_attachments(store: Store, seed: int = 1) -> int:
    """Attach files to the demo's conversations (see the module docstring); returns how many."""
    rng = random.Random(seed * 7919 + 11)
    written = 0
    with store.raw_connection() as conn:
        conn.execute("BEGIN")
        conversations = conn.execute("SELECT id, tags, language FROM conversation ORDER BY id").fetchall()
        for conv_id, tags_json, lang in conversations:
            tags = set(json.loads(tags_json or "[]"))
            for direction, channels, choose in (
                ("inbound", INBOUND_CHANNELS, inbound_files),
                ("outbound", OUTBOUND_CHANNELS, outbound_files),
            ):
                row = conn.execute(
                    "SELECT id, channel, created_at FROM message WHERE conversation_id = ? AND direction = ?"
                    " ORDER BY created_at, id LIMIT 1",
                    (conv_id, direction),
                ).fetchone()
                if row is None or row[1] not in channels:
                    continue
                pick: Callable[[set[str], str, random.Random], list[DemoFile]] = choose
                for n, file in enumerate(pick(tags, lang, rng)):
                    _write(conn, row[0], row[2], file, f"{seed}:{row[0]}:{n}")
                    written += 1
        conn.execute("COMMIT")
    return written
