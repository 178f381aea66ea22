# SPDX-License-Identifier: GPL-3.0-or-later
"""Keep the translation catalogues current and compile them: a build tool, no Qt import.

    python -m agentdesk.catalogues update          # lupdate: code and forms -> resources/translations/*.ts
    python -m agentdesk.catalogues compile [DIR]   # lrelease: *.ts -> DIR/*.qm
    python -m agentdesk.catalogues check OUT.ts    # lupdate into OUT.ts only (the tests compare)

The ``.ts`` files are the sources and live in git; the compiled ``.qm`` files do not. ``./dev``
compiles them into ``agentdesk/data/translations/`` before ``start`` and ``test``, and
:class:`BuildPy` (setuptools' ``build_py``, named in pyproject.toml) compiles them into every wheel
and editable install. The tools ship with PySide6 (``pyside6-lupdate``, ``pyside6-lrelease``).
It lives inside the package so a build finds it with the sources it builds.
"""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
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


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["compile"]:
        compile_catalogues(Path(argv[1]) if len(argv) > 1 else COMPILED)
    elif argv[:1] == ["check"] and len(argv) == 2:
        lupdate([Path(os.path.abspath(argv[1]))])
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
