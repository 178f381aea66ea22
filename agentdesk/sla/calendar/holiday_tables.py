# SPDX-License-Identifier: GPL-3.0-or-later
"""Public holidays from the ``holidays`` package, loading only the countries a calendar names.

``holidays.countries`` imports every one of its ~250 country modules at once (about a second,
and ``list_supported_countries()`` does the same); a workspace uses one or two. The country codes
come from the package's registry, which is a plain table; a country's own module is loaded on
its own the first time it is needed. A country module that builds on another country's (a few
overseas territories) loads the whole package as before, and so does anything else importing
``holidays.countries``: the modules loaded here are the very ones it then uses.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import sys
import threading
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import holidays
from holidays.registry import COUNTRIES

_LOCK = threading.RLock()
_PACKAGE = "holidays.countries"


@cache
def _entities() -> dict[str, tuple[str, str]]:
    """Each country code (and alias, as ``list_supported_countries()`` lists them) -> (module
    name, class name)."""
    found: dict[str, tuple[str, str]] = {}
    for module, entry in COUNTRIES.items():
        class_name, *codes = entry
        for code in codes:
            if 2 <= len(code) <= 3:
                found[code] = (module, class_name)
    return found


def is_country(code: object) -> bool:
    """Whether ``code`` is a country code the holidays package knows (without loading any)."""
    return isinstance(code, str) and code in _entities()


def _module(name: str) -> ModuleType:
    full = f"{_PACKAGE}.{name}"
    with _LOCK:
        loaded = sys.modules.get(full)
        if loaded is not None:
            return loaded
        if _PACKAGE in sys.modules:
            return importlib.import_module(full)
        path = Path(holidays.__file__).parent / "countries" / f"{name}.py"
        if not path.is_file():  # a frozen build keeps no source files: the usual way
            return importlib.import_module(full)
        spec = importlib.util.spec_from_file_location(full, path)
        if spec is None or spec.loader is None:
            return importlib.import_module(full)
        module = importlib.util.module_from_spec(spec)
        sys.modules[full] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            sys.modules.pop(full, None)
            raise
        return module


def country_class(code: str) -> Any:
    """The ``HolidayBase`` class of the country ``code`` (KeyError for an unknown code)."""
    module, class_name = _entities()[code]
    return getattr(_module(module), class_name)


def subdivisions(code: str) -> list[str]:
    """The subdivision codes of the country ``code``, as ``list_supported_countries()`` gives them."""
    return list(country_class(code).subdivisions)


def holiday_names(country: str, subdivision: str | None, year: int) -> dict[dt.date, str]:
    """The public holidays of ``country`` (and ``subdivision``) in ``year``, by date."""
    table = country_class(country)(subdiv=subdivision, years=year)
    return {day: str(name) for day, name in table.items()}
