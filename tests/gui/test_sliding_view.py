"""SlidingWindowView shows the core's numbers for the current position; the controls step,
scrub and play; save_gif writes one frame per position."""

import numpy as np
import pytest
from PIL import Image
from PySide6 import QtCore, QtWidgets
from scipy import signal

from cnnviz.gui.labs.sliding_view import AnimationControls, SlidingWindowView
from cnnviz.gui.widgets.gif_export import ExportCancelled, save_gif
from cnnviz.labs.sliding import SlidingWindow
from tests.gui.test_number_grid import hover


@pytest.fixture
def view(qtbot):
    v = SlidingWindowView()
    qtbot.addWidget(v)
    v.resize(1000, 420)
    v.show()
    return v


def model(mode="valid", conv=False, kshape=(3, 3)):
    rng = np.random.default_rng(1)
    return SlidingWindow(rng.standard_normal((5, 6)), rng.standard_normal(kshape), mode,
                         convolution=conv)


@pytest.mark.parametrize("mode,conv,kshape", [("valid", False, (3, 3)), ("same", True, (2, 2)),
                                              ("full", False, (3, 2))])
def test_grids_show_the_core_numbers(view, mode, conv, kshape):
    m = model(mode, conv, kshape)
    view.set_model(m)
    border = "with border" in view.input_grid.title()
    assert border == (mode != "valid")
    ref = (signal.convolve2d if conv else signal.correlate2d)(m.x, m.kernel, mode)
    np.testing.assert_allclose(view.output_grid.displayed(), ref, atol=1e-12)
    np.testing.assert_array_equal(view.kernel_grid.displayed(),
                                  m.kernel[::-1, ::-1] if conv else m.kernel)
    for i in (0, len(m) // 2, len(m) - 1):
        view.set_position(i)
        w = m.position(i)
        np.testing.assert_allclose(view.products_grid.displayed(), w.values * w.weights)
        assert set(view.input_grid.highlighted()) == {(r, c) for r in w.rows for c in w.cols}
        assert view.output_grid.highlighted() == [w.out]
        d = m.decimals()
        text = view.output_grid.text_at(*w.out)
        assert len(text.partition(".")[2]) == d and abs(float(text) - ref[w.out]) <= 0.5 * 10 ** -d
        sep = "= " if m.exact() else "≈ "      # random inputs: rounded, so "≈"
        assert view.sum_label.text().rsplit(sep, 1)[1].strip("()") == text
        if i < len(m) - 1:    # later outputs are not computed yet
            last = divmod(len(m) - 1, m.out_shape[1])
            assert view.output_grid.text_at(*last) == ""


def test_clicking_an_output_cell_shows_its_computation(view, qtbot):
    m = model()
    view.set_model(m)
    grid = view.output_grid
    with qtbot.waitSignal(view.positionRequested) as sig:
        qtbot.mouseClick(grid, QtCore.Qt.MouseButton.LeftButton,
                         pos=grid.cell_rect(2, 1).center().toPoint())
    assert sig.args == [m.window_at(2, 1).index] and view.position() == sig.args[0]
    np.testing.assert_allclose(view.products_grid.displayed(), m.window_at(2, 1).products)


def test_hover_shows_a_cell_then_returns(view, qtbot):
    m = model()
    view.set_model(m)
    grid = view.output_grid
    hover(grid, grid.cell_rect(1, 3).center())
    assert view.shown_window().out == (1, 3)
    np.testing.assert_allclose(view.products_grid.displayed(), m.window_at(1, 3).products)
    grid.cellHovered.emit(-1, -1)
    assert view.shown_window().index == view.position() == 0


def test_a_step_while_hovering_shows_the_new_position_whole(view, qtbot):
    """Stepping while the mouse rested on an output cell moved the products and the
    sum, but the cell's outline and readout stayed, describing another window; and
    moving within that cell did not bring its window back."""
    m = model()
    view.set_model(m)
    grid = view.output_grid
    hover(grid, grid.cell_rect(1, 3).center())
    assert grid.toolTip()
    view.set_position(2)
    assert view.shown_window().index == 2 and grid.toolTip() == ""
    hover(grid, grid.cell_rect(1, 3).center())          # a move within the same cell
    assert view.shown_window().out == (1, 3) and grid.toolTip()

def test_controls_step_scrub_and_keys(qtbot):
    page = QtWidgets.QWidget()
    controls = AnimationControls(page)
    controls.install_shortcuts(page)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    page.setFocus()
    controls.set_count(10)
    seen = []
    controls.positionChanged.connect(seen.append)
    controls.step_forward()
    controls.step_forward()
    controls.step_back()
    controls.last()
    controls.set_position(99)
    controls.first()
    assert seen == [1, 2, 1, 9, 0]
    qtbot.waitUntil(page.isActiveWindow)
    for key, want in ((QtCore.Qt.Key.Key_Right, 1), (QtCore.Qt.Key.Key_End, 9),
                      (QtCore.Qt.Key.Key_Left, 8), (QtCore.Qt.Key.Key_Home, 0)):
        qtbot.keyClick(page, key)
        assert controls.position() == want
    speed = controls.speed()
    qtbot.keyClick(page, QtCore.Qt.Key.Key_Plus)
    assert controls.speed() > speed
    qtbot.keyClick(page, QtCore.Qt.Key.Key_Minus)
    assert controls.speed() == speed


def test_play_runs_to_the_end_and_stops(qtbot):
    controls = AnimationControls()
    qtbot.addWidget(controls)
    controls.set_count(4)
    for _ in range(7):
        controls.faster()
    controls.play()
    assert controls.is_playing()
    qtbot.waitUntil(lambda: not controls.is_playing(), timeout=5000)
    assert controls.position() == 3
    controls.set_count(2)
    assert controls.position() == 1


def test_frames_and_gif_have_one_frame_per_position(view, tmp_path):
    m = model("same", True, (2, 2))
    view.set_model(m)
    view.set_position(3)
    frames = view.frames()
    assert len(frames) == len(m) and view.position() == 3
    path = save_gif(frames, tmp_path / "a.gif", 100)
    with Image.open(path) as im:
        assert im.n_frames == len(m)
        assert im.size == (frames[0].width(), frames[0].height())
    with pytest.raises(OSError, match="no frames"):
        save_gif([], tmp_path / "b.gif")
    with pytest.raises(OSError, match="gif"):
        save_gif(frames, tmp_path / "b.png")


def test_export_reports_progress_and_can_be_cancelled(view, tmp_path):
    m = model()
    view.set_model(m)
    view.set_position(2)
    seen = []
    frames = view.frames(lambda done, total: seen.append((done, total)) or True)
    assert len(frames) == len(m) and seen == [(i, len(m)) for i in range(len(m))]
    with pytest.raises(ExportCancelled):
        view.frames(lambda done, total: done < 3)
    assert view.position() == 2
    with pytest.raises(ExportCancelled):
        save_gif(frames, tmp_path / "c.gif", progress=lambda done, total: False)
    assert not (tmp_path / "c.gif").exists()


def test_gif_keeps_colours_that_only_later_frames_hold(qapp, tmp_path):
    from PIL import Image

    from cnnviz.gui.qt import QtGui
    from cnnviz.gui.widgets.gif_export import save_gif

    frames = []
    for colour in ("white", "#e0e0e0", "#2040c0", "#c02020"):
        img = QtGui.QImage(40, 30, QtGui.QImage.Format.Format_RGB32)
        img.fill(QtGui.QColor("white"))
        painter = QtGui.QPainter(img)
        painter.fillRect(10, 10, 20, 10, QtGui.QColor(colour))
        painter.end()
        frames.append(img)
    path = save_gif(frames, tmp_path / "c.gif", 100)
    with Image.open(path) as gif:
        assert gif.n_frames == 4
        for i, want in ((2, (0x20, 0x40, 0xC0)), (3, (0xC0, 0x20, 0x20))):
            gif.seek(i)
            got = gif.convert("RGB").getpixel((20, 15))
            assert max(abs(a - b) for a, b in zip(got, want)) <= 8, (i, got)


def test_numbers_are_exact_when_they_can_be_and_sums_add_up():
    """A Gaussian (sixteenths) over whole numbers needs 4 decimals, and then every written
    term and the sum are exact; a box blur (ninths) cannot be, and its sum says so."""
    from cnnviz.labs.sliding import written_sum

    x = np.arange(25.0).reshape(5, 5) - 12
    gauss = np.array([[1, 2, 1], [2, 4, 2], [1, 2, 1]]) / 16
    m = SlidingWindow(x, gauss, "valid")
    assert m.exact() and m.decimals() == 4
    w = m.position(4)
    text = written_sum(w, m.decimals(), exact=m.exact())
    terms, result = text.split(" = ", 1)[1].rsplit(" = ", 1)
    parts = [[n.strip().strip("()") for n in p.split("·")]
             for p in terms.replace("\n", " ").split(" + ")]
    assert sum(float(a) * float(h) for a, h in parts) == float(result.strip("()")) == w.result
    assert "(-6)·0.0625" in text and ".0000" not in text     # no more decimals than needed
    box = SlidingWindow(x, np.ones((3, 3)) / 9, "valid")
    assert not box.exact() and box.decimals() == 3
    assert " ≈ " in written_sum(box.position(0), box.decimals(), exact=box.exact())
