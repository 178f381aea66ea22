# SPDX-License-Identifier: GPL-3.0-or-later
"""Canned replies in and out of a workspace, in one JSON file (docs/canned-replies-format.md).

Text in a file is taken exactly as written or refused: a lone UTF-16 surrogate (a ``\ud800``
escape), nesting deeper than ``agentdesk.text.MAX_JSON_DEPTH`` or a number that cannot be stored
refuses the file (``agentdesk.text``).

Import is all-or-nothing: every entry is checked first (shape, then the library's own rules, in
one transaction), and the first broken entry is named in the error — "Entry 3 (“Refund sent”):
…" — with nothing imported. Importing the same file again changes nothing: an entry updates the
reply with its ``id``, else the visible reply with its shortcut, and an entry equal to what is
there is left alone.

The starter library (``agentdesk/data/canned_replies.json``, read through ``importlib.resources``
so it is found in a wheel or a frozen app as in a checkout) is a file in this same format;
``install_starter_library`` adds the replies it does not have yet, with the file's fixed ids, so
installing twice (or on every start) adds nothing and a reply a user deleted stays deleted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from agentdesk.errors import AgentDeskError, ValidationError
from agentdesk.ids import uuid7
from agentdesk.messages import Message, translatable
from agentdesk.replies.library import (
    CATEGORY_LABELS,
    LANGUAGES,
    MAX_SHORTCUT_CHARS,
    MAX_TITLE_CHARS,
    SCOPES,
    CannedReplyService,
    ReplyDraft,
    ReplyRow,
    normalize_shortcut,
)
from agentdesk.replies.templates import MAX_TEMPLATE_CHARS
from agentdesk.store import models
from agentdesk.store.database import Store
from agentdesk.text import JsonProblem, loads

FORMAT = "agentdesk-canned-replies"
VERSION = 1
MAX_FILE_BYTES = 10 * 1024 * 1024
ENTRY_KEYS = frozenset({"id", "title", "shortcut", "category", "scope", "team", "variants"})
STARTER_FILE: Traversable = resources.files("agentdesk").joinpath("data", "canned_replies.json")


class ReplyFileError(ValidationError):
    """A canned-reply file that cannot be imported; ``entry`` is the 1-based number of the broken
    entry (None when the file as a whole is wrong). Nothing of the file was imported."""

    def __init__(self, problem: str, entry: int | None = None, title: str = "", /, **params: object) -> None:
        sentence = Message(problem, **params)
        if entry is None:
            super().__init__(
                translatable("RepliesErrors", "{problem} Nothing was imported."), problem=sentence
            )
        elif title:
            super().__init__(
                translatable("RepliesErrors", "Entry {entry} (“{title}”): {problem} Nothing was imported."),
                entry=entry,
                title=title,
                problem=sentence,
            )
        else:
            super().__init__(
                translatable("RepliesErrors", "Entry {entry}: {problem} Nothing was imported."),
                entry=entry,
                problem=sentence,
            )
        self.entry = entry
        self.problem = sentence.render()


@dataclass(frozen=True, slots=True)
class ReplyEntry:
    """One entry of a file, checked for shape: ``scope`` is personal, team or everyone, ``team``
    a team name (for team scope), ``variants`` maps languages to non-blank texts."""

    title: str
    variants: dict[str, str]
    shortcut: str = ""
    category: str = "acknowledgement"
    scope: str = "everyone"
    team: str | None = None
    id: uuid.UUID | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = str(self.id)
        data["title"] = self.title
        if self.shortcut:
            data["shortcut"] = self.shortcut
        data["category"] = self.category
        data["scope"] = self.scope
        if self.team is not None:
            data["team"] = self.team
        data["variants"] = {lang: self.variants[lang] for lang in LANGUAGES if lang in self.variants}
        return data


@dataclass(frozen=True, slots=True)
class ImportSummary:
    added: int
    updated: int
    unchanged: int


# -- the file ---------------------------------------------------------------------------------


def parse_library(text: str) -> list[ReplyEntry]:
    """The entries of a canned-reply file, checked for shape; ``ReplyFileError`` otherwise."""
    if len(text) > MAX_FILE_BYTES:
        raise ReplyFileError(
            translatable("RepliesErrors", "The file is larger than {value} MB."),
            value=MAX_FILE_BYTES // (1024 * 1024),
        )
    try:
        data = loads(text.removeprefix("\ufeff"))
    except JsonProblem as exc:  # too deep, a lone surrogate, a number that cannot be stored
        raise ReplyFileError(
            translatable("RepliesErrors", "The file cannot be imported: {exc}."), exc=exc
        ) from None
    except json.JSONDecodeError as exc:
        raise ReplyFileError(
            translatable("RepliesErrors", "The file is not valid JSON (line {lineno}, column {colno})."),
            lineno=exc.lineno,
            colno=exc.colno,
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReplyFileError(
            translatable(
                "RepliesErrors", "This is not a canned-reply file (its “format” must be “{FORMAT}”)."
            ),
            FORMAT=FORMAT,
        )
    version = data.get("version")
    if version != VERSION:
        raise ReplyFileError(
            translatable(
                "RepliesErrors",
                ("The file is in version {version!r} of the format; this AgentDesk reads version {VERSION}."),
            ),
            version=version,
            VERSION=VERSION,
        )
    items = data.get("replies")
    if not isinstance(items, list):
        raise ReplyFileError(translatable("RepliesErrors", "The file has no “replies” list."))
    entries: list[ReplyEntry] = []
    ids: dict[uuid.UUID, int] = {}
    shortcuts: dict[str, int] = {}
    for number, item in enumerate(items, start=1):
        entry = _entry(item, number)
        if entry.id is not None:
            if entry.id in ids:
                raise ReplyFileError(
                    translatable("RepliesErrors", "its id is also the id of entry {ids}."),
                    number,
                    entry.title,
                    ids=ids[entry.id],
                )
            ids[entry.id] = number
        if entry.shortcut:
            if entry.shortcut in shortcuts:
                raise ReplyFileError(
                    translatable(
                        "RepliesErrors", "the shortcut /{shortcut} is also used by entry {shortcuts}."
                    ),
                    number,
                    entry.title,
                    shortcut=entry.shortcut,
                    shortcuts=shortcuts[entry.shortcut],
                )
            shortcuts[entry.shortcut] = number
        entries.append(entry)
    return entries


def _entry(item: object, number: int) -> ReplyEntry:
    if not isinstance(item, dict):
        raise ReplyFileError(
            translatable("RepliesErrors", "it is not an object with a title and texts."), number
        )
    raw_title = item.get("title")
    title = " ".join(raw_title.split()) if isinstance(raw_title, str) else ""

    def fail(problem: str) -> ReplyFileError:
        return ReplyFileError(problem, number, title[:60])

    unknown = sorted(set(item) - ENTRY_KEYS)
    if unknown:
        raise fail(f"unknown field “{unknown[0]}” (known: {', '.join(sorted(ENTRY_KEYS))}).")
    if not title:
        raise fail("it has no title.")
    if len(title) > MAX_TITLE_CHARS:
        raise fail(f"the title is longer than {MAX_TITLE_CHARS} characters.")
    reply_id: uuid.UUID | None = None
    if item.get("id") is not None:
        try:
            reply_id = uuid.UUID(str(item["id"]))
        except ValueError:
            raise fail(f"“{item['id']}” is not an id (a UUID such as 019a4f3c-…).") from None
    shortcut = item.get("shortcut", "")
    if not isinstance(shortcut, str):
        raise fail("the shortcut must be text.")
    shortcut = normalize_shortcut(shortcut)
    if len(shortcut) > MAX_SHORTCUT_CHARS or any(ch.isspace() or ch in "/:{}" for ch in shortcut):
        raise fail(f"the shortcut “{shortcut}” may not hold spaces, “/”, “:” or braces (at most 40).")
    category = item.get("category", "acknowledgement")
    if not isinstance(category, str) or category not in CATEGORY_LABELS:
        raise fail(f"the category “{category}” is not one of: {', '.join(CATEGORY_LABELS)}.")
    scope = item.get("scope", "everyone")
    if not isinstance(scope, str) or scope not in SCOPES:
        raise fail(f"the scope “{scope}” is not one of: {', '.join(SCOPES)}.")
    team = item.get("team")
    if scope == "team" and not (isinstance(team, str) and team.strip()):
        raise fail("a reply for a team needs the team's name in “team”.")
    if team is not None and not isinstance(team, str):
        raise fail("the team must be given by its name.")
    raw_variants = item.get("variants")
    if not isinstance(raw_variants, dict):
        raise fail("it has no “variants” object (language → text).")
    variants: dict[str, str] = {}
    for language, body in raw_variants.items():
        if language not in LANGUAGES:
            raise fail(f"“{language}” is not a language AgentDesk writes in ({', '.join(LANGUAGES)}).")
        if not isinstance(body, str):
            raise fail(f"the {language} text must be text.")
        if len(body) > MAX_TEMPLATE_CHARS:
            raise fail(f"the {language} text is longer than {MAX_TEMPLATE_CHARS:,} characters.")
        if body.strip():
            variants[language] = body
    if not variants:
        raise fail("it has no text in any language.")
    return ReplyEntry(
        title=title,
        variants=variants,
        shortcut=shortcut,
        category=category,
        scope=scope,
        team=team.strip() if scope == "team" and isinstance(team, str) else None,
        id=reply_id,
    )


def dump_library(entries: list[ReplyEntry]) -> str:
    """The file text for ``entries`` (UTF-8 readable, two-space indent, newline at the end)."""
    data = {"format": FORMAT, "version": VERSION, "replies": [e.to_json() for e in entries]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _read_file(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ReplyFileError(
                translatable("RepliesErrors", "{name} is larger than {value} MB."),
                name=path.name,
                value=MAX_FILE_BYTES // (1024 * 1024),
            )
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError as exc:
        raise AgentDeskError(translatable("RepliesErrors", "{path} does not exist."), path=path) from exc
    except IsADirectoryError as exc:
        raise AgentDeskError(
            translatable("RepliesErrors", "{path} is a folder, not a canned-reply file."), path=path
        ) from exc
    except PermissionError as exc:
        raise AgentDeskError(
            translatable("RepliesErrors", "{path} cannot be read: permission denied."), path=path
        ) from exc
    except UnicodeDecodeError as exc:
        raise ReplyFileError(
            translatable("RepliesErrors", "{name} is not UTF-8 text."), name=path.name
        ) from exc


# -- export / import --------------------------------------------------------------------------


def export_entries(service: CannedReplyService, reply_ids: list[uuid.UUID] | None = None) -> list[ReplyEntry]:
    """The replies the service's agent sees (or those of ``reply_ids``), as file entries, by
    category and title."""
    rows = service.list_replies()
    if reply_ids is not None:
        wanted = set(reply_ids)
        rows = [r for r in rows if r.id in wanted]
    with service.store.read() as session:
        team_names = dict(session.execute(select(models.Team.id, models.Team.name)).tuples().all())
    return [_entry_of(row, team_names) for row in rows]


def _entry_of(row: ReplyRow, team_names: dict[uuid.UUID, str]) -> ReplyEntry:
    return ReplyEntry(
        title=row.title,
        variants=dict(row.variants),
        shortcut=row.shortcut,
        category=row.category,
        scope=row.scope,
        team=team_names.get(row.team_id) if row.scope == "team" and row.team_id else None,
        id=row.id,
    )


def export_library(service: CannedReplyService, path: Path, reply_ids: list[uuid.UUID] | None = None) -> int:
    """Write the replies (see ``export_entries``) to ``path``; returns how many."""
    entries = export_entries(service, reply_ids)
    try:
        Path(path).write_text(dump_library(entries), encoding="utf-8")
    except OSError as exc:
        raise AgentDeskError(
            translatable("RepliesErrors", "{path} cannot be written: {value}."),
            path=path,
            value=exc.strerror or exc,
        ) from exc
    return len(entries)


def import_library(service: CannedReplyService, path: Path) -> ImportSummary:
    """``import_text`` of the file at ``path``."""
    return import_text(service, _read_file(Path(path)))


def import_text(service: CannedReplyService, text: str) -> ImportSummary:
    """Import a canned-reply file's text as the service's agent, all or nothing."""
    entries = parse_library(text)
    added = updated = unchanged = 0
    with service.store.write() as session:
        actor = service.acting_agent(session)
        teams = {
            name: team_id
            for team_id, name in session.execute(
                select(models.Team.id, models.Team.name).where(models.Team.deleted_at.is_(None))
            ).tuples()
        }
        visible = {row.id: row for row in service.visible_rows(session, actor)}
        for number, entry in enumerate(entries, start=1):
            team_id = None
            if entry.scope == "team":
                assert entry.team is not None
                team_id = teams.get(entry.team)
                if team_id is None:
                    raise ReplyFileError(
                        translatable("RepliesErrors", "there is no team called “{team}” here."),
                        number,
                        entry.title,
                        team=entry.team,
                    )
            draft = ReplyDraft(
                title=entry.title,
                variants=entry.variants,
                shortcut=entry.shortcut,
                category=entry.category,
                scope=entry.scope,
                team_id=team_id,
            )
            target = visible.get(entry.id) if entry.id is not None else None
            if target is None and entry.shortcut:
                target = next((r for r in visible.values() if r.shortcut == entry.shortcut), None)
            try:
                if target is None:
                    free = entry.id is not None and session.get(models.CannedReply, entry.id) is None
                    row = service.create_in(session, draft, reply_id=entry.id if free else None)
                    added += 1
                elif _same(target, draft):
                    unchanged += 1
                    continue
                else:
                    row = service.update_in(session, target.id, draft)
                    updated += 1
            except AgentDeskError as exc:
                raise ReplyFileError(_sentence(exc.message), number, entry.title) from exc
            visible[row.id] = service.rows_of(session, [row], actor)[0]
    return ImportSummary(added, updated, unchanged)


def _same(row: ReplyRow, draft: ReplyDraft) -> bool:
    return (
        row.title == draft.title
        and row.shortcut == draft.shortcut
        and row.category == draft.category
        and row.scope == draft.scope
        and (row.team_id == draft.team_id or draft.scope != "team")
        and row.variants == dict(draft.variants)
    )


def _sentence(message: str) -> str:
    """A message made to follow "Entry 3: " ("A reply needs …" → "a reply needs …")."""
    if message[:1].isupper() and not message[1:2].isupper():
        return message[:1].lower() + message[1:]
    return message


# -- the starter library ----------------------------------------------------------------------


def starter_entries(path: Path | None = None) -> list[ReplyEntry]:
    """The shipped starter library; a readable error when the file is missing or broken."""
    source: Traversable = path or STARTER_FILE
    if not source.is_file():
        raise AgentDeskError(
            translatable(
                "RepliesErrors",
                (
                    "The starter library of canned replies is missing: {source} does not exist. "
                    "Reinstall AgentDesk."
                ),
            ),
            source=source,
        )
    if path is not None:
        return parse_library(_read_file(path))
    return parse_library(source.read_text(encoding="utf-8"))


def _variant_id(reply_id: uuid.UUID, language: str) -> uuid.UUID:
    """A fixed id for a starter reply's text, dated like its reply."""
    digest = hashlib.sha256(f"canned_reply_variant:{reply_id}:{language}".encode()).digest()
    return uuid7(reply_id.int >> 80, int.from_bytes(digest[:10], "big"))


def install_starter_library(store: Store, *, now: dt.datetime | None = None, path: Path | None = None) -> int:
    """Add the starter replies this workspace does not have yet (for everyone, without owner);
    returns how many were added. Idempotent: replies are matched by their fixed ids, deleted ones
    count as present, and a starter reply whose shortcut a live reply for everyone already uses is
    skipped. ``now`` dates the rows (the demo passes its anchor, so a seed gives the same
    workspace)."""
    entries = starter_entries(path)
    when = now or dt.datetime.now(dt.UTC)
    added = 0
    with store.write() as session:
        present = set(
            session.scalars(
                select(models.CannedReply.id).where(
                    models.CannedReply.id.in_([e.id for e in entries if e.id is not None])
                )
            )
        )
        taken = set(
            session.scalars(
                select(models.CannedReply.shortcut).where(
                    models.CannedReply.deleted_at.is_(None), models.CannedReply.scope == "everyone"
                )
            )
        )
        for entry in entries:
            if entry.id is None or entry.id in present or (entry.shortcut and entry.shortcut in taken):
                continue
            session.add(
                models.CannedReply(
                    id=entry.id,
                    title=entry.title,
                    shortcut=entry.shortcut,
                    category=entry.category,
                    scope="everyone",
                    usage_count=0,
                    updated_at=when,
                )
            )
            for language, body in entry.variants.items():
                session.add(
                    models.CannedReplyVariant(
                        id=_variant_id(entry.id, language),
                        canned_reply_id=entry.id,
                        language=language,
                        body=body,
                        updated_at=when,
                    )
                )
            added += 1
    return added


__all__ = [
    "FORMAT",
    "ImportSummary",
    "ReplyEntry",
    "ReplyFileError",
    "STARTER_FILE",
    "VERSION",
    "dump_library",
    "export_entries",
    "export_library",
    "import_library",
    "import_text",
    "install_starter_library",
    "parse_library",
    "starter_entries",
]
