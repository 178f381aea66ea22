# SPDX-License-Identifier: GPL-3.0-or-later
"""Keep the translation catalogues current and compile them; no Qt import, only Qt's tools.

    python resources/translations/catalogue.py update          # lupdate: code and forms -> *.ts
    python resources/translations/catalogue.py compile [DIR]   # lrelease: *.ts -> DIR/*.qm
    python resources/translations/catalogue.py check OUT.ts    # lupdate into OUT.ts only

``./dev`` compiles before ``start`` and ``test``, and ``setup.py`` before a wheel is built, into
``agentdesk/data/translations/`` (not in git: the ``.ts`` files are the sources). The tools ship
with PySide6 (``pyside6-lupdate``, ``pyside6-lrelease``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
