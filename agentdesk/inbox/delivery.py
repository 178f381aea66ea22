# SPDX-License-Identifier: GPL-3.0-or-later
"""What happens to a reply: sent by email, logged, or not delivered.

A reply the agent writes takes one of three routes (DESIGN.md §10), and the composer and the
timeline always say which:

- ``email``: it goes out through a mailbox (the outbox; ``Message.delivery_state`` then says queued,
  sent or failed).
- ``logged``: phone, letter and walk-in. Nothing is sent; the agent records what was said or written.
- ``none``: *not delivered*, because AgentDesk has no connection for the channel (chat, social, web
  form until a connector exists; email without a connected mailbox). The reply is kept in the
  thread so the team knows what the agent meant to say, and it never looks sent.

A fourth, ``connector``, is only ever *read*: a reply on chat, social, web form or letter that
arrived already delivered (imported history, the demo workspace, a future connector) is shown as
sent on its own channel, never as an email.

The route is stored on the message when it is written (``Message.meta["delivery"]``, which syncs
with the row), so every desktop and every later start shows the same thing. Replies written before
routes were recorded get theirs from their channel and delivery state (``route_of``): an email
reply that never entered the outbox was not delivered either.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from agentdesk.store.models import Channel, DeliveryState, Direction, Message

EMAIL = "email"
LOGGED = "logged"
NONE = "none"
CONNECTOR = "connector"
ROUTES = (EMAIL, LOGGED, NONE)

#: Channels where the agent records a conversation that happened elsewhere.
LOGGED_CHANNELS = frozenset({Channel.PHONE.value, Channel.LETTER.value, Channel.WALK_IN.value})


def route_for(channel: str, *, mailbox: bool) -> str:
    """The route a reply on ``channel`` takes here; ``mailbox`` says whether a mailbox can send.
    Chat, social and web form have no connector yet: their replies are not delivered."""
    if channel == Channel.EMAIL:
        return EMAIL if mailbox else NONE
    if channel in LOGGED_CHANNELS:
        return LOGGED
    return NONE


def route_of(direction: str, channel: str, delivery_state: str, meta: Mapping[str, Any] | None) -> str:
    """The route a stored reply took ("" for anything that is not a reply)."""
    if direction != Direction.OUTBOUND:
        return ""
    stored = (meta or {}).get("delivery")
    if isinstance(stored, Mapping) and stored.get("route") in ROUTES:
        return str(stored["route"])
    if delivery_state != DeliveryState.NONE:  # it went out (or is going out) somehow
        return EMAIL if channel == Channel.EMAIL else CONNECTOR
    return LOGGED if channel in LOGGED_CHANNELS else NONE


def mark_route(route: str, *, channel: str | None = None) -> Callable[[Session, Message], None]:
    """A reply's ``on_message`` step that records its route (and, for an answer by email on
    another channel's conversation, that this reply is an email)."""
    if route not in ROUTES:
        raise ValueError(route)

    def mark(_session: Session, message: Message) -> None:
        if channel is not None:
            message.channel = channel
        message.meta = {**(message.meta or {}), "delivery": {"route": route}}

    return mark


@dataclass(frozen=True, slots=True)
class Delivery:
    """How one message left (or did not): for the timeline, from the message's stored facts."""

    route: str = ""  # EMAIL, LOGGED, NONE; "" for customer messages and notes
    mailbox: str = ""  # the address it was sent from
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    forward_to: tuple[str, ...] = ()  # a forward (an internal note sent to someone by email)

    @property
    def forward(self) -> bool:
        return bool(self.forward_to)


def _strings(value: object) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        return ()
    return tuple(str(v) for v in value if isinstance(v, str))[:50]


def delivery_of(
    direction: str, channel: str, delivery_state: str, meta: Mapping[str, Any] | None
) -> Delivery:
    """The ``Delivery`` facts of a stored message."""
    meta = meta or {}
    mail = meta.get("mail")
    mail = mail if isinstance(mail, Mapping) else {}
    forward = meta.get("forward")
    forward_to = _strings(forward.get("to")) if isinstance(forward, Mapping) else ()
    if direction == Direction.INBOUND:  # whom the customer wrote to and copied (for reply all)
        return Delivery(to=_strings(mail.get("to")), cc=_strings(mail.get("cc")))
    route = route_of(direction, channel, delivery_state, meta)
    if forward_to:
        route = EMAIL
    if route != EMAIL:
        return Delivery(route=route)
    return Delivery(
        route=route,
        mailbox=str(mail.get("from") or ""),
        to=_strings(mail.get("to")),
        cc=_strings(mail.get("cc")),
        bcc=_strings(mail.get("bcc")),
        forward_to=forward_to,
    )


__all__ = [
    "CONNECTOR",
    "EMAIL",
    "LOGGED",
    "LOGGED_CHANNELS",
    "NONE",
    "ROUTES",
    "Delivery",
    "delivery_of",
    "mark_route",
    "route_for",
    "route_of",
]
