# SPDX-License-Identifier: GPL-3.0-or-later
"""AgentDesk's benchmark suite (DESIGN.md §8), run with ``python -m bench`` from the repository root.

Every figure is measured next to a raw baseline in the same run: the measured code and its
baseline alternate repetition by repetition, and each figure reports the medians, the 95th
percentiles and the ratio of the medians. On a busy machine both sides slow down together, so the
ratio stays meaningful where a bare number would not.
"""
