"""The cnnviz window: a controller that owns the training session and views that only
render the core's snapshots.

``cnnviz.gui.MainWindow()`` builds the main window with defaults.
"""

from __future__ import annotations


def __getattr__(name):
    if name == "MainWindow":
        from cnnviz.gui.main_window import MainWindow

        return MainWindow
    raise AttributeError(name)
