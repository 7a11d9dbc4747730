"""Test-wide settings: Qt draws offscreen, before any QApplication exists, on one screen
of a projector's 1280x800 (the offscreen plugin's own screen is 800x800, narrower than
the window is ever meant to be shown on)."""

import os
from pathlib import Path

_SCREEN = Path(__file__).with_name("offscreen_projector.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
