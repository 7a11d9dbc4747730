"""The convolution lab shows the core's numbers and its controls change the model."""

import numpy as np
import pytest
from PySide6 import QtCore, QtGui
from scipy import signal

from cnnviz.core import naive
from cnnviz.data import to_lenet_input


@pytest.fixture
def lab(window, qtbot):
    page = window.show_page("convolution_lab")
    qtbot.waitExposed(page)
    return page


def test_registered_and_shows_the_core_output(window, lab):
    assert window.pages.tabText(window.page_names().index("convolution_lab")) == "Convolution"
    m = lab.model
    np.testing.assert_allclose(
        lab.view.output_grid.displayed(),
        signal.correlate2d(lab.settings.input_editor.array(), lab.settings.kernel(), "valid"))
    w = m.position(lab.controls.position())
    np.testing.assert_allclose(lab.view.products_grid.displayed(), w.values * w.weights)


def test_keys_step_the_window(lab, qtbot):
    lab.setFocus()
    qtbot.waitUntil(lab.window().isActiveWindow)
    qtbot.keyClick(lab, QtCore.Qt.Key.Key_Right)
    qtbot.keyClick(lab, QtCore.Qt.Key.Key_Right)
    assert lab.controls.position() == lab.view.position() == 2
    w = lab.model.position(2)
    assert set(lab.view.input_grid.highlighted()) == {(r, c) for r in w.rows for c in w.cols}
    qtbot.keyClick(lab, QtCore.Qt.Key.Key_End)
    assert lab.view.position() == len(lab.model) - 1
    qtbot.keyClick(lab, QtCore.Qt.Key.Key_Home)
    assert lab.view.position() == 0


def test_clicking_an_output_cell_moves_there(lab, qtbot):
    grid = lab.view.output_grid
    qtbot.mouseClick(grid, QtCore.Qt.MouseButton.LeftButton,
                     pos=grid.cell_rect(1, 2).center().toPoint())
    assert lab.controls.position() == lab.model.window_at(1, 2).index
    np.testing.assert_allclose(lab.view.products_grid.displayed(),
                               lab.model.window_at(1, 2).products)


def test_controls_change_the_model(lab):
    s = lab.settings
    s.set_preset("box2")                     # an even kernel
    s.mode.setCurrentIndex(s.mode.findData("same"))
    s.op.setCurrentIndex(s.op.findData(True))
    m = lab.model
    assert (m.mode, m.convolution, m.kernel.shape) == ("same", True, (2, 2))
    x, k = s.input_editor.array(), s.kernel()
    np.testing.assert_allclose(lab.view.output_grid.displayed(), signal.convolve2d(x, k, "same"))
    np.testing.assert_array_equal(lab.applied_grid.displayed(), k[::-1, ::-1])
    assert "rot180" in lab.identity_label.text()
    s.fill.setCurrentIndex(s.fill.findData("circular"))
    s.stride.setValue(2)
    s.dilation.setValue(2)
    m = lab.model
    assert (m.fill, m.stride, m.dilation) == ("circular", 2, 2)
    np.testing.assert_allclose(lab.view.output_grid.displayed(),
                               naive.convolve2d_loop(x, k, "same", "circular", 2, 2))
    assert lab.formula_label.text().endswith(f"= {m.out_shape[1]}")
    for mode, grid in lab.three.grids.items():
        np.testing.assert_allclose(grid.displayed(),
                                   naive.convolve2d_loop(x, k, mode, "circular", 2, 2))


def test_bad_entry_is_refused_with_a_message(lab):
    ed = lab.settings.kernel_editor
    before = ed.array()
    ed.item(0, 0).setText("abc")
    # this page writes B[0,0]: its tables and messages count from 0, as its formula does
    assert "kernel, row 0, column 0: 'abc' is not a number" in lab.message.text()
    assert ed.verticalHeaderItem(0).text() == ed.horizontalHeaderItem(0).text() == "0"
    assert lab.view.sum_label.text().startswith("B[0,0] =")
    np.testing.assert_array_equal(ed.array(), before)
    ed.item(0, 0).setText("2.5")
    assert ed.array()[0, 0] == 2.5 and lab.model.kernel[0, 0] == 2.5
    assert lab.message.isHidden()


def test_kernel_too_large_for_valid_gives_a_message(lab):
    s = lab.settings
    lab.controls.play()
    s.rows.setValue(2)
    assert "does not fit" in lab.message.text()
    # the last good picture fades and stops: it is not what the settings now say
    assert lab.stale and not lab.tabs.isEnabled() and not lab.controls.is_playing()
    assert lab.formula_label.graphicsEffect().opacity() < 0.5
    assert lab.message.graphicsEffect() is None        # the message reads in full
    assert not any(shortcut.isEnabled() for shortcut in lab.controls.shortcuts)
    gif = lab.context_menu().findChild(QtGui.QAction, "action_export_gif")
    assert gif is not None and not gif.isEnabled()      # no GIF of the stale picture
    s.mode.setCurrentIndex(s.mode.findData("full"))
    assert lab.message.isHidden() and lab.model.out_shape[0] == 2 + 3 - 1
    assert not lab.stale and lab.tabs.isEnabled()
    assert lab.context_menu().findChild(QtGui.QAction, "action_export_gif").isEnabled()
    assert lab.formula_label.graphicsEffect() is None


def test_digit_and_probe_inputs(window, lab):
    s = lab.settings
    s.digit.setValue(3)
    s.source.setCurrentIndex(s.source.findData("digit"))
    np.testing.assert_allclose(lab.model.x, to_lenet_input(window.data.test_images[3])[0, 0],
                               rtol=1e-6)
    s.source.setCurrentIndex(s.source.findData("probe"))
    np.testing.assert_allclose(lab.model.x.ravel(), np.ravel(window.controller.snapshot.image))


def test_gif_export_has_one_frame_per_position(lab, tmp_path):
    from PIL import Image

    seen = []
    path = lab.export_gif(tmp_path / "lab.gif", lambda d, t: seen.append((d, t)) or True)
    with Image.open(path) as im:
        assert im.n_frames == len(lab.model)
    n = len(lab.model)
    assert seen[0] == (0, n) and seen[-1] == (n - 1, n)
    lab.export(str(tmp_path / "lab.png"))
    assert (tmp_path / "lab.png").stat().st_size > 0
    names = [a.objectName() for a in lab.context_menu().actions()]
    assert "action_export_gif" in names and "action_export_view" in names


def test_gif_menu_entry_writes_the_file(lab, tmp_path, monkeypatch):
    from PIL import Image
    from PySide6 import QtWidgets

    out = tmp_path / "menu.gif"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    lab.controls.play()
    lab.context_menu().findChild(QtGui.QAction, "action_export_gif").trigger()
    assert not lab.controls.is_playing()
    with Image.open(out) as im:
        assert im.n_frames == len(lab.model)


def test_the_settings_fit_a_1280x800_window(language, window, qtbot):
    """At 1280x800 the kernel's last row was below the fold of the settings column: the
    operation, a 5x5 input and a 3x3 kernel now fit without scrolling."""
    window.resize(1280, 800)
    lab = window.show_page("convolution_lab")
    qtbot.waitExposed(lab)
    qtbot.wait(50)
    assert lab.settings.input_editor.array().shape == (5, 5)
    assert lab.settings.kernel().shape == (3, 3)
    assert lab._scroll.verticalScrollBar().maximum() == 0


def test_a_digit_s_worked_sum_fits_a_1280x800_window(language, window, qtbot):
    """A digit's worked sum wrote every number with three decimals ("(-0.100)·(-1.000)
    + ..."), wider than the page at 1280x800: the page scrolled sideways and its right
    edge (the products' title, the speed buttons) was cut off. Factors are now written
    with the decimals they need, and a sum still too wide is drawn smaller."""
    from cnnviz.gui.qt import QtCore, QtGui, QtWidgets

    app = QtWidgets.QApplication.instance()
    old_font = app.font()
    font = QtGui.QFont(old_font)
    font.setPointSizeF(max(font.pointSizeF(), 10.0))     # as the app sets it (make_app)
    app.setFont(font)
    try:
        window.resize(1280, 800)
        lab = window.show_page("convolution_lab")
        qtbot.waitExposed(lab)
        s, label = lab.settings, lab.view.sum_label
        s.set_preset("sobel-x")
        s.source.setCurrentIndex(s.source.findData("digit"))
        qtbot.wait(50)
        holder = lab.parentWidget().parentWidget()                    # the page's scroll area

        def fits(label=label) -> bool:
            need = label.fontMetrics().boundingRect(
                QtCore.QRect(0, 0, 100_000, 100_000), int(label.alignment()), label.text())
            drawn = need.width() * (label.shrink() if hasattr(label, "shrink") else 1.0)
            return (drawn <= label.contentsRect().width()
                    and holder.horizontalScrollBar().maximum() == 0)

        assert "·(-1) + " in label.text() and "(-1.000)" not in label.text()
        assert fits() and label.shrink() == 1.0
        for r in range(3):                                            # a typed kernel
            for c in range(3):
                s.kernel_editor.item(r, c).setText("-123.4567")
        qtbot.wait(50)
        assert "·(-123.4567)" in label.text()                    # as typed: exact
        assert fits() and label.LEAST <= label.shrink() < 1.0        # drawn smaller, to fit
        s.krows.setValue(5)     # LeNet-5's 5x5: the formula says what the row sums are;
        s.kcols.setValue(5)     # after it, on one line, the page scrolled sideways
        qtbot.wait(50)
        formula = lab.view.formula_label
        assert "[u=k: s]" in formula.text() and fits(formula) and fits()
    finally:
        app.setFont(old_font)


def test_every_typed_number_fits_its_cell(lab):
    """With the lab's smaller cells the Box blur kernel read "0..." four times."""
    s = lab.settings
    s.set_preset("box2")
    s.input_editor.item(0, 0).setText("-0.125")
    for editor in (s.kernel_editor, s.input_editor):
        fm = editor.fontMetrics()
        for r in range(editor.rowCount()):
            for c in range(editor.columnCount()):
                text = editor.item(r, c).text()
                assert fm.horizontalAdvance(text) + 6 <= editor.columnWidth(c), (text, c)


def test_enter_in_a_number_field_takes_the_number_not_the_animation_key(window, lab, qtbot):
    """The page's Return (play the animation) took Enter from a typed stride: the
    animation started, and the stride waited for the focus to leave."""
    window.activateWindow()
    stride = lab.settings.stride
    stride.setFocus()
    qtbot.waitUntil(stride.hasFocus)
    stride.selectAll()
    qtbot.keyClicks(stride, "2")
    qtbot.keyClick(stride, QtCore.Qt.Key.Key_Return)
    assert lab.model.stride == 2 and not lab.controls.is_playing()
    qtbot.waitUntil(lambda: not stride.hasFocus())   # and the keys are the page's again


def test_a_wide_lab_scrolls_and_leaves_the_training_panel_its_width(window, lab, qtbot):
    """A 7x7 kernel in full mode with stride and dilation 2 made the lab wider than
    1280x800 leaves it (913 of 914 pixels under Xvfb here; more with wider numbers), and
    the window took the room from the training panel: crushed to 70 pixels ("Train…",
    "◀ Pre"), and it stayed so when the window grew again. The page scrolls instead.
    (The lab's least width depends on the fonts: here it is set wide outright.)"""
    window.resize(1600, 1000)
    qtbot.wait(50)
    dock = window.dock.width()
    assert dock > 300
    lab.setMinimumWidth(1200)
    window.resize(1280, 800)
    qtbot.wait(100)
    assert window.dock.width() == dock and window.pages.width() < 1200
    holder = lab.parentWidget().parentWidget()                        # the page's scroll area
    assert holder.horizontalScrollBar().maximum() > 0                 # it scrolls sideways
    assert lab.width() == 1200 and lab.height() == holder.viewport().height()
    window.resize(1600, 1000)
    qtbot.wait(50)
    assert window.dock.width() >= dock


def test_a_large_kernel_s_worked_sum_says_what_its_row_totals_are(lab):
    """With more than 16 products the sum is written row by row, "[u=0: 0] + [u=1: -2]
    + ...", and nothing said what those were."""
    s, view = lab.settings, lab.view
    assert "[u=" not in view.sum_label.text() and "kernel row" not in view.formula_label.text()
    s.krows.setValue(5)
    s.kcols.setValue(5)
    assert view.sum_label.text().startswith("B[0,0] = [u=0: ")
    assert view.formula_label.text().endswith("([u=k: s]: kernel row k's products, summed "
                                              "over v)")
    w = lab.model.position(0)
    assert f"[u=1: {w.products[1].sum():g}]" in view.sum_label.text()


def test_a_mode_that_fails_says_why_in_the_window_s_language(russian, lab):
    """The side-by-side view wrote a failing mode's reason in English on one line, in a
    Russian window too, and that line made the page wider than the screen."""
    s = lab.settings
    s.mode.setCurrentIndex(s.mode.findData("full"))
    s.rows.setValue(2)                                   # the kernel no longer fits: valid fails
    label = lab.three.formulas["valid"]
    assert any("а" <= ch <= "я" for ch in label.text().lower()) and label.wordWrap()
    assert lab.three.minimumSizeHint().width() < 640


def test_the_mode_is_named_without_the_settings_gloss(russian, lab):
    """The Russian line read "режим same (как вход), выход 3×3" ("same, as the input")
    beside a 5×5 input at stride 2."""
    s = lab.settings
    s.mode.setCurrentIndex(s.mode.findData("same"))
    s.stride.setValue(2)
    assert lab.model.out_shape == (3, 3)
    assert lab.formula_label.text().startswith("режим same, выход 3×3:")
