"""A NumberGrid that can also mark single cells with a ring: the winner of a max pool,
the number picked for a gradient check."""

from __future__ import annotations

from cnnviz.gui import style
from cnnviz.gui.qt import QtCore, QtGui
from cnnviz.gui.widgets.number_grid import NumberGrid


class MarkedGrid(NumberGrid):
    """:class:`NumberGrid` plus ``set_marked(cells)``: a thick ring in each cell."""

    def __init__(self, title: str = "", parent=None):
        super().__init__(title, parent)
        self.index_base = 1    # the pooling and backprop labs write 1-based subscripts
        self._marked: list[tuple[int, int]] = []
        self._mark_color = QtGui.QColor(style.OUTPUT_COLOR)

    def set_marked(self, cells, color: QtGui.QColor | str | None = None) -> None:
        """Ring ``cells`` (iterable of (row, col)); an empty iterable clears."""
        self._marked = [(int(r), int(c)) for r, c in cells]
        if color is not None:
            self._mark_color = QtGui.QColor(color)
        self.update()

    def marked(self) -> list[tuple[int, int]]:
        return list(self._marked)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        shape = self.displayed().shape
        cells = [(r, c) for r, c in self._marked if 0 <= r < shape[0] and 0 <= c < shape[1]]
        if not cells:
            return
        p = QtGui.QPainter(self)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        for r, c in cells:
            rect = self.cell_rect(r, c)
            width = max(2.0, min(5.0, rect.width() / 10))
            p.setPen(QtGui.QPen(self._mark_color, width))
            inset = width / 2 + rect.width() * 0.06
            p.drawEllipse(rect.adjusted(inset, inset, -inset, -inset))
        p.end()

