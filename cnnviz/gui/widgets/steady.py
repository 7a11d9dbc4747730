"""Widgets whose contents change many times a second while training (counters, the step
on show, the timeline's range) without asking the window to lay itself out again.

A plain QLabel or QSpinBox asks its layout for a new layout on every new text or range,
and the request climbs to the main window: its re-layout repainted the whole window on
every frame while training. A widget of fixed size (its smallest and largest size equal)
asks nothing, so these keep one, grown when a text needs more room and never shrunk until
their font or style changes.
"""

from __future__ import annotations

from cnnviz.gui.qt import QtCore, QtWidgets

#: Qt's QWIDGETSIZE_MAX: no largest size
SIZE_MAX = (1 << 24) - 1
_REMEASURE = (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange)


def _grow(widget: QtWidgets.QWidget, need: QtCore.QSize) -> None:
    have = widget.minimumSize()
    if need.width() > have.width() or need.height() > have.height():
        widget.setFixedSize(max(need.width(), have.width()), max(need.height(), have.height()))


def _release(widget: QtWidgets.QWidget) -> None:
    widget.setMinimumSize(0, 0)
    widget.setMaximumSize(SIZE_MAX, SIZE_MAX)


class SteadyLabel(QtWidgets.QLabel):
    """A label of fixed size, at least as large as ``room`` (a typical long text)."""

    def __init__(self, text: str = "", room: str = "", parent=None):
        super().__init__(parent)
        self.room = room
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def _fit(self) -> None:
        need = super().sizeHint()
        if self.room:
            need = need.expandedTo(QtCore.QSize(self.fontMetrics().horizontalAdvance(self.room)
                                                + 2 * self.margin() + 4, need.height()))
        _grow(self, need)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        if event.type() in _REMEASURE:
            _release(self)
            self._fit()


class SteadySpinBox(QtWidgets.QSpinBox):
    """A spin box of fixed size, as wide as a value of ``digits`` digits needs, whose range
    can change every frame."""

    def __init__(self, digits: int = 7, parent=None):
        super().__init__(parent)
        self.digits = digits
        self._fit()

    def _fit(self) -> None:
        lo, hi = self.minimum(), self.maximum()
        blocker = QtCore.QSignalBlocker(self)
        self.setRange(0, 10 ** self.digits - 1)
        need = self.sizeHint()
        self.setRange(lo, hi)
        del blocker
        _release(self)
        _grow(self, need)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        if event.type() in _REMEASURE:
            self._fit()
