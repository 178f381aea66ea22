# SPDX-License-Identifier: GPL-3.0-or-later
"""The public articles as a static help centre: plain files a shop uploads to any web host.

``publish`` writes, for each language that has public articles:

- ``<language>/index.html``: every public article in that language, with a search field;
- ``<language>/<article id>.html``: one page per article (the id never changes, so a link sent
  to a customer keeps working when the title is edited), linking to its other languages;

and ``index.html`` at the top choosing the language. Every page carries its own style and, on the
index pages, a small inline script for the search: no external scripts, fonts, styles or
pictures, and a Content-Security-Policy that lets the browser load nothing else. Without
JavaScript the index lists every article. The search finds the articles whose title, text or tags
hold every word typed (as the start of a word, accents optional), as the desktop does, and reads
``?q=`` from the address so a search can be linked.

The shop's name and colour come from the workspace settings (``agentdesk.kb.help_centre``). The
pages are for customers, so their texts are in the page's language, written here.
"""

from __future__ import annotations

import html
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from agentdesk.errors import ValidationError
from agentdesk.kb.articles import ArticleRow, KnowledgeBase
from agentdesk.kb.help_centre import DEFAULT_NAME, HelpCentreSettings, article_path
from agentdesk.kb.markdown import to_html, to_text
from agentdesk.messages import translatable
from agentdesk.store.kb_models import Visibility
from agentdesk.store.models import LANGUAGES

MARKER = ".agentdesk-help-centre"  # in a folder we wrote, so publishing again may replace it

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "language": "English",
        "help": "Help Centre",
        "search": "Search the help centre",
        "search_button": "Search",
        "all": "All articles",
        "results": "Search results",
        "found_one": "1 article found",
        "found_many": "{n} articles found",
        "none": "No article matches your search. Try other words.",
        "reviewed": "Last reviewed",
        "back": "All articles",
        "also": "Also in",
        "skip": "Skip to the content",
        "choose": "Choose your language",
    },
    "de": {
        "language": "Deutsch",
        "help": "Hilfe",
        "search": "Hilfe durchsuchen",
        "search_button": "Suchen",
        "all": "Alle Artikel",
        "results": "Suchergebnisse",
        "found_one": "1 Artikel gefunden",
        "found_many": "{n} Artikel gefunden",
        "none": "Kein Artikel passt zu Ihrer Suche. Versuchen Sie andere Wörter.",
        "reviewed": "Zuletzt geprüft",
        "back": "Alle Artikel",
        "also": "Auch auf",
        "skip": "Zum Inhalt springen",
        "choose": "Wählen Sie Ihre Sprache",
    },
    "da": {
        "language": "Dansk",
        "help": "Hjælp",
        "search": "Søg i hjælpen",
        "search_button": "Søg",
        "all": "Alle artikler",
        "results": "Søgeresultater",
        "found_one": "1 artikel fundet",
        "found_many": "{n} artikler fundet",
        "none": "Ingen artikler passer til din søgning. Prøv andre ord.",
        "reviewed": "Senest gennemgået",
        "back": "Alle artikler",
        "also": "Også på",
        "skip": "Gå til indholdet",
        "choose": "Vælg dit sprog",
    },
}

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'self'"
)

STYLE = """
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
line-height:1.6;color:#1f2937;background:#f8fafc;font-size:1.05rem}
a{color:__LINK__}
a:focus-visible,input:focus-visible,button:focus-visible{outline:3px solid __COLOUR__;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem}
header{background:__COLOUR__;color:__ON__;padding:1.25rem 1rem}
header a{color:__ON__;text-decoration:none;font-weight:600;font-size:1.25rem}
header nav{margin-top:.35rem;font-size:.9rem}
header nav a{font-size:.9rem;font-weight:400;text-decoration:underline;margin-right:.75rem}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}
form{display:flex;gap:.5rem;flex-wrap:wrap;margin:0 0 1rem}
label.title{display:block;font-weight:600;margin-bottom:.35rem;width:100%}
input[type=search]{flex:1 1 14rem;min-width:0;font:inherit;padding:.6rem .75rem;border:2px solid #94a3b8;
border-radius:.4rem;background:#fff}
button{font:inherit;padding:.6rem 1rem;border:0;border-radius:.4rem;background:__COLOUR__;color:__ON__;
cursor:pointer}
ul.articles{list-style:none;padding:0;margin:0}
ul.articles li{background:#fff;border:1px solid #e2e8f0;border-radius:.5rem;margin:.5rem 0;padding:.8rem 1rem}
ul.articles li a{font-weight:600;text-decoration:none}
ul.articles li a:hover{text-decoration:underline}
.summary{margin:.25rem 0 0;color:#475569;font-size:.95rem}
.tags{margin:.3rem 0 0;font-size:.85rem;color:#475569}
.meta{color:#475569;font-size:.9rem}
article{background:#fff;border:1px solid #e2e8f0;border-radius:.5rem;padding:1rem 1.25rem}
article h1{margin-top:0;line-height:1.25}
pre{background:#f1f5f9;padding:.75rem;overflow-x:auto;border-radius:.4rem}
blockquote{margin:0;padding-left:1rem;border-left:4px solid #cbd5e1;color:#334155}
[hidden]{display:none!important}
@media (max-width:30rem){body{font-size:1rem}main{padding:1rem .75rem 2rem}}
"""

SCRIPT = """
(function(){
var data=JSON.parse(document.getElementById('search-data').textContent);
var form=document.getElementById('search');var input=document.getElementById('q');
var status=document.getElementById('status');var none=document.getElementById('none');
var items=document.querySelectorAll('ul.articles li');var heading=document.getElementById('heading');
function norm(s){return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').toLowerCase();}
function words(s){return norm(s).split(/[^\\p{L}\\p{N}]+/u).filter(Boolean);}
var index=data.map(function(d){return words(d.t+' '+d.b+' '+d.g);});
function run(){var q=words(input.value);var shown=0;
for(var i=0;i<items.length;i++){var w=index[i];var ok=q.every(function(x){
return w.some(function(y){return y.lastIndexOf(x,0)===0;});});items[i].hidden=!ok;if(ok)shown++;}
none.hidden=shown>0;heading.textContent=q.length?heading.dataset.results:heading.dataset.all;
status.textContent=q.length?(shown===1?form.dataset.one:form.dataset.many.replace('{n}',shown)):'';}
form.addEventListener('submit',function(e){e.preventDefault();run();
var u=new URL(location.href);
if(input.value){u.searchParams.set('q',input.value);}else{u.searchParams.delete('q');}
history.replaceState(null,'',u.toString());});
input.addEventListener('input',run);
var q=new URLSearchParams(location.search).get('q');if(q){input.value=q;}run();
})();
"""


@dataclass(frozen=True, slots=True)
class PublishResult:
    folder: Path
    articles: int  # public articles published
    pages: int  # article pages written (one per article and language)
    languages: tuple[str, ...]


def _site_name(settings: HelpCentreSettings, texts: dict[str, str]) -> str:
    """The help centre's name in a page's language: the shop's name beside "Help", or only
    "Help" in that language while the shop has not named it."""
    if settings.shop_name == DEFAULT_NAME:
        return texts["help"]
    return f"{settings.shop_name} · {texts['help']}"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _on_colour(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (WCAG relative luminance)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#000000" if (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) else "#ffffff"


def _link_colour(colour: str, on: str) -> str:
    """Links on white: the shop's colour when it is dark enough to read, else a dark blue."""
    return colour if on == "#ffffff" else "#1d4ed8"


def _style(settings: HelpCentreSettings) -> str:
    on = _on_colour(settings.colour)
    return (
        STYLE.replace("__COLOUR__", settings.colour)
        .replace("__ON__", on)
        .replace("__LINK__", _link_colour(settings.colour, on))
        .strip()
    )


def _page(
    language: str, title: str, settings: HelpCentreSettings, body: str, *, home: str, nav: str = ""
) -> str:
    texts = TEXTS[language]
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{_e(title)}</title>\n<style>{_style(settings)}</style>\n</head>\n<body>\n"
        f'<a class="skip" href="#content">{_e(texts["skip"])}</a>\n'
        f'<header><a href="{home}">{_e(_site_name(settings, texts))}</a>{nav}</header>\n'
        f'<main id="content">\n{body}\n</main>\n</body>\n</html>\n'
    )


def _script_json(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    for bad, safe in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(bad, safe)
    return text


def _summary(body: str, limit: int = 180) -> str:
    paragraphs = [p for p in to_text(body).split("\n\n") if p.strip()]
    text = " ".join(paragraphs[0].split()) if paragraphs else ""
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _index_page(
    language: str, rows: list[ArticleRow], settings: HelpCentreSettings, languages: list[str]
) -> str:
    texts = TEXTS[language]
    items = []
    data = []
    for row in rows:
        variant = row.variants[language]
        href = article_path(language, row.id).split("/", 1)[1]
        tags = f'<p class="tags">{_e(", ".join(row.tags))}</p>' if row.tags else ""
        items.append(
            f'<li><a href="{href}">{_e(variant.title)}</a>'
            f'<p class="summary">{_e(_summary(variant.body))}</p>{tags}</li>'
        )
        data.append({"t": variant.title, "b": to_text(variant.body), "g": " ".join(row.tags)})
    nav = _language_nav(language, languages, lambda lang: f"../{lang}/index.html")
    body = (
        f'<form id="search" role="search" action="index.html" data-one="{_e(texts["found_one"])}"'
        f' data-many="{_e(texts["found_many"])}">'
        f'<label class="title" for="q">{_e(texts["search"])}</label>'
        f'<input type="search" id="q" name="q" autocomplete="off">'
        f'<button type="submit">{_e(texts["search_button"])}</button></form>\n'
        f'<p id="status" role="status" aria-live="polite" class="meta"></p>\n'
        f'<h1 id="heading" data-all="{_e(texts["all"])}" data-results="{_e(texts["results"])}">'
        f"{_e(texts['all'])}</h1>\n"
        f'<ul class="articles">\n' + "\n".join(items) + "\n</ul>\n"
        f'<p id="none" hidden>{_e(texts["none"])}</p>\n'
        f'<script type="application/json" id="search-data">{_script_json(data)}</script>\n'
        f"<script>{SCRIPT.strip()}</script>"
    )
    return _page(language, _site_name(settings, texts), settings, body, home="index.html", nav=nav)


def _language_nav(current: str, languages: list[str], href: object) -> str:
    others = [lang for lang in languages if lang != current]
    if not others:
        return ""
    texts = TEXTS[current]
    links = " ".join(
        f'<a href="{_e(href(lang))}" lang="{lang}" hreflang="{lang}">{_e(TEXTS[lang]["language"])}</a>'  # type: ignore[operator]
        for lang in others
    )
    return f'<nav aria-label="{_e(texts["also"])}">{links}</nav>'


def _article_page(language: str, row: ArticleRow, settings: HelpCentreSettings) -> str:
    texts = TEXTS[language]
    variant = row.variants[language]
    reviewed = (
        f'<p class="meta">{_e(texts["reviewed"])}: <time datetime="{row.reviewed_at.date().isoformat()}">'
        f"{row.reviewed_at.date().isoformat()}</time></p>"
        if row.reviewed_at
        else ""
    )
    nav = _language_nav(language, list(row.languages), lambda lang: f"../{article_path(lang, row.id)}")
    body = (
        f'<p><a href="index.html">← {_e(texts["back"])}</a></p>\n'
        f"<article>\n<h1>{_e(variant.title)}</h1>\n"
        f"{to_html(variant.body, heading_offset=1)}\n{reviewed}\n</article>"
    )
    title = f"{variant.title} · {_site_name(settings, TEXTS[language])}"
    return _page(language, title, settings, body, home="index.html", nav=nav)


def _root_page(languages: list[str], settings: HelpCentreSettings) -> str:
    first = languages[0] if languages else "en"
    links = "\n".join(
        f'<li lang="{lang}"><a href="{lang}/index.html" hreflang="{lang}">'
        f"{_e(TEXTS[lang]['language'])}</a></li>"
        for lang in languages
    )
    body = f'<h1>{_e(TEXTS[first]["choose"])}</h1>\n<ul class="articles">\n{links}\n</ul>'
    return _page(first, _site_name(settings, TEXTS[first]), settings, body, home="index.html")


def _prepare(folder: Path) -> None:
    """An empty folder, a new one, or one we published before (replaced); anything else is
    refused, so a mistyped path never wipes someone's files."""
    if folder.exists() and not folder.is_dir():
        raise ValidationError(
            translatable("KnowledgeBase", "{folder} is a file, not a folder."), folder=str(folder)
        )
    if folder.is_dir() and any(folder.iterdir()):
        if not (folder / MARKER).exists():
            raise ValidationError(
                translatable(
                    "KnowledgeBase", "{folder} holds other files: publish into an empty folder or a new one."
                ),
                folder=str(folder),
            )
        for child in folder.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MARKER).write_text("Written by agentdesk kb publish; publishing again replaces this folder.\n")


def publish(kb: KnowledgeBase, folder: Path, settings: HelpCentreSettings) -> PublishResult:
    """Write the help centre of the public articles into ``folder`` (see the module docstring)."""
    public = [r for r in kb.list_articles() if r.visibility == Visibility.PUBLIC.value]
    languages = [lang for lang in LANGUAGES if any(lang in r.variants for r in public)]
    try:
        _prepare(folder)
        pages = 0
        for language in languages:
            rows = sorted(
                (r for r in public if language in r.variants),
                key=lambda r: (-r.uses, r.variants[language].title.casefold()),
            )
            (folder / language).mkdir()
            for row in rows:
                (folder / article_path(language, row.id)).write_text(
                    _article_page(language, row, settings), "utf-8"
                )
                pages += 1
            (folder / language / "index.html").write_text(
                _index_page(language, rows, settings, languages), "utf-8"
            )
        (folder / "index.html").write_text(_root_page(languages, settings), "utf-8")
    except OSError as exc:
        raise ValidationError(
            translatable("KnowledgeBase", "The help centre cannot be written to {folder}: {reason}"),
            folder=str(folder),
            reason=exc.strerror or str(exc),
        ) from exc
    return PublishResult(folder=folder, articles=len(public), pages=pages, languages=tuple(languages))
