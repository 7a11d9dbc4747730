"""The tabs of the backprop page: the forward pass and error, dE/dK and dE/dX as sliding
windows, dE/dB, and the finite-difference check. Every number comes from a
:class:`cnnviz.labs.backprop.BackpropLab`."""

from __future__ import annotations

import numpy as np

from cnnviz.gui.labs.sliding_view import SlidingWindowView, _shape
from cnnviz.gui.widgets.labels import big_label
from cnnviz.gui.qt import QtCore, QtWidgets
from cnnviz.gui.widgets.marked_grid import MarkedGrid
from cnnviz.labs.backprop import BackpropLab
from cnnviz.labs.notation import grid_decimals, sub


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("BackpropLab", text)


def decimals(*arrays: np.ndarray) -> int:
    """The fewest decimals that write every number exactly (at most 4), else 3."""
    return grid_decimals(*arrays)


class Equation(QtWidgets.QWidget):
    """Two large lines: the equation in symbols, then with the numbers."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.symbols = big_label(f"{name}_symbols", 1.25, True)
        self.numbers = big_label(f"{name}_numbers", 1.2)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(4, 0, 4, 0)
        for label in (self.symbols, self.numbers):
            label.setWordWrap(True)
            label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
            lay.addWidget(label)

    def set_lines(self, lines: tuple[str, str]) -> None:
        self.symbols.setText(lines[0])
        self.numbers.setText(lines[1])


def _grid(name: str) -> MarkedGrid:
    g = MarkedGrid()
    g.setObjectName(f"grid_{name}")
    return g


def _op(text: str, scale: float = 1.6) -> QtWidgets.QLabel:
    label = big_label("op", scale, True)
    label.setText(text)
    return label


class ForwardTab(QtWidgets.QWidget):
    """X ⋆ K + b = Y, the target T and δ = dE/dY = Y − T; the current y written out."""

    positionRequested = QtCore.Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lab: BackpropLab | None = None
        self.x_grid, self.k_grid, self.b_grid = _grid("X"), _grid("K"), _grid("B")
        self.y_grid, self.t_grid, self.dy_grid = _grid("Y"), _grid("T"), _grid("dY")
        top = QtWidgets.QHBoxLayout()
        for w, stretch in ((self.x_grid, 4), (_op("⋆", 2.6), 0), (self.k_grid, 3), (_op("+"), 0),
                           (self.b_grid, 2), (_op("="), 0), (self.y_grid, 3)):
            top.addWidget(w, stretch)
        bottom = QtWidgets.QHBoxLayout()
        for w, stretch in ((self.t_grid, 3), (_op("→"), 0), (self.dy_grid, 3)):
            bottom.addWidget(w, stretch)
        self.error_label = big_label("error_equation", 1.2, True)
        self.error_label.setWordWrap(True)
        bottom.addWidget(self.error_label, 4)
        self.equation = Equation("forward")
        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(top, 3)
        lay.addWidget(self.equation)
        lay.addLayout(bottom, 2)
        self.y_grid.cellClicked.connect(self._clicked)
        self.dy_grid.cellClicked.connect(self._clicked)

    def set_lab(self, lab: BackpropLab) -> None:
        self.lab = lab
        # Y and δ among them: decimal X times decimal K needs more places than either
        # (y = 1.5 · 0.5 = 0.75 stood as 0.8 above its equation)
        d = decimals(lab.x, lab.k, lab.b, lab.t, lab.y, lab.dy)
        for grid, a, title in ((self.x_grid, lab.x, tr("X: input")), (self.k_grid, lab.k, "K"),
                               (self.b_grid, lab.b, tr("B: bias")), (self.y_grid, lab.y, "Y"),
                               (self.t_grid, lab.t, tr("T: target")),
                               (self.dy_grid, lab.dy, "δ = dE/dY = Y − T")):
            grid.set_array(a, d)
            grid.set_title(f"{title} {_shape(a)}")
        self._show_error(last=True)

    def _show_error(self, last: bool) -> None:
        """E's formula, and its value once every output is computed: before that, the
        blank cells of Y and δ would not add up to the E on show."""
        lines = list(self.lab.error_equation())
        if not last:
            lines[2] = tr("E: known once all of Y is computed")
        self.error_label.setText("\n".join(lines))

    def count(self) -> int:
        return self.lab.y.size if self.lab is not None else 0

    def set_position(self, i: int) -> None:
        if self.lab is None:
            return
        w = self.lab.forward_window().position(i)
        self.x_grid.set_highlight([(r, c) for r in w.rows for c in w.cols])
        self.y_grid.set_highlight([w.out])
        self.dy_grid.set_highlight([w.out])
        self.b_grid.set_highlight([w.out] if self.lab.bias == "untied" else [(0, 0)])
        # the outputs not computed yet are blank, as on the gradient tabs and the other
        # labs (all of Y stood filled in at the first position)
        later = np.arange(self.lab.y.size).reshape(self.lab.y.shape) > i
        self.y_grid.set_blank(later)
        self.dy_grid.set_blank(later)
        self._show_error(last=i >= self.lab.y.size - 1)
        self.equation.set_lines(self.lab.forward_equation(*w.out))

    def _clicked(self, r: int, c: int) -> None:
        self.positionRequested.emit(r * self.lab.y.shape[1] + c)


def gradient_labels(which: str) -> dict[str, str]:
    """Titles of the sliding-window grids for dE/dK (``"dk"``) or dE/dX (``"dx"``)."""
    if which == "dk":
        return dict(input_unpadded=tr("X: input, no border {shape}"),
                    kernel=tr("δ = dE/dY as the kernel {shape}"),
                    products=tr("X ⊙ δ: products"), output=tr("dE/dK {shape}"),
                    formula=tr("dE/dK = X ⋆ dE/dY   (valid correlation)"))
    return dict(input=tr("δ = dE/dY with its zero border {shape}"),
                kernel=tr("K turned 180° {shape}"), products=tr("δ ⊙ rot180(K): products"),
                output=tr("dE/dX {shape}"),
                formula=tr("dE/dX = dE/dY *full K   (full convolution: K turned 180°, "
                           "dE/dY with a zero border)"))


class GradientTab(QtWidgets.QWidget):
    """dE/dK or dE/dX as an animated sliding window, with the lecture's equation."""

    positionRequested = QtCore.Signal(int)

    def __init__(self, which: str, parent=None):
        super().__init__(parent)
        self.which = which
        self.lab: BackpropLab | None = None
        self.view = SlidingWindowView()
        self.view.setObjectName(f"sliding_{which}")
        # the lecture's 1-based equation below replaces the view's 0-based written sum,
        # and the grids' tooltips count from 1 as well ("dE/dK [1, 1]" stood beside k₂₂)
        self.view.sum_label.hide()
        for grid in (self.view.input_grid, self.view.kernel_grid, self.view.products_grid,
                     self.view.output_grid):
            grid.index_base = 1
        self.equation = Equation(which)
        lay = QtWidgets.QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.equation)
        self.view.positionRequested.connect(self.positionRequested)
        # the equation of the window on show, hovered or current: it stayed on the
        # current one while a hovered window's products showed above it
        self.view.shownChanged.connect(self._show_equation)

    def set_lab(self, lab: BackpropLab) -> None:
        self.lab = lab
        model = lab.dk_window() if self.which == "dk" else lab.dx_window()
        if self.which == "dx":
            # δ inside a zero border of k - 1: the cell of δ₁₁ is number k - 1 from 0, so
            # that the tooltips name δ's cells as the equation does (the border's cells
            # then count 0 and below, outside δ)
            kh, kw = lab.k.shape
            self.view.input_grid.index_base = (2 - kh, 2 - kw)
            # the turned kernel's cells by K's own subscripts, as the equation writes
            # them: its top left cell is k₂₂ of a 2x2 K
            self.view.kernel_grid.cell_name = lambda r, c: "k" + sub(kh - 1 - r, kw - 1 - c)
        self.view.set_model(model, gradient_labels(self.which))

    def count(self) -> int:
        return len(self.view.model) if self.view.model is not None else 0

    def set_position(self, i: int) -> None:
        self.view.set_position(i)

    def _show_equation(self, i: int) -> None:
        out = self.view.model.position(i).out
        eq = self.lab.dk_equation if self.which == "dk" else self.lab.dx_equation
        self.equation.set_lines(eq(*out))


class BiasTab(QtWidgets.QWidget):
    """δ = dE/dY and dE/dB: its sum (tied bias) or itself (untied)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.dy_grid, self.db_grid = _grid("bias_dY"), _grid("dB")
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.dy_grid, 3)
        self.op = _op("Σ →")
        row.addWidget(self.op)
        row.addWidget(self.db_grid, 2)
        self.equation = Equation("db")
        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(row, 1)
        lay.addWidget(self.equation)

    def set_lab(self, lab: BackpropLab) -> None:
        d = decimals(lab.dy)
        self.dy_grid.set_array(lab.dy, d)
        self.dy_grid.set_title(f"δ = dE/dY {_shape(lab.dy)}")
        self.db_grid.set_array(lab.db, d)
        tied = lab.bias == "tied"
        self.db_grid.set_title(tr("dE/dB: one bias, the sum of δ") if tied else
                               tr("dE/dB: one bias per output, equal to δ"))
        self.op.setText("Σ →" if tied else "=")
        symbols, numbers = lab.db_equation()
        # the untied bias's line is a phrase, marked in the lab (it stayed English)
        self.equation.set_lines((symbols, tr(numbers)))
