# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo workspace carries real files both ways: invoices, photos and spreadsheets."""

from __future__ import annotations

import datetime as dt
import struct
import zipfile
from pathlib import Path

from sqlalchemy import select

from agentdesk.attachments import copy_to, describe
from agentdesk.demo import build_demo
from agentdesk.store.database import open_store
from agentdesk.store.models import Attachment, Message

ANCHOR = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)


def _files(path: Path) -> list[tuple[str, str, str, str]]:
    store = open_store(path)
    try:
        with store.read() as session:
            rows = session.execute(
                select(Attachment.id, Attachment.filename, Attachment.content_type, Message.direction)
                .join(Message, Message.id == Attachment.message_id)
                .order_by(Attachment.id)
            ).all()
        return [(r.id.hex, r.filename, r.content_type, r.direction) for r in rows]
    finally:
        store.close()


def test_the_demo_has_openable_files_both_ways_and_the_same_seed_makes_the_same(tmp_path: Path) -> None:
    store = open_store(tmp_path / "demo.sqlite")
    build_demo(store, 400, seed=3, anchor=ANCHOR)
    with store.read() as session:
        rows = session.execute(
            select(Attachment.id, Attachment.content_type, Message.direction, Message.conversation_id).join(
                Message, Message.id == Attachment.message_id
            )
        ).all()
        kinds = {(r.content_type, r.direction) for r in rows}
        assert ("application/pdf", "inbound") in kinds and ("application/pdf", "outbound") in kinds
        assert ("image/png", "inbound") in kinds
        assert any("spreadsheetml" in k or k == "text/csv" for k, _d in kinds)
        assert len({r.conversation_id for r in rows}) >= 100
        assert all(describe(session, r.id).complete for r in rows)
    by_type = {r.content_type: r.id for r in rows}
    pdf = copy_to(store, by_type["application/pdf"], tmp_path / "a.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    png = copy_to(store, by_type["image/png"], tmp_path / "a.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and struct.unpack(">II", png[16:24])[1] >= 180
    sheet = next((v for k, v in by_type.items() if "spreadsheetml" in k), None)
    if sheet is not None:
        with zipfile.ZipFile(copy_to(store, sheet, tmp_path / "a.xlsx")) as archive:
            assert "xl/worksheets/sheet1.xml" in archive.namelist()
    store.close()
    again = tmp_path / "again.sqlite"
    build_demo(open_store(again), 400, seed=3, anchor=ANCHOR)
    assert _files(again) == _files(tmp_path / "demo.sqlite")
