# SPDX-License-Identifier: GPL-3.0-or-later
"""The application icon: ``agentdesk.svg`` and PNGs of it in the sizes launchers ask for.

Installed as the package ``agentdesk.icons`` (see ``setup.py``), so the window finds the icon in a
checkout, a wheel and the bundle alike; the bundle's ``.desktop`` entry uses the same files.
"""
