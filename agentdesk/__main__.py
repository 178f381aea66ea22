# SPDX-License-Identifier: GPL-3.0-or-later
from agentdesk.cli import main

raise SystemExit(main())
