"""The backprop page shows the core's gradients (checked against scipy.signal); keys,
clicks, typed matrices, the bias switch and the gradient check drive it."""

import numpy as np
import pytest
from PIL import Image
from PySide6 import QtCore
from scipy import signal

from tests.gui.lab_helpers import click, type_matrix
from tests.gui.test_number_grid import hover

Key = QtCore.Qt.Key
LEFT = QtCore.Qt.MouseButton.LeftButton


@pytest.fixture
def page(show_page):
    return show_page("backprop_lab")


def test_grids_show_the_gradients_of_the_lecture_example(page):
    f = page.forward
    x, k, t = f.x_grid.displayed(), f.k_grid.displayed(), f.t_grid.displayed()
    y = signal.correlate2d(x, k, "valid") + f.b_grid.displayed()[0, 0]
    np.testing.assert_allclose(f.y_grid.displayed(), y)
    dy = y - t
    np.testing.assert_allclose(f.dy_grid.displayed(), dy)
    # at the first output, E is not known yet; at the last, and on the other tabs, it is
    assert page.summary.text() == "E = ½ Σ (Y − T)²"
    page.controls.set_position(page.forward.count() - 1)
    assert page.summary.text() == f"E = ½ Σ (Y − T)² = {0.5 * np.sum(dy ** 2):.6g}"
    page.controls.set_position(0)
    page.tabs.setCurrentWidget(page.dk_tab)
    assert page.summary.text() == f"E = ½ Σ (Y − T)² = {0.5 * np.sum(dy ** 2):.6g}"
    page.tabs.setCurrentWidget(page.forward)
    dk = page.dk_tab.view
    np.testing.assert_allclose(dk.output_grid.displayed(), signal.correlate2d(x, dy, "valid"))
    np.testing.assert_allclose(dk.kernel_grid.displayed(), dy)
    assert dk.input_grid.title() == "X: input, no border (3×3)"
    assert page.dx_tab.view.input_grid.title() == "δ = dE/dY with its zero border (4×4)"
    dx = page.dx_tab.view
    np.testing.assert_allclose(dx.output_grid.displayed(), signal.convolve2d(dy, k, "full"))
    np.testing.assert_allclose(dx.kernel_grid.displayed(), k[::-1, ::-1])   # turned 180°
    border = np.ones((4, 4), bool)
    border[1:3, 1:3] = False
    np.testing.assert_allclose(dx.input_grid.displayed()[border], 0)
    np.testing.assert_allclose(dx.input_grid.displayed()[1:3, 1:3], dy)
    b = page.bias_tab
    assert b.db_grid.displayed().tolist() == [[dy.sum()]]


def test_keys_and_clicks_step_the_shown_tab(page, qtbot):
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(page.tabs.indexOf(page.dx_tab)).center())
    assert page.tabs.currentWidget() is page.dx_tab
    assert page.controls.count() == 9
    qtbot.keyClick(page, Key.Key_Right)
    assert page.dx_tab.view.position() == 1
    assert page.dx_tab.equation.symbols.text() == "∂E/∂x₁₂ = δ₁₂·k₁₁ + δ₁₁·k₁₂"
    qtbot.keyClick(page, Key.Key_End)
    assert page.dx_tab.view.position() == 8
    assert page.dx_tab.equation.symbols.text() == "∂E/∂x₃₃ = δ₂₂·k₂₂"
    click(qtbot, page.dx_tab.view.output_grid, 1, 1)
    assert page.controls.position() == 4
    assert page.dx_tab.equation.symbols.text().count("δ") == 4
    page.tabs.setCurrentWidget(page.forward)
    assert page.controls.count() == 4
    click(qtbot, page.forward.y_grid, 1, 0)
    assert page.controls.position() == 2
    assert page.forward.equation.symbols.text().startswith("y₂₁ = x₂₁·k₁₁")
    assert page.forward.x_grid.highlighted() == [(1, 0), (1, 1), (2, 0), (2, 1)]
    # outputs after the one computed are blank, in Y and in δ (all stood filled in)
    for grid in (page.forward.y_grid, page.forward.dy_grid):
        assert [grid.text_at(r, c) != "" for r in (0, 1) for c in (0, 1)] == [
            True, True, True, False]
    # E's value waits for the last output (E = 3 stood under one computed y)
    assert page.forward.error_label.text().endswith("E: known once all of Y is computed")
    click(qtbot, page.forward.y_grid, 1, 1)
    e = 0.5 * np.sum(page.forward.dy_grid.displayed() ** 2)
    assert page.forward.error_label.text().endswith(f"E = {e:.6g}")
    page.tabs.setCurrentWidget(page.check_tab)
    assert not page.controls.isEnabled()


def test_the_equation_follows_the_hovered_window(page, qtbot):
    """Hovering an output cell of dE/dK showed that window's products over the equation
    of the current one: products for k₂₂ under "∂E/∂k₁₁ = … = 5"."""
    page.tabs.setCurrentWidget(page.dk_tab)
    tab, grid = page.dk_tab, page.dk_tab.view.output_grid
    current = tab.equation.symbols.text()
    assert current.startswith("∂E/∂k₁₁")
    hover(grid, grid.cell_rect(1, 1).center())
    assert tab.view.shown_window().out == (1, 1)
    assert tab.equation.symbols.text().startswith("∂E/∂k₂₂")
    assert grid.toolTip().endswith("[2, 2] = 6")         # counted from 1, as k₂₂ is
    assert page.controls.position() == 0                 # a hover moves nothing
    grid.cellHovered.emit(-1, -1)                        # the mouse leaves
    assert tab.equation.symbols.text() == current


@pytest.mark.parametrize("k", [2, 3])
def test_the_bordered_dy_of_de_dx_is_named_as_in_the_equation(page, k):
    """dE/dX's input is δ inside a zero border of k - 1: the cell that the equation
    calls δ₁₁ says [1, 1] in its tooltip, and a cell of the border says it lies outside."""
    if k == 3:
        type_matrix(page.editors["X"], np.arange(16).reshape(4, 4) % 3)
        type_matrix(page.editors["K"], np.array([[1, 0, 2], [0, 1, 0], [1, 1, 0]]))
    page.tabs.setCurrentWidget(page.dx_tab)
    grid = page.dx_tab.view.input_grid
    inner = k - 1                                        # the border's width
    hover(grid, grid.cell_rect(inner, inner).center())
    assert grid.toolTip() == f"δ [1, 1] = {page.lab.dy[0, 0]:.6g}"
    hover(grid, grid.cell_rect(0, 0).center())
    assert grid.toolTip() == f"δ [{2 - k}, {2 - k}] = 0"
    # the turned kernel's top left cell is K's last, named as the equation names it
    turned = page.dx_tab.view.kernel_grid
    hover(turned, turned.cell_rect(0, 0).center())
    last = {2: "k₂₂", 3: "k₃₃"}[k]
    assert turned.toolTip() == f"K turned 180°: {last} = {page.lab.k[-1, -1]:.6g}"


def test_y_and_delta_written_as_exactly_as_their_equation(page):
    """Decimal X times decimal K needs more places than either: y₁₂ = 1.5·0.5 = 0.75
    stood as 0.8 in the Y grid above its equation."""
    type_matrix(page.editors["X"], np.array([[0.5, 1.5], [2.5, 0.5]]))
    type_matrix(page.editors["K"], np.array([[0.5]]))
    f = page.forward
    page.controls.set_position(f.count() - 1)           # every output computed
    assert f.y_grid.text_at(0, 1) == "0.75"
    assert f.dy_grid.text_at(0, 1) == f"{page.lab.dy[0, 1]:g}"
    page.controls.set_position(1)
    assert f.equation.symbols.text().startswith("y₁₂")
    assert "0.75" in f.equation.numbers.text()

def test_typed_matrices_bias_switch_and_bad_input(page):
    x = np.array([[1, 2, 3, 4], [0, 1, 0, 1], [2, 2, 1, 0], [1, 0, 0, 3]])
    type_matrix(page.editors["X"], x)
    np.testing.assert_array_equal(page.lab.x, x)
    t_before = page.lab.t
    assert page.lab.t.shape == (3, 3)     # T follows Y: old numbers stay, new cells are 0
    np.testing.assert_array_equal(page.lab.t[:2, :2], [[2, 5], [1, 2]])
    assert not page.lab.t[2].any() and not page.lab.t[:, 2].any()
    np.testing.assert_array_equal(page.editors["T"].array(), t_before)
    y = signal.correlate2d(x, page.lab.k, "valid")
    np.testing.assert_allclose(page.forward.y_grid.displayed(), y)
    page.untied.setChecked(True)
    assert page.lab.b.shape == (3, 3)
    np.testing.assert_allclose(page.bias_tab.db_grid.displayed(), y - page.lab.t)
    page.untied.setChecked(False)
    assert page.bias_tab.db_grid.displayed().tolist() == [[(y - page.lab.t).sum()]]
    page.editors["K"].rows.setValue(5)
    page.editors["K"].cols.setValue(5)
    assert "does not fit an input of 4" in page.error_label.text()
    assert page.lab.k.shape == (2, 2)
    page.editors["K"].rows.setValue(3)
    page.editors["K"].cols.setValue(3)
    assert page.error_label.isHidden() and page.lab.y.shape == (2, 2)
    page.editors["T"].editor.item(0, 1).setText("1,5")
    assert page.error_label.text() == "T, row 1, column 2: '1,5' is not a number"


def test_gradient_check_by_clicking(page, qtbot):
    page.tabs.setCurrentWidget(page.check_tab)
    check = page.check_tab
    click(qtbot, check.grids["X"], 1, 2)
    fd = check.result
    assert (fd.param, fd.index) == ("X", (1, 2))
    assert check.grids["X"].marked() == [(1, 2)] and check.grids["K"].marked() == []
    dx = signal.convolve2d(page.lab.dy, page.lab.k, "full")
    assert fd.analytic == pytest.approx(dx[1, 2], abs=1e-12)
    assert abs(fd.numeric - fd.analytic) < 1e-6 * max(1, abs(fd.analytic))
    assert check.cells["analytic"][1].text() == f"{dx[1, 2]:.12g}"
    assert check.cells["value"][0].text() == "w = x₂₃"
    assert check.cells["relative"][1].text() == f"{fd.relative:.3g}"
    click(qtbot, check.grids["X"], 1, 1)                 # backprop 0, numeric -4.4e-10
    assert check.result.both_zero
    assert check.cells["relative"][1].text() == "— (both are 0 up to rounding)"
    click(qtbot, check.grids["B"], 0, 0)
    assert check.result.analytic == pytest.approx(page.lab.dy.sum())
    where = check.eps.mapTo(check, QtCore.QPoint(0, 0))
    check.eps.setText("abc")
    check.eps.editingFinished.emit()
    assert check.eps_error.text() == "ε: 'abc' is not a number"
    qtbot.waitUntil(check.eps_error.isVisible)
    # the field stays where it was while the message comes and goes (it jumped, and a
    # click aimed at it sent the next keys to the window's shortcuts)
    assert check.eps.mapTo(check, QtCore.QPoint(0, 0)) == where
    check.eps.setText("1e-3")
    check.eps.editingFinished.emit()
    assert check.eps_error.text() == "" and check.result.eps == 1e-3
    qtbot.waitUntil(lambda: not check.eps_error.isVisible())
    assert check.eps.mapTo(check, QtCore.QPoint(0, 0)) == where


def test_gif_of_the_full_convolution(page, tmp_path):
    page.tabs.setCurrentWidget(page.dx_tab)
    page.export_gif(tmp_path / "dx.gif")
    with Image.open(tmp_path / "dx.gif") as im:
        assert im.n_frames == 9
    page.export(str(tmp_path / "bp.svg"))
    assert (tmp_path / "bp.svg").stat().st_size > 0


def test_escape_and_enter_in_the_epsilon_field(page, qtbot, window):
    """Escape gave the keys back, and the focus leaving the field took the typed ε;
    Enter there played the page's animation (its shortcut) instead of taking ε."""
    page.tabs.setCurrentWidget(page.check_tab)
    check = page.check_tab
    window.activateWindow()
    before, eps = check.eps.text(), check.result.eps
    check.eps.setFocus()
    qtbot.waitUntil(check.eps.hasFocus)
    check.eps.selectAll()
    qtbot.keyClicks(check.eps, "0.5")
    qtbot.keyClick(check.eps, Key.Key_Escape)
    qtbot.waitUntil(lambda: not check.eps.hasFocus())
    assert check.eps.text() == before and check.result.eps == eps
    check.eps.setFocus()                             # Enter still takes what was typed
    qtbot.waitUntil(check.eps.hasFocus)
    check.eps.selectAll()
    qtbot.keyClicks(check.eps, "0.001")
    qtbot.keyClick(check.eps, Key.Key_Return)   # the page's Return (play) took it
    assert check.result.eps == 0.001 and not page.controls.is_playing()


def test_the_untied_bias_line_in_the_window_s_language(russian, page):
    """dE/dB's "(one bias per output position)" stayed English in a Russian window."""
    page.untied.setChecked(True)
    assert page.bias_tab.equation.numbers.text() == "(своё смещение для каждой позиции выхода)"
    page.untied.setChecked(False)


def test_the_header_s_e_is_written_as_the_forward_tab_writes_it(page):
    """The header said "E = ½ Σ (Y − T)² = …" with six digits where the Forward tab said
    "E ≈ …": six digits do not write every E exactly."""
    type_matrix(page.editors["X"], np.array([[0.13, 0.27], [0.31, 0.77]]))
    type_matrix(page.editors["K"], np.array([[0.11]]))
    page.controls.set_position(page.forward.count() - 1)
    line = page.lab.error_equation()[2]                  # "E ≈ ..."
    assert "≈" in line
    assert page.summary.text() == "E = ½ Σ (Y − T)² " + line[2:]
    assert page.forward.error_label.text().endswith(line)


def test_no_legend_for_a_worked_sum_the_gradient_tabs_do_not_show(page):
    """With δ larger than 16 cells, the dE/dK tab explained "[u=k: s]", a notation of the
    worked sum that the tab hides for the lecture's equation."""
    type_matrix(page.editors["X"], np.arange(64).reshape(8, 8) % 5)
    assert page.lab.dy.size > 16
    for tab in (page.dk_tab, page.dx_tab):
        assert "[u=k" not in tab.view.formula_label.text()
        assert tab.view.formula_label.text().startswith("dE/d")
