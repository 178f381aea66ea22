# SPDX-License-Identifier: GPL-3.0-or-later
"""The knowledge base: articles agents write, search, insert into replies and publish."""
