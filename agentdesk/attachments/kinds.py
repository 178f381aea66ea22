# SPDX-License-Identifier: GPL-3.0-or-later
"""What a file is: its type from its name, whether opening it can run code, a name safe to save.

Opening a customer's file with the system's application is where a helpdesk gets infected: a
program, a script, a shortcut, or an office document with macros. ``risk_of`` names the two kinds
the window warns about before opening; the name's extension decides, not the sender's declared
type, because the system opens by extension.
"""

from __future__ import annotations

import enum
import mimetypes
import re
import unicodedata

EXECUTABLE = frozenset(
    {
        "exe", "com", "scr", "pif", "bat", "cmd", "msi", "msp", "msc", "cpl", "dll", "sys", "vb", "vbs",
        "vbe", "js", "jse", "ws", "wsf", "wsh", "ps1", "ps2", "psm1", "hta", "lnk", "reg", "inf", "jar",
        "app", "command", "sh", "bash", "csh", "ksh", "run", "bin", "apk", "deb", "rpm", "appimage",
        "dmg", "pkg", "py", "pyw", "pl", "rb", "scf", "url", "iso", "img", "gadget", "application",
        "desktop", "elf",
    }
)  # fmt: skip
MACRO_OFFICE = frozenset(
    {"docm", "dotm", "xlsm", "xltm", "xlam", "xlsb", "pptm", "potm", "ppam", "ppsm", "sldm", "doc", "dot",
     "xls", "xlt", "xla", "ppt", "pot", "pps", "odt", "ods", "odp"}
)  # fmt: skip
EXECUTABLE_TYPES = frozenset(
    {
        "application/x-msdownload",
        "application/x-msdos-program",
        "application/x-executable",
        "application/x-sh",
        "application/x-dosexec",
        "application/vnd.microsoft.portable-executable",
        "application/java-archive",
        "application/x-ms-shortcut",
    }
)
MACRO_TYPES = frozenset(
    {
        "application/vnd.ms-word.document.macroenabled.12",
        "application/vnd.ms-excel.sheet.macroenabled.12",
        "application/vnd.ms-powerpoint.presentation.macroenabled.12",
        "application/msword",
        "application/vnd.ms-excel",
        "application/vnd.ms-powerpoint",
    }
)
_EXTRA_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "heic": "image/heic",
    "webp": "image/webp",
    "csv": "text/csv",
    "eml": "message/rfc822",
}
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)


class Risk(enum.Enum):
    """Why opening a file needs the agent's confirmation."""

    EXECUTABLE = "executable"  # a program, script or shortcut
    MACRO = "macro"  # an office document that can carry macros


def extension(filename: str) -> str:
    name = filename.strip().rstrip(". ").lower()
    return name.rsplit(".", 1)[1] if "." in name else ""


def risk_of(filename: str, content_type: str = "") -> Risk | None:
    """Whether opening ``filename`` (declared as ``content_type``) may run code. Every extension
    counts ("invoice.pdf.exe" is a program), as the sender's declared type does."""
    parts = filename.strip().rstrip(". ").lower().split(".")[1:]
    ctype = content_type.split(";", 1)[0].strip().lower()
    if parts and parts[-1] in EXECUTABLE or ctype in EXECUTABLE_TYPES:
        return Risk.EXECUTABLE
    if parts and parts[-1] in MACRO_OFFICE or ctype in MACRO_TYPES:
        return Risk.MACRO
    return None


def guess_type(filename: str) -> str:
    """The MIME type a file's name suggests (``application/octet-stream`` when unknown)."""
    ext = extension(filename)
    if ext in _EXTRA_TYPES:
        return _EXTRA_TYPES[ext]
    guessed, _encoding = mimetypes.guess_type("x." + ext) if ext else (None, None)
    return guessed or "application/octet-stream"


def safe_filename(filename: str, fallback: str = "attachment") -> str:
    """A name that can be written in any folder on any system: no path, no control or reserved
    characters, no device names, at most 200 characters with the extension kept."""
    name = unicodedata.normalize("NFC", filename)
    name = _UNSAFE.sub("_", name).strip(" .")
    if not name or _RESERVED.match(name):
        name = f"{fallback}_{name}" if name else fallback
    if len(name) > 200:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: 199 - len(ext)] + "." + ext) if dot and len(ext) <= 16 else name[:200]
    return name
