"""The labs: pages of the main window that take one idea of the lecture apart.

Each entry of ``LAB_PAGES`` is ``(tab title, factory)``; ``factory(window)`` builds the
page (a QWidget with a unique object name) for a :class:`~cnnviz.gui.MainWindow`, from
which it may read ``window.data`` and ``window.controller``. The labs compute nothing
themselves: their numbers come from :mod:`cnnviz.labs`, which asks the core.
"""

from __future__ import annotations

from cnnviz.gui.views.health_page import health_page

LAB_PAGES: list = [("Health", health_page)]
