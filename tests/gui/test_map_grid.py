"""MapGrid: shows exactly the arrays it is given, with the right levels, hover and export."""

import contextlib

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnnviz.gui import style
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets
from cnnviz.gui.widgets.map_grid import (BAR_LABEL_LEAST, BAR_LABEL_PITCH, MapGrid,
                                         bar_tick_spacing, compact_exponent, two_lines)
from cnnviz.gui.widgets.map_layout import grid_columns
from cnnviz.gui.widgets.lut_image import argb_table, colour_index


@pytest.fixture
def maps():
    return np.random.default_rng(0).normal(size=(6, 28, 28)).astype(np.float32)


@pytest.fixture
def grid(qtbot):
    g = MapGrid("Z — output maps (6@28x28)", "output", False)
    qtbot.addWidget(g)
    g.resize(700, 420)
    g.show()
    qtbot.waitExposed(g)
    return g


@contextlib.contextmanager
def window_text(points=None, factor=None):
    """The application's text at ``points`` (or ``factor`` times its size) for the
    block, as presentation mode sets it."""
    app = QtWidgets.QApplication.instance()
    old = app.font()
    font = QtGui.QFont(old)
    font.setPointSizeF(points if points is not None else old.pointSizeF() * factor)
    app.setFont(font)
    QtWidgets.QApplication.processEvents()
    try:
        yield font
    finally:
        app.setFont(old)


def shown_grid(qtbot, title, role, diverging, size):
    g = MapGrid(title, role, diverging)
    qtbot.addWidget(g)
    g.resize(*size)
    g.show()
    qtbot.waitExposed(g)
    return g


def labels(n):
    return [f"Z_{i}" for i in range(n)]


def test_shows_exactly_the_arrays_given(grid, maps):
    grid.set_maps(maps, labels(6), columns=3)
    shown = grid.displayed()
    assert len(shown) == len(grid.images) == 6
    for a, b in zip(shown, maps):
        assert a.dtype == np.float32
        assert np.array_equal(a, b)
        assert np.shares_memory(a, maps)


def test_items_are_reused_and_added_only_when_the_count_changes(grid, maps):
    grid.set_maps(maps, labels(6))
    first = grid.images
    grid.set_maps(maps[::-1].copy(), labels(6))
    assert all(a is b for a, b in zip(first, grid.images))
    grid.set_maps(maps[:4], labels(4))
    assert len(grid.images) == 4 and grid.images[0] is first[0]
    grid.set_maps(np.concatenate([maps, maps]), labels(12))
    assert len(grid.images) == 12 and grid.images[5] is first[5]


def test_diverging_maps_get_symmetric_levels(qtbot, maps):
    g = MapGrid("K — kernels", "weights", True)
    qtbot.addWidget(g)
    g.set_maps(maps)
    m = float(np.max(np.abs(maps)))
    # widened to two significant digits, so the colour bar holds still while training
    lo, hi = g.levels
    assert lo == -hi and m <= hi <= m * 1.1
    assert g.levels == style.nice_levels(style.symmetric_levels(maps), True)
    assert g.colorbar.levels() == pytest.approx((lo, hi))
    for item in g.images:
        assert tuple(item.levels) == pytest.approx((lo, hi))


def test_sequential_maps_get_the_data_range_and_explicit_levels_win(grid, maps):
    grid.set_maps(maps)
    lo, hi = grid.levels
    assert lo <= float(maps.min()) and hi >= float(maps.max())
    assert grid.levels == style.nice_levels((float(maps.min()), float(maps.max())), False)
    grid.set_maps(maps, levels=(-2.0, 3.0))
    assert grid.levels == (-2.0, 3.0)
    assert grid.colorbar.levels() == (-2.0, 3.0)
    assert tuple(grid.images[4].levels) == (-2.0, 3.0)


@pytest.mark.parametrize("text, want", [
    ("5e-07", "5e-7"), ("-2.5e-07", "-2.5e-7"), ("1e+04", "1e4"), ("-1e-10", "-1e-10"),
    ("3e+00", "3e0"), ("0.25", "0.25"), ("-0.5", "-0.5"), ("0", "0"), ("100", "100"),
])
def test_tick_exponents_lose_the_plus_and_the_leading_zeros(text, want):
    assert compact_exponent(text) == want


def test_a_gradient_s_colour_bar_labels_its_negative_half_too(qtbot, maps):
    """At the window's font, "-5e-07" did not fit the bar's axis: every negative label
    was left out. "-5e-7" does."""
    g = MapGrid("dE/dY", "gradient", True)
    qtbot.addWidget(g)
    g.resize(420, 330)
    g.show()
    qtbot.waitExposed(g)
    g.set_maps(maps * 4e-7, levels=(-1.3e-6, 1.3e-6))
    axis = g.colorbar.axis
    ticks = [-1e-6, -5e-7, 0.0, 5e-7, 1e-6]
    assert axis.tickStrings(ticks, 1.0, 5e-7) == ["-1e-6", "-5e-7", "0", "5e-7", "1e-6"]
    # what pyqtgraph needs to draw a label at the window's 10 pt (make_app): the gap and
    # the text, and the tick where it points outward ("-5e-07" did not fit)
    font = QtGui.QFont(axis.style["tickFont"] or axis.font())
    font.setPointSize(10)
    metrics = QtGui.QFontMetrics(font)
    widest = max(metrics.horizontalAdvance(t) for t in axis.tickStrings(ticks, 1.0, 5e-7))
    room = axis.width() - axis.style["tickTextOffset"][0] - max(0, axis.style["tickLength"])
    assert widest <= room
    # and pyqtgraph's fixed-point labels of gradients between 1e-4 and 1e-2 fit as well:
    # sized for "-5e-5", the bar left out "-0.001" and "-0.0005", every negative label
    assert max(metrics.horizontalAdvance(t) for t in ("-0.0005", "-0.015", "-2.5e-3")) <= room


def test_per_map_levels(grid, maps):
    levels = [style.data_levels(m) for m in maps]
    grid.set_maps(maps, levels=levels)
    for item, lv in zip(grid.images, levels):
        assert tuple(item.levels) == pytest.approx(lv)
    assert grid.colorbar.levels() == (0.0, 1.0)


def test_vectors_and_matrices_are_one_map(grid):
    v = np.arange(84, dtype=np.float32)
    grid.set_maps(v, ["Y"])
    (shown,) = grid.displayed()
    assert shown.shape == (1, 84) and np.array_equal(shown.ravel(), v)
    w = np.arange(84 * 120, dtype=np.float32).reshape(84, 120)
    grid.set_maps(w, ["W"])
    (shown,) = grid.displayed()
    assert np.array_equal(shown, w)
    assert grid.value_at(0, 2, 5) == f"W [2, 5] = {w[2, 5]:.4g}"


def test_value_at_formats_label_index_and_four_digits(grid, maps):
    grid.set_maps(maps, labels(6), columns=3)
    assert grid.value_at(2, 3, 4) == f"Z_2 [3, 4] = {float(maps[2, 3, 4]):.4g}"
    maps2 = np.full((1, 2, 2), 0.123456, dtype=np.float32)
    grid.set_maps(maps2, ["K_2,4"])
    assert grid.value_at(0, 1, 1) == "K_2,4 [1, 1] = 0.1235"


def test_hover_reads_the_map_under_the_mouse(qtbot, grid, maps):
    grid.set_maps(maps, labels(6), columns=3)
    QtWidgets.QApplication.processEvents()
    assert grid.hover_text() == ""
    img = grid.images[4]
    scene_pos = img.mapToScene(QtCore.QPointF(10.5, 7.5))      # column 10, row 7
    grid.scene().sigMouseMoved.emit(scene_pos)
    assert grid.hover_text() == grid.value_at(4, 7, 10)
    view_pos = grid.mapFromScene(img.mapToScene(QtCore.QPointF(3.5, 20.5)))
    qtbot.mouseMove(grid.viewport(), view_pos)
    qtbot.waitUntil(lambda: grid.hover_text() == grid.value_at(4, 20, 3), timeout=2000)
    grid.scene().sigMouseMoved.emit(QtCore.QPointF(-50, -50))
    assert grid.hover_text() == ""


def test_the_value_shows_beside_the_mouse_and_goes_when_it_leaves(qtbot, grid, maps):
    """The readout line is under the maps, out of sight when a tall grid scrolls: the
    value also shows as a tip at the mouse. Leaving the grid clears both, and the next
    update does not bring back the value of a place the mouse has left."""
    grid.set_maps(maps, labels(6), columns=3)
    QtWidgets.QApplication.processEvents()
    img = grid.images[4]
    grid.scene().sigMouseMoved.emit(img.mapToScene(QtCore.QPointF(10.5, 7.5)))
    assert grid.hover_text() == grid.value_at(4, 7, 10)
    assert QtWidgets.QToolTip.text() == grid.value_at(4, 7, 10)
    QtWidgets.QApplication.sendEvent(grid, QtCore.QEvent(QtCore.QEvent.Type.Leave))
    assert grid.hover_text() == ""
    qtbot.waitUntil(lambda: not QtWidgets.QToolTip.isVisible(), timeout=2000)
    grid.set_maps(maps + 1, labels(6), columns=3)
    assert grid.hover_text() == ""


def test_a_place_the_next_maps_lack_reads_nothing_instead_of_failing(qtbot, grid, maps):
    """The mouse still on C1's Y at (5, 27, 27) and F pressed: S2's 14x14 maps went to the
    same grid, and reading (5, 27, 27) from them failed the update with an IndexError."""
    grid.set_maps(maps, labels(6), columns=3)
    big = maps.shape[1] - 1
    grid.scene().sigMouseMoved.emit(grid.images[5].mapToScene(QtCore.QPointF(big + 0.5,
                                                                              big + 0.5)))
    assert grid.hover_text() == grid.value_at(5, big, big)
    grid.set_maps(maps[:, :14, :14], labels(6), columns=3)
    assert grid.hover_text() == ""
    grid.scene().sigMouseMoved.emit(grid.images[5].mapToScene(QtCore.QPointF(3.5, 2.5)))
    grid.set_maps(maps[:, :14, :14] * 2, labels(6), columns=3)      # the next frame
    assert grid.hover_text() == grid.value_at(5, 2, 3)
    assert float(grid.hover_text().rpartition("= ")[2]) == pytest.approx(
        2 * float(maps[5, 2, 3]), rel=1e-3)


def test_clear_maps_shows_the_message_and_maps_come_back(grid, maps):
    grid.set_maps(maps, labels(6))
    grid.clear_maps("dE/dK appears once the backward pass reaches C3")
    assert grid.message == "dE/dK appears once the backward pass reaches C3"
    assert grid.displayed() == []
    assert not grid.colorbar.isVisible()
    assert not any(item.isVisible() for item in grid._images)
    grid.set_maps(maps, labels(6))
    assert grid.message == ""
    assert len(grid.displayed()) == 6 and grid.colorbar.isVisible()


def test_title_says_the_role(qtbot):
    for role, word in (("input", "input"), ("output", "output"), ("weights", "weights"),
                       ("gradient", "gradient")):
        g = MapGrid("M (6@14x14)", role, role in ("weights", "gradient"))
        qtbot.addWidget(g)
        assert word in g.title()
    g = MapGrid("X — input maps", "input", False)
    qtbot.addWidget(g)
    assert g.title() == "X — input maps"
    with pytest.raises(ValueError, match="role"):
        MapGrid("X", "bias", False)


def test_wrong_labels_or_levels_are_refused(grid, maps):
    with pytest.raises(ValueError, match="labels"):
        grid.set_maps(maps, labels(5))
    with pytest.raises(ValueError, match="levels"):
        grid.set_maps(maps, levels=[(0, 1)] * 5)


def test_export_png_and_svg(grid, maps, tmp_path):
    grid.set_maps(maps, labels(6), columns=3)
    png, svg = tmp_path / "grid.png", tmp_path / "grid.svg"
    grid.export(str(png))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert QtGui.QImage(str(png)).width() == grid.width()
    grid.export(str(svg))
    text = svg.read_text()
    assert "<svg" in text and "Z_2" in text   # the names as text, though kept as pictures
    cached = QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
    assert all(name.cacheMode() == cached for name in grid._names)
    with pytest.raises(OSError, match="png or .svg"):
        grid.export(str(tmp_path / "grid.jpg"))


def test_right_click_menu_exports(qtbot, grid, maps, tmp_path, monkeypatch):
    grid.set_maps(maps, labels(6))
    target = tmp_path / "menu.svg"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    pos = QtCore.QPoint(20, 20)
    event = QtGui.QContextMenuEvent(QtGui.QContextMenuEvent.Reason.Mouse, pos,
                                    grid.viewport().mapToGlobal(pos))
    QtWidgets.QApplication.sendEvent(grid.viewport(), event)
    menu = grid._export_menu
    assert menu is not None and menu.isVisible()
    (action,) = menu.actions()
    assert action.text() == "Export view as PNG/SVG…"
    action.trigger()
    menu.close()
    assert "<svg" in target.read_text()


def test_grid_columns_fill_the_width():
    assert grid_columns(6, 28, 28, 860) == 6
    assert grid_columns(16, 10, 10, 420) in (4, 8)
    assert grid_columns(1, 32, 32, 420) == 1


def drawn_tick_labels(axis) -> list[tuple[str, float]]:
    """The labels pyqtgraph would draw on ``axis`` now, with their centres' heights."""
    img = QtGui.QImage(8, 8, QtGui.QImage.Format.Format_ARGB32)
    painter = QtGui.QPainter(img)
    try:
        texts = axis.generateDrawSpecs(painter)[2]
    finally:
        painter.end()
    return [(text, rect.center().y()) for rect, _, text in texts]


@pytest.mark.parametrize("points", [10.0, 18.0])
@pytest.mark.parametrize("shape", [(6, 14, 14), (84,)])
@pytest.mark.parametrize("top", [3.9e-5, 1.8e-3, 0.018, 0.47])
def test_colour_bar_labels_fit_apart_at_any_text_size(qtbot, points, shape, top):
    """Presentation mode enlarges the window's text. The bar's axis kept pyqtgraph's
    45 pixels, so every label but "0" was left out as too wide; on a strip's short bar
    "1e-5" and "0" were drawn over each other. Now labels never overlap, and a grid's bar
    labels its negative half too, at any of these ranges."""
    g = shown_grid(qtbot, "dE/dY", "gradient", True, (900, 400))
    g.set_maps(np.random.default_rng(0).normal(0, top / 3, shape).astype(np.float32),
               levels=(-top, top))
    with window_text(points) as font:
        g.resize(900, g.minimumHeight())        # as the inspector lays a strip out
        for _ in range(3):
            QtWidgets.QApplication.processEvents()
            g.grab()
        drawn = drawn_tick_labels(g.colorbar.axis)
        line = QtGui.QFontMetricsF(font).height()
        texts = [t for t, _ in drawn]
        assert "0" in texts, drawn
        ys = sorted(y for _, y in drawn)
        assert len(ys) == 1 or min(np.diff(ys)) >= BAR_LABEL_LEAST * line - 0.5, (drawn, line)
        if len(shape) > 1 or top == 3.9e-5:
            assert len(drawn) >= 3 and any(t.startswith("-") for t in texts), drawn


@given(lo=st.floats(-1e3, 1e3), span=st.floats(1e-9, 1e4),
       size=st.floats(20, 600), line=st.floats(8, 40))
@settings(max_examples=300, deadline=None)
def test_bar_tick_spacing_keeps_labels_apart_and_at_least_two(lo, span, size, line):
    hi = lo + span
    if not hi > lo:
        return
    step = bar_tick_spacing(lo, hi, size, line)
    mantissa = step / 10.0 ** np.floor(np.log10(step))
    assert min(abs(mantissa - m) for m in (1, 2, 5, 10)) < 1e-9        # 1, 2 or 5 x 10^k
    pitch = step * size / span                                          # pixels apart

    def count(s):
        return int(np.floor(hi / s) - np.ceil(lo / s) + 1)

    nice = [float(f"{m}e{k}") for k in range(-12, 8) for m in (1, 2, 5)]
    assert pitch >= BAR_LABEL_LEAST * line * (1 - 1e-6)                 # never overlapping
    if pitch < BAR_LABEL_PITCH * line * (1 - 1e-6):   # looser than the function's own
        # closer than the pitch only to get a second label that a wider step would not give
        assert count(step) >= 2
        assert not any(count(s) >= 2 for s in nice
                       if s * size / span >= BAR_LABEL_PITCH * line * (1 + 1e-9))
    if count(step) < 2:
        assert not any(count(s) >= 2 for s in nice
                       if s * size / span >= BAR_LABEL_LEAST * line * (1 + 1e-9))


def test_map_names_grow_with_the_text(qtbot):
    """Presentation mode's larger text left the names over the maps ("K_0,0") at 15
    pixels: they grow with the text now, as far as their band above each map allows."""
    g = shown_grid(qtbot, "K", "weights", True, (900, 700))
    g.set_maps(np.random.default_rng(0).normal(size=(6, 5, 5)), [f"K_{i},0" for i in range(6)],
               columns=3)

    def name_px():
        QtWidgets.QApplication.processEvents()
        name = g._names[0]
        return name.boundingRect().height() * name.scale() / g.view.viewPixelSize()[1]

    small = name_px()
    with window_text(factor=1.6):
        large = name_px()
    assert small == pytest.approx(15, abs=0.5)
    assert large > 1.4 * small
    assert name_px() == pytest.approx(small, abs=0.5)


def test_the_same_numbers_again_are_not_coloured_again_but_a_change_is(grid, maps):
    """While the network trains, C1's input is the same probe at every frame: colouring
    and painting it again cost 2.6 ms a frame."""
    grid.set_maps(maps, levels=(-3.0, 3.0))
    grid.grab()                                                # coloured once
    first = [item.image for item in grid.images]
    coloured = grid.tiles.colourings
    grid.set_maps(maps.copy(), levels=(-3.0, 3.0))            # equal numbers, new array
    assert all(a is b for a, b in zip(first, (item.image for item in grid.images)))
    grid.grab()
    assert grid.tiles.colourings == coloured
    changed = maps.copy()
    changed[4, 3, 2] += 1.0
    grid.set_maps(changed, levels=(-3.0, 3.0))                 # one value differs: all
    assert all(np.shares_memory(item.image, m) for item, m in zip(grid.images, changed))
    grid.grab()
    assert grid.tiles.colourings == coloured + 1               # and coloured once
    grid.set_maps(changed.copy(), levels=(-2.0, 2.0))          # other levels: all again
    assert all(tuple(item.levels) == (-2.0, 2.0) for item in grid.images)
    grid.grab()
    coloured = grid.tiles.colourings
    changed[0, 0, 0] += 1.0                                    # the same array, changed
    grid.set_maps(changed, levels=(-2.0, 2.0))                 # in place: drawn again
    grid.grab()
    assert grid.tiles.colourings == coloured + 1
    np.testing.assert_array_equal(grid.displayed()[0], changed[0])
    assert grid.value_at(0, 0, 0).endswith(f"{float(changed[0, 0, 0]):.4g}")


def test_maps_are_painted_from_the_stack_and_handed_to_the_items_only_when_asked(
        qtbot, maps, monkeypatch):
    """While the network trains every grid gets a frame 25 times a second, the inspector's
    other tab too. A grid's tiles colour its newest maps from the stack when painted, and
    its per-map items get the maps only when someone asks what they hold: handing C3's 96
    kernels to their items took 3.5 ms a frame, a hidden grid's 256 (C5) 6 ms."""
    from cnnviz.gui.widgets.lut_image import LutImageItem

    calls = []
    real = LutImageItem.setImage

    def counted(self, *args, **kwargs):
        if (args[0] if args else kwargs.get("image")) is not None:   # a map handed over
            calls.append(1)   # (pyqtgraph's updateImage calls it without one)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(LutImageItem, "setImage", counted)
    g = MapGrid("dE/dY", "gradient", True)
    qtbot.addWidget(g)
    g.resize(700, 420)
    g.set_maps(maps[:3])
    g.set_maps(maps[3:], levels=(-2.0, 2.0))
    assert calls == [] and not g.isVisible() and g.tiles.colourings == 0
    assert g.levels == (-2.0, 2.0) and g.value_at(0, 1, 2).endswith(f"{maps[3, 1, 2]:.4g}")
    g.show()
    qtbot.waitExposed(g)
    g.grab()
    assert g.tiles.colourings == 1 and calls == []   # painted, the newest maps only
    expected = colour_index(maps[3], (-2.0, 2.0), argb_table(g._lut))
    assert np.array_equal(g.tiles._argb[0], expected)
    for item, m in zip(g.images, maps[3:]):             # asked for: handed over, once
        assert item.image is not None and np.array_equal(item.image, m)
        assert tuple(map(float, item.levels)) == (-2.0, 2.0)
    assert len(calls) == 3
    g.images
    assert len(calls) == 3
    g.hide()
    g.set_maps(maps[:2] * 2)
    g.set_maps(maps[:2] * 3)
    assert len(calls) == 3
    held = g.displayed()   # asked for: handed over at once, though hidden, the newest
    assert len(calls) == 5 and all(np.array_equal(a, b) for a, b in zip(held, maps[:2] * 3))
    g.set_maps(maps[:2] * 4)
    g.clear_maps("nothing yet")
    g.show()
    qtbot.waitExposed(g)
    assert len(calls) == 5 and g.displayed() == [] and g.message == "nothing yet"


def test_a_short_vector_has_its_cells_numbered_under_it(qtbot):
    """OUT's ten entries are the classes 0-9: the strip alone did not say which is which.
    The numbers sit under the cells, centred on them, and go with the vector."""
    g = shown_grid(qtbot, "dE/dY — gradient w.r.t. Y (10)", "gradient", True, (700, 160))
    g.set_maps(np.linspace(-1, 1, 10).astype(np.float32), ["dE/dY"])
    assert g.cell_numbers() == [str(j) for j in range(10)]
    QtWidgets.QApplication.processEvents()
    strip = g.images[0].mapRectToScene(g.images[0].boundingRect())
    for j, item in enumerate(n for n in g._cell_numbers if n.isVisible()):
        box = item.mapRectToScene(item.boundingRect())
        assert box.top() >= strip.bottom() - 1             # under the strip
        assert box.bottom() <= g.view.sceneBoundingRect().bottom() + 1   # and in view
        centre = strip.left() + (j + 0.5) * strip.width() / 10
        assert abs(box.center().x() - centre) < 2
    assert g.value_at(0, 0, 6) == f"dE/dY [6] = {float(np.linspace(-1, 1, 10)[6]):.4g}"
    g.set_maps(np.zeros(84, np.float32), ["X"])         # F6's input: too many to number
    assert g.cell_numbers() == []
    g.set_maps(np.zeros((2, 5), np.float32)[None], ["W"])
    assert g.cell_numbers() == []
    g.set_maps(np.zeros(10, np.float32), ["Y"])
    g.clear_maps("nothing yet")
    assert g.cell_numbers() == []


@pytest.mark.parametrize("text, want", [
    ("K_i,0: one per output map i (there is one input map)",
     ("K_i,0: one per output map i", "(there is one input map)")),
    ("a b c d", ("a b", "c d")),
    ("rows 0–15 of 120 (x)", ("rows 0–15", "of 120 (x)")),   # "(x)" alone: too uneven
])
def test_two_lines_cut_near_the_middle_before_a_parenthesis(text, want):
    assert two_lines(text) == want


def test_a_subtitle_wider_than_the_grid_takes_two_lines(qtbot):
    """The Russian subtitle of C1's kernels, on one line wider than the maps and the
    title, made the whole inspector scroll sideways at 1280x800. The grid now asks for
    the room of two lines, and shows one wherever it is wide enough."""
    g = shown_grid(qtbot, "K", "weights", True, (300, 300))
    text = "K_i,0: по одному на выходную карту i (входная карта одна)"
    g.set_maps(np.ones((6, 5, 5), np.float32), subtitle=text)
    assert g.subtitle() == text
    assert g.subtitle_item.text.count("<br>") == 1
    g.setMinimumWidth(0)
    one_line = g._text_px(text)
    g.set_maps(np.ones((6, 5, 5), np.float32), subtitle=text)
    assert g.minimumWidth() < one_line - 50
    # measuring the one-line text widened the scene's layout past the grid, and the
    # colour bar on its right was cut off
    assert g.ci.geometry().width() <= g.viewport().width()
    g.resize(one_line + 20, 300)
    qtbot.waitUntil(lambda: "<br>" not in g.subtitle_item.text)
    g.resize(one_line - 40, 300)
    qtbot.waitUntil(lambda: "<br>" in g.subtitle_item.text)
    g.set_maps(np.ones((6, 5, 5), np.float32), subtitle="short")   # fits: one line
    assert "<br>" not in g.subtitle_item.text and g.subtitle() == "short"
