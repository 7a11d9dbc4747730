"""Test-wide settings: Qt draws offscreen, before any QApplication exists, on one screen
of a projector's 1280x800 (the offscreen plugin's own screen is 800x800, narrower than
the window is ever meant to be shown on)."""

import os
from pathlib import Path

_SCREEN = Path(__file__).with_name("offscreen_projector.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


import pytest  # noqa: E402


@pytest.fixture(scope="session")
def qapp():
    """The test run's QApplication is the window's own (pytest-qt's ``qapp``, made by
    ``cnnviz.gui.app.make_app``): the same font, and the garbage collected between
    events only (``cnnviz.gui.gui_gc``), whichever test makes it first. With pytest-qt's
    plain application, the tests before the first ``make_app`` ran with automatic
    collection, which once deleted an old widget inside a Qt call holding the lock its
    destructor needed, and the run froze."""
    from cnnviz.gui.app import make_app

    return make_app()
