"""Full, same and valid side by side: the three outputs of one input and kernel, each
with its size and the formula that gives it."""

from __future__ import annotations

from cnnviz.gui.i18n import error_text
from cnnviz.gui.qt import QtCore, QtWidgets
from cnnviz.gui.widgets.labels import big_label
from cnnviz.gui.widgets.number_grid import MAX_CELL_PX, NumberGrid
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
            label = big_label(f"mode_formula_{mode}", 1.0)
            label.setAlignment(QtCore.Qt.AlignmentFlag.AlignHCenter)
            col.addWidget(grid, 1)
            col.addWidget(label)
            col.addStretch(1)
            lay.addLayout(col, 1)
            self.grids[mode], self.formulas[mode] = grid, label

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._same_cells()

    def _same_cells(self) -> None:
        """One cell size for all three, so that full is visibly larger than valid, and
        each formula right under its grid."""
        grids = [g for g in self.grids.values() if g.displayed().size]
        if not grids:
            return
        text = max(label.sizeHint().height() for label in self.formulas.values())
        rows = max(g.displayed().shape[0] for g in grids)
        room = (self.height() - text - 40 - grids[0].title_height()) / rows
        cell = min([room, MAX_CELL_PX] + [g.width() / g.displayed().shape[1] for g in grids])
        for g in grids:
            g.max_cell = cell
            g.setMaximumHeight(int(g.title_height() + g.displayed().shape[0] * cell + 8))
            g.update()

    def set_models(self, models: dict) -> None:
        """``models[mode]`` is a SlidingWindow, or the error saying why the mode fails."""
        for mode, grid in self.grids.items():
            m = models[mode]
            if isinstance(m, SlidingWindow):
                grid.set_array(m.output, m.decimals())
                grid.set_title(tr("{0}: output {1}×{2}").format(mode, *m.out_shape))
                # one short line each, so that three columns fit beside the settings
                self.formulas[mode].setText(m.size_formula(compact=True).replace(
                    " = (", " =\n(").replace(")//", ")\n//"))
            else:
                grid.set_array([[0.0]], colors=None)
                grid.set_blank([[True]])
                grid.set_title(tr("{0}: no output").format(mode))
                # translated as the page's own message line says it, and wrapped: on one
                # line the English text pushed the page wider than 1280 pixels
                self.formulas[mode].setText(error_text(m))
            self.formulas[mode].setWordWrap(not isinstance(m, SlidingWindow))
        self._same_cells()
