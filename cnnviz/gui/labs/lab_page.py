"""What the pages of this package share: the window they belong to, and big bold text."""

from __future__ import annotations

from cnnviz.gui.qt import QtWidgets


class LabPage(QtWidgets.QWidget):
    """A page of the main window with object name ``name``; keeps the window, its
    controller, data and class names."""

    def __init__(self, window, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.window_ = window
        self.controller = window.controller
        self.data = window.data
        self.classes = tuple(window.data.classes)


def make_bold(widget: QtWidgets.QWidget, pt: float) -> None:
    """A bold ``pt``-point font for a headline a projector must show."""
    font = widget.font()
    font.setPointSizeF(pt)
    font.setBold(True)
    widget.setFont(font)
