"""Heat-map colouring: the same pixels as pyqtgraph's own ImageItem, in less time."""

import numpy as np
import pytest

from cnnviz.gui import style
from cnnviz.gui.qt import pg
from cnnviz.gui.widgets.lut_image import LutImageItem, argb_table, colour_index


def _pixels(qimage):
    """(h, w) uint32 ARGB of a QImage (converted to ARGB32)."""
    from cnnviz.gui.qt import QtGui
    img = qimage.convertToFormat(QtGui.QImage.Format.Format_ARGB32)
    h, w = img.height(), img.width()
    rows = np.frombuffer(img.constBits(), np.uint32, count=h * img.bytesPerLine() // 4)
    return rows.reshape(h, img.bytesPerLine() // 4)[:, :w].copy()


def _maps(dtype, nan):
    rng = np.random.default_rng(3)
    x = (rng.standard_normal((9, 13)) * 0.3).astype(dtype)
    x[0, :4] = [-5.0, 5.0, 0.0, 0.1]           # beyond the levels, and on them
    if nan:
        x[2, 3] = x[7, 12] = np.nan
    return x


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("diverging", [False, True])
@pytest.mark.parametrize("nan", [False, True])
def test_colours_equal_pyqtgraphs(qapp, dtype, diverging, nan):
    x = _maps(dtype, nan)
    lut = style.colormap(diverging).getLookupTable(nPts=256)
    levels = (-0.4, 0.7)
    want, _ = pg.functions.makeARGB(x, lut=lut, levels=levels)     # (h, w, 4) BGRA
    got = colour_index(x, levels, argb_table(lut))
    bgra = np.stack([(got >> s) & 255 for s in (0, 8, 16, 24)], axis=-1)
    ok = ~np.isnan(x)
    np.testing.assert_array_equal(bgra[..., :3][ok], want[..., :3][ok])
    assert (bgra[..., 3][ok] == 255).all()
    assert (got[~ok] == 0).all()                                    # NaN: transparent

    # and an ImageItem of pyqtgraph's own against ours, pixel for pixel
    theirs, ours = pg.ImageItem(axisOrder="row-major"), LutImageItem(axisOrder="row-major")
    for item in (theirs, ours):
        item.setLookupTable(lut)
        item.setImage(x, autoLevels=False, levels=levels)
        item.render()
    np.testing.assert_array_equal(_pixels(ours.qimage)[ok], _pixels(theirs.qimage)[ok])
    assert (_pixels(ours.qimage)[~ok] >> 24 == 0).all()


def test_pixels_are_premultiplied_for_qt_to_paint_without_converting(qapp):
    """The QImage is premultiplied ARGB32, the format Qt's raster painter draws as it is
    (a plain ARGB32 image is converted on every paint: 5-8 times as slow scaled up), and
    a translucent table still shows the colours pyqtgraph's ImageItem shows."""
    from cnnviz.gui.qt import QtGui
    x = _maps(np.float32, nan=True)
    lut = style.colormap(True).getLookupTable(nPts=256, alpha=True)
    lut[:, 3] = np.linspace(0, 255, 256).astype(np.uint8)        # alpha ramps up
    theirs, ours = pg.ImageItem(axisOrder="row-major"), LutImageItem(axisOrder="row-major")
    for item in (theirs, ours):
        item.setLookupTable(lut)
        item.setImage(x, autoLevels=False, levels=(-0.4, 0.7))
        item.render()
    assert ours.qimage.format() == QtGui.QImage.Format.Format_ARGB32_Premultiplied
    ok = ~np.isnan(x)
    got, want = _pixels(ours.qimage)[ok], _pixels(theirs.qimage)[ok]
    assert (got >> 24 == want >> 24).all()                          # alpha: exact
    seen = want >> 24 >= 32         # un-premultiplied colours are coarse where nearly clear
    for shift in (0, 8, 16):
        diff = np.abs((got[seen] >> shift & 255).astype(int) - (want[seen] >> shift & 255))
        assert diff.max() <= 4, shift
    table = argb_table(lut)
    alpha, red = table >> 24, table >> 16 & 255
    assert (red <= alpha).all() and table[0] == 0 and table[-1] >> 24 == 255


def test_other_data_goes_pyqtgraphs_way(qapp):
    item = LutImageItem(axisOrder="row-major")
    rgb = np.zeros((4, 5, 3), np.uint8)
    rgb[..., 0] = 200
    item.setImage(rgb, autoLevels=False, levels=(0, 255))
    item.render()
    assert item.qimage is not None and item.qimage.width() == 5
    assert (_pixels(item.qimage) >> 16 & 255 == 200).all()
