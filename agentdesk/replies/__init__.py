# SPDX-License-Identifier: GPL-3.0-or-later
"""Canned replies: the library (``library``), placeholder rendering (``templates``), the tone
hint for the customer's latest message (``tone``) and the file format for import, export and the
shipped starter library (``exchange``, docs/canned-replies-format.md). No Qt here."""

from __future__ import annotations

from agentdesk.replies.exchange import (
    ImportSummary,
    ReplyFileError,
    export_library,
    import_library,
    install_starter_library,
)
from agentdesk.replies.library import (
    CATEGORIES,
    CATEGORY_LABELS,
    CannedReplyService,
    Category,
    ReplyDraft,
    ReplyRow,
    SearchHit,
    VariantChoice,
    choose_variant,
    variant_for,
)
from agentdesk.replies.templates import (
    PLACEHOLDERS,
    RenderContext,
    Rendered,
    load_render_context,
    render,
    sample_context,
)
from agentdesk.replies.tone import Tone, ToneHint, assess, latest_customer_tone

__all__ = [
    "CATEGORIES",
    "CATEGORY_LABELS",
    "CannedReplyService",
    "Category",
    "ImportSummary",
    "PLACEHOLDERS",
    "RenderContext",
    "Rendered",
    "ReplyDraft",
    "ReplyFileError",
    "ReplyRow",
    "SearchHit",
    "Tone",
    "ToneHint",
    "VariantChoice",
    "assess",
    "choose_variant",
    "export_library",
    "import_library",
    "install_starter_library",
    "latest_customer_tone",
    "load_render_context",
    "render",
    "sample_context",
    "variant_for",
]
