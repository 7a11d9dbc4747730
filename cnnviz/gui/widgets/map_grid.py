"""A titled grid of heat maps that share one colour bar.

One ``ImageItem`` per map, as a mosaic in one locked-aspect ``ViewBox`` (row 0 at the top),
each map with its name above it: a ViewBox per map took about 6 ms to build, half a second
for C3's 96 kernels. Items are reused between updates; new ones are made only when the
number of maps grows. One :class:`~cnnviz.gui.widgets.tiles_item.TilesItem` colours and
paints all the maps at once; the per-map items paint nothing and are handed their maps
only when asked (:attr:`MapGrid.images`).
Hovering a map reads out the value under the mouse.
"""

from __future__ import annotations

import math
import re

import numpy as np

from cnnviz.gui import style
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets, pg
from cnnviz.gui.widgets.export_menu import ExportMenuMixin
from cnnviz.gui.widgets.lut_image import LutImageItem, same_numbers
from cnnviz.gui.widgets.tiles_item import TilesItem
from cnnviz.gui.widgets.map_layout import (BAND, BAR_LINES, FLAT_MIN, GAP, LINE_PX,
                                           MAX_MIN_WIDTH, NAME_PX, OVERHEAD, as_maps, map_px)

ROLES = ("input", "output", "weights", "gradient")
ROLE_COLORS = {
    "input": style.INPUT_COLOR, "output": style.OUTPUT_COLOR,
    "weights": QtGui.QColor("#333333"), "gradient": style.GRAD_COLOR,
}
TEXT = QtGui.QColor("#202020")


BAR_MAX_PX = 220
#: what a grid holds when it shows no maps (a message instead)
NO_MAPS = np.zeros((0, 1, 1), np.float32)
CELL_INDEX_MAX = 12   # a 1 x F strip of at most this many cells has them numbered under it


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("MapGrid", text)


def role_word(role: str) -> str:
    """The translated wording of a role, as the title shows it."""
    return {"input": tr("input"), "output": tr("output"),
            "weights": tr("weights"), "gradient": tr("gradient")}[role]


_EXPONENT = re.compile(r"e(?:\+|(-))0*(\d)")


def compact_exponent(text: str) -> str:
    """A tick label's exponent without its plus sign and leading zeros: "5e-07" reads
    "5e-7", "1e+04" "1e4"."""
    return _EXPONENT.sub(r"e\1\2", text)


def _compact(tick_strings):
    """An axis's ``tickStrings`` with :func:`compact_exponent` labels. A gradient's bar
    runs from -1e-06 to 1e-06 and the like; at the projector's font size "-5e-07" did not
    fit the bar's axis, and pyqtgraph left every negative label out."""
    def compact(values, scale, spacing):
        return [compact_exponent(t) for t in tick_strings(values, scale, spacing)]
    return compact


#: the widest label a colour bar usually has: pyqtgraph writes a gradient's ticks down to
#: 1e-4 in fixed point ("-0.0005", "-0.015") and smaller ones as "-5e-5"; sized for the
#: latter, a bar left out every negative label between 1e-4 and 1e-2
BAR_WIDEST_LABEL = "-0.0005"
#: a colour bar's tick labels stand this many lines of text apart, or, where that would
#: leave fewer than two (on a strip's short bar), at least the height pyqtgraph gives a
#: label: 0.8 of a line
BAR_LABEL_PITCH = 2.0
BAR_LABEL_LEAST = 0.8


def bar_tick_spacing(lo: float, hi: float, size_px: float, line_px: float) -> float | None:
    """The step between a colour bar's labelled ticks: 1, 2 or 5 times a power of ten,
    the smallest whose ticks stand :data:`BAR_LABEL_PITCH` lines of text apart on a bar
    ``size_px`` long showing [lo, hi]; or, when that step leaves fewer than two ticks in
    the range, a smaller one whose labels still stand apart. None for an empty
    range or bar."""
    span = hi - lo
    if not (np.isfinite(span) and span > 0 and size_px > 0 and line_px > 0):
        return None
    per_px = span / size_px * (1 - 1e-9)      # a step that just fits is not lost to rounding
    need = BAR_LABEL_PITCH * line_px * per_px                 # in the bar's units
    if not (math.isfinite(need) and need > 0):                 # under- or overflowed
        return None
    e = math.floor(math.log10(need))
    # written out in decimal, so that 1e-5 is 1e-5 and not 10 ** -6 * 10
    steps = [float(f"{m}e{k}") for k in (e - 1, e) for m in (1, 2, 5)] + [float(f"1e{e + 1}")]
    def ticks(s: float) -> int:   # multiples of s in [lo, hi]
        return math.floor(hi / s) - math.ceil(lo / s) + 1

    best = next(s for s in steps if s >= need)
    if ticks(best) < 2:
        closer = [s for s in steps
                  if BAR_LABEL_LEAST * line_px * per_px <= s < best and ticks(s) >= 2]
        if closer:
            return closer[-1]
    return best


def _spaced(axis: pg.AxisItem):
    """``tickSpacing`` for a colour bar's axis: pyqtgraph's own, unless the labels of its
    first level, which it draws however crowded, would stand closer than a label's
    height; then one level of :func:`bar_tick_spacing`. On a strip's short bar "1e-5" and
    "0" were drawn over each other."""
    own = axis.tickSpacing

    def spacing(lo, hi, size):
        levels = own(lo, hi, size)
        span = hi - lo
        if not levels or not span > 0 or size <= 0:
            return levels
        font = axis.style.get("tickFont") or QtWidgets.QApplication.font()
        line = QtGui.QFontMetricsF(font).height()
        if levels[0][0] * size / span >= BAR_LABEL_LEAST * line:
            return levels
        step = bar_tick_spacing(lo, hi, size, line)
        return [(step, 0)] if step is not None else levels
    return spacing


def two_lines(text: str) -> tuple[str, str]:
    """``text`` cut at the space nearest its middle, before a parenthesis if it has
    one ("K_i,0: one per output map i" / "(there is one input map)")."""
    text = text.strip()
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    # before a parenthesis, unless that leaves one line much the longer
    before_paren = [i for i in spaces if text[i + 1:i + 2] == "("
                    and max(i, len(text) - i) <= 0.7 * len(text)]
    at = min(before_paren or spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:at], text[at + 1:]


class MapGrid(ExportMenuMixin, pg.GraphicsLayoutWidget):
    """Heat maps of one quantity in a grid, with a title, one colour bar and a hover readout.

    Parameters
    ----------
    title : what the maps are, e.g. ``"X — input maps (6@14x14)"``.
    role : ``"input"``, ``"output"``, ``"weights"`` or ``"gradient"``; the title says it.
    diverging : True for a zero-centred diverging map (weights, gradients).
    """

    def __init__(self, title: str, role: str, diverging: bool, parent=None):
        super().__init__(parent)
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
        self.role, self.diverging = role, diverging
        self.setBackground("w")
        self.ci.setContentsMargins(4, 2, 4, 2)
        self._cmap = style.colormap(diverging)
        self._lut = self._cmap.getLookupTable(nPts=256)
        self._images: list[pg.ImageItem] = []
        self._names: list[QtWidgets.QGraphicsSimpleTextItem] = []
        #: all the maps given last, (n, h, w); map i is ``_maps[i]``
        self._maps: np.ndarray = NO_MAPS
        self._labels: list[str] = []
        self._geometry: tuple | None = None
        self._pitch = (1.0, 1.0, 0.0)
        self._extent = (1.0, 1.0)
        self._cols = 1
        self._levels: tuple | list = (0.0, 1.0)
        self._hover = ""
        self._hover_at: tuple[int, int, int] | None = None
        self._cell_numbers: list[pg.TextItem] = []
        self._bar_key: object = None
        #: the maps and levels on show
        self._shown: tuple[np.ndarray | None, tuple | list | None] = (None, None)
        #: whether the per-map items are yet to be handed the maps on show (see _fill)
        self._items_behind = False
        self._min_width = [0, 0, 0]     # for the title, the maps, the subtitle
        self._subtitle = ""
        self._subtitle_px, self._subtitle_lines = 0, 0   # its one-line width; lines shown
        self.title_item = self.ci.addLabel("", row=0, col=0, colspan=2, size="12pt", bold=True)
        self.subtitle_item = self.ci.addLabel("", row=1, col=0, colspan=2, size="10pt",
                                              color=TEXT)
        centred = QtGui.QTextOption(QtCore.Qt.AlignmentFlag.AlignHCenter)
        self.subtitle_item.item.document().setDefaultTextOption(centred)
        self.view = pg.ViewBox(lockAspect=True, invertY=True, enableMouse=False,
                               enableMenu=False, defaultPadding=0.0)
        self.view.disableAutoRange()
        self.ci.addItem(self.view, row=2, col=0)
        # paints the maps; first, so under the names
        self.tiles = TilesItem(self._lut, self._hand_over)
        self.view.addItem(self.tiles)
        self.colorbar = pg.ColorBarItem(values=(0, 1), colorMap=self._cmap, interactive=False,
                                        width=14, colorMapMenu=False)
        for key in ("left", "right", "top", "bottom"):
            self.colorbar.getAxis(key).setPen(pg.mkPen(TEXT))
            self.colorbar.getAxis(key).setTextPen(pg.mkPen(TEXT))
            # no label, so no SI prefix to show: without this every new level range
            # laid out the hidden label's HTML again (18 us a bar, 3 with it off)
            self.colorbar.getAxis(key).enableAutoSIPrefix(False)
        self.colorbar.axis.tickStrings = _compact(self.colorbar.axis.tickStrings)
        self.colorbar.axis.tickSpacing = _spaced(self.colorbar.axis)
        # a tall mosaic scrolls; a bar as tall as the mosaic would then show only part of
        # its range, so it stays short and at the top, where the whole range is in view
        self.colorbar.setMaximumHeight(BAR_MAX_PX)
        self.ci.addItem(self.colorbar, row=2, col=1)
        self.ci.layout.setAlignment(self.colorbar, QtCore.Qt.AlignmentFlag.AlignTop)
        self.hover_item = self.ci.addLabel("", row=3, col=0, colspan=2, size="10pt", color=TEXT)
        self.message_item = pg.TextItem("", color="#606060", anchor=(0.5, 0.5))
        self.message_item.setFont(QtGui.QFont(self.font().family(), 12))
        self.view.addItem(self.message_item)
        self._fit_bar()
        self.set_title(title)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.view.sigTransformChanged.connect(self._fit_names)
        self.view.sigResized.connect(self._fit_message)
        self.view.sigResized.connect(self._fit_range)

    # -- content ----------------------------------------------------------------------
    def set_title(self, title: str, says_role: bool = False) -> None:
        """Show ``title``, with the role wording added unless it already has it (or
        ``says_role``: "B — bias" is a parameter, and "bias · weights" called it a weight)."""
        word = role_word(self.role)
        text = title if says_role or word.lower() in title.lower() else f"{title} · {word}"
        if text == self.title_item.text:
            return
        self.title_item.setText(text, color=ROLE_COLORS[self.role].name())
        self.setWindowTitle(text)
        self._fit_width(0, int(self.title_item.item.boundingRect().width()) + 16)

    def _set_subtitle(self, text: str) -> None:
        """Show ``text`` under the title: on one line where the grid is wide enough, else
        on two, and the grid asks only for the room of the two (a long translation
        wider than the maps made the whole inspector scroll sideways)."""
        self._subtitle = text
        self._subtitle_lines = 0
        self._subtitle_px = least = self._text_px(text)
        if " " in text.strip():
            least = min(least, max(self._text_px(t) for t in two_lines(text)))
        self._fit_width(2, least if text else 0)
        self._fit_subtitle()   # always sets the text again (the lines shown were reset)

    def _text_px(self, text: str) -> int:
        """The width ``text`` takes as the subtitle (in its size, set in its HTML)."""
        self.subtitle_item.item.setTextWidth(-1)
        self.subtitle_item.setText(text)
        return int(self.subtitle_item.item.boundingRect().width()) + 16

    def _fit_subtitle(self) -> None:
        lines = 1 if self.width() >= self._subtitle_px or " " not in self._subtitle.strip() else 2
        if lines == self._subtitle_lines:
            return
        self._subtitle_lines = lines
        item = self.subtitle_item.item
        item.setTextWidth(-1)
        if lines == 1:
            self.subtitle_item.setText(self._subtitle)
        else:
            self.subtitle_item.setText("<br>".join(two_lines(self._subtitle)))
            item.setTextWidth(item.document().idealWidth())   # room to centre the lines in
            self.subtitle_item.updateMin()
        # a one-line text (shown, or measured by _text_px) widened the scene's layout
        # past the grid, which Qt does not undo by itself: the colour bar was cut off
        self.ci.setGeometry(self.range)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        if getattr(self, "_subtitle", ""):   # (pyqtgraph calls it while it is made)
            self._fit_subtitle()

    def _fit_width(self, slot: int, width: int) -> None:
        """Ask for the widest of the title, the maps (slot 1) and the subtitle (slot 2)."""
        self._min_width[slot] = width
        self.setMinimumWidth(max(self._min_width))

    def title(self) -> str:
        return self.title_item.text

    def subtitle(self) -> str:
        return self._subtitle

    def set_maps(self, maps: np.ndarray | list, labels: list[str] | None = None,
                 columns: int | None = None, levels: tuple | list | None = None,
                 subtitle: str = "") -> None:
        """Show ``maps`` as they are (no copy, no rescaling).

        Parameters
        ----------
        maps : (n, h, w) maps; a vector (F,) is one 1 x F map, a matrix (h, w) one map.
        labels : n short names ("X_3", "K_2,4"); default the map index.
        columns : maps per grid row; default about a square grid.
        levels : (lo, hi) for every map, or a list of n (lo, hi) to scale each map on its
            own; default symmetric levels (diverging) or the data range.
        subtitle : a second line under the title.
        """
        arr = as_maps(maps)
        n = arr.shape[0]
        labels = list(labels) if labels is not None else [str(i) for i in range(n)]
        if len(labels) != n:
            raise ValueError(f"{len(labels)} labels for {n} maps")
        if levels is None:
            levels = (style.symmetric_levels if self.diverging else style.data_levels)(arr)
            levels = style.nice_levels(levels, self.diverging)
        per_map = isinstance(levels, list)
        if per_map and len(levels) != n:
            raise ValueError(f"{len(levels)} levels for {n} maps")
        new_levels = ([tuple(map(float, lv)) for lv in levels] if per_map
                      else tuple(map(float, levels)))
        bar_key = "per map" if per_map else new_levels
        bar_changed = bar_key != self._bar_key or not self.colorbar.isVisible()
        self._bar_key = bar_key
        self._levels = new_levels
        self._maps = arr
        cols = max(1, min(n, columns or math.ceil(math.sqrt(n))))
        moved = self._geometry != (n, cols, arr.shape[1:])
        self._layout(n, cols, arr.shape[1:])
        self._fill(moved)
        # named again only where the maps moved or their names changed: C3's 96 kernel
        # names were set and fitted again on every frame
        if moved or labels != self._labels:
            for i in range(n):
                self._names[i].setText(labels[i])
            self._fit_names()
        self._labels = labels
        if bar_changed:
            self._show_colorbar(per_map)
        self.message_item.setVisible(False)
        if subtitle != self.subtitle():
            self._set_subtitle(subtitle)
        if self._hover:
            self._refresh_hover()

    def _refresh_hover(self) -> None:
        """Read the place under the mouse again in the new maps (the tip beside it too);
        a place the new maps do not have (C1's 28x28 left for S2's 14x14 under a still
        mouse) reads nothing, instead of failing the update with an IndexError."""
        at = self._hover_at
        if at is not None and not (at[0] < len(self._maps)
                                   and at[1] < self._maps[at[0]].shape[0]
                                   and at[2] < self._maps[at[0]].shape[1]):
            at = self._hover_at = None
        self._set_hover(self.value_at(*at) if at else "")
        if at is None:
            QtWidgets.QToolTip.hideText()
        elif QtWidgets.QToolTip.isVisible():
            QtWidgets.QToolTip.showText(QtGui.QCursor.pos(), self._hover, self)

    def _fill(self, relaid: bool) -> None:
        """Show the maps given last, unless they are the very numbers on show at the same
        levels (C1's input while the network trains: colouring and painting it again
        cost 2.6 ms a frame); compared as one block, which for C3's 96 kernels took less
        than comparing them map by map.

        The tiles item colours and paints them straight from the stack. The per-map
        items, which hold each map and its levels for whoever asks (:attr:`images`,
        :meth:`displayed`, the tests), are handed them only when asked: handing C3's
        96 kernels to their items took 3.5 ms of each frame while the network trained,
        and a hidden grid's (C5's 256 on the other tab) 6 ms."""
        stack, levels = self._shown
        if not relaid and levels == self._levels and same_numbers(stack, self._maps):
            return
        self._shown = (self._maps, self._levels)
        self._items_behind = True
        self.tiles.show(self._maps, self._levels)

    def _hand_over(self) -> None:
        """Hand each item the map on show and its levels, if not yet done."""
        if not self._items_behind:
            return
        self._items_behind = False
        stack, levels = self._shown
        per_map = isinstance(levels, list)
        for i, img in enumerate(self._images[:len(stack)]):
            img.setImage(stack[i], autoLevels=False,
                         levels=levels[i] if per_map else levels)

    def has_maps(self) -> bool:
        """Whether maps are shown (rather than nothing, or a message)."""
        return len(self._maps) > 0

    def recolor(self) -> None:
        """Take up the colour map :mod:`style` gives now (e.g. its high-contrast one)."""
        self._cmap = style.colormap(self.diverging)
        self._lut = self._cmap.getLookupTable(nPts=256)
        for img in self._images:
            img.setLookupTable(self._lut)
        self.tiles.set_lut(self._lut)
        self.colorbar.setColorMap(self._cmap)

    def clear_maps(self, message: str) -> None:
        """Show ``message`` (why there is nothing to see yet) instead of maps."""
        self._maps, self._labels, self._hover_at = NO_MAPS, [], None
        self._shown, self._items_behind = (None, None), False
        self.tiles.show(None, None)
        self._layout(0, 1, (1, 1))
        self._index_cells(0)
        self.view.setAspectLocked(False)
        self.view.setRange(xRange=(0, 1), yRange=(0, 1), padding=0.0)
        self.message_item.setText(message)
        self.message_item.setPos(0.5, 0.5)
        self.message_item.setVisible(True)
        self._fit_message()
        self.colorbar.setVisible(False)
        self._set_subtitle("")
        self.setMinimumHeight(self._min_height(FLAT_MIN))
        self._set_hover("")

    @property
    def images(self) -> list[pg.ImageItem]:
        """The ImageItems on show, in map order, holding the maps on show."""
        self._hand_over()
        return self._images[: len(self._maps)]

    def displayed(self) -> list[np.ndarray]:
        """The arrays the ImageItems hold, in map order."""
        return [item.image for item in self.images]

    @property
    def levels(self) -> tuple | list:
        """The shared (lo, hi), or the list of per-map levels."""
        return self._levels

    @property
    def message(self) -> str:
        """The message shown instead of maps ("" while maps are shown)."""
        return "" if self.has_maps() else self.message_item.textItem.toPlainText()

    # -- layout -------------------------------------------------------------------------
    def _layout(self, n: int, cols: int, hw: tuple[int, int]) -> None:
        if self._geometry == (n, cols, hw):
            return
        while len(self._images) < n:
            img = LutImageItem(axisOrder="row-major")
            img.setLookupTable(self._lut)
            name = QtWidgets.QGraphicsSimpleTextItem()
            name.setBrush(TEXT)
            # kept as a picture: the maps under the names change at every frame while
            # the network trains, and C5's 256 names were laid out again each time (an
            # SVG export draws them afresh, as text)
            name.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self.view.addItem(img)
            self.view.addItem(name)
            self._images.append(img)
            self._names.append(name)
        for img, name in zip(self._images[n:], self._names[n:]):
            img.setVisible(False)
            name.setVisible(False)
        self._geometry, self._cols = (n, cols, hw), cols
        if n:
            self._place(n, cols, hw)
        else:
            self.tiles.set_items([], hw)

    def _place(self, n: int, cols: int, hw: tuple[int, int]) -> None:
        h, w = hw
        flat = n == 1 and h == 1
        self._index_cells(w if flat and w <= CELL_INDEX_MAX else 0)
        side = max(h, w)
        band = 0.0 if n == 1 else float(np.clip(BAND * side, 1.2, 4.5))
        gap = GAP * side
        self._pitch = (w + gap, h + band + gap, band)
        for i, img in enumerate(self._images[:n]):
            img.setVisible(True)
            r, c = divmod(i, cols)
            img.setPos(c * self._pitch[0], r * self._pitch[1] + band)
            self._names[i].setVisible(n > 1)
        self.tiles.set_items(self._images[:n], hw)
        rows = math.ceil(n / cols)
        width, height = cols * self._pitch[0] - gap, rows * self._pitch[1] - gap
        self.view.setAspectLocked(not flat)
        self._extent = (width, height)
        self._fit_range()
        scale = map_px(h, w, n) / side
        self.setMinimumHeight(self._min_height(FLAT_MIN if flat else int(scale * height)))
        self._fit_width(1, min(90 + int(scale * width), MAX_MIN_WIDTH))

    def _min_height(self, content: int) -> int:
        """The least height for ``content`` pixels of maps: the title, subtitle and hover
        line above and below them grow with the window's text (presentation mode), and
        the maps' row must hold the colour bar's tick labels apart. On a 1 x F strip the
        bar was 40 pixels high in presentation mode, and its "1e-5" and "0" overlapped."""
        line = self.fontMetrics().height()
        return int(OVERHEAD * self._text_growth()) + max(content, int(BAR_LINES * line))

    def _text_growth(self) -> float:
        """How much larger than the usual 10-point text the window's text is (1 or more):
        the sizes in :mod:`map_layout` suit the usual text and grow by this."""
        return max(1.0, self.fontMetrics().height() / LINE_PX)

    def _fit_bar(self) -> None:
        """The colour bar's least height and its axis's width, for the window's text: the
        bar fixes its axis at 45 pixels, and in presentation mode's larger text every label
        but "0" was then left out as too wide."""
        fm = self.fontMetrics()
        self.colorbar.setMinimumHeight(int(BAR_LINES * fm.height()))
        self.colorbar.axis.setWidth(max(45, fm.horizontalAdvance(BAR_WIDEST_LABEL) + 12))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:
            try:
                self._fit_bar()
            except RuntimeError:   # a grid on its way out: its scene's items are gone
                return
            if self._geometry is not None and self._geometry[0]:
                self._place(*self._geometry)
                self._fit_names()
            else:
                self.setMinimumHeight(self._min_height(FLAT_MIN))

    def _fit_names(self) -> None:
        """Fit each name to its label band, at most a map wide and NAME_PX pixels high
        (more with the larger text of presentation mode, where K_0,0 stayed at 15)."""
        if not self.has_maps():
            return
        w = self._maps[0].shape[1]
        band = self._pitch[2]
        unit = self.view.viewPixelSize()[1] if self.view.width() > 1 else band
        most = NAME_PX * self._text_growth()
        for img, name in zip(self._images[: len(self._maps)], self._names):
            rect = name.boundingRect()
            if rect.height() <= 0 or rect.width() <= 0:
                continue
            k = min(0.85 * band, most * unit) / rect.height()
            k = min(k, 0.98 * w / rect.width())
            name.setScale(k)
            pos = img.pos()
            name.setPos(pos.x() + (w - k * rect.width()) / 2, pos.y() - 0.95 * band)

    def _index_cells(self, w: int) -> None:
        """Number the first ``w`` cells of a short vector under them (OUT's ten entries are
        the classes 0-9, which the strip alone did not say); 0: no numbers."""
        while len(self._cell_numbers) < w:
            item = pg.TextItem(str(len(self._cell_numbers)), color=TEXT, anchor=(0.5, 0.0))
            self.view.addItem(item)
            self._cell_numbers.append(item)
        for j, item in enumerate(self._cell_numbers):
            item.setVisible(j < w)
            item.setPos(j + 0.5, 1.001)   # just under the strip, not on it (themes)

    def cell_numbers(self) -> list[str]:
        """The numbers under the cells of a short vector (empty for anything else)."""
        return [item.textItem.toPlainText() for item in self._cell_numbers if item.isVisible()]

    def _fit_range(self) -> None:
        """Show the whole mosaic, top-aligned and centred across, at the largest scale."""
        if not self.has_maps():
            return
        width, height = self._extent
        vw, vh = self.view.width(), self.view.height()
        if vw < 2 or vh < 2 or self._maps[0].shape[0] == 1 and len(self._maps) == 1:
            if self.cell_numbers() and vh >= 2:   # a line under the strip for the numbers
                line = self._cell_numbers[0].boundingRect().height() + 1
                height += line / max(vh - line, line)
            self.view.setRange(xRange=(0, width), yRange=(0, height), padding=0.0)
            return
        scale = min(vw / width, vh / height)
        dx = (vw / scale - width) / 2
        self.view.setRange(xRange=(-dx, width + dx), yRange=(0, vh / scale), padding=0.0)

    def _fit_message(self) -> None:
        """Wrap the message to the width of the view."""
        self.message_item.setTextWidth(max(120.0, self.view.width() - 16))

    def _show_colorbar(self, per_map: bool) -> None:
        """Shared levels on the bar, or, when each map has its own, its min and max."""
        self.colorbar.setVisible(True)
        if per_map:
            lo = (-1.0, tr("−max")) if self.diverging else (0.0, tr("min"))
            mid = (0.0, "0") if self.diverging else (0.5, "")
            self.colorbar.setLevels((lo[0], 1.0))
            self.colorbar.axis.setTicks([[lo, mid, (1.0, tr("max"))]])
        else:
            self.colorbar.setLevels(self._levels)
            self.colorbar.axis.setTicks(None)

    # -- hover ---------------------------------------------------------------------------
    def value_at(self, index: int, row: int, col: int) -> str:
        """``"<label> [row, col] = <value>"`` for map ``index``, 4 significant digits;
        ``"<label> [col] = <value>"`` for a vector (one map of one row)."""
        value = float(self._maps[index][row, col])
        if len(self._maps) == 1 and self._maps[0].shape[0] == 1:   # a vector: Y [6]
            return tr("{label} [{index}] = {value}").format(
                label=self._labels[index], index=col, value=f"{value:.4g}")
        return tr("{label} [{row}, {col}] = {value}").format(
            label=self._labels[index], row=row, col=col, value=f"{value:.4g}")

    def hover_text(self) -> str:
        """The value readout under the maps ("" when the mouse is on no map)."""
        return self._hover

    def map_at(self, x: float, y: float) -> tuple[int, int, int] | None:
        """(map index, row, col) under the view point (x, y), or None."""
        if not self.has_maps():
            return None
        step_x, step_y, band = self._pitch
        c, r = math.floor(x / step_x), math.floor(y / step_y)
        i = r * self._cols + c
        if not (0 <= c < self._cols and 0 <= i < len(self._maps)):
            return None
        row, col = math.floor(y - r * step_y - band), math.floor(x - c * step_x)
        h, w = self._maps[i].shape
        return (i, row, col) if 0 <= row < h and 0 <= col < w else None

    def _set_hover(self, text: str) -> None:
        self._hover = text
        hint = tr("hover over a map to read its values") if self.has_maps() else ""
        self.hover_item.setText(text or hint, color=TEXT.name() if text else "#909090")

    def _on_mouse_moved(self, pos: QtCore.QPointF) -> None:
        hit = None
        if self.view.sceneBoundingRect().contains(pos):
            p = self.view.mapSceneToView(pos)
            hit = self.map_at(p.x(), p.y())
        self._hover_at = hit
        self._set_hover(self.value_at(*hit) if hit else "")
        # the line under the maps is out of sight when a tall grid scrolls (the kernels
        # of C3 and C5): the value is also shown beside the mouse
        if hit:
            QtWidgets.QToolTip.showText(QtGui.QCursor.pos(), self._hover, self)
        elif QtWidgets.QToolTip.isVisible():
            QtWidgets.QToolTip.hideText()

    def hover_cursor(self) -> None:
        """Read the map under the mouse where it is now, without its moving: the grid
        scrolled under it, and the readout still gave the cell it was over before."""
        port = self.viewport()
        local = port.mapFromGlobal(QtGui.QCursor.pos())
        # the grid itself under the pointer, not covered by another window or a dialog
        on_top = QtWidgets.QApplication.widgetAt(QtGui.QCursor.pos()) is port
        if port.rect().contains(local) and on_top:
            self._on_mouse_moved(self.mapToScene(local))
        elif self._hover_at is not None or self._hover:
            self._hover_at = None
            self._set_hover("")

    def leaveEvent(self, event) -> None:
        """The mouse has left: no value is under it any more (nor after the next update)."""
        super().leaveEvent(event)
        self._hover_at = None
        self._set_hover("")
        QtWidgets.QToolTip.hideText()
