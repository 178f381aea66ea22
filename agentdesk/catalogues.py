# SPDX-License-Identifier: GPL-3.0-or-later
"""Keep the translation catalogues current and compile them: a build tool, no Qt import.

    python -m agentdesk.catalogues update          # lupdate: code and forms -> resources/translations/*.ts
    python -m agentdesk.catalogues compile [DIR]   # lrelease: *.ts -> DIR/*.qm
    python -m agentdesk.catalogues check OUT.ts    # lupdate into OUT.ts only (the tests compare)
    python -m agentdesk.catalogues pseudo [DIR]    # a pseudo-translation: DIR/agentdesk_pseudo.qm

The pseudo-translation finds the tight spots of the layout before a translator does: every text
of the code is about 40% longer, accented and bracketed ("Send reply" -> "[Šéñð ŕéþļý ~~~~]"),
its placeholders (``%1``, ``%n``, ``{name}``), markup and ``&`` accelerators kept. A text that is
cut off shows no closing bracket; one that stayed English was never given to the catalogue.
``AGENTDESK_PSEUDO=1 agentdesk ...`` (or ``i18n.install("pseudo")``) loads it.

The ``.ts`` files are the sources and live in git; the compiled ``.qm`` files do not. ``./dev``
compiles them into ``agentdesk/data/translations/`` before ``start`` and ``test``, and
:class:`BuildPy` (setuptools' ``build_py``, named in pyproject.toml) compiles them into every wheel
and editable install. The tools ship with PySide6 (``pyside6-lupdate``, ``pyside6-lrelease``).
It lives inside the package so a build finds it with the sources it builds.
"""

from __future__ import annotations

import importlib
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "resources" / "translations"
LANGUAGES = ("de", "da")
COMPILED = ROOT / "agentdesk" / "data" / "translations"
# The services mark their sentences with agentdesk.messages.translatable(context, text).
ALIASES = "QT_TRANSLATE_NOOP+=translatable"


def catalogues() -> list[Path]:
    return [HERE / f"agentdesk_{language}.ts" for language in LANGUAGES]


def sources() -> list[str]:
    """Every Python file of the package and every Designer form, relative to the checkout."""
    found = sorted(p for p in (ROOT / "agentdesk").rglob("*.py") if "__pycache__" not in p.parts)
    for forms in (ROOT / "ui", ROOT / "agentdesk" / "gui" / "forms"):
        if forms.is_dir():
            found += sorted(forms.glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in found]


def tool(name: str) -> str:
    """``lupdate`` or ``lrelease`` from the PySide6 installed beside this Python, else from PATH."""
    for candidate in (
        Path(sys.executable).parent / f"pyside6-{name}",
        Path(sys.executable).parent / f"pyside6-{name}.exe",
    ):
        if candidate.exists():
            return str(candidate)
    try:
        import importlib.util

        spec = importlib.util.find_spec("PySide6")
        if spec is not None and spec.origin:
            for suffix in ("", ".exe"):
                binary = Path(spec.origin).parent / f"{name}{suffix}"
                if binary.exists():
                    return str(binary)
    except ImportError:
        pass
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def lupdate(targets: list[Path], *, quiet: bool = True) -> None:
    command = [tool("lupdate"), "-tr-function-alias", ALIASES, "-locations", "none", "-no-obsolete"]
    command += ["-source-language", "en", *sources(), "-ts", *map(str, targets)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=quiet)


def update() -> None:
    for ts in catalogues():
        # One call per file so each keeps its own target language.
        lupdate([ts], quiet=False)
        _set_language(ts, ts.stem.rsplit("_", 1)[1])


def _set_language(ts: Path, language: str) -> None:
    text = ts.read_text(encoding="utf-8")
    if 'language="' not in text:
        text = text.replace('<TS version="2.1"', f'<TS version="2.1" language="{language}"', 1)
        ts.write_text(text, encoding="utf-8")


def compile_catalogues(out: Path = COMPILED) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in catalogues():
        if not ts.exists():
            continue
        qm = out / (ts.stem + ".qm")
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


# -- pseudo-translation ---------------------------------------------------------------------------

PSEUDO = "pseudo"
_ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "áƀçðéƒĝĥíĵķļɱñóþǫŕšťúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŤÚṼŴẊÝŽ",
        strict=True,
    )
)
# Kept as they are: Qt's and Python's placeholders, markup and entities, accelerators, spaces.
_KEEP = re.compile(r"%L?\d+|%L?n|\{[^{}]*\}|<[^>]*>|&(?:[A-Za-z]+|#\d+);|&&|&\S|\s+")


def pseudo_text(text: str) -> str:
    """``text`` about 40% longer, accented and in brackets, with everything Qt or the code reads
    in it kept: placeholders, markup, entities, ``&`` accelerators (and the letter they mark)."""
    if not text.strip():
        return text
    out: list[str] = []
    at = 0
    for match in _KEEP.finditer(text):
        out.append("".join(_ACCENTED.get(c, c) for c in text[at : match.start()]))
        out.append(match.group())
        at = match.end()
    out.append("".join(_ACCENTED.get(c, c) for c in text[at:]))
    padding = max(1, math.ceil(len(text) * 0.4) - 3)
    if text.lstrip().startswith("<"):  # rich text must start with its tag to be read as such
        return f"{''.join(out)} {'~' * (padding + 2)}"
    return f"[{''.join(out)} {'~' * padding}]"


def pseudo_catalogue(source: Path, out: Path) -> None:
    """Write ``out`` (.ts): every message of ``source`` with its pseudo-translation."""
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "de")  # two plural forms, as English has
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo_text(text)
        else:
            translation.text = pseudo_text(text)
    tree.write(out, encoding="utf-8", xml_declaration=True)


def compile_pseudo(out: Path = COMPILED) -> Path:
    """``out/agentdesk_pseudo.qm`` from every text the code has today (lupdate into a scratch
    catalogue, so the pseudo-translation never lags behind the code)."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        extracted = Path(scratch) / "agentdesk_en.ts"
        lupdate([extracted])
        ts = Path(scratch) / f"agentdesk_{PSEUDO}.ts"
        pseudo_catalogue(extracted, ts)
        qm = out / f"agentdesk_{PSEUDO}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["compile"]:
        compile_catalogues(Path(argv[1]) if len(argv) > 1 else COMPILED)
    elif argv[:1] == ["check"] and len(argv) == 2:
        lupdate([Path(os.path.abspath(argv[1]))])
    elif argv[:1] == [PSEUDO]:
        print(compile_pseudo(Path(argv[1]) if len(argv) > 1 else COMPILED))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


def _setuptools_build_py() -> Any:
    try:
        return importlib.import_module("setuptools.command.build_py").build_py
    except ImportError:  # only a build needs setuptools
        return object


class BuildPy(_setuptools_build_py()):  # type: ignore[misc]
    """setuptools' ``build_py`` that also compiles the catalogues into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            out = COMPILED  # an editable install reads the package from the checkout
        else:
            out = Path(self.build_lib) / "agentdesk" / "data" / "translations"
        compile_catalogues(out)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
