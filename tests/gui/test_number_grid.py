"""NumberGrid shows the array it was given, its numbers, and reports the cell under the mouse."""

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz.gui.widgets.number_grid import MAX_NUMBERS, NumberGrid


def hover(widget, pos: QtCore.QPointF) -> None:
    """Move the mouse over ``widget`` to ``pos`` (a real move event, also offscreen)."""
    move = QtGui.QMouseEvent(QtCore.QEvent.Type.MouseMove, pos, widget.mapToGlobal(pos),
                             QtCore.Qt.MouseButton.NoButton, QtCore.Qt.MouseButton.NoButton,
                             QtCore.Qt.KeyboardModifier.NoModifier)
    QtWidgets.QApplication.sendEvent(widget, move)


@pytest.fixture
def grid(qtbot):
    g = NumberGrid("A")
    qtbot.addWidget(g)
    g.resize(300, 330)
    g.show()
    return g


def test_displayed_and_text(grid):
    a = np.array([[1.0, -2.5], [0.125, -0.001]])
    grid.set_array(a, decimals=2)
    np.testing.assert_array_equal(grid.displayed(), a)
    assert [grid.text_at(0, 0), grid.text_at(0, 1), grid.text_at(1, 0)] == \
        ["1.00", "-2.50", f"{0.125:.2f}"]
    assert grid.text_at(1, 1) == "0.00"     # no "-0.00"
    grid.set_blank(np.array([[False, True], [False, False]]))
    assert grid.text_at(0, 1) == "" and grid.text_at(0, 0) == "1.00"


def test_large_arrays_show_colours_only(grid):
    grid.set_array(np.ones((MAX_NUMBERS + 1, 3)))
    assert not grid.numbers_shown() and grid.text_at(0, 0) == ""
    grid.set_array(np.ones((MAX_NUMBERS, 3)))
    assert grid.numbers_shown()


def test_masks_must_match_the_array(grid):
    grid.set_array(np.zeros((3, 3)))
    with pytest.raises(ValueError):
        grid.set_shaded(np.zeros((2, 3), bool))
    grid.set_shaded(np.eye(3, dtype=bool))
    grid.set_highlight([(0, 0), (1, 1)])
    assert grid.highlighted() == [(0, 0), (1, 1)]
    grid.set_highlight([])
    assert grid.highlighted() == []


def test_click_and_hover_name_the_cell(grid, qtbot):
    grid.set_array(np.arange(12.0).reshape(3, 4))
    centre = grid.cell_rect(2, 1).center().toPoint()
    with qtbot.waitSignal(grid.cellClicked) as sig:
        qtbot.mouseClick(grid, QtCore.Qt.MouseButton.LeftButton, pos=centre)
    assert sig.args == [2, 1]
    with qtbot.waitSignal(grid.cellHovered) as sig:
        hover(grid, grid.cell_rect(0, 3).center())
    assert sig.args == [0, 3]
    assert grid.toolTip() == "A [0, 3] = 3"      # the grid's name, then the cell
    assert grid.cell_at(QtCore.QPointF(-5, -5)) == (-1, -1)


def test_paints_without_error(grid, tmp_path):
    grid.set_array(np.random.default_rng(0).standard_normal((5, 5)), colors="gray")
    grid.set_shaded(np.pad(np.zeros((3, 3), bool), 1, constant_values=True))
    assert grid.grab().save(str(tmp_path / "g.png"))


def test_lab_grids_with_lecture_subscripts_number_cells_from_one(qtbot):
    from cnnviz.gui.widgets.marked_grid import MarkedGrid

    g = MarkedGrid()
    qtbot.addWidget(g)
    g.resize(300, 240)
    g.show()
    g.set_array(np.arange(12.0).reshape(3, 4))
    hover(g, g.cell_rect(0, 3).center())
    assert g.toolTip() == "[1, 4] = 3"      # x₁₄ in the equations beside it
    g.set_title("X: input (3×4)")
    hover(g, g.cell_rect(1, 0).center())
    assert g.toolTip() == "X [2, 1] = 4"    # which grid it is, as the inspector says
