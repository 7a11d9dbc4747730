"""The sliding-window picture: padded input with the window, the kernel as applied, the
element-wise products, the sum written out, and the output filling in cell by cell.

Every number comes from a :class:`cnnviz.labs.sliding.SlidingWindow`.
"""

from __future__ import annotations

import numpy as np

from cnnviz.gui import style
from cnnviz.gui.labs.animation_controls import AnimationControls
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets
from cnnviz.gui.widgets.gif_export import RenderedFrames
from cnnviz.gui.widgets.labels import big_label, fitted_label
from cnnviz.gui.widgets.number_grid import NumberGrid
from cnnviz.labs.sliding import SlidingWindow, written_sum

__all__ = ["AnimationControls", "SlidingWindowView"]


#: kernels of more numbers than this have their worked sum written row by row
#: (``written_sum``'s ``max_terms``)
ROW_SUMS_FROM = 16


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("SlidingWindowView", text)


def default_labels() -> dict[str, str]:
    """Titles of the four grids and the formula line; ``{shape}`` is filled in."""
    return {
        "input": tr("A: input with border {shape}"),
        "input_unpadded": tr("A: input {shape}"),
        "kernel": tr("H: kernel {shape}"),
        "products": tr("A ⊙ H: products"),
        "output": tr("B: output {shape}"),
        "formula": None,        # None: the model's own formula, with stride and dilation
    }


def _shape(a: np.ndarray) -> str:
    return f"({a.shape[0]}×{a.shape[1]})"


class SlidingWindowView(QtWidgets.QWidget):
    """Padded input with the window, kernel (as applied), products, the sum, output."""

    positionRequested = QtCore.Signal(int)   # an output cell was clicked
    #: the window whose computation is on show: the hovered one, else the current one
    shownChanged = QtCore.Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sliding_window_view")
        self.model: SlidingWindow | None = None
        self.labels = default_labels()
        self.decimals = 2
        self._current = 0
        self.input_grid = NumberGrid()
        self.kernel_grid = NumberGrid()
        self.products_grid = NumberGrid()
        self.output_grid = NumberGrid()
        for name, g in (("input", self.input_grid), ("kernel", self.kernel_grid),
                        ("products", self.products_grid), ("output", self.output_grid)):
            g.setObjectName(f"grid_{name}")
        # input on the left over two rows; kernel = products above, the output below
        grids = QtWidgets.QGridLayout()
        grids.setSpacing(4)
        grids.addWidget(self.input_grid, 0, 0, 2, 1)
        grids.addWidget(big_label("op_times", 1.6, True, "⊙"), 0, 1)
        grids.addWidget(self.kernel_grid, 0, 2)
        grids.addWidget(big_label("op_equals", 1.6, True, "="), 0, 3)
        grids.addWidget(self.products_grid, 0, 4)
        grids.addWidget(big_label("op_sum", 1.6, True, "Σ →"), 1, 1)
        grids.addWidget(self.output_grid, 1, 2, 1, 3)
        for g in (self.kernel_grid, self.products_grid):
            g.min_cell = 24         # a 7x7 kernel beside a 7x7 product still fits 1280x800
        grids.setColumnStretch(0, 4)
        grids.setColumnStretch(2, 3)
        grids.setColumnStretch(4, 3)
        self.formula_label = fitted_label("sliding_formula", 1.2)
        self.sum_label = fitted_label("sliding_sum", 1.25, True)
        self.sum_label.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(grids, 1)
        lay.addWidget(self.formula_label)
        lay.addWidget(self.sum_label)
        self.output_grid.cellClicked.connect(self._on_output_clicked)
        self.output_grid.cellHovered.connect(self._on_output_hovered)

    # -- model -------------------------------------------------------------------
    def set_model(self, model: SlidingWindow, labels: dict | None = None) -> None:
        """Show ``model``; ``labels`` replaces some of :func:`default_labels`."""
        self.model = model
        self.decimals = model.decimals()
        dec = model.grid_decimals()
        self.labels = {**default_labels(), **(labels or {})}
        self.input_grid.set_array(model.padded, dec["input"])
        key = "input" if any(model.pad) else "input_unpadded"
        self.input_grid.set_title(self.labels[key].format(shape=_shape(model.padded)))
        self.input_grid.set_shaded(model.padding_mask())
        self.kernel_grid.set_array(model.applied_kernel, dec["kernel"])
        self.kernel_grid.set_title(self.labels["kernel"].format(
            shape=_shape(model.applied_kernel)))
        self.output_grid.set_array(model.output, self.decimals)
        self.output_grid.set_title(self.labels["output"].format(shape=_shape(model.output)))
        formula = self.labels["formula"] or model.formula()
        if model.applied_kernel.size > ROW_SUMS_FROM and not self.sum_label.isHidden():
            # the worked sum gives each kernel row's total: say what "[u=1: -2]" is, on a
            # line of its own (after the formula, 1,039 pixels wide, 1,205 in Russian, the
            # page scrolled sideways at 1280x800); not where no worked sum is shown (the
            # Backprop lab's gradient tabs write the lecture's equation instead)
            formula += "\n" + tr("([u=k: s]: kernel row k's products, summed over v)")
        self.formula_label.setText(formula)
        self._current = min(self._current, len(model) - 1)
        self.set_position(self._current)

    def set_position(self, i: int) -> None:
        """Draw ``model.position(i)``: outputs after ``i`` are still blank."""
        if self.model is None:
            return
        self._current = int(i)
        # a step while the mouse rests on an output: the page shows the new position,
        # and the hovered cell's outline and readout go with it (they stayed, describing
        # another window than the products and equation beside them)
        self.output_grid.forget_hover()
        self._show(self._current)

    def position(self) -> int:
        return self._current

    def _show(self, i: int) -> None:
        m = self.model
        w = m.position(i)
        self.input_grid.set_highlight([(r, c) for r in w.rows for c in w.cols])
        levels = style.symmetric_levels(w.products)
        self.products_grid.set_array(w.products, self.decimals, levels=levels)
        self.products_grid.set_title(self.labels["products"])
        blank = np.arange(len(m)).reshape(m.out_shape) > self._current
        blank[w.out] = False
        self.output_grid.set_blank(blank)
        self.output_grid.set_highlight([w.out])
        # lines broken here, not by word wrap: a wrapped label misjudges its height
        self.sum_label.setText(written_sum(w, self.decimals, max_terms=ROW_SUMS_FROM,
                                           per_line=5 if self.decimals == 0 else 3,
                                           exact=self.model.exact()))
        self.shownChanged.emit(i)

    def shown_window(self):
        """The window whose computation is on show (the hovered one, or the current one)."""
        return self.model.position(self._shown) if self.model else None

    @property
    def _shown(self) -> int:
        r, c = self.output_grid.highlighted()[0]
        return r * self.model.out_shape[1] + c

    # -- mouse -------------------------------------------------------------------
    def _on_output_clicked(self, r: int, c: int) -> None:
        i = self.model.window_at(r, c).index
        self.set_position(i)
        self.positionRequested.emit(i)

    def _on_output_hovered(self, r: int, c: int) -> None:
        if self.model is None:
            return
        if r < 0:
            self._show(self._current)
        else:
            self._show(self.model.window_at(r, c).index)

    # -- frames ------------------------------------------------------------------
    def rendered_frames(self):
        """One picture per output position, each drawn when the GIF writer asks for it;
        the view returns to where it was."""
        keep, n = self._current, len(self.model) if self.model is not None else 0
        return RenderedFrames(self, n, self.set_position, lambda: self.set_position(keep))

    def frames(self, progress=None) -> list[QtGui.QImage]:
        """One picture per output position, for a GIF; the view returns to where it was.

        ``progress(done, total) -> bool`` is called per frame; False cancels
        (:class:`~cnnviz.gui.widgets.gif_export.ExportCancelled`).
        """
        return self.rendered_frames().grab_all(progress)
