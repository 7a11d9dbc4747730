"""The network strip: blocks built from the snapshot, exact thumbnails, clicks, highlights."""

import numpy as np
import pytest

from cnnviz.core.session import Session, TrainConfig
from cnnviz.gui import style
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets
from cnnviz.gui.views.network_strip import NetworkStrip

LAYERS = ["C1", "S2", "C3", "S4", "C5", "F6", "OUT"]
VALID = {
    "INPUT": ["INPUT", "input", "1@32×32", ""],
    "C1": ["C1", "convolution", "6@28×28", "5×5 valid"],
    "S2": ["S2", "subsampling", "6@14×14", "avg 2×2"],
    "C3": ["C3", "convolution", "16@10×10", "5×5 valid"],
    "S4": ["S4", "subsampling", "16@5×5", "avg 2×2"],
    "C5": ["C5", "convolution", "120@1×1", "5×5 valid"],
    "F6": ["F6", "full connection", "84", "120→84"],
    "OUT": ["OUT", "full connection", "10", "84→10"],
}
SAME_SHAPES = {"C1": "6@32×32", "S2": "6@16×16", "C3": "16@16×16", "S4": "16@8×8",
               "C5": "120@8×8", "F6": "84", "OUT": "10"}


@pytest.fixture(scope="module")
def snaps(small_data):
    valid = Session(small_data, TrainConfig()).probe_snapshot()
    same = Session(small_data, TrainConfig(), arch={"model": "lenet5", "mode": "same"})
    stepping = Session(small_data, TrainConfig())
    partial = [stepping.step_forward() for _ in range(2)][-1]
    return {"valid": valid, "same": same.probe_snapshot(), "partial": partial}


@pytest.fixture
def strip(qtbot):
    widget = NetworkStrip()
    qtbot.addWidget(widget)
    widget.resize(1280, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def check_thumbnails(strip, snap):
    np.testing.assert_array_equal(strip.thumbnail_arrays("INPUT")[0], snap.image[0])
    for lay in snap.layers:
        shown = strip.thumbnail_arrays(lay.name)
        if len(lay.out_shape) == 1 or lay.out_shape[1:] == (1, 1):
            assert len(shown) == 1
            np.testing.assert_array_equal(shown[0], lay.y.ravel())
        else:
            assert len(shown) == lay.y.shape[0]
            for got, want in zip(shown, lay.y):
                assert got.dtype == want.dtype
                np.testing.assert_array_equal(got, want)


def test_blocks_follow_the_default_network(strip, snaps):
    strip.set_snapshot(snaps["valid"])
    assert strip.block_names() == ["INPUT"] + LAYERS
    for name, texts in VALID.items():
        assert strip.block_texts(name) == texts
    assert strip.arrow_texts() == ["1@32×32", "6@28×28", "6@14×14", "16@10×10", "16@5×5",
                                   "120@1×1", "84"]


def test_same_mode_rebuilds_with_its_sizes(strip, snaps):
    strip.set_snapshot(snaps["valid"])
    strip.set_snapshot(snaps["same"])
    assert strip.block_names() == ["INPUT"] + LAYERS
    for name, shape in SAME_SHAPES.items():
        assert strip.block_texts(name)[2] == shape
    assert strip.block_texts("C3")[3] == "5×5 same"
    assert strip.block_texts("F6")[3] == "7680→84"
    assert strip.arrow_texts()[1:] == ["6@32×32", "6@16×16", "16@16×16", "16@8×8", "120@8×8",
                                       "84"]
    check_thumbnails(strip, snaps["same"])


def test_thumbnails_are_the_snapshot_outputs(strip, snaps):
    strip.set_snapshot(snaps["valid"])
    check_thumbnails(strip, snaps["valid"])


def test_updates_reuse_the_blocks(strip, snaps):
    strip.set_snapshot(snaps["valid"])
    before = strip.findChild(QtWidgets.QWidget, "block_C3")
    strip.set_snapshot(snaps["partial"])
    strip.set_snapshot(snaps["valid"])
    assert strip.findChild(QtWidgets.QWidget, "block_C3") is before


def test_partial_snapshot_shows_no_stale_maps(strip, snaps):
    strip.set_snapshot(snaps["valid"])
    strip.set_snapshot(snaps["partial"])
    assert strip.block_names() == ["INPUT"] + LAYERS
    check_thumbnails(strip, snaps["partial"])
    for name in LAYERS[2:]:
        assert strip.thumbnail_arrays(name) == []
    labels = strip.findChild(QtWidgets.QWidget, "block_C3").findChildren(QtWidgets.QLabel)
    assert labels and not any(label.isEnabled() for label in labels)
    strip.set_snapshot(snaps["valid"])
    assert all(label.isEnabled() for label in labels)
    check_thumbnails(strip, snaps["valid"])


def test_partial_snapshot_first_grows_later(strip, snaps):
    strip.set_snapshot(snaps["partial"])
    assert strip.block_names() == ["INPUT", "C1", "S2"]
    strip.set_snapshot(snaps["valid"])
    assert strip.block_names() == ["INPUT"] + LAYERS


@pytest.mark.parametrize("name", LAYERS)
def test_click_on_a_block_selects_its_layer(qtbot, strip, snaps, name):
    strip.set_snapshot(snaps["valid"])
    with qtbot.waitSignal(strip.layerSelected, timeout=1000) as blocker:
        qtbot.mouseClick(strip, QtCore.Qt.MouseButton.LeftButton,
                         pos=strip.block_rect(name).center())
    assert blocker.args == [name]
    assert strip.selected() == name


def test_click_on_a_block_label_propagates(qtbot, strip, snaps):
    strip.set_snapshot(snaps["valid"])
    label = strip.findChild(QtWidgets.QWidget, "block_S4").findChildren(QtWidgets.QLabel)[0]
    with qtbot.waitSignal(strip.layerSelected, timeout=1000) as blocker:
        qtbot.mouseClick(label, QtCore.Qt.MouseButton.LeftButton, pos=label.rect().center())
    assert blocker.args == ["S4"]


def test_input_is_not_selectable(qtbot, strip, snaps):
    """The image is the first layer's X: its tooltip sends the student there."""
    strip.set_snapshot(snaps["valid"])
    with qtbot.assertNotEmitted(strip.layerSelected):
        qtbot.mouseClick(strip, QtCore.Qt.MouseButton.LeftButton,
                         pos=strip.block_rect("INPUT").center())
    tip = strip.findChild(QtWidgets.QWidget, "block_INPUT").toolTip()
    assert "C1 reads as X" in tip and "dE/dX" in tip


def edge_color(strip, name, inset):
    """The colour ``inset`` pixels inside the left edge of a block, half-way down."""
    rect = strip.block_rect(name)
    image = strip.grab().toImage()
    return image.pixelColor(rect.left() + inset, rect.top() + rect.height() // 2)


def near(a: QtGui.QColor, b: QtGui.QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < 40


def test_selection_and_activity_are_both_visible(strip, snaps):
    strip.set_snapshot(snaps["valid"])
    strip.set_selected("C1")
    strip.set_active("Forward C3")
    assert (strip.selected(), strip.active()) == ("C1", "C3")
    assert near(edge_color(strip, "C1", 2), style.SELECTED_COLOR)
    assert near(edge_color(strip, "C3", 2), style.ACTIVE_COLOR)
    assert not near(edge_color(strip, "S2", 2), style.SELECTED_COLOR)
    strip.set_selected("C3")
    assert near(edge_color(strip, "C3", 2), style.ACTIVE_COLOR)
    assert near(edge_color(strip, "C3", 6), style.SELECTED_COLOR)
    assert not near(edge_color(strip, "C1", 2), style.SELECTED_COLOR)
    strip.set_active(None)
    assert strip.active() is None
    assert near(edge_color(strip, "C3", 2), style.SELECTED_COLOR)
    strip.set_active("Update")
    assert strip.active() is None


def test_fits_1280_without_clipped_text(strip, snaps):
    for key in ("same", "valid"):
        strip.set_snapshot(snaps[key])
        strip.set_selected("C1")
        strip.set_active("S2")
        QtWidgets.QApplication.processEvents()
        assert strip.minimumSizeHint().width() <= 1280
        for label in strip.findChildren(QtWidgets.QLabel):
            assert label.width() >= label.sizeHint().width(), label.text()
            assert label.font().pointSizeF() >= 10
    assert strip.grab().save("/tmp/strip.png")


@pytest.mark.parametrize("width", [1000, 900, 800])
def test_narrower_strips_drop_details_not_text(qtbot, strip, snaps, width):
    strip.set_snapshot(snaps["valid"])
    assert strip.minimumSizeHint().width() <= 800
    strip.resize(width, 200)
    QtWidgets.QApplication.processEvents()
    assert max(w.geometry().right() for w in strip.findChildren(QtWidgets.QWidget)
               if w.parent() is strip) < width
    for label in strip.findChildren(QtWidgets.QLabel):
        if label.isVisible():
            assert label.width() >= label.sizeHint().width(), label.text()
    assert strip.block_texts("C3")[2] == "16@10×10"
    strip.resize(1280, 200)
    QtWidgets.QApplication.processEvents()
    assert all(label.isVisible() for label in strip.findChildren(QtWidgets.QLabel))


def test_strings_are_translatable(qtbot, snaps):
    class Bracket(QtCore.QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return f"[{source}]" if context == "NetworkStrip" else None

    bracket = Bracket()
    app = QtCore.QCoreApplication.instance()
    app.installTranslator(bracket)
    try:
        widget = NetworkStrip()
        qtbot.addWidget(widget)
        widget.set_snapshot(snaps["valid"])
        assert widget.block_texts("C1")[1] == "[convolution]"
        assert widget.block_texts("F6")[1] == "[full connection]"
    finally:
        app.removeTranslator(bracket)


def test_block_texts_name_the_pool_window_and_stride():
    from cnnviz.gui.views.strip_parts import kind_texts

    assert kind_texts("avg pool", "avg pool 2x2")[1] == "avg 2×2"
    assert kind_texts("max pool", "max pool 3x3, stride 2")[1] == "max 3×3, stride 2"
    assert kind_texts("conv", "conv 5x5, valid")[1] == "5×5 valid"


def test_mosaic_colours_are_pyqtgraphs(strip, snaps):
    """The thumbnails' pixels: the sequential colour map over the maps' range, as
    pyqtgraph's ImageItem would colour them (its makeARGB is the reference)."""
    import pyqtgraph as pg

    from cnnviz.gui.widgets.lut_image import colour_index

    strip.set_snapshot(snaps["valid"])
    mosaic = strip.findChild(QtWidgets.QWidget, "block_C3").mosaic
    maps = snaps["valid"].layer("C3").y
    levels = style.data_levels(maps)
    lut = style.colormap(False).getLookupTable(nPts=256, alpha=False)
    want, _ = pg.functions.makeARGB(mosaic.buf, lut=lut, levels=levels)    # BGRA bytes
    got = colour_index(mosaic.buf, levels, mosaic._lut)
    gap = np.isnan(mosaic.buf)
    assert gap.any() and (got[gap] == 0).all()          # transparent: the block shows
    b, g, r = (got >> 0) & 255, (got >> 8) & 255, (got >> 16) & 255
    for channel, k in ((b, 0), (g, 1), (r, 2)):
        np.testing.assert_array_equal(channel[~gap], want[..., k][~gap])
    np.testing.assert_array_equal(mosaic._argb, got)


def test_mosaic_paints_its_maps_and_grey_cells(strip, snaps):
    """What is on screen: each map pixel in its colour, the gaps in the block's colour,
    and grey cells for a layer the pass has not reached."""
    strip.set_snapshot(snaps["valid"])
    block = strip.findChild(QtWidgets.QWidget, "block_C1")
    mosaic = block.mosaic
    image = mosaic.grab().toImage()
    eh, ew = mosaic._argb.shape
    k = min(mosaic.width() / ew, mosaic.height() / eh)
    x0, y0 = (mosaic.width() - k * ew) / 2, (mosaic.height() - k * eh) / 2
    checked = 0
    for (r, c) in mosaic.cells:
        for dy, dx in ((0, 0), (13, 7), (27, 27)):
            px = QtCore.QPoint(int(x0 + (c + dx + 0.5) * k), int(y0 + (r + dy + 0.5) * k))
            assert image.pixel(px) == int(mosaic._argb[r + dy, c + dx]), (r + dy, c + dx)
            checked += 1
    assert checked == 18
    gap_px = QtCore.QPoint(int(x0 + (mosaic.cells[0][1] + mosaic.w + 0.5) * k),
                           int(y0 + 0.5 * k))
    assert QtGui.QColor(image.pixel(gap_px)) == block.fill()
    strip.set_snapshot(snaps["partial"])      # C3 not reached: grey cells
    mosaic = strip.findChild(QtWidgets.QWidget, "block_C3").mosaic
    image = mosaic.grab().toImage()
    eh, ew = mosaic._argb.shape
    k = min(mosaic.width() / ew, mosaic.height() / eh)
    first = QtCore.QPoint(int((mosaic.width() - k * ew) / 2 + 0.5 * k),
                          int((mosaic.height() - k * eh) / 2 + 0.5 * k))
    from cnnviz.gui.views.strip_parts import PLACEHOLDER
    assert QtGui.QColor(image.pixel(first)).getRgb()[:3] == tuple(PLACEHOLDER[:3])


def test_a_thumbnail_of_the_same_numbers_is_not_coloured_again(qtbot):
    from cnnviz.gui.views.strip_parts import _Mosaic

    mosaic = _Mosaic((6, 4, 4))
    qtbot.addWidget(mosaic)
    maps = np.random.default_rng(2).normal(size=(6, 4, 4)).astype(np.float32)
    mosaic.set_maps(maps)
    pixels = mosaic._argb.copy()
    mosaic._argb[...] = 0                     # a stand-in for "coloured again"
    mosaic.set_maps(maps.copy())              # equal numbers in a new array: left as it is
    assert not mosaic._argb.any()
    mosaic.set_maps(maps)                     # the very array again: it may have changed
    np.testing.assert_array_equal(mosaic._argb, pixels)
    changed = maps.copy()
    changed[5, 3, 3] += 1.0
    mosaic.set_maps(changed)
    np.testing.assert_array_equal(mosaic.shown()[5], changed[5])
    mosaic.resize(300, 60)                    # a new arrangement keeps the picture
    QtWidgets.QApplication.processEvents()
    np.testing.assert_array_equal(np.stack(mosaic.shown()), changed)
