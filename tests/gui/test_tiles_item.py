"""TilesItem: a grid's maps coloured in one pass and painted in one item, pixel for pixel
as the maps' own items painted them."""

import numpy as np
import pytest

from cnnviz.gui import style
from cnnviz.gui.qt import QtCore, QtWidgets
from cnnviz.gui.widgets.lut_image import argb_table, colour_index
from cnnviz.gui.widgets.map_grid import MapGrid
from cnnviz.gui.widgets.tiles_item import colour_tiles


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_colours_are_colour_index_map_by_map(dtype):
    rng = np.random.default_rng(5)
    maps = (rng.standard_normal((7, 5, 6)) * 0.4).astype(dtype)
    maps[1, 2, 3] = maps[6, 0, 0] = np.nan
    maps[2] = 0.25                                   # a flat map
    levels = [(-0.4, 0.7), (-1.0, 1.0), (0.25, 0.25), (-1e-7, 1e-7), (0.0, 3.0),
              (-0.3333333, 0.3333333), (-2.0, -1.0)]
    table = argb_table(style.colormap(True).getLookupTable(nPts=256))
    got = colour_tiles(maps, levels, table)
    for i in range(len(maps)):
        np.testing.assert_array_equal(got[i], colour_index(maps[i], levels[i], table))
    assert got[1, 2, 3] == 0 and got[6, 0, 0] == 0  # NaN: transparent
    # written into memory a paint reuses: the same pixels, whatever it held before
    out = np.full(maps.shape, 0x12345678, np.uint32)
    assert colour_tiles(maps, levels, table, out=out) is out
    np.testing.assert_array_equal(out, got)


def _pixels(widget, rect=None) -> np.ndarray:
    QtWidgets.QApplication.processEvents()   # the colour bar's new levels laid out
    image = (widget.grab() if rect is None else widget.grab(rect)).toImage()
    h, w = image.height(), image.width()
    rows = np.frombuffer(image.constBits(), np.uint32, count=h * image.bytesPerLine() // 4)
    return rows.reshape(h, image.bytesPerLine() // 4)[:, :w].copy()


def _paint_one_by_one(grid) -> None:
    """The grid's items paint their own maps, as before TilesItem (with their border)."""
    from cnnviz.gui.qt import pg

    grid.tiles.setVisible(False)
    for item in grid.images:
        item.tiled = False
        item.setFlag(QtWidgets.QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, False)
        item.setBorder(pg.mkPen("#909090", width=1, cosmetic=True))
        item.update()


@pytest.mark.parametrize("n, shape, per_map", [(6, (28, 28), False), (96, (5, 5), True),
                                               (1, (1, 10), False), (3, (14, 14), False)])
def test_the_picture_is_the_one_the_items_painted_themselves(qtbot, n, shape, per_map):
    rng = np.random.default_rng(n)
    maps = rng.normal(size=(n, *shape)).astype(np.float32)
    maps[0, 0, 0] = np.nan
    grid = MapGrid("K — kernels", "weights", True)
    qtbot.addWidget(grid)
    grid.resize(640, 520)
    grid.show()
    qtbot.waitExposed(grid)
    levels = [(-float(a), float(a)) for a in np.nanmax(np.abs(maps), axis=(1, 2))] \
        if per_map else (-2.0, 2.0)
    grid.set_maps(maps, levels=levels)
    # the lower right part alone too: drawn where the grid's origin is out of sight (in
    # a scroll area), which Qt skips for an item whose bounds do not reach there
    corner = QtCore.QRect(grid.width() // 2, grid.height() // 2, grid.width() // 2,
                          grid.height() // 2)
    tiled, tiled_corner = _pixels(grid), _pixels(grid, corner)
    assert grid.tiles.colourings >= 1
    _paint_one_by_one(grid)
    own, own_corner = _pixels(grid), _pixels(grid, corner)
    assert tiled.shape == own.shape
    np.testing.assert_array_equal(tiled, own)
    np.testing.assert_array_equal(tiled_corner, own_corner)
    h, w = shape
    for item in grid.images:
        assert grid.tiles.boundingRect().contains(item.mapRectToParent(QtCore.QRectF(0, 0, w, h)))
    # and the maps are on the picture: a grid of other maps looks different
    grid.tiles.setVisible(True)
    for item in grid.images:
        item.tiled = True
    grid.set_maps(-maps, levels=levels)
    assert (_pixels(grid) != tiled).any()


def test_integer_maps_are_coloured_by_their_items_the_way_pyqtgraph_colours_them(qtbot):
    """Float maps are coloured from the grid's stack in one pass; integers (which no view
    sends today) the way pyqtgraph's own items colour them, and then the items are handed
    their maps first."""
    maps = np.arange(4 * 3 * 5, dtype=np.int32).reshape(4, 3, 5)
    grid = MapGrid("Y — counts", "output", False)
    qtbot.addWidget(grid)
    grid.resize(480, 360)
    grid.show()
    qtbot.waitExposed(grid)
    grid.set_maps(maps, levels=(0, 59))
    tiled = _pixels(grid)
    assert grid.tiles.colourings == 1 and grid.tiles._argb is None   # the items' way
    assert all(item.image is not None and np.array_equal(item.image, m)
               for item, m in zip(grid._images, maps))
    _paint_one_by_one(grid)
    np.testing.assert_array_equal(tiled, _pixels(grid))
    assert len(np.unique(tiled)) > 20   # the maps' many colours, not one
