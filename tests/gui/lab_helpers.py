"""Helpers of the lab page tests: type a matrix, click a grid cell."""

import numpy as np
from PySide6 import QtCore


def type_matrix(editor, a):
    """Type ``a`` into a SizedMatrix: its size, then cell by cell."""
    editor.rows.setValue(a.shape[0])
    editor.cols.setValue(a.shape[1])
    for (r, c), v in np.ndenumerate(a):
        editor.editor.item(r, c).setText(str(v))


def click(qtbot, grid, r, c):
    """A left click in the middle of cell (r, c) of a NumberGrid."""
    qtbot.mouseClick(grid, QtCore.Qt.MouseButton.LeftButton,
                     pos=grid.cell_rect(r, c).center().toPoint())
