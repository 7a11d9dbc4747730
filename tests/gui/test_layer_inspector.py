"""LayerInspector: every panel shows exactly the snapshot's arrays, for every layer."""

import numpy as np
import pytest

from cnnviz.core.session import Session, TrainConfig
from cnnviz.data import load
from cnnviz.gui import style
from cnnviz.gui.views.layer_inspector import LayerInspector

LAYERS = ("C1", "S2", "C3", "S4", "C5", "F6", "OUT")


@pytest.fixture(scope="module")
def data():
    return load().subset(2000, 500)


@pytest.fixture(scope="module")
def session(data):
    return Session(data, TrainConfig())


@pytest.fixture(scope="module")
def snap(session):
    return session.probe_snapshot()


@pytest.fixture(scope="module")
def other_snap(data):
    s = Session(data, TrainConfig())
    s.set_probe(1)
    return s.probe_snapshot()


@pytest.fixture(scope="module")
def partial(data):
    s = Session(data, TrainConfig())
    return [s.step_forward() for _ in range(3)][-1]


@pytest.fixture(scope="module")
def max_snap(data):
    return Session(data, TrainConfig(), arch={"model": "lenet5", "pooling": "max"}).probe_snapshot()


@pytest.fixture
def inspector(qtbot):
    w = LayerInspector()
    qtbot.addWidget(w)
    w.resize(900, 600)
    w.show()
    qtbot.waitExposed(w)
    return w


def flat(panel):
    return np.concatenate([a.ravel() for a in panel.displayed()])


def same(panel, field):
    """The panel shows exactly ``field`` (values and dtype, no rescaling)."""
    shown = panel.displayed()
    assert shown, panel.title()
    assert all(a.dtype == field.dtype for a in shown)
    np.testing.assert_array_equal(flat(panel), np.asarray(field).ravel())


def visible(inspector, key):
    return inspector.panels[key].isVisibleTo(inspector)


@pytest.mark.parametrize("name", LAYERS)
def test_every_panel_shows_the_snapshot_fields(inspector, snap, name):
    inspector.set_snapshot(snap)
    inspector.set_layer(name)
    lay = snap.layer(name)
    p = inspector.panels
    assert inspector.layer_name == name
    same(p["X"], lay.x)
    if lay.activation or lay.weight is None:
        same(p["Y"], lay.y)
    else:
        assert not visible(inspector, "Y") and p["Y"].displayed() == []
    same(p["dY"], lay.dz)
    same(p["dX"], lay.dx)
    if lay.weight is None:
        for key in ("K", "B", "Z", "dK", "dB"):
            assert not visible(inspector, key)
            assert p[key].displayed() == []
        return
    rows, drows = (lay.weight[:16], lay.dweight[:16]) if lay.weight.ndim == 4 else (
        lay.weight, lay.dweight)
    same(p["K"], rows)
    same(p["dK"], drows)
    same(p["B"], lay.bias)
    same(p["dB"], lay.dbias)
    if lay.weight.ndim == 4:
        f, c = rows.shape[:2]
        for i in range(f):
            for j in range(c):
                assert np.array_equal(p["K"].displayed()[i * c + j], lay.weight[i, j])
                assert np.array_equal(p["dK"].displayed()[i * c + j], lay.dweight[i, j])
        i, j = 1, c - 1
        assert (p["K"].value_at(i * c + j, 2, 3)
                == f"K_{i},{j} [2, 3] = {lay.weight[i, j, 2, 3]:.4g}")
    else:
        (w,) = p["K"].displayed()
        assert w.shape == lay.weight.shape
    same(p["Z"], lay.z)


@pytest.mark.parametrize("name", LAYERS)
def test_titles_say_what_and_whether_input_or_output(inspector, snap, name):
    inspector.set_snapshot(snap)
    inspector.set_layer(name)
    p = inspector.panels
    assert "input" in p["X"].title()
    assert "output" in p["Z" if snap.layer(name).weight is not None else "Y"].title()
    assert "gradient" in p["dY"].title() and "gradient" in p["dX"].title()
    if snap.layer(name).weight is not None:
        assert "weight" in p["K"].title()
        # the bias is not called a weight ("B — bias (6) · weights"), nor W twice
        assert p["B"].title().startswith("B — bias (") and "weights" not in p["B"].title()
        assert p["K"].title().count("weight") == 1
    for key, grid in p.items():
        if grid.isVisibleTo(inspector) and grid.displayed():
            assert grid.colorbar.isVisible(), key


def nice(levels, diverging):
    """Layer levels are widened to two significant digits (a steady colour bar)."""
    return pytest.approx(style.nice_levels(levels, diverging))


def test_kernel_gradients_and_inputs_use_the_right_colour_scales(inspector, snap):
    inspector.set_snapshot(snap)
    inspector.set_layer("C3")
    lay = snap.layer("C3")
    assert inspector.panels["K"].levels == nice(style.symmetric_levels(lay.weight), True)
    assert inspector.panels["dX"].levels == nice(style.symmetric_levels(lay.dx), True)
    assert inspector.panels["X"].levels == nice(style.data_levels(lay.x), False)
    lo, hi = inspector.panels["K"].levels
    assert lo == -hi and hi >= np.abs(lay.weight).max()


def test_formula_captions(inspector, snap):
    inspector.set_snapshot(snap)
    inspector.set_layer("C3")
    assert "Y_i = B_i + Σ_j X_j ⋆ K_ij" in inspector.forward_caption.text()
    back = inspector.backward_caption.text()
    assert "dE/dK_ij = X_j ⋆ dE/dY_i (valid correlation)" in back
    assert "dE/dX_j = Σ_i dE/dY_i *full K_ij (*: convolution, full)" in back
    assert inspector.panels["Z"].subtitle() == "Y_i = B_i + Σ_j X_j ⋆ K_ij"
    inspector.set_layer("S2")
    assert "dE/dX = dE/dY / k² spread over each window" in inspector.backward_caption.text()
    inspector.set_layer("F6")
    assert "dE/dX = Wᵀ dE/dY" in inspector.backward_caption.text()
    assert "Y = W X + B" in inspector.forward_caption.text()
    # the header writes sizes and arrows as the strip does
    assert inspector.header.text() == "F6 · dense 120→84 · tanh · 120@1×1 → 84"
    inspector.set_layer("C3")
    assert inspector.header.text().startswith("C3 · conv 5×5, valid · tanh · 6@14×14")


def test_pooling_shows_y_once_and_says_so(inspector, snap):
    inspector.set_snapshot(snap)
    inspector.set_layer("S4")
    assert not visible(inspector, "Z") and not visible(inspector, "winners")
    assert "no activation" in inspector.panels["Y"].subtitle()


def test_c5_kernels_page_through_the_output_maps(inspector, snap):
    inspector.set_snapshot(snap)
    inspector.set_layer("C5")
    lay = snap.layer("C5")
    k = inspector.panels["K"]
    assert len(k.images) == 16 * 16
    assert "rows 0–15 of 120" in k.subtitle()
    inspector.page_spin.setValue(16)
    same(k, lay.weight[16:32])
    same(inspector.panels["dK"], lay.dweight[16:32])
    assert k.value_at(0, 0, 0).startswith("K_16,0 ")
    inspector.page_spin.setValue(20)
    assert inspector.page_spin.value() == inspector.page_start == 16
    inspector.page_spin.setValue(119)
    assert inspector.page_start == 112
    same(k, lay.weight[112:])
    inspector.set_layer("C3")
    inspector.set_layer("C5")
    assert inspector.page_start == 0


def test_partial_snapshot_shows_messages_until_backward(inspector, partial):
    inspector.set_snapshot(partial)
    inspector.set_layer("C3")
    same(inspector.panels["X"], partial.layer("C3").x)
    for key, word in (("dY", "dE/dY"), ("dK", "dE/dK"), ("dB", "dE/dB"), ("dX", "dE/dX")):
        grid = inspector.panels[key]
        assert grid.displayed() == []
        assert grid.message == f"{word} appears once the backward pass reaches C3"
    inspector.set_layer("F6")
    assert inspector.panels["X"].displayed() == []
    assert "forward pass reaches it" in inspector.panels["X"].message


def test_before_any_snapshot(qtbot):
    w = LayerInspector()
    qtbot.addWidget(w)
    assert "waiting" in w.header.text()
    assert w.panels["X"].displayed() == []


def naive_winners(x, k):
    c, h, w = x.shape
    out = np.zeros_like(x)
    for ch in range(c):
        for i in range(h // k):
            for j in range(w // k):
                win = x[ch, i * k:(i + 1) * k, j * k:(j + 1) * k]
                u, v = np.unravel_index(np.argmax(win), win.shape)
                out[ch, i * k + u, j * k + v] = 1
    return out


def test_max_pool_winners(inspector, max_snap):
    inspector.set_snapshot(max_snap)
    for name in ("S2", "S4"):
        inspector.set_layer(name)
        lay = max_snap.layer(name)
        grid = inspector.panels["winners"]
        assert visible(inspector, "winners")
        assert "input" in grid.title()
        np.testing.assert_array_equal(np.stack(grid.displayed()),
                                      naive_winners(lay.x, lay.pool_window))
        assert grid.levels == (0.0, 1.0)
        same(inspector.panels["dX"], lay.dx)
        assert "winner" in inspector.backward_caption.text()


def test_scale_modes(inspector, snap, other_snap):
    z_a, z_b = snap.layer("C1").z, other_snap.layer("C1").z
    assert style.data_levels(z_a) != style.data_levels(z_b)
    inspector.set_layer("C1")
    inspector.set_snapshot(snap)
    assert inspector.scale_mode == "layer"
    z = inspector.panels["Z"]
    assert z.levels == nice(style.data_levels(z_a), False)
    inspector.set_snapshot(other_snap)
    # steady: the bar changes only when the maps leave its levels or fill too little of it
    shown_a = style.nice_levels(style.data_levels(z_a), False)
    assert z.levels == pytest.approx(style.steady_levels(shown_a, style.data_levels(z_b), False))
    holds(z.levels, z_b)

    inspector.set_snapshot(snap)
    inspector.scale_combo.setCurrentIndex(2)
    assert inspector.scale_mode == "fixed"
    k_levels = inspector.panels["K"].levels
    inspector.set_snapshot(other_snap)
    assert z.levels == nice(style.data_levels(z_a), False)
    assert inspector.panels["K"].levels == k_levels
    same(z, z_b)

    inspector.scale_mode = "map"
    assert z.levels == [pytest.approx(style.data_levels(m)) for m in z_b]
    inspector.scale_mode = "layer"   # a new scale starts afresh
    assert z.levels == nice(style.data_levels(z_b), False)


def holds(levels, maps):
    """``levels`` hold every value of ``maps``, which span at least 80% of them."""
    lo, hi = levels
    assert lo <= maps.min() and maps.max() <= hi
    assert maps.max() - maps.min() >= style.STEADY_KEEP * (hi - lo)


def test_layer_levels_hold_while_training_drifts_the_values(inspector, snap):
    inspector.set_layer("C1")
    inspector.set_snapshot(snap)
    k = inspector.panels["K"]
    first = k.levels
    assert first == nice(style.symmetric_levels(snap.layer("C1").weight), True)
    # the next batches move every weight a little: the bar (and its axis) stays
    for factor in (0.99, 1.0, 0.97, 0.985):
        inspector.set_snapshot(scaled_weights(snap, "C1", factor))
        assert k.levels == first
        same(k, snap.layer("C1").weight * np.float32(factor))
    # grown past it: new levels, with room to grow on
    inspector.set_snapshot(scaled_weights(snap, "C1", 1.3))
    grown = k.levels
    m = np.abs(snap.layer("C1").weight * np.float32(1.3)).max()
    assert grown[1] >= 1.1 * m and grown == (-grown[1], grown[1])
    holds(grown, np.concatenate([-(w := np.abs(snap.layer("C1").weight) * 1.3).ravel(),
                                 w.ravel()]))
    # shrunk to half: they follow
    inspector.set_snapshot(scaled_weights(snap, "C1", 0.5))
    assert k.levels == nice(style.symmetric_levels(snap.layer("C1").weight * 0.5), True)


def scaled_weights(snap, name, factor):
    """``snap`` with layer ``name``'s weights times ``factor``."""
    import dataclasses

    layers = tuple(dataclasses.replace(lay, weight=lay.weight * np.float32(factor))
                   if lay.name == name else lay for lay in snap.layers)
    return dataclasses.replace(snap, layers=layers)


def test_screenshots_render(inspector, snap, tmp_path):
    inspector.set_snapshot(snap)
    for name in LAYERS:
        inspector.set_layer(name)
        for tab in (0, 1):
            inspector.tabs.setCurrentIndex(tab)
            path = tmp_path / f"inspector_{name}_{tab}.png"
            assert inspector.grab().save(str(path))
            assert path.stat().st_size > 5000


def test_winners_of_overlapping_windows_land_where_they_won():
    """A 3x3 max pool with stride 2: windows overlap, so the winner's place needs the stride."""
    from cnnviz.core.layers import Dense, MaxPool2D
    from cnnviz.core.network import Block, Network
    from cnnviz.core.trace import trace
    from cnnviz.core.wire import decode_snapshot, encode_snapshot
    from cnnviz.gui.views.inspector_panels import winners_map

    net = Network([Block("S", MaxPool2D((2, 9, 9), 3, 2), None, False, (2, 9, 9), (2, 4, 4)),
                   Block("OUT", Dense(32, 10), None, True, (2, 4, 4), (10,))], (2, 9, 9))
    x = np.random.default_rng(3).standard_normal((2, 9, 9)).astype(np.float32)
    lay = trace(net, x, 1).layer("S")
    assert (lay.pool_window, lay.pool_stride) == (3, 2) and "stride 2" in lay.description
    expected = np.zeros_like(x)
    for ch in range(2):
        for i in range(4):
            for j in range(4):
                win = x[ch, 2 * i:2 * i + 3, 2 * j:2 * j + 3]
                u, v = np.unravel_index(np.argmax(win), win.shape)
                expected[ch, 2 * i + u, 2 * j + v] = 1
    np.testing.assert_array_equal(winners_map(lay), expected)
    back = decode_snapshot(encode_snapshot(trace(net, x, 1))).layer("S")
    assert (back.pool_window, back.pool_stride) == (3, 2)


def test_another_layer_opens_at_its_top(inspector, snap, qtbot):
    """Scrolled down C3's maps, a step to S4 opened S4 halfway down, its first heading out
    of view. Another layer now starts at the top; the same layer keeps its place."""
    from cnnviz.gui.qt import QtWidgets

    inspector.resize(900, 420)
    inspector.set_snapshot(snap)
    inspector.set_layer("C3")
    qtbot.wait(20)
    bars = [s.verticalScrollBar() for s in inspector.findChildren(QtWidgets.QScrollArea)]
    forward = [b for b in bars if b.maximum() > 0]
    assert forward, "nothing to scroll at this size: nothing tested"
    for bar in forward:
        bar.setValue(bar.maximum())
    inspector.set_snapshot(snap)                 # a new snapshot of the same layer
    assert all(b.value() == b.maximum() for b in forward)
    inspector.set_layer("S4")
    qtbot.wait(20)
    assert all(b.value() == 0 for b in bars)


def test_one_input_maps_kernels_wrap_into_a_grid_and_more_keep_the_matrix(inspector, snap):
    inspector.set_snapshot(snap)
    inspector.set_layer("C1")      # K is 6 x 1: a column of six kernels stood six maps tall
    k = inspector.panels["K"]
    assert k._cols == 3 and len(k.images) == 6
    assert [k.value_at(i, 0, 0).split(" ")[0] for i in range(6)] == [
        f"K_{i},0" for i in range(6)]
    assert "one input map" in k.subtitle()
    same(k, snap.layer("C1").weight)
    top, below = k.images[0].pos(), k.images[3].pos()
    assert below.y() > top.y() and below.x() == top.x()    # K_3,0 starts the second row
    inspector.set_layer("C3")      # 16 x 6: row i = output map, column j = input map
    assert inspector.panels["K"]._cols == 6
    assert "row i = output" in inspector.panels["K"].subtitle()


def test_every_page_of_a_field_shares_its_colour_scale(inspector, snap):
    """C5's 120 kernel rows come 16 to a page; scaled per page, the same colour meant
    ±0.075 on one page and ±0.065 on the next."""
    inspector.set_snapshot(snap)
    inspector.set_layer("C5")
    k = inspector.panels["K"]
    first = k.levels
    assert first == nice(style.symmetric_levels(snap.layer("C5").weight), True)
    inspector.set_snapshot(scaled_weights(snap, "C5", 0.9))   # training drifts: kept
    assert k.levels == first
    inspector.page_spin.setValue(16)                          # the next page: the same
    assert k.levels == first


def test_scrolling_under_a_still_mouse_reads_the_map_now_under_it(inspector, snap, qtbot):
    """The wheel scrolls the panels under the mouse, which does not move: the readout
    kept the cell it had been over, no longer the one under the pointer."""
    from cnnviz.gui.qt import QtCore, QtGui

    inspector.set_snapshot(snap)
    inspector.set_layer("C3")
    scroll = inspector._scrolls[inspector.tabs.currentIndex()]
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100)    # C3's 16 x 6 kernels are tall
    k = inspector.panels["K"]
    qtbot.waitUntil(lambda: k.images[0].isVisible())
    port = k.viewport()
    at = k.mapFromScene(k.images[7].mapToScene(QtCore.QPointF(2.5, 1.5)))
    QtGui.QCursor.setPos(port.mapToGlobal(at))
    qtbot.waitUntil(lambda: port.rect().contains(port.mapFromGlobal(QtGui.QCursor.pos())))
    k.hover_cursor()
    assert k.hover_text() == k.value_at(7, 1, 2)
    before = k.hover_text()
    bar.setValue(bar.value() + 120)                 # the maps move up under the mouse
    under = port.mapFromGlobal(QtGui.QCursor.pos())
    expect = ""
    if port.rect().contains(under):
        p = k.view.mapSceneToView(k.mapToScene(under))
        hit = k.map_at(p.x(), p.y())
        expect = k.value_at(*hit) if hit else ""
    assert k.hover_text() == expect != before


@pytest.mark.parametrize("mode, border", [("same", 2), ("full", 4)])
def test_a_bordered_conv_s_backward_caption_says_what_the_core_computes(data, mode, border):
    """In same and full mode the caption said dE/dK = X ⋆ dE/dY (valid correlation) and
    dE/dX = dE/dY *full K: for C1 in same mode that is one number and a 36x36 map,
    where the core computes (and the panels show) 5x5 and 32x32."""
    from scipy import signal

    from cnnviz.gui.views.inspector_panels import captions, conv_border

    snap = Session(data, TrainConfig(), arch={"model": "lenet5", "mode": mode}).probe_snapshot()
    assert [lay.border_mode for lay in snap.layers] == [mode, None, mode, None, mode, None, None]
    for name in ("C1", "C3"):
        lay = snap.layer(name)
        assert [(b.before, b.after) for b in conv_border(lay)] == [(border, border)] * 2
        text = captions(lay)[1]
        assert f"X̃_j: X_j with its {border}-pixel zero border" in text
        assert f"*full K_ij (*: convolution, full) without the {border}-pixel border" in text
        x, dz, k = (a.astype(np.float64) for a in (lay.x, lay.dz, lay.weight))
        padded = np.pad(x, ((0, 0), (border, border), (border, border)))
        for i in (0, k.shape[0] - 1):
            for j in (0, k.shape[1] - 1):   # dE/dK_ij = X̃_j ⋆ dE/dY_i, valid
                np.testing.assert_allclose(lay.dweight[i, j],
                                           signal.correlate2d(padded[j], dz[i], "valid"),
                                           rtol=1e-4, atol=1e-6)
        if name == "C3":   # dE/dX_j = Σ_i dE/dY_i *full K_ij, without the border
            for j in (0, k.shape[1] - 1):
                full = sum(signal.convolve2d(dz[i], k[i, j], "full") for i in range(k.shape[0]))
                np.testing.assert_allclose(lay.dx[j], full[border:-border, border:-border],
                                           rtol=1e-4, atol=1e-6)
    valid = captions(Session(data, TrainConfig()).probe_snapshot().layer("C1"))[1]
    assert valid.startswith("dE/dK_ij = X_j ⋆ dE/dY_i (valid correlation)")
