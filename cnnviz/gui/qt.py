"""Import Qt through one place: PySide6 first, then pyqtgraph configured for it."""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6 import QtCore, QtGui, QtWidgets  # noqa: E402

import pyqtgraph as pg  # noqa: E402

pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)

__all__ = ["QtCore", "QtGui", "QtWidgets", "pg"]
