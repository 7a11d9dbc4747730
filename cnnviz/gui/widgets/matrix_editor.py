"""An editable small matrix: one cell per number; a bad entry is refused with a message
naming it, and the cell keeps its old value."""

from __future__ import annotations

import numpy as np

from cnnviz.errors import ConfigError
from cnnviz.gui.i18n import error_text
from cnnviz.gui.qt import QtCore, QtWidgets
from cnnviz.labs.inputs import parse_entry

CELL_PX = 40
TEXT_PAD_PX = 12   # room beside a cell's text for the item's margins and the grid line
# keys of the cell cursor and of typing a number, which the labs' pages also use for their
# animation
TABLE_KEYS = {QtCore.Qt.Key.Key_Left, QtCore.Qt.Key.Key_Right, QtCore.Qt.Key.Key_Home,
              QtCore.Qt.Key.Key_End, QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter,
              QtCore.Qt.Key.Key_Plus, QtCore.Qt.Key.Key_Minus, QtCore.Qt.Key.Key_Equal}


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("MatrixEditor", text)


def format_entry(v: float) -> str:
    """Whole numbers without decimals, others with up to four significant decimals."""
    return f"{v:.0f}" if float(v).is_integer() else f"{v:.4g}"


class MatrixEditor(QtWidgets.QTableWidget):
    """Edit a small 2-D array cell by cell; ``edited`` is emitted after a good entry.

    The row and column headers count from ``first``: 0 where the page's formulas index
    arrays from 0 (``B[0,0]``), 1 where they use the lecture's subscripts (``y₁₁``).
    """

    edited = QtCore.Signal()
    entryRefused = QtCore.Signal(str)

    def __init__(self, name: str, parent=None, first: int = 0, cell: int = CELL_PX):
        super().__init__(parent)
        self.name = name
        self.first = int(first)
        self.cell = int(cell)   # pixels of a cell in the usual font; more in a larger one
        self._a = np.zeros((1, 1))
        self._writing = False
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(CELL_PX)
            header.setMinimumSectionSize(24)
        f = self.font()
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.setFont(f)
        self.itemChanged.connect(self._on_item)
        self.set_array(self._a)

    def set_array(self, a) -> None:
        """Show ``a`` (2-D); emits nothing."""
        a = np.array(a, dtype=np.float64)
        self._a = a
        self._writing = True
        try:
            self.setRowCount(a.shape[0])
            self.setColumnCount(a.shape[1])
            self.setHorizontalHeaderLabels([str(c + self.first) for c in range(a.shape[1])])
            self.setVerticalHeaderLabels([str(r + self.first) for r in range(a.shape[0])])
            for (r, c), v in np.ndenumerate(a):
                item = QtWidgets.QTableWidgetItem(format_entry(v))
                item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
                self.setItem(r, c, item)
        finally:
            self._writing = False
        self._fit()

    def array(self) -> np.ndarray:
        return self._a.copy()

    def resize_to(self, h: int, w: int) -> None:
        """Change the size, keeping the numbers that still fit and adding zeros."""
        a = np.zeros((h, w))
        hh, ww = min(h, self._a.shape[0]), min(w, self._a.shape[1])
        a[:hh, :ww] = self._a[:hh, :ww]
        self.set_array(a)
        self.edited.emit()

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802  (Qt's name)
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._fit()   # presentation mode's larger font: larger cells, no scroll bars

    def _fit(self) -> None:
        h, w = self._a.shape
        # self.cell for the usual font; more when the font is larger (presentation mode)
        base = max(self.cell, round(self.fontMetrics().height() * 1.9))
        cell = base if max(h, w) <= 7 else max(24, base * 7 // max(h, w))
        # a column is at least as wide as its widest number: "0.25" showed as "0..."
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(format_entry(v)) for v in self._a.flat), default=0)
        column = max(cell, widest + TEXT_PAD_PX)
        self.horizontalHeader().setDefaultSectionSize(column)
        self.verticalHeader().setDefaultSectionSize(cell)
        frame = 2 * self.frameWidth()
        width = self.verticalHeader().sizeHint().width() + w * column + frame
        height = self.horizontalHeader().sizeHint().height() + h * cell + frame
        self.setFixedSize(min(width, 420), min(height, 420))

    def event(self, event: QtCore.QEvent) -> bool:
        # while a cell is edited, its keys (Return, arrows, +, -) belong to the cell, not
        # to the page's shortcuts; so do the cell cursor's arrows and a leading "-" or "+"
        # (which starts typing a number) while the table has the focus
        if event.type() == QtCore.QEvent.Type.ShortcutOverride and (
                self.state() == QtWidgets.QAbstractItemView.State.EditingState
                or event.key() in TABLE_KEYS):
            event.accept()
            return True
        return super().event(event)

    def _on_item(self, item: QtWidgets.QTableWidgetItem) -> None:
        if self._writing:
            return
        r, c = item.row(), item.column()
        try:
            value = parse_entry(item.text(), tr("{0}, row {1}, column {2}").format(
                self.name, r + self.first, c + self.first))   # as the headers say
        except ConfigError as e:
            self._writing = True
            item.setText(format_entry(self._a[r, c]))
            self._writing = False
            self.entryRefused.emit(error_text(e))
            return
        self._a[r, c] = value
        self._writing = True
        item.setText(format_entry(value))
        self._writing = False
        self._fit()   # a longer number widens its column
        self.edited.emit()
