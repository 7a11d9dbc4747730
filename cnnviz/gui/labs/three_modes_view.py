"""Full, same and valid side by side: the three outputs of one input and kernel, each
with its size and the formula that gives it."""

from __future__ import annotations

from cnnviz.gui.qt import QtCore, QtWidgets
from cnnviz.gui.widgets.labels import big_label
from cnnviz.gui.widgets.number_grid import NumberGrid
from cnnviz.labs.sliding import SlidingWindow


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("ThreeModesView", text)


class ThreeModesView(QtWidgets.QWidget):
    """One output grid per border mode, with its size formula underneath."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("three_modes_view")
        self.grids: dict[str, NumberGrid] = {}
        self.formulas: dict[str, QtWidgets.QLabel] = {}
        lay = QtWidgets.QHBoxLayout(self)
        for mode in ("full", "same", "valid"):
            col = QtWidgets.QVBoxLayout()
            grid = NumberGrid()
            grid.setObjectName(f"mode_grid_{mode}")
            label = big_label(f"mode_formula_{mode}", 1.1)
            label.setAlignment(QtCore.Qt.AlignmentFlag.AlignHCenter)
            col.addWidget(grid, 1)
            col.addWidget(label)
            lay.addLayout(col, 1)
            self.grids[mode], self.formulas[mode] = grid, label

    def set_models(self, models: dict) -> None:
        """``models[mode]`` is a SlidingWindow, or the error saying why the mode fails."""
        for mode, grid in self.grids.items():
            m = models[mode]
            if isinstance(m, SlidingWindow):
                grid.set_array(m.output, m.decimals())
                grid.set_title(tr("{0}: output {1}×{2}").format(mode, *m.out_shape))
                self.formulas[mode].setText(m.size_formula())
            else:
                grid.set_array([[0.0]], colors=None)
                grid.set_blank([[True]])
                grid.set_title(tr("{0}: no output").format(mode))
                self.formulas[mode].setText(str(m))
