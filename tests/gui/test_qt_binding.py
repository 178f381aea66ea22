# SPDX-License-Identifier: GPL-3.0-or-later
"""Guards against Qt binding releases that would crash a long desk session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_calls_returning_nothing_keep_none_alive() -> None:
    # PySide6 6.12.0 dropped a reference to None on every call that returns nothing; on Python 3.11
    # that ends in "Fatal Python error: none_dealloc" after enough calls. pyproject excludes it.
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        obj.setObjectName("probe")
    assert sys.getrefcount(None) - before > -10
