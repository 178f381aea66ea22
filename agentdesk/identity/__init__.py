# SPDX-License-Identifier: GPL-3.0-or-later
"""Who works at this desk: PINs and passwords (``secrets``), signing in and the waits after wrong
tries (``signin``), and each agent's drafts when the desk changes hands (``drafts``).

No Qt here: the sign-in dialog (``agentdesk.gui.signin_dialog``) and the window's part that locks
the desk (``agentdesk.gui.window.desk_lock``) build on it."""
