# SPDX-License-Identifier: GPL-3.0-or-later
"""Which packages a build installs; everything else is in pyproject.toml.

The Designer forms live at the top level in ``ui/`` and the application icon in
``resources/icons/``; pyproject.toml maps those folders to the packages ``agentdesk.ui`` and
``agentdesk.icons``. Package discovery only finds packages inside ``agentdesk/``, so the two are
named here, which pyproject.toml cannot do next to a discovery rule.
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=[
        *find_namespace_packages(include=["agentdesk", "agentdesk.*"]),
        "agentdesk.ui",
        "agentdesk.icons",
    ]
)
