"""The pooling page shows the core's numbers; keys, clicks and typed matrices drive it."""

import numpy as np
import pytest
from PIL import Image
from PySide6 import QtCore

from cnnviz.core import naive
from cnnviz.core.layers import AvgPool2D, MaxPool2D
from cnnviz.data import to_lenet_input
from cnnviz.gui.widgets.gif_export import ExportCancelled
from cnnviz.labs.pooling import DEFAULT_INPUT
from tests.gui.lab_helpers import click, type_matrix

Key = QtCore.Qt.Key


@pytest.fixture
def page(show_page):
    return show_page("pooling_lab")


def core_pool(x, kind, k, s, dy):
    layer = (MaxPool2D if kind == "max" else AvgPool2D)((1,) + x.shape, k, s)
    y, cache = layer.forward(x[None, :, :, None])
    dx, _ = layer.backward(dy[None, :, :, None], cache)
    return y[0, :, :, 0], dx[0, :, :, 0]


def test_default_page_shows_the_core_numbers(page):
    v = page.view
    np.testing.assert_array_equal(v.x_grid.displayed(), DEFAULT_INPUT)
    y, dx = core_pool(DEFAULT_INPUT, "max", 2, 2, np.ones((2, 2)))
    np.testing.assert_array_equal(v.y_grid.displayed(), y)
    assert v.y_grid.text_at(0, 0) == "6" and v.y_grid.text_at(0, 1) == ""   # not yet pooled
    assert v.x_grid.marked() == [(1, 1)]        # the 6 won the first window
    page.controls.last()
    np.testing.assert_array_equal(v.dx_grid.displayed(), dx)
    assert v.forward_label.text() == "y₂₂ = max(1, 0, 3, 4) = 4"


@pytest.mark.parametrize("kind,k,s,pattern", [("avg", 3, 1, 1), ("max", 2, 1, 1),
                                              ("avg", 2, 2, 0), ("max", 4, 2, 1)])
def test_settings_match_the_loop_twin(page, kind, k, s, pattern):
    page.source.setCurrentIndex(page.source.findData("example6"))
    page.kind.setCurrentIndex(page.kind.findData(kind))
    page.window_size.setValue(k)
    page.stride.setValue(s)
    page.dy_pattern.setCurrentIndex(pattern)
    x = page.view.x_grid.displayed()
    ty, targ = naive.pool_forward_loop(x[None, None], k, s, kind)
    np.testing.assert_allclose(page.view.y_grid.displayed(), ty[0, 0], atol=1e-12)
    dy = page.view.dy_grid.displayed()
    assert dy[0, -1] == (dy.shape[1] if pattern else 1)
    page.controls.last()
    tdx = naive.pool_backward_loop(x[None, None].shape, dy[None, None], k, s, kind, targ)
    np.testing.assert_allclose(page.view.dx_grid.displayed(), tdx[0, 0], atol=1e-12)
    page.controls.set_position(1)   # after two windows only their shares are back
    only = np.zeros_like(dy)
    only.flat[:2] = dy.flat[:2]
    tdx = naive.pool_backward_loop(x[None, None].shape, only[None, None], k, s, kind, targ)
    np.testing.assert_allclose(page.view.dx_grid.displayed(), tdx[0, 0], atol=1e-12)


def test_keys_and_clicks_move_the_window(page, qtbot):
    page.source.setCurrentIndex(page.source.findData("example6"))
    page.stride.setValue(1)            # 5x5 positions
    assert page.controls.count() == 25
    qtbot.keyClick(page, Key.Key_Right)
    qtbot.keyClick(page, Key.Key_Right)
    assert page.view.position() == 2
    assert page.view.x_grid.highlighted() == [(r, c) for r in (0, 1) for c in (2, 3)]
    qtbot.keyClick(page, Key.Key_End)
    assert page.view.position() == 24
    qtbot.keyClick(page, Key.Key_Left)
    assert page.view.position() == 23
    assert page.view.dx_grid.title() == "dE/dX after windows 1 to 24 of 25"
    qtbot.keyClick(page, Key.Key_Home)
    assert page.view.position() == 0
    assert page.view.dx_grid.title() == "dE/dX after window 1 of 25"   # not "1 to 1"
    qtbot.keyClick(page, Key.Key_Return)
    assert page.controls.is_playing()
    qtbot.keyClick(page, Key.Key_Return)
    assert not page.controls.is_playing()
    page.x_editor.editor.setFocus()   # in the cells the arrows move the cell cursor
    page.x_editor.editor.setCurrentCell(0, 0)
    qtbot.keyClick(page.x_editor.editor, Key.Key_Right)
    assert page.view.position() == 0
    assert page.x_editor.editor.currentColumn() == 1
    speed = page.controls.speed()
    qtbot.keyClick(page.x_editor.editor, Key.Key_Minus)   # starts typing a negative number
    assert page.controls.speed() == speed
    click(qtbot, page.view.y_grid, 3, 1)
    assert page.controls.position() == page.view.position() == 16
    qtbot.mouseClick(page.controls.buttons["forward"], QtCore.Qt.MouseButton.LeftButton)
    assert page.view.position() == 17


def test_typed_matrices_and_bad_entries(page):
    type_matrix(page.x_editor, np.arange(1, 10).reshape(3, 3))
    assert page.source.currentData() == "typed"
    assert page.view.x_grid.displayed().tolist() == [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    assert page.view.y_grid.displayed().tolist() == [[5]]
    page.dy_editor.editor.item(0, 0).setText("2.5")
    assert page.dy_pattern.currentData() == "typed"
    page.controls.last()
    assert page.view.dx_grid.displayed()[1, 1] == 2.5
    page.x_editor.editor.item(1, 1).setText("x")
    assert page.error_label.text() == "X, row 2, column 2: 'x' is not a number"
    assert page.view.x_grid.displayed()[1, 1] == 5
    page.window_size.setValue(4)      # does not fit 3x3: the last picture stays
    assert "does not fit a 3x3" in page.error_label.text()
    assert page.view.y_grid.displayed().tolist() == [[5]]
    page.window_size.setValue(3)
    assert page.error_label.isHidden()


def header(editor, r, c):
    return (editor.verticalHeaderItem(r).text(), editor.horizontalHeaderItem(c).text())


def test_tables_count_from_1_as_the_formulas_do(page):
    """y₂₂ is the bottom-right output and x₂₂ the 6 that wins the first window: the
    tables' headers name the same cells as the formulas' subscripts."""
    x = page.x_editor.editor
    r, c = np.argwhere(DEFAULT_INPUT == 6)[0]
    assert header(x, r, c) == ("2", "2")
    assert page.view.backward_label.text().startswith("∂E/∂x₂₂ += ∂E/∂y₁₁")
    dy = page.dy_editor.editor
    assert header(dy, 1, 1) == ("2", "2")
    page.controls.last()
    assert page.view.forward_label.text().startswith("y₂₂ =")


def test_digit_and_probe_sources(page, window):
    page.source.setCurrentIndex(page.source.findData("digit"))
    page.digit.setValue(3)
    want = to_lenet_input(window.data.test_images[3], np.float64)[0, 0]
    np.testing.assert_array_equal(page.view.x_grid.displayed(), want)
    assert page.view.y_grid.displayed().shape == (16, 16)
    assert page.view.x_grid.text_at(0, 0) == ""    # 32x32: colours only
    page.source.setCurrentIndex(page.source.findData("probe"))
    np.testing.assert_array_equal(page.view.x_grid.displayed(), window.controller.snapshot.image[0])
    window.controller.set_probe(5)
    np.testing.assert_array_equal(page.view.x_grid.displayed(), window.controller.snapshot.image[0])
    for rows in (slice(4, 24), slice(10, 14)):     # two drawings, one after the other
        drawing = np.zeros((28, 28), np.uint8)
        drawing[rows, 12:16] = 255
        assert window.controller.set_probe_image(drawing, 1)
        np.testing.assert_array_equal(page.view.x_grid.displayed(),
                                      to_lenet_input(drawing)[0, 0])


def test_exports(page, tmp_path):
    page.export(str(tmp_path / "pool.png"))
    assert (tmp_path / "pool.png").stat().st_size > 0
    names = [a.objectName() for a in page.context_menu().actions()]
    assert "action_export_gif" in names and "action_export_view" in names
    page.export_gif(tmp_path / "pool.gif")
    with Image.open(tmp_path / "pool.gif") as im:
        assert im.n_frames == 4
    page.controls.set_position(2)
    with pytest.raises(ExportCancelled):
        page.export_gif(tmp_path / "stopped.gif", progress=lambda done, total: done < 2)
    assert not (tmp_path / "stopped.gif").exists() and page.view.position() == 2


def test_a_click_on_the_tab_leaves_the_keys_to_the_page(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    bar = window.pages.tabBar()
    names = window.page_names()
    qtbot.mouseClick(bar, QtCore.Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(names.index("pooling_lab")).center())
    page = window.pages.currentWidget()
    assert page.objectName() == "pooling_lab"
    qtbot.waitUntil(lambda: page.isAncestorOf(window.focusWidget()) or page.hasFocus())
    qtbot.keyClick(window.focusWidget(), Key.Key_Right)
    assert window.pages.currentWidget() is page and page.view.position() == 1
