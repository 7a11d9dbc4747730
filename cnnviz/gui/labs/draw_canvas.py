"""A square canvas to draw a digit on with the mouse: thick round pen, undo, clear.

The ink is painted by :func:`cnnviz.data.drawing.add_segment` into a NumPy array, the very
array the MNIST pipeline then reads, so what the students see is what the network gets.
"""

from __future__ import annotations

import numpy as np

from cnnviz.data.drawing import add_segment, rasterize
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets
from cnnviz.gui.widgets.export_menu import ExportMenuMixin

SIZE = 280      # canvas pixels a side: ten times MNIST's 28
PEN = 24.0      # pen diameter in canvas pixels: about MNIST's 2-3 pixel strokes at 20x20


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("DrawCanvas", text)


class DrawCanvas(ExportMenuMixin, QtWidgets.QWidget):
    """Black ink on white paper; ``changed`` after every piece of stroke, undo or clear.
    Right click: export the drawing as PNG/SVG."""

    changed = QtCore.Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("draw_canvas")
        self.setMinimumSize(240, 240)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding,
                           QtWidgets.QSizePolicy.Policy.Expanding)
        self.setCursor(QtCore.Qt.CursorShape.CrossCursor)
        self.setToolTip(tr("Draw a digit with the left mouse button"))
        self.strokes: list[list[tuple[float, float]]] = []
        self._ink = np.zeros((SIZE, SIZE))
        self._drawing = False

    # -- the drawing ------------------------------------------------------------------
    def ink(self) -> np.ndarray:
        """A copy of the canvas as ink coverage (SIZE, SIZE) in [0, 1]."""
        return self._ink.copy()

    def set_strokes(self, strokes) -> None:
        """Replace the drawing by ``strokes`` (lists of (x, y) canvas points)."""
        self.strokes = [[(float(x), float(y)) for x, y in s] for s in strokes]
        self._redraw()

    def undo(self) -> None:
        if self.strokes:
            self.strokes.pop()
            self._redraw()

    def clear(self) -> None:
        if self.strokes:
            self.strokes = []
            self._redraw()

    def _redraw(self) -> None:
        self._ink = rasterize(self.strokes, PEN, (SIZE, SIZE))
        self.update()
        self.changed.emit()

    # -- geometry -----------------------------------------------------------------------
    def _square(self) -> QtCore.QRectF:
        side = min(self.width(), self.height()) - 2
        return QtCore.QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def to_canvas(self, pos: QtCore.QPointF) -> tuple[float, float]:
        sq = self._square()
        k = SIZE / sq.width()
        return (pos.x() - sq.x()) * k, (pos.y() - sq.y()) * k

    def to_widget(self, x: float, y: float) -> QtCore.QPointF:
        """Where canvas point (x, y) is on the widget (for tests and demos); not rounded,
        so that the way back lands on the same canvas point whatever the widget's size."""
        sq = self._square()
        k = sq.width() / SIZE
        return QtCore.QPointF(sq.x() + x * k, sq.y() + y * k)

    # -- mouse --------------------------------------------------------------------------
    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        if event.button() != QtCore.Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._drawing = True
        p = self.to_canvas(event.position())
        self.strokes.append([p])
        add_segment(self._ink, p, p, PEN)
        self.update()
        self.changed.emit()

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:
        if not self._drawing:
            return
        p, last = self.to_canvas(event.position()), self.strokes[-1][-1]
        self.strokes[-1].append(p)
        add_segment(self._ink, last, p, PEN)
        self.update()
        self.changed.emit()

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:
        self._drawing = False

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        grey = np.ascontiguousarray(255 - np.round(self._ink * 255)).astype(np.uint8)
        image = QtGui.QImage(grey.data, SIZE, SIZE, SIZE, QtGui.QImage.Format.Format_Grayscale8)
        p = QtGui.QPainter(self)
        p.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform)
        sq = self._square()
        p.drawImage(sq, image)
        p.setPen(QtGui.QPen(self.palette().color(QtGui.QPalette.ColorRole.Mid), 1))
        p.drawRect(sq)
        if not self.strokes:
            p.setPen(self.palette().color(QtGui.QPalette.ColorRole.PlaceholderText))
            p.drawText(sq, QtCore.Qt.AlignmentFlag.AlignCenter, tr("draw a digit here"))
        p.end()
