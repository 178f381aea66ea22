# SPDX-License-Identifier: GPL-3.0-or-later
"""Who else is on a conversation, in the window: "Anna is viewing", "Anna is writing a reply".

``PresenceDesk`` is this window's side of ``agentdesk.sync.presence``: it says which conversation
is open here and whether the agent is writing a reply, hears the other desks (the team server's
notifications on a worker thread, the other windows on this SQLite file by their files), and
forgets whoever fell silent. ``PresencePart`` joins it to the window: the line in the
conversation header, the mark in the list, and the strip that warns before a second answer.

With no server, offline or after the connection was lost, nothing from the server is claimed.
"""

from __future__ import annotations

import datetime as dt
import logging
import queue
import threading
import uuid
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from agentdesk.errors import AgentDeskError
from agentdesk.services import Services
from agentdesk.sync.presence import (
    EXPIRY_S,
    HEARTBEAT_S,
    LEFT,
    LOCAL,
    SERVER,
    VIEWING,
    WRITING,
    LocalPresence,
    Presence,
    PresenceBoard,
    PresenceLink,
    new_desk_id,
)

if TYPE_CHECKING:
    from agentdesk.gui.conversation.pane import ConversationPane
    from agentdesk.gui.inbox_model import InboxModel
    from agentdesk.sync.connection import Credentials  # psycopg: loaded once a desk goes online

log = logging.getLogger("agentdesk.gui.presence")

TICK_MS = 1000  # expiry, heartbeat and the other windows' files are looked at this often
SLICE_S = 0.2  # the worker sends what is waiting at least this often
RECONNECT_S = 5.0
WRITING_HOLD_S = 60.0  # "writing" lasts this long after the last keystroke, then "viewing" again


def presence_line(others: list[Presence], me: uuid.UUID | None) -> str:
    """One line for the header: writers first ("Anna is writing a reply · Ben is viewing")."""
    parts = []
    for p in others:
        name = p.name.strip() or QCoreApplication.translate("Presence", "A colleague")
        if p.agent_id == me:
            parts.append(
                QCoreApplication.translate("Presence", "You are writing a reply in another window")
                if p.state == WRITING
                else QCoreApplication.translate("Presence", "You have it open in another window")
            )
        elif p.state == WRITING:
            parts.append(QCoreApplication.translate("Presence", "%1 is writing a reply").replace("%1", name))
        else:
            parts.append(QCoreApplication.translate("Presence", "%1 is viewing").replace("%1", name))
    return "  ·  ".join(parts)


def presence_texts(others: list[Presence], me: uuid.UUID | None) -> tuple[str, ...]:
    """The header's ways of saying it, longest first: the whole line, the first of them with
    "+N", and the first one's first name alone (the icon says viewing or writing)."""
    if not others:
        return ()
    line = presence_line(others, me)
    first = presence_line(others[:1], me)
    more = f" +{len(others) - 1}" if len(others) > 1 else ""
    texts = [line, first + more]
    lead = others[0]
    if lead.agent_id != me and lead.name.strip():
        texts.append(lead.name.split()[0] + more)
    unique: list[str] = []
    for text in texts:
        if text not in unique:
            unique.append(text)
    return tuple(unique)


def collision_warning(others: list[Presence], me: uuid.UUID | None) -> str:
    """The strip's warning when someone else is writing a reply here, else ""."""
    writers = [
        p.name.strip() or QCoreApplication.translate("Presence", "A colleague")
        for p in others
        if p.state == WRITING and p.agent_id != me
    ]
    if not writers:
        return ""
    warning = QCoreApplication.translate("Presence", "%1 is writing a reply — you may answer twice.")
    return warning.replace("%1", ", ".join(writers))


class _Worker(threading.Thread):
    """Sends this desk's words to the server and hands over what the others said."""

    def __init__(
        self,
        url: str,
        credentials: Credentials,
        heard: Callable[[list[Presence]], None],
        lost: Callable[[], None],
        current: Callable[[], Presence | None],
    ) -> None:
        super().__init__(name="presence", daemon=True)
        self.link = PresenceLink(url, credentials)
        self.heard, self.lost, self.current = heard, lost, current
        self.outgoing: queue.SimpleQueue[Presence] = queue.SimpleQueue()
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            outgoing: list[Presence] = []
            if not self.link.connected:  # (again): say where this desk is, and ask the others
                hello = self.current()
                if hello is not None:
                    outgoing.append(hello)
            while True:
                try:
                    outgoing.append(self.outgoing.get_nowait())
                except queue.Empty:
                    break
            try:
                received = self.link.exchange(outgoing, SLICE_S)
            except Exception as exc:  # the network or the server: forget, wait, try again
                log.info("presence connection lost: %s", type(exc).__name__)
                self._tell(self.lost)
                self.stop.wait(RECONNECT_S)
                continue
            if received:
                self._tell(partial(self.heard, received))
        last: list[Presence] = []  # a "left" put in while stopping: the others need not wait
        while True:
            try:
                last.append(self.outgoing.get_nowait())
            except queue.Empty:
                break
        try:
            if last and self.link.connected:
                self.link.exchange(last, 0)
        except Exception:
            pass
        try:
            self.link.close()
        except Exception:
            pass

    def _tell(self, callback: Callable[[], None]) -> None:
        if self.stop.is_set():
            return
        try:
            callback()
        except RuntimeError:  # the window is gone
            self.stop.set()


class PresenceDesk(QObject):
    """This window's presence: what it says, and what it heard (``changed``)."""

    changed = Signal()
    _heard = Signal(object)
    _lost = Signal()

    def __init__(
        self,
        services: Services,
        parent: QObject | None = None,
        *,
        ttl_s: float = EXPIRY_S,
        heartbeat_s: float = HEARTBEAT_S,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = services.clock
        self.desk = new_desk_id()
        self.ttl_s, self.heartbeat_s = ttl_s, heartbeat_s
        self.board = PresenceBoard(self.desk)
        self.local = LocalPresence(services.store.path, self.desk)
        self.conversation_id: uuid.UUID | None = None
        self.state = LEFT
        self._beat = 0
        self._said_at: dt.datetime | None = None
        self._typed_at: dt.datetime | None = None
        self._name: tuple[uuid.UUID, str] | None = None
        self._worker: _Worker | None = None
        self._last: Presence | None = None  # what this desk said last, while it has a conversation open
        self._hello: Presence | None = None  # said with ``ask`` on (re)connecting
        self._heard.connect(self._take)
        self._lost.connect(self._connection_lost)
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # -- the server ------------------------------------------------------------------------------

    def start(self, url: str, credentials: Credentials) -> None:
        self.stop()
        if self._hello is None and self.me() is not None:  # nothing open yet: ask all the same
            self._hello = replace(self._word(None, LEFT), ask=True)
        self._worker = _Worker(url, credentials, self._heard.emit, self._lost.emit, lambda: self._hello)
        self._worker.start()

    def stop(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            if self._last is not None and self._last.conversation_id is not None:
                worker.outgoing.put(self._word(None, LEFT))  # sent if the worker is still connected
            worker.stop.set()
            worker.join(timeout=SLICE_S + 0.5)  # (a worker still connecting is a daemon)
        if self.board.forget_route(SERVER):
            self.changed.emit()

    @property
    def online(self) -> bool:
        return self._worker is not None

    def close(self) -> None:
        """The window closes: say so to the others, then stop."""
        self.timer.stop()
        if self.conversation_id is not None:
            self.local.say(self._word(None, LEFT))
        self.stop()

    # -- what this desk says ---------------------------------------------------------------------

    def me(self) -> uuid.UUID | None:
        return self.services.agent_id

    def _my_name(self, agent_id: uuid.UUID) -> str:
        if self._name is None or self._name[0] != agent_id:
            try:
                name = self.services.directory.agent(agent_id).name
            except AgentDeskError:  # not (yet) in this workspace: the others know the id only
                name = ""
            self._name = (agent_id, name)
        return self._name[1]

    def _word(self, conversation_id: uuid.UUID | None, state: str) -> Presence:
        self._beat += 1
        agent = self.me() or uuid.UUID(int=0)
        return Presence(
            self.desk, agent, self._my_name(agent), conversation_id, state, self._beat, self.ttl_s
        )

    def _say(self, state: str) -> None:
        if self.me() is None:  # nobody is signed in at this desk: nothing to claim
            return
        conversation = self.conversation_id if state != LEFT else None
        word = self._word(conversation, state)
        self.state = state
        self._said_at = self.clock.now()
        self._last = word if state != LEFT else None
        self._hello = replace(word, ask=True)
        self.local.say(word)
        if self._worker is not None:
            self._worker.outgoing.put(word)

    def viewing(self, conversation_id: uuid.UUID | None) -> None:
        """The window shows this conversation now (None: none)."""
        if conversation_id == self.conversation_id:
            return
        self.conversation_id = conversation_id
        self._typed_at = None
        self._say(VIEWING if conversation_id is not None else LEFT)
        self.changed.emit()  # what is shown of the others depends on the open conversation

    def typing(self, conversation_id: uuid.UUID) -> None:
        """A keystroke in a reply here; says "writing" once, not on every key."""
        if conversation_id != self.conversation_id:
            return
        self._typed_at = self.clock.now()
        if self.state != WRITING:
            self._say(WRITING)

    def done_writing(self) -> None:
        """The reply went out or the draft was put away."""
        if self.state == WRITING:
            self._typed_at = None
            self._say(VIEWING)

    def tick(self) -> None:
        now = self.clock.now()
        if self.state == WRITING and (
            self._typed_at is None or (now - self._typed_at).total_seconds() >= WRITING_HOLD_S
        ):
            self._say(VIEWING)
        elif self.state != LEFT and (
            self._said_at is None or (now - self._said_at).total_seconds() >= self.heartbeat_s
        ):
            self._say(self.state)  # the heartbeat
        changed = False
        for word in self.local.read():
            changed |= self.board.apply(word, now, LOCAL)
        gone = self.board.expire(now)
        for desk in gone:
            self.local.forget(desk)
        if changed or gone:
            self.changed.emit()

    # -- what this desk heard --------------------------------------------------------------------

    def _take(self, words: list[Presence]) -> None:
        if self._worker is None:
            return  # stopped meanwhile
        now = self.clock.now()
        changed = newcomer = False
        for word in words:
            if word.desk != self.desk and (word.ask or not self.board.knows(word.desk)):
                newcomer |= word.ask or word.state != LEFT
            changed |= self.board.apply(word, now, SERVER)
        if newcomer and self._last is not None:
            # A desk connected (again) or asked: say where this one is now rather than let it
            # wait for the next heartbeat. The answer asks for nothing, so it ends there.
            self._say(self.state)
        if changed:
            self.changed.emit()

    def _connection_lost(self) -> None:
        if self.board.forget_route(SERVER):
            self.changed.emit()

    def others(self, conversation_id: uuid.UUID) -> list[Presence]:
        return self.board.on(conversation_id, self.clock.now())

    def marks(self) -> dict[uuid.UUID, tuple[str, str]]:
        """For the list: conversation -> (state, the sentence for its tooltip)."""
        now, me = self.clock.now(), self.me()
        return {
            conversation: (state, presence_line(self.board.on(conversation, now), me))
            for conversation, state in self.board.marks(now).items()
        }


class PresencePart:
    """The window's presence: the header line, the list mark and the warning strip."""

    def __init__(self, pane: ConversationPane, model: InboxModel, desk: PresenceDesk) -> None:
        self.pane, self.model, self.desk = pane, model, desk
        self._warned: set[tuple[uuid.UUID, str]] = set()  # (conversation, writer's desk) warned of
        self._warning = ""  # the strip's sentence while it shows this part's warning
        pane.composer.typing.connect(self.desk.typing)
        pane.writing.sent.connect(lambda _cid: self.desk.done_writing())
        pane.opened.connect(self._opened)
        self.desk.changed.connect(self.show)
        model.modelReset.connect(self._marks)

    def _opened(self, conversation_id: object) -> None:
        opened = conversation_id if isinstance(conversation_id, uuid.UUID) else None
        self._warned = {w for w in self._warned if w[0] != opened}  # opened again: warned again
        self._warning = ""  # (the pane cleared its strip)
        self.desk.viewing(opened)
        self.show()

    def show(self) -> None:
        pane = self.pane
        detail = pane.detail
        me = self.desk.me()
        if detail is None:
            pane.conversation_header.set_presence(())
        else:
            others = self.desk.others(detail.id)
            line = presence_line(others, me)
            state = others[0].state if others else ""
            pane.conversation_header.set_presence(presence_texts(others, me), state, line)
            warning = collision_warning(others, me)
            writers = {(detail.id, p.desk) for p in others if p.state == WRITING and p.agent_id != me}
            if warning and not writers <= self._warned:
                self._warned |= writers
                pane.strip.show_message(warning, "review")
                self._warning = warning
            elif not warning and self._warning:  # they stopped writing: the warning goes
                if pane.strip.kind == "review" and pane.strip.text.text() == self._warning:
                    pane.strip.dismiss()
                self._warning = ""
        self._marks()

    def _marks(self) -> None:
        self.model.set_presence(self.desk.marks())
