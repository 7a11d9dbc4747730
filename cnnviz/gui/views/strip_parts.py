"""The pieces of the network strip: a block's map mosaic, the block, the arrow.

:class:`~cnnviz.gui.views.network_strip.NetworkStrip` lays them out; here each one draws
itself.
"""

from __future__ import annotations

import math
import re

import numpy as np

from cnnviz.gui import style
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets
from cnnviz.gui.widgets.lut_image import argb_table, colour_index, qimage_of, same_numbers

INPUT = "INPUT"
PLACEHOLDER = (205, 205, 205, 255)   # RGBA of a map not computed yet
OUTLINE = (145, 145, 145)              # frame of a vector strip, so white units show
STRIP_WIDTH = 18     # pixels of a vector's vertical strip
ARROW_MIN = 16       # width of a bare arrow


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("NetworkStrip", text)


def shape_text(shape: tuple[int, ...]) -> str:
    """LeCun's notation: ``6@28×28`` for maps, ``84`` for a vector."""
    if len(shape) == 3:
        return f"{shape[0]}@{shape[1]}×{shape[2]}"
    return "×".join(str(int(v)) for v in shape)


_TIMES = re.compile(r"(?<=\d)x(?=\d)")


def times(text: str) -> str:
    """The core's plain "5x5" as the window writes sizes everywhere: "5×5"."""
    return _TIMES.sub("×", text)


def kind_texts(kind: str, description: str) -> tuple[str, str]:
    """(kind, detail) lines of a block, e.g. ("convolution", "5×5 valid")."""
    description = times(description)
    rest = description.partition(" ")[2]
    if kind == "conv":
        return tr("convolution"), rest.replace(",", "")
    if kind in ("avg pool", "max pool"):
        how = tr("avg") if kind == "avg pool" else tr("max")
        return tr("subsampling"), f"{how} {description[len(kind) + 1:]}".replace(
            "stride", tr("stride"))
    if kind == "dense":
        return tr("full connection"), rest.replace("->", "→")
    return kind, description


def _is_vector(shape: tuple[int, ...]) -> bool:
    return len(shape) == 1 or tuple(shape[1:]) == (1, 1)


class _Mosaic(QtWidgets.QWidget):
    """All output maps of one block as one picture: a grid with gaps of the block's colour.

    A plain widget that draws one ``QImage``, coloured here with a 256-entry lookup table
    and scaled by Qt without smoothing. (As a pyqtgraph view, the eight mosaics took about
    4.5 ms of every frame to paint while training, and their blocks another 2 ms under
    them; this paints in a tenth of that, and opaquely, so the block is not redrawn.)
    """

    cells: list[tuple[int, int]] = []

    def __init__(self, shape: tuple[int, ...], parent=None):
        super().__init__(parent)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.vector = _is_vector(shape)
        if self.vector:
            self.n, self.h, self.w = 1, int(np.prod(shape)), 1
            self.setFixedWidth(STRIP_WIDTH)
        else:
            self.n, self.h, self.w = (int(v) for v in shape)
        self.gap = 0 if self.vector else max(1, min(self.h, self.w) // 7)
        self.background = QtGui.QColor(QtCore.Qt.GlobalColor.white)
        self._lut = argb_table(style.colormap(False).getLookupTable(nPts=256, alpha=False))
        self.buf, self.maps = np.zeros((0, 0), np.float32), None
        self._arrange(math.ceil(math.sqrt(self.n)))

    def setBackground(self, color) -> None:
        """The colour of the gaps and of the space around the picture."""
        self.background = QtGui.QColor(color)
        self.update()

    def _extent(self, cols: int) -> tuple[int, int]:
        rows = math.ceil(self.n / cols)
        return rows * (self.h + self.gap) - self.gap, cols * (self.w + self.gap) - self.gap

    def _best_cols(self) -> int:
        vw, vh = max(self.width(), 1), max(self.height(), 1)

        def scale(cols):
            eh, ew = self._extent(cols)
            return min(vw / ew, vh / eh)

        return max(range(1, self.n + 1), key=scale)

    def _arrange(self, cols: int) -> None:
        self.cols, dr, dc = cols, self.h + self.gap, self.w + self.gap
        self.cells = [((i // cols) * dr, (i % cols) * dc) for i in range(self.n)]
        eh, ew = self._extent(cols)
        grey = argb_table(np.array([PLACEHOLDER]))[0]
        self._ghost = np.zeros((eh, ew), np.uint32)     # 0: transparent, the background
        for y, x in self.cells:
            self._ghost[y:y + self.h, x:x + self.w] = grey
        self._argb = self._ghost.copy()   # refilled in place: the image shows it as it is
        self._image = qimage_of(self._argb)
        self._set_buf(self.buf.dtype)
        if self.maps is not None:
            self._fill(self.maps)
        else:
            self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.cells and not self.vector and self._best_cols() != self.cols:
            self._arrange(self._best_cols())

    def set_maps(self, maps: np.ndarray | None) -> None:
        """Show ``maps`` (n, h, w) or a vector; None hides them and leaves the grey cells."""
        if maps is not None and same_numbers(self.maps, maps):
            return   # the input, while the network trains: not coloured and painted again
        self._fill(maps)

    def _set_buf(self, dtype) -> None:
        """The maps' values as laid out in the picture (NaN in the gaps, transparent), and
        ``_grid``, a (rows, cols, h, w) view of its cells: map i is ``_grid[i // cols,
        i % cols]``, so that the maps go in with one or two copies, not one a map."""
        eh, ew = self._argb.shape
        self.buf = np.full((eh, ew), np.nan, dtype)
        s0, s1 = self.buf.strides
        rows = math.ceil(self.n / self.cols)
        self._grid = np.ndarray((rows, self.cols, self.h, self.w), dtype, self.buf, 0,
                                ((self.h + self.gap) * s0, (self.w + self.gap) * s1, s0, s1))

    def _fill(self, maps: np.ndarray | None) -> None:
        self.maps = maps
        if maps is None:
            self._argb[...] = self._ghost
            self.update()
            return
        maps = maps.reshape(self.n, self.h, self.w)
        dtype = np.result_type(maps.dtype, np.float32)
        if self.buf.dtype != dtype:
            self._set_buf(dtype)
        full, rest = divmod(self.n, self.cols)
        self._grid[:full] = maps[:full * self.cols].reshape(full, self.cols, self.h, self.w)
        if rest:
            self._grid[full, :rest] = maps[full * self.cols:]
        colour_index(self.buf, style.data_levels(maps), self._lut, out=self._argb)
        self.update()

    def paintEvent(self, event) -> None:
        p = QtGui.QPainter(self)
        p.fillRect(self.rect(), self.background)
        eh, ew = self._argb.shape
        if eh and ew:
            if self.vector:     # stretched down the widget's height
                target = QtCore.QRectF(0, 0, self.width(), self.height())
            else:               # the largest picture of the same aspect, centred
                k = min(self.width() / ew, self.height() / eh)
                target = QtCore.QRectF((self.width() - k * ew) / 2, (self.height() - k * eh) / 2,
                                       k * ew, k * eh)
            p.drawImage(target, self._image)
            if self.vector:
                p.setPen(QtGui.QColor(*OUTLINE))
                p.drawRect(target.adjusted(0, 0, -1, -1))
        p.end()

    def shown(self) -> list[np.ndarray]:
        """The arrays on show: one per map, or the whole vector."""
        if self.maps is None:
            return []
        if self.vector:
            return [self.buf[:, 0].copy()]
        return [self.buf[r:r + self.h, c:c + self.w].copy() for r, c in self.cells]


class _Block(QtWidgets.QWidget):
    """One block: texts over thumbnails; paints its own selection and activity frames."""

    def __init__(self, name: str, lines: tuple[str, str, str], shape, tip: str, parent=None):
        super().__init__(parent)
        self.name = name
        self.selectable = name != INPUT
        self.selected = self.active = False
        self.present = True
        self.setObjectName(f"block_{name}")
        self.setToolTip(tip)
        if self.selectable:
            self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        self.labels = [QtWidgets.QLabel(text) for text in (name,) + tuple(lines)]
        for i, label in enumerate(self.labels):
            font = label.font()
            font.setPointSizeF(10 if i else 15)
            font.setBold(not i)
            label.setFont(font)
            label.setAlignment(QtCore.Qt.AlignmentFlag.AlignHCenter)
        self.mosaic = _Mosaic(shape)
        self.mosaic.setBackground(self.fill())
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(7, 5, 7, 7)
        layout.setSpacing(0)
        for label in self.labels:
            layout.addWidget(label)
        layout.addSpacing(3)
        if self.mosaic.vector:
            layout.addWidget(self.mosaic, 1, QtCore.Qt.AlignmentFlag.AlignHCenter)
        else:
            layout.addWidget(self.mosaic, 1)

    def fill(self) -> QtGui.QColor:
        """The background: the palette's base, tinted with the activity colour when active."""
        base = self.palette().color(QtGui.QPalette.ColorRole.Base)
        if not self.active:
            return base
        tint = zip(style.ACTIVE_COLOR.getRgb()[:3], base.getRgb()[:3])
        return QtGui.QColor(*(round(0.25 * a + 0.75 * b) for a, b in tint))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.PaletteChange:   # a theme switch
            self.mosaic.setBackground(self.fill())

    def set_state(self, selected: bool, active: bool) -> None:
        if (selected, active) != (self.selected, self.active):
            self.selected, self.active = selected, active
            self.mosaic.setBackground(self.fill())
            self.update()

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels]

    def set_present(self, present: bool) -> None:
        if present != self.present:
            self.present = present
            for label in self.labels:
                label.setEnabled(present)

    def paintEvent(self, event) -> None:
        p = QtGui.QPainter(self)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        rect = QtCore.QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        edge = QtGui.QPen(self.palette().color(QtGui.QPalette.ColorRole.Mid), 1)
        if self.active:
            edge = QtGui.QPen(style.ACTIVE_COLOR, 3)
        p.setPen(edge)
        p.setBrush(self.fill())
        p.drawRoundedRect(rect, 6, 6)
        if self.selected:
            inset = 4 if self.active else 0
            p.setPen(QtGui.QPen(style.SELECTED_COLOR, 3))
            p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 5, 5)
        p.end()


class _Arrow(QtWidgets.QWidget):
    """A connection: an arrow to the right with the shape it carries above it."""

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self.text = text
        font = self.font()
        font.setPointSizeF(10)
        self.setFont(font)
        self.set_labelled(True)

    def set_labelled(self, labelled: bool) -> None:
        """Write the shape over the arrow, or draw a short bare arrow where room is short."""
        self.labelled = labelled
        self.setFixedWidth(max(34, self.fontMetrics().horizontalAdvance(self.text) + 6)
                           if labelled else ARROW_MIN)

    def paintEvent(self, event) -> None:
        p = QtGui.QPainter(self)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        color = self.palette().color(QtGui.QPalette.ColorRole.WindowText)
        w, y = self.width(), self.height() * 0.6
        p.setPen(QtGui.QPen(color, 2))
        p.drawLine(QtCore.QPointF(2, y), QtCore.QPointF(w - 6, y))
        p.setBrush(color)
        p.drawPolygon(QtGui.QPolygonF([QtCore.QPointF(w - 1, y), QtCore.QPointF(w - 9, y - 5),
                                       QtCore.QPointF(w - 9, y + 5)]))
        if self.labelled:
            p.drawText(QtCore.QRectF(0, 0, w, y - 4), QtCore.Qt.AlignmentFlag.AlignHCenter
                       | QtCore.Qt.AlignmentFlag.AlignBottom, self.text)
        p.end()
