"""Import Qt through one place: PySide6 first, then pyqtgraph configured for it."""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6 import QtCore, QtGui, QtWidgets  # noqa: E402
from PySide6.QtCore import QT_TR_NOOP, QT_TRANSLATE_NOOP  # noqa: E402  (markers for tools/translations.py)

import pyqtgraph as pg  # noqa: E402

pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)

__all__ = ["QtCore", "QtGui", "QtWidgets", "pg", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"]
