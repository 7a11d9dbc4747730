"""The pooling picture: input with the window (and the winner), the output filling in;
below, dE/dY with the current cell and dE/dX as the windows send their shares back.

Every number comes from a :class:`cnnviz.labs.pooling.PoolingLab`.
"""

from __future__ import annotations

import numpy as np

from cnnviz.gui import style
from cnnviz.gui.qt import QtCore, QtWidgets
from cnnviz.gui.labs.page_parts import rendered_positions
from cnnviz.gui.labs.sliding_view import _shape
from cnnviz.gui.widgets.labels import big_label
from cnnviz.gui.widgets.marked_grid import MarkedGrid
from cnnviz.labs.notation import grid_decimals
from cnnviz.labs.pooling import PoolingLab, backward_sum, forward_sum


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("PoolingView", text)


def _label(name: str, scale: float, bold: bool = False) -> QtWidgets.QLabel:
    label = big_label(name, scale, bold)
    label.setWordWrap(True)
    return label


class PoolingView(QtWidgets.QWidget):
    """Forward row (X, Y) and backward row (dE/dY, dE/dX) of one pooling lab."""

    positionRequested = QtCore.Signal(int)   # an output cell was clicked

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pooling_view")
        self.lab: PoolingLab | None = None
        self._current = 0
        self.x_grid, self.y_grid = MarkedGrid(), MarkedGrid()
        self.dy_grid, self.dx_grid = MarkedGrid(), MarkedGrid()
        grids = QtWidgets.QGridLayout()
        grids.setSpacing(6)
        for row, (left, right, name) in enumerate(((self.x_grid, self.y_grid, "forward"),
                                                   (self.dx_grid, self.dy_grid, "backward"))):
            left.setObjectName(f"grid_{name}_in")
            right.setObjectName(f"grid_{name}_out")
            arrow = _label(f"arrow_{name}", 2.0, True)
            arrow.setText("→" if name == "forward" else "←")
            arrow.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
            grids.addWidget(left, row * 2, 0)
            grids.addWidget(arrow, row * 2, 1)
            grids.addWidget(right, row * 2, 2)
            text = _label(f"{name}_sum", 1.25, True)
            grids.addWidget(text, row * 2 + 1, 0, 1, 3)
            setattr(self, f"{name}_label", text)
        grids.setColumnStretch(0, 3)
        grids.setColumnStretch(2, 2)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(grids, 1)
        self.y_grid.cellClicked.connect(self._on_out_clicked)
        self.dy_grid.cellClicked.connect(self._on_out_clicked)

    def set_model(self, lab: PoolingLab) -> None:
        """Show ``lab``; keeps the position when it still exists."""
        self.lab = lab
        x_levels = style.data_levels(lab.x)
        d = grid_decimals(lab.x)
        self.x_grid.set_array(lab.x, d, "gray")
        self.x_grid.set_title(tr("X: input {0}").format(_shape(lab.x)))
        self.x_grid.set_shaded(~lab.covered())
        self.y_grid.set_array(lab.output, grid_decimals(lab.output), "gray", levels=x_levels)
        name = tr("max") if lab.kind == "max" else tr("average")
        self.y_grid.set_title(tr("Y: {0} of each {1}×{1} window, stride {2} {3}").format(
            name, lab.window, lab.stride, _shape(lab.output)))
        self.dy_grid.set_array(lab.dy, grid_decimals(lab.dy))
        self.dy_grid.set_title(tr("dE/dY: given {0}").format(_shape(lab.dy)))
        self._dx_levels = style.symmetric_levels(lab.dx, lab.dy)
        self._current = min(self._current, len(lab) - 1)
        self.set_position(self._current)

    def position(self) -> int:
        return self._current

    def set_position(self, i: int) -> None:
        """Draw window ``i``: outputs after it blank, dE/dX with the shares of 0..i."""
        if self.lab is None:
            return
        lab = self.lab
        self._current = max(0, min(int(i), len(lab) - 1))
        w = lab.position(self._current)
        winner = [w.winner] if w.winner is not None else []
        self.x_grid.set_highlight(w.cells())
        self.x_grid.set_marked(winner)
        blank = np.arange(len(lab)).reshape(lab.out_shape) > self._current
        self.y_grid.set_blank(blank)
        self.y_grid.set_shaded(blank)   # white is also the largest grey: hatch what is to come
        self.y_grid.set_highlight([w.out])
        self.dy_grid.set_highlight([w.out])
        dx = lab.dx_upto(self._current)
        self.dx_grid.set_array(dx, grid_decimals(lab.dx, dx), levels=self._dx_levels)
        self.dx_grid.set_shaded(~lab.covered())
        self.dx_grid.set_highlight(w.cells())
        self.dx_grid.set_marked(winner)
        self.dx_grid.set_title(
            tr("dE/dX after window 1 of {0}").format(len(lab)) if self._current == 0
            else tr("dE/dX after windows 1 to {0} of {1}").format(self._current + 1, len(lab)))
        self.forward_label.setText(forward_sum(w, lab.kind))
        if lab.kind == "max":
            how = tr("the winner (ringed) gets all of it")
        else:
            how = tr("each of the {0} cells gets an equal share").format(w.values.size)
        self.backward_label.setText(f"{backward_sum(w, lab.kind)}   ({how})")

    def _on_out_clicked(self, r: int, c: int) -> None:
        if self.lab is None:
            return
        i = self.lab.window_at(r, c).index
        self.set_position(i)
        self.positionRequested.emit(i)

    def rendered_frames(self):
        """One picture per window, each drawn when the GIF writer asks for it; the view
        returns to where it was."""
        n = len(self.lab) if self.lab is not None else 0
        return rendered_positions(self, n, self.set_position, self._current)
