# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo workspace: a believable helpdesk to explore, and the data set the benchmarks run on."""

from agentdesk.demo.build import DemoSummary, build_demo, default_anchor

__all__ = ["DemoSummary", "build_demo", "default_anchor"]
