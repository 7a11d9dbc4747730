"""All the maps of a :class:`~cnnviz.gui.widgets.map_grid.MapGrid`, painted as one item.

A grid keeps one ``LutImageItem`` per map: it stands where the map is drawn, and is
handed the map and its levels when someone asks for them. Painted one by one, each cost
about 0.2 ms of the GUI thread's time a frame (Qt calling into Python, pyqtgraph's paint,
colouring a few values at a time): C3's 96 kernels took 20 ms a frame, and the views
fell to 15 frames/s while the network trained with C3 on show. Here the maps of a grid
are coloured in one NumPy pass (:func:`colour_tiles`, the same pixels as
:func:`~cnnviz.gui.widgets.lut_image.colour_index` map by map) and drawn in one paint,
their borders in one call, from the grid's own stack of maps; the per-map items paint
nothing.
"""

from __future__ import annotations

import numpy as np

from cnnviz.gui.qt import QtCore, QtGui, QtWidgets, pg
from cnnviz.gui.widgets.lut_image import argb_table, colour_scaled, qimage_of

BORDER = "#909090"


def colour_tiles(maps: np.ndarray, levels: list[tuple[float, float]],
                 table: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """Premultiplied ARGB pixels (n, h, w) of ``maps`` (n, h, w), map ``i`` coloured
    through ``table`` between ``levels[i]``: exactly :func:`colour_index` map by map
    (its arithmetic in the maps' own dtype, as NumPy does it there with Python floats);
    written into ``out`` if given."""
    n = maps.shape[0]
    lo = np.array([float(a) for a, _ in levels], dtype=np.float64)
    span = np.array([float(b) for _, b in levels], dtype=np.float64) - lo
    scale = len(table) / np.where(span == 0, 1.0, span)
    dtype = maps.dtype
    lo, scale = lo.astype(dtype).reshape(n, 1, 1), scale.astype(dtype).reshape(n, 1, 1)
    return colour_scaled(maps, lo, scale, table, out)


class TilesItem(pg.GraphicsObject):
    """Paints the maps given to :meth:`show` where ``items`` (``LutImageItem``s in one
    ``ViewBox``) stand, each with a one-pixel grey border, as the items would paint them.

    ``hand_over()`` gives the items the maps on show: maps that are not all floating
    point are coloured by the items themselves (pyqtgraph's way)."""

    def __init__(self, lut: np.ndarray, hand_over=lambda: None):
        super().__init__()
        self._hand_over = hand_over
        self._maps: np.ndarray | None = None        # (n, h, w), map i for items[i]
        self._levels: tuple | list | None = None   # one (lo, hi), or a list of n
        self._table = argb_table(lut)
        self._pen = pg.mkPen(BORDER, width=1, cosmetic=True)
        self._items: list = []
        self._places: list[QtGui.QTransform] = []   # item coordinates -> this item's
        self._rect = QtCore.QRectF()
        #: (the painter's transform, each map's transform to the device under it)
        self._on_device: tuple[QtGui.QTransform, list[QtGui.QTransform]] | None = None
        self._pixels: list[QtGui.QImage] = []   # the maps coloured, one QImage each
        self._argb: object = None               # the memory those QImages point into
        self._dirty = True
        #: how often the maps were coloured (a test counts it: the same maps are not)
        self.colourings = 0

    # -- what to paint -----------------------------------------------------------------
    def set_items(self, items: list, hw: tuple[int, int]) -> None:
        """Paint the maps of ``items`` from now on: maps of ``hw`` (height, width), each
        where its item stands. The items need not hold their maps (they are handed them
        only when asked), so the room is reckoned from ``hw``: from the items' empty
        bounds it was a dot at the origin, and Qt left the maps unpainted wherever the
        origin was scrolled out of view."""
        for item in items:
            item.setFlag(QtWidgets.QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
            item.tiled = True
        self._items = list(items)
        # each map drawn in its item's coordinates, as the item painted it (its border's
        # pixels fall where they fell; in this item's coordinates a few moved by one)
        self._places = [item.transform() * QtGui.QTransform.fromTranslate(
            item.pos().x(), item.pos().y()) for item in self._items]
        self._on_device = None
        rect = QtCore.QRectF()
        for item in self._items:
            rect = rect.united(item.mapRectToParent(QtCore.QRectF(0, 0, hw[1], hw[0])))
        self.prepareGeometryChange()
        self._rect = rect.adjusted(-1, -1, 1, 1)
        self.changed()

    def set_lut(self, lut: np.ndarray) -> None:
        self._table = argb_table(lut)
        self.changed()

    def show(self, maps: np.ndarray | None, levels: tuple | list | None) -> None:
        """Paint ``maps`` (n, h, w) from now on, map ``i`` where item ``i`` stands, between
        ``levels`` (one (lo, hi) for all, or a list of n); None: nothing."""
        self._maps, self._levels = maps, levels
        self.changed()

    def changed(self) -> None:
        """The maps, levels or colours changed: colour them again at the next paint."""
        self._dirty = True
        self.update()

    # -- painting ----------------------------------------------------------------------
    def boundingRect(self) -> QtCore.QRectF:
        return self._rect

    def _colour(self, count: int) -> None:
        self.colourings += 1
        maps, levels = self._maps[:count], self._levels
        if maps.dtype.kind == "f":
            per_map = levels if isinstance(levels, list) else [levels] * count
            argb = self._argb
            if argb is None or argb.shape != maps.shape:
                # QImages over memory that each colouring writes again: making C3's 96
                # afresh took 1.2 ms of every frame
                argb = self._argb = np.empty(maps.shape, np.uint32)
                self._pixels = [qimage_of(tile) for tile in argb]
            colour_tiles(maps, per_map[:count], self._table, out=argb)
        else:   # integers, say: coloured by the items, as pyqtgraph colours them
            self._hand_over()
            self._pixels, self._argb = [], None
            for item in self._items[:count]:
                item.render()
                self._pixels.append(item.qimage)
        self._dirty = False

    def paint(self, painter: QtGui.QPainter, *args) -> None:
        maps = self._maps
        count = 0 if maps is None else min(len(maps), len(self._items))
        if not count:
            return
        if self._dirty or len(self._pixels) != count:
            self._colour(count)
        base = painter.transform()
        if self._on_device is None or self._on_device[0] != base:
            # each map's transform to the device, made again only when the view moved
            # (the 256 products of a page of C5's kernels took 0.4 ms a paint)
            self._on_device = (QtGui.QTransform(base),
                               [place * base for place in self._places])
        painter.setPen(self._pen)
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        rect = QtCore.QRectF(0, 0, maps.shape[2], maps.shape[1])
        set_transform, draw_image, draw_rect = (painter.setTransform, painter.drawImage,
                                                painter.drawRect)
        # (every item handed over stands visible: _layout hides only those it drops)
        for on_device, pixels in zip(self._on_device[1], self._pixels):
            set_transform(on_device)
            draw_image(rect, pixels)
            draw_rect(rect)
        painter.setTransform(base)
