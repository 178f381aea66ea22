# SPDX-License-Identifier: GPL-3.0-or-later
"""The web service's application: ``GET /form`` and ``POST /form`` (and ``/healthz``).

aiohttp serves it (one well-kept package for the server and its test client, no ASGI stack to
assemble). The database work runs on one thread of its own, so a slow disk never stalls the event
loop and SQLite sees one writer from this process; after each accepted form the ``after_accept``
hook runs there too (the command line's: a sync with the team server).

Every answer is a page in the visitor's language (``?lang=`` or Accept-Language): a refusal names
its reason in one sentence with the fitting status (400, 403, 413, 429), and an unexpected error
becomes a 500 page without a traceback (the log keeps it). Headers: a strict Content-Security-
Policy (no script, nothing from elsewhere; framed only by the configured origins), no sniffing,
no referrer; CORS answers only the configured origins.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
import math
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from aiohttp import web

from agentdesk.clock import Clock
from agentdesk.errors import AgentDeskError
from agentdesk.inbox.service import ConversationRef
from agentdesk.store.database import Store
from agentdesk.web.form import (
    HONEYPOT,
    MAX_BODY,
    MAX_MESSAGE,
    TOKEN_FIELD,
    ContactForm,
    FormRefused,
    FormTokens,
    parse_form,
)
from agentdesk.web.intake import FormIntake
from agentdesk.web.limits import RateLimiter
from agentdesk.web.pages import form_page, problem_page, thanks_page
from agentdesk.web.texts import TEXTS, choose_language, text

log = logging.getLogger(__name__)
MAX_REMEMBERED = 10_000  # forms whose second sending is recognised

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class WebSettings:
    origins: Sequence[str] = ()  # the shop's sites that may embed and post the form
    behind_proxy: bool = False  # the visitor's address is the last X-Forwarded-For entry
    per_ip: int = 5  # accepted forms per visitor address ...
    per_ip_window: dt.timedelta = field(default_factory=lambda: dt.timedelta(minutes=10))
    per_email: int = 3  # ... and per email address
    per_email_window: dt.timedelta = field(default_factory=lambda: dt.timedelta(hours=1))


class WebState:
    """What the handlers share: the clock, tokens, limits, the database thread."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        secret: bytes,
        settings: WebSettings,
        after_accept: Callable[[ConversationRef], None] | None = None,
    ) -> None:
        self.clock = clock
        self.settings = settings
        self.tokens = FormTokens(secret)
        self.intake = FormIntake(store, clock)
        self.by_ip = RateLimiter(settings.per_ip, settings.per_ip_window)
        self.by_email = RateLimiter(settings.per_email, settings.per_email_window)
        self.after_accept = after_accept
        self.database = ThreadPoolExecutor(max_workers=1, thread_name_prefix="agentdesk-web-db")
        self.origins = frozenset(o.rstrip("/").lower() for o in settings.origins)
        # The forms sent lately, by token and content (bounded; a token lives a few hours).
        self.sent: OrderedDict[str, asyncio.Future[ConversationRef]] = OrderedDict()

    def remember(self, key: str, stored: asyncio.Future[ConversationRef]) -> None:
        self.sent[key] = stored
        while len(self.sent) > MAX_REMEMBERED:
            self.sent.popitem(last=False)

    def store_form(self, form: ContactForm, language: str, ip: str, user_agent: str) -> ConversationRef:
        ref = self.intake.accept(form, language, ip=ip, user_agent=user_agent)
        if self.after_accept is not None:
            try:
                self.after_accept(ref)
            except AgentDeskError as exc:  # stored locally; the next accepted form syncs it
                log.warning("after the web form %s: %s", ref.number, exc)
        return ref


STATE_KEY = web.AppKey("state", WebState)


def _language(request: web.Request, posted: str | None = None) -> str:
    return choose_language(posted or request.query.get("lang"), request.headers.get("Accept-Language"))


def _client_ip(request: web.Request, state: WebState) -> str:
    if state.settings.behind_proxy:
        forwarded = request.headers.get("X-Forwarded-For", "")
        last = forwarded.split(",")[-1].strip()
        if last:
            return last[:64]
    return (request.remote or "unknown")[:64]


def _headers(state: WebState) -> dict[str, str]:
    ancestors = " ".join(["'self'", *sorted(state.origins)])
    return {
        "Content-Security-Policy": (
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; "
            f"frame-ancestors {ancestors}"
        ),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    }


def _html(state: WebState, body: str, status: int = 200) -> web.Response:
    response = web.Response(text=body, status=status, content_type="text/html", charset="utf-8")
    response.headers.update(_headers(state))
    return response


def _sentence(refused: FormRefused, language: str) -> str:
    values = dict(refused.values)
    if "field" in values and str(values["field"]) in TEXTS:
        values["field"] = text(str(values["field"]), language)
    return text(refused.key, language, **values)


@web.middleware
async def _guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    """CORS for the configured origins; every error a page in the visitor's language."""
    state = request.app[STATE_KEY]
    origin = (request.headers.get("Origin") or "").rstrip("/").lower()
    allowed = origin in state.origins
    try:
        if request.method == "OPTIONS":
            response: web.StreamResponse = web.Response(status=204 if allowed else 403)
        else:
            response = await handler(request)
    except web.HTTPRequestEntityTooLarge:
        language = _language(request)
        sentence = text("too_large", language, limit=f"{MAX_MESSAGE:,}".replace(",", "\u202f"))
        response = _html(state, problem_page(language, sentence), 413)
    except web.HTTPNotFound:
        response = _html(state, problem_page(_language(request), text("not_found", _language(request))), 404)
    except web.HTTPMethodNotAllowed as exc:
        response = _html(
            state, problem_page(_language(request), text("bad_request", _language(request))), 405
        )
        response.headers["Allow"] = ",".join(sorted(exc.allowed_methods))
    except web.HTTPException as exc:
        response = _html(
            state, problem_page(_language(request), text("bad_request", _language(request))), exc.status
        )
    except Exception:  # a bug or a broken disk: logged here, never shown
        log.exception("the web form failed on %s %s", request.method, request.path)
        language = _language(request)
        response = _html(state, problem_page(language, text("failed", language)), 500)
    response.headers["Server"] = "AgentDesk"  # not the framework's and Python's versions
    if allowed:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = "GET, POST"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type"
            response.headers["Access-Control-Max-Age"] = "600"
    return response


async def get_form(request: web.Request) -> web.Response:
    state = request.app[STATE_KEY]
    language = _language(request)
    return _html(state, form_page(language, state.tokens.issue(state.clock.now())))


async def _read_fields(request: web.Request) -> dict[str, str]:
    if request.content_type not in ("application/x-www-form-urlencoded", "multipart/form-data"):
        raise FormRefused("bad_request")
    try:
        posted = await request.post()
    except web.HTTPRequestEntityTooLarge:
        raise
    except (ValueError, UnicodeDecodeError):
        raise FormRefused("bad_request") from None
    fields: dict[str, str] = {}
    for key in (*("name", "email", "subject", "message"), HONEYPOT, TOKEN_FIELD, "lang"):
        values = posted.getall(key, [])
        if len(values) > 1 or any(not isinstance(v, str) for v in values):
            raise FormRefused("bad_request")  # a field twice, or a file where text belongs
        if values:
            fields[key] = str(values[0])
    return fields


def _form_key(token: str, form: ContactForm) -> str:
    """The same token with the same content: the same form sent twice."""
    content = "\x00".join((token, form.name, form.email, form.subject, form.message))
    return hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()


def _minutes(wait: dt.timedelta) -> int:
    return max(1, math.ceil(wait.total_seconds() / 60))


async def post_form(request: web.Request) -> web.Response:
    state = request.app[STATE_KEY]
    language = _language(request)
    fields: dict[str, str] = {}
    try:
        origin = (request.headers.get("Origin") or "").rstrip("/").lower()
        # The form's own page posts with the service's origin; behind a TLS proxy its scheme is
        # https while this side speaks http, so the host (the proxy hands it on) decides.
        own = origin.partition("://")[2] == request.host.lower()
        if origin and origin != "null" and origin not in state.origins and not own:
            raise FormRefused("forbidden_origin", 403)
        fields = await _read_fields(request)
        language = _language(request, fields.get("lang"))
        now = state.clock.now()
        ip = _client_ip(request, state)
        token = fields.get(TOKEN_FIELD, "")
        state.tokens.check(token, now)
        form = parse_form(fields)
        # The same form sent again with the same token (a double click, a reload after sending):
        # the first one's answer, not a second conversation.
        key = _form_key(token, form)
        earlier = state.sent.get(key)
        if earlier is not None:
            ref = await asyncio.shield(earlier)
            return _html(state, thanks_page(language, ref.number, form.email))
        for limiter, who in ((state.by_ip, ip), (state.by_email, form.email)):
            wait = limiter.retry_after(who, now)
            if wait is not None:
                raise FormRefused("rate_limited", 429, minutes=_minutes(wait))
        # Counted before storing, so a flood in flight cannot pass the limit in parallel.
        state.by_ip.record(ip, now)
        state.by_email.record(form.email, now)
        user_agent = request.headers.get("User-Agent", "")
        loop = asyncio.get_running_loop()
        stored = loop.run_in_executor(state.database, state.store_form, form, language, ip, user_agent)
        state.remember(key, stored)
        try:
            ref = await asyncio.shield(stored)
        except BaseException:
            state.sent.pop(key, None)  # not stored: sending it again is a new try
            raise
    except FormRefused as refused:
        sentence = _sentence(refused, language)
        if fields.get(HONEYPOT):
            log.info("web form refused: the honeypot was filled")
        if refused.status == 400 and refused.key not in ("refused", "bad_request"):
            token = state.tokens.issue(state.clock.now())
            invalid = "email" if refused.key == "bad_email" else refused.values.get("field")
            page = form_page(language, token, fields, sentence, str(invalid) if invalid else None)
        else:
            page = problem_page(language, sentence)
        response = _html(state, page, refused.status)
        if refused.key == "rate_limited":
            response.headers["Retry-After"] = str(int(str(refused.values["minutes"])) * 60)
        return response
    except AgentDeskError as exc:  # the store refused it (a locked or full disk): said, not shown
        log.warning("web form not stored: %s", exc)
        return _html(state, problem_page(language, text("failed", language)), 503)
    log.info("web form stored as conversation %s", ref.number)
    return _html(state, thanks_page(language, ref.number, form.email))


async def healthz(request: web.Request) -> web.Response:
    return web.Response(text="ok\n", headers={"Cache-Control": "no-store"})


def make_app(
    store: Store,
    clock: Clock,
    secret: bytes,
    settings: WebSettings | None = None,
    after_accept: Callable[[ConversationRef], None] | None = None,
) -> web.Application:
    """The application; ``client_max_size`` refuses a body past ``MAX_BODY`` before it is read."""
    app = web.Application(middlewares=[_guard], client_max_size=MAX_BODY)
    state = WebState(store, clock, secret, settings or WebSettings(), after_accept)
    app[STATE_KEY] = state

    async def close_database(_app: web.Application) -> None:
        state.database.shutdown(wait=True)

    app.on_cleanup.append(close_database)
    app.router.add_get("/form", get_form)
    app.router.add_post("/form", post_form)
    app.router.add_get("/healthz", healthz)
    return app
