# SPDX-License-Identifier: GPL-3.0-or-later
"""``python -m bench``: see ``bench.cli``."""

from bench.cli import main

raise SystemExit(main())
