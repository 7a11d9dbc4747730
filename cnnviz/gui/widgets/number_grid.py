"""A small matrix painted as coloured cells with their numbers, legible on a projector.

Cells can be highlighted (the window of a sliding kernel), shaded (the border a mode
adds) or blank (outputs not computed yet). Large arrays, such as a 32x32 digit, switch the
numbers off and show only colours.
"""

from __future__ import annotations

import numpy as np

from cnnviz.gui import style
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets

MAX_NUMBERS = 12        # more rows or columns than this: colours only
CELL_PX = 52            # preferred cell size with numbers
MIN_CELL_PX = 30        # smallest cell that still gets its number
MAX_CELL_PX = 72
MIN_FONT_PX = 10
TEXT_DARK, TEXT_LIGHT = QtGui.QColor("#111111"), QtGui.QColor("#ffffff")
GRID_COLOR = QtGui.QColor("#9a9a9a")
SHADE_COLOR = QtGui.QColor(120, 120, 120, 150)
TITLE_FLAGS = QtCore.Qt.AlignmentFlag.AlignCenter | QtCore.Qt.TextFlag.TextWordWrap


class NumberGrid(QtWidgets.QWidget):
    """A small matrix painted as cells with their numbers, for projectors."""

    cellHovered = QtCore.Signal(int, int)
    cellClicked = QtCore.Signal(int, int)

    def __init__(self, title: str = "", parent=None):
        super().__init__(parent)
        self._a = np.zeros((0, 0))
        self._decimals = 2
        self._colors: str | None = "diverging"
        self._levels: tuple[float, float] | None = None
        self._rgb = np.zeros((0, 0, 4), dtype=np.uint8)
        self._title = title
        self._highlight: list[tuple[int, int]] = []
        self._highlight_color = QtGui.QColor(style.ACTIVE_COLOR)
        self._shaded = np.zeros((0, 0), dtype=bool)
        self._blank = np.zeros((0, 0), dtype=bool)
        self._hover = (-1, -1)
        #: first row/column number in tooltips: 0 beside B[x,y] = Σ A[x+u, y+v] H[u,v],
        #: 1 beside the lecture's subscripts (y₁₁ = x₁₁ k₁₁ + ...); a (row, column) pair
        #: where they differ (a matrix with a border of another size on each axis)
        self.index_base: int | tuple[int, int] = 0
        #: or, where a cell is named by another matrix's subscripts (K turned 180°, whose
        #: top left cell is k₂₂), ``(row, col) -> "k₂₂"`` in place of the numbers
        self.cell_name = None
        self.min_cell = MIN_CELL_PX
        self.max_cell = MAX_CELL_PX
        self.setMouseTracking(True)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding,
                           QtWidgets.QSizePolicy.Policy.Expanding)

    # -- content -----------------------------------------------------------------
    def set_array(self, a, decimals: int = 2, colors: str | None = "diverging",
                  levels: tuple[float, float] | None = None) -> None:
        """Show ``a`` (2-D), its numbers rounded to ``decimals``; ``colors`` is
        ``"diverging"`` (zero white, symmetric), ``"gray"`` (min to max) or None (white)."""
        a = np.array(a, dtype=np.float64)
        if a.ndim != 2:
            raise ValueError(f"NumberGrid shows 2-D arrays, not shape {a.shape}")
        reshaped = a.shape != self._a.shape
        self._a, self._decimals, self._colors = a, int(decimals), colors
        if reshaped:
            self._shaded = np.zeros(a.shape, dtype=bool)
            self._blank = np.zeros(a.shape, dtype=bool)
            self._highlight = []
            self.updateGeometry()
        self._levels = levels
        self._rgb = self._cell_colors(levels)
        self.update()

    def recolor(self) -> None:
        """Take up the colour map :mod:`style` gives now (e.g. its high-contrast one)."""
        self._rgb = self._cell_colors(self._levels)
        self.update()

    def _cell_colors(self, levels) -> np.ndarray:
        a = self._a
        if self._colors is None or a.size == 0:
            return np.full(a.shape + (4,), 255, dtype=np.uint8)
        diverging = self._colors == "diverging"
        if levels is None:
            levels = style.symmetric_levels(a) if diverging else style.data_levels(a)
        lo, hi = levels
        norm = np.clip((a - lo) / (hi - lo if hi > lo else 1.0), 0.0, 1.0)
        rgb = style.colormap(diverging).map(norm.ravel(), mode="byte")
        return np.asarray(rgb, dtype=np.uint8).reshape(a.shape + (-1,))

    def set_title(self, text: str) -> None:
        self._title = text
        self.update()

    def title(self) -> str:
        return self._title

    def short_name(self) -> str:
        """The array's name from the title ("A" of "A: input (5×5)", "B + Σ so far"), for
        the value under the mouse: "[0, 0] = 7.8e-06" did not say which of a card's
        four grids it was."""
        # and of a formula its first name: "δ = dE/dY = Y − T" gives "δ", not a readout
        # "δ = dE/dY = Y − T [0, 0] = 0.5" that reads as T[0, 0]
        return self._title.split(":")[0].split(" (")[0].split(" = ")[0].strip()

    def set_highlight(self, cells, color: QtGui.QColor | str | None = None) -> None:
        """Outline ``cells`` (iterable of (row, col)); an empty iterable clears."""
        self._highlight = [(int(r), int(c)) for r, c in cells]
        if color is not None:
            self._highlight_color = QtGui.QColor(color)
        self.update()

    def highlighted(self) -> list[tuple[int, int]]:
        return list(self._highlight)

    def set_shaded(self, mask) -> None:
        """Hatch the cells where ``mask`` is True: the border a mode added to the input."""
        self._shaded = self._mask(mask)
        self.update()

    def set_blank(self, mask) -> None:
        """Draw the cells where ``mask`` is True empty: outputs not computed yet."""
        self._blank = self._mask(mask)
        self.update()

    def _mask(self, mask) -> np.ndarray:
        mask = np.zeros(self._a.shape, dtype=bool) if mask is None else np.asarray(mask, bool)
        if mask.shape != self._a.shape:
            raise ValueError(f"mask of shape {mask.shape} for an array of shape {self._a.shape}")
        return mask.copy()

    def displayed(self) -> np.ndarray:
        """The array on show."""
        return self._a.copy()

    def numbers_shown(self) -> bool:
        return 0 < max(self._a.shape, default=0) <= MAX_NUMBERS

    def text_at(self, r: int, c: int) -> str:
        """The text painted in cell ``(r, c)``: empty when blank or when numbers are off."""
        if not self.numbers_shown() or self._blank[r, c]:
            return ""
        text = f"{self._a[r, c]:.{self._decimals}f}"
        return text[1:] if text.startswith("-") and float(text) == 0 else text

    # -- geometry ----------------------------------------------------------------
    def _title_px(self, width: int | None = None) -> int:
        """Height of the title, wrapped to ``width`` (the widget's width by default)."""
        if not self._title:
            return 0
        width = max(40, self.width() if width is None else width)
        rect = QtGui.QFontMetrics(self._title_font()).boundingRect(
            QtCore.QRect(0, 0, width, 10000), TITLE_FLAGS, self._title)
        return rect.height() + 6

    def _title_font(self) -> QtGui.QFont:
        f = QtGui.QFont(self.font())
        f.setPointSizeF(f.pointSizeF() * 1.15)
        f.setBold(True)
        return f

    def sizeHint(self) -> QtCore.QSize:
        h, w = self._a.shape or (1, 1)
        cell = CELL_PX if self.numbers_shown() else max(8, min(CELL_PX, 320 // max(h, w, 1)))
        width = max(w * cell, 120) + 4
        return QtCore.QSize(width, h * cell + self._title_px(width) + 4)

    def minimumSizeHint(self) -> QtCore.QSize:
        h, w = self._a.shape or (1, 1)
        cell = self.min_cell if self.numbers_shown() else 4
        return QtCore.QSize(w * cell + 4, h * cell + self._title_px(w * cell + 4) + 4)

    def title_height(self) -> int:
        return self._title_px()

    def fitting_cell(self) -> float:
        """The largest cell size at which the whole array fits the widget."""
        h, w = self._a.shape
        top = self._title_px()
        return max(1.0, min((self.width() - 4) / max(w, 1),
                            (self.height() - top - 4) / max(h, 1), MAX_CELL_PX))

    def _layout(self) -> tuple[float, float, float]:
        """Cell size and the top-left corner of the grid."""
        cell = min(self.fitting_cell(), max(self.max_cell, 1.0))
        x0 = (self.width() - cell * self._a.shape[1]) / 2
        return cell, x0, self._title_px() + 2.0

    def cell_rect(self, r: int, c: int) -> QtCore.QRectF:
        cell, x0, y0 = self._layout()
        return QtCore.QRectF(x0 + c * cell, y0 + r * cell, cell, cell)

    def cell_at(self, pos: QtCore.QPointF) -> tuple[int, int]:
        """The cell under ``pos`` (widget coordinates), or (-1, -1)."""
        if self._a.size == 0:
            return -1, -1
        cell, x0, y0 = self._layout()
        c, r = int((pos.x() - x0) // cell), int((pos.y() - y0) // cell)
        if 0 <= r < self._a.shape[0] and 0 <= c < self._a.shape[1]:
            return r, c
        return -1, -1

    # -- painting ----------------------------------------------------------------
    def paintEvent(self, event) -> None:
        p = QtGui.QPainter(self)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
        if self._title:
            p.setFont(self._title_font())
            p.setPen(self.palette().color(QtGui.QPalette.ColorRole.WindowText))   # themes
            p.drawText(QtCore.QRectF(0, 0, self.width(), self._title_px()), TITLE_FLAGS,
                       self._title)
        if self._a.size:
            self._paint_cells(p)
        p.end()

    def _paint_cells(self, p: QtGui.QPainter) -> None:
        cell, x0, y0 = self._layout()
        h, w = self._a.shape
        rgb = np.ascontiguousarray(self._rgb[..., :3])
        rgb[self._blank] = 255
        image = QtGui.QImage(rgb.data, w, h, 3 * w, QtGui.QImage.Format.Format_RGB888)
        p.drawImage(QtCore.QRectF(x0, y0, w * cell, h * cell), image)

        def rect(r, c):
            return QtCore.QRectF(x0 + c * cell, y0 + r * cell, cell, cell)

        hatch = QtGui.QBrush(SHADE_COLOR, QtCore.Qt.BrushStyle.BDiagPattern)
        for r, c in zip(*np.nonzero(self._shaded)):
            p.fillRect(rect(r, c), QtGui.QColor(200, 200, 200, 90))
            p.fillRect(rect(r, c), hatch)
        if cell >= 6:
            p.setPen(QtGui.QPen(GRID_COLOR, 1))
            for r in range(h + 1):
                p.drawLine(QtCore.QLineF(x0, y0 + r * cell, x0 + w * cell, y0 + r * cell))
            for c in range(w + 1):
                p.drawLine(QtCore.QLineF(x0 + c * cell, y0, x0 + c * cell, y0 + h * cell))
        font = self._fitting_font(cell) if self.numbers_shown() else None
        if font is not None:
            p.setFont(font)
            light = rgb @ np.array([0.299, 0.587, 0.114]) < 120
            for r, c in np.ndindex(h, w):
                if not self._blank[r, c]:
                    p.setPen(TEXT_LIGHT if light[r, c] else TEXT_DARK)
                    p.drawText(rect(r, c), QtCore.Qt.AlignmentFlag.AlignCenter,
                               self.text_at(r, c))
        self._paint_outlines(p, cell)

    def _fitting_font(self, cell: float) -> QtGui.QFont | None:
        """The largest font (up to 42% of the cell) in which every number fits its cell,
        or None when even the smallest legible font does not."""
        font = QtGui.QFont(self.font())
        font.setPixelSize(max(MIN_FONT_PX, int(cell * 0.42)))
        widest = max((self.text_at(r, c) for r, c in np.ndindex(self._a.shape)), key=len)
        while QtGui.QFontMetrics(font).horizontalAdvance(widest) > cell * 0.9:
            if font.pixelSize() <= MIN_FONT_PX:
                return None
            font.setPixelSize(font.pixelSize() - 1)
        return font

    def _paint_outlines(self, p: QtGui.QPainter, cell: float) -> None:
        width = max(2.0, min(4.0, cell / 12))
        if self._hover != (-1, -1):
            p.setPen(QtGui.QPen(QtGui.QColor("#555555"), 1.5, QtCore.Qt.PenStyle.DashLine))
            p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            p.drawRect(self.cell_rect(*self._hover).adjusted(1, 1, -1, -1))
        p.setPen(QtGui.QPen(self._highlight_color, width))
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        h, w = self._a.shape
        for r, c in self._highlight:
            if 0 <= r < h and 0 <= c < w:
                p.drawRect(self.cell_rect(r, c).adjusted(width / 2, width / 2,
                                                         -width / 2, -width / 2))

    # -- mouse -------------------------------------------------------------------
    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell != self._hover:
            self._hover = cell
            # the value to full precision: the cell shows it rounded
            b = self.index_base
            rb, cb = b if isinstance(b, tuple) else (b, b)
            name = self.short_name()
            where = (f"{name + ': ' if name else ''}{self.cell_name(*cell)}" if self.cell_name
                     else f"{name + ' ' if name else ''}[{cell[0] + rb}, {cell[1] + cb}]")
            self.setToolTip(f"{where} = {self._a[cell]:.6g}" if cell[0] >= 0 else "")
            self.update()
            self.cellHovered.emit(*cell)
        super().mouseMoveEvent(event)

    def forget_hover(self) -> None:
        """Drop the outline and readout of the cell under the mouse, as if it had left:
        the next move over the grid shows a cell again. For a view that moved on (a step
        of its animation) while the mouse rested on a cell."""
        if self._hover != (-1, -1):
            self._hover = (-1, -1)
            self.setToolTip("")
            QtWidgets.QToolTip.hideText()
            self.update()

    def leaveEvent(self, event) -> None:
        if self._hover != (-1, -1):
            self._hover = (-1, -1)
            self.update()
            self.cellHovered.emit(-1, -1)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        if event.button() == QtCore.Qt.MouseButton.LeftButton:
            r, c = self.cell_at(event.position())
            if r >= 0:
                self.cellClicked.emit(r, c)
                event.accept()
                return
        super().mousePressEvent(event)
