# SPDX-License-Identifier: GPL-3.0-or-later
"""The Qt Designer forms (``*.ui``) of AgentDesk's windows and dialogs.

Installed as the package ``agentdesk.ui`` (see ``setup.py``), so a checkout, a wheel and the
bundle find the forms the same way: ``agentdesk.gui.designer.load_form``. This file only makes
the folder a package; an editable install can map a package outside ``agentdesk/``, but not a
folder without one.
"""
