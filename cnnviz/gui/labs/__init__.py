"""The labs: pages of the main window that take one idea of the lecture apart.

Each entry of ``LAB_PAGES`` is ``(tab title, factory)``; ``factory(window)`` builds the
page (a QWidget with a unique object name) for a :class:`~cnnviz.gui.MainWindow`, from
which it may read ``window.data`` and ``window.controller``. The labs compute nothing
themselves: their numbers come from :mod:`cnnviz.labs`, which asks the core.
"""

from __future__ import annotations

from cnnviz.gui.labs import draw_page, eval_page

LAB_PAGES: list = [
    ("Draw", draw_page.make_page),
    ("Evaluation", eval_page.make_page),
]
