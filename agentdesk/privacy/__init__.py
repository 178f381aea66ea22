# SPDX-License-Identifier: GPL-3.0-or-later
"""Personal data of one customer under the GDPR: export it (Art. 15/20), erase it (Art. 17), and
anonymise customers no one has written with for years (retention). Qt-free; the window's dialogs
are in ``agentdesk.gui.privacy_dialog``, the commands are ``agentdesk customer export|erase|retention``.
"""
