# SPDX-License-Identifier: GPL-3.0-or-later
"""The HTML the visitor sees: the contact form, the thank-you page and the refusal page.

Small, self-contained pages meant for an ``<iframe>`` on the shop's site: no script, no external
font, style sheet or image (the Content-Security-Policy forbids them too), labels tied to their
fields, errors announced to screen readers (``role="alert"``), and the page's ``lang`` set. Every
value that came from outside is escaped with :func:`html.escape`.
"""

from __future__ import annotations

from html import escape

from agentdesk.web.form import HONEYPOT, LIMITS, TOKEN_FIELD
from agentdesk.web.texts import text

STYLE = """
body{font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:1rem;
color:#1b1f24;background:#fff}
main{max-width:36rem}
h1{font-size:1.35rem;margin:0 0 .5rem}
label{display:block;font-weight:600;margin:.9rem 0 .25rem}
.req{font-weight:400;color:#555;font-size:.85em}
input,textarea{box-sizing:border-box;width:100%;font:inherit;padding:.5rem;border:1px solid #8a8f98;
border-radius:4px}
input:focus,textarea:focus,button:focus{outline:3px solid #1a73e8;outline-offset:1px}
textarea{min-height:9rem;resize:vertical}
button{margin-top:1rem;font:inherit;font-weight:600;padding:.55rem 1.4rem;border:0;border-radius:4px;
background:#1a5fb4;color:#fff;cursor:pointer}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.note{color:#555;font-size:.85rem;margin-top:1rem}
.alert{border-left:4px solid #c01c28;padding:.5rem .75rem;background:#fdf0f0}
@media (prefers-color-scheme:dark){body{background:#1e1e1e;color:#eee}
input,textarea{background:#2a2a2a;color:#eee}.note,.req{color:#bbb}.alert{background:#3a2222}}
"""


def _page(language: str, title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(language)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head>"
        f"<body><main>{body}</main></body></html>\n"
    )


def form_page(
    language: str,
    token: str,
    values: dict[str, str] | None = None,
    problem: str | None = None,
    invalid: str | None = None,
) -> str:
    """The form; after a refusal, ``values`` fills it in again, ``problem`` says why and the field
    ``invalid`` names is marked for screen readers and takes the focus."""
    values = values or {}
    required = f' <span class="req">({escape(text("required", language))})</span>'

    def field(name: str, kind: str, autocomplete: str, mandatory: bool) -> str:
        label = escape(text(name, language)) + (required if mandatory else "")
        common = (
            f'id="f-{name}" name="{name}" maxlength="{LIMITS[name]}"'
            + (' required aria-required="true"' if mandatory else "")
            + (f' autocomplete="{autocomplete}"' if autocomplete else "")
            + (' aria-invalid="true" aria-describedby="problem" autofocus' if name == invalid else "")
        )
        value = escape(values.get(name, "")[: LIMITS[name]])
        if kind == "textarea":
            control = f'<textarea {common} rows="8">{value}</textarea>'
        else:
            control = f'<input type="{kind}" {common} value="{value}">'
        return f'<label for="f-{name}">{label}</label>{control}'

    alert = f'<p class="alert" id="problem" role="alert">{escape(problem)}</p>' if problem else ""
    body = (
        f"<h1>{escape(text('title', language))}</h1><p>{escape(text('intro', language))}</p>{alert}"
        f'<form method="post" action="form?lang={escape(language)}" accept-charset="utf-8">'
        f'<input type="hidden" name="{TOKEN_FIELD}" value="{escape(token)}">'
        f'<input type="hidden" name="lang" value="{escape(language)}">'
        + field("name", "text", "name", True)
        + field("email", "email", "email", True)
        + field("subject", "text", "", False)
        + field("message", "textarea", "", True)
        + f'<div class="hp" aria-hidden="true"><label for="f-{HONEYPOT}">'
        f"{escape(text('honeypot', language))}</label>"
        f'<input type="text" id="f-{HONEYPOT}" name="{HONEYPOT}" tabindex="-1" autocomplete="off"></div>'
        f'<button type="submit">{escape(text("send", language))}</button>'
        f'<p class="note">{escape(text("privacy", language))}</p></form>'
    )
    return _page(language, text("title", language), body)


def thanks_page(language: str, number: int | None, email: str) -> str:
    sentence = text("thanks", language, number=number if number is not None else "—", email=email)
    body = f'<h1>{escape(text("thanks_title", language))}</h1><p role="status">{escape(sentence)}</p>'
    return _page(language, text("thanks_title", language), body)


def problem_page(language: str, sentence: str, back: bool = True) -> str:
    """A refusal with no form to fill in again (too large, too many, not ours)."""
    link = (
        f'<p><a href="form?lang={escape(language)}">{escape(text("back", language))}</a></p>' if back else ""
    )
    body = (
        f"<h1>{escape(text('problem_title', language))}</h1>"
        f'<p class="alert" role="alert">{escape(sentence)}</p>{link}'
    )
    return _page(language, text("problem_title", language), body)
