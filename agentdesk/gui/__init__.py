# SPDX-License-Identifier: GPL-3.0-or-later
"""The Qt user interface. The only package (with ``agentdesk.app``) that imports Qt."""
