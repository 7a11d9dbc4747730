"""The gradient check of the backprop page: click one number of X, K or B, nudge it by
±ε and compare the central difference of E with the gradient from backpropagation."""

from __future__ import annotations

import numpy as np

from cnnviz.errors import ConfigError
from cnnviz.gui.i18n import error_text
from cnnviz.gui.labs.backprop_tabs import decimals
from cnnviz.gui.labs.page_parts import error_label, show_message
from cnnviz.gui.labs.sliding_view import _shape
from cnnviz.gui.widgets.labels import big_label
from cnnviz.gui.qt import QtCore, QtWidgets
from cnnviz.gui.widgets.marked_grid import MarkedGrid
from cnnviz.labs.backprop import DEFAULT_EPS, PARAMS, BackpropLab, FiniteDifference
from cnnviz.labs.notation import sub


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("BackpropLab", text)


def full(v: float) -> str:
    """Enough digits to see where a difference starts."""
    return f"{v:.12g}"


ROWS = (
    # key, label
    ("value", QtCore.QT_TRANSLATE_NOOP("BackpropLab", "w = {name}")),
    ("e_plus", QtCore.QT_TRANSLATE_NOOP("BackpropLab", "E(w + ε)")),
    ("e_minus", QtCore.QT_TRANSLATE_NOOP("BackpropLab", "E(w − ε)")),
    ("numeric", QtCore.QT_TRANSLATE_NOOP("BackpropLab", "(E(w + ε) − E(w − ε)) / 2ε")),
    ("analytic", QtCore.QT_TRANSLATE_NOOP("BackpropLab", "∂E/∂w by backpropagation")),
    ("difference", QtCore.QT_TRANSLATE_NOOP("BackpropLab", "difference")),
    ("relative", QtCore.QT_TRANSLATE_NOOP("BackpropLab", "relative difference")),
)


class CheckTab(QtWidgets.QWidget):
    """Grids of X, K and B to click, ε, and the finite difference beside the gradient."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lab: BackpropLab | None = None
        self.picked: tuple[str, tuple[int, int]] = ("K", (0, 0))
        self.result: FiniteDifference | None = None
        self.grids: dict[str, MarkedGrid] = {}
        row = QtWidgets.QHBoxLayout()
        for p in PARAMS:
            g = MarkedGrid()
            g.setObjectName(f"check_grid_{p}")
            g.cellClicked.connect(lambda r, c, p=p: self.pick(p, (r, c)))
            self.grids[p] = g
            row.addWidget(g, {"X": 4, "K": 3, "B": 2}[p])
        self.eps = QtWidgets.QLineEdit(f"{DEFAULT_EPS:g}")
        self.eps.setObjectName("check_epsilon")
        self.eps.setMaximumWidth(120)
        self.eps.editingFinished.connect(self.recompute)
        self.eps_error = error_label("check_epsilon_error")
        eps_row = QtWidgets.QHBoxLayout()
        hint = QtWidgets.QLabel(tr("Click a number of X, K or B to check its gradient.   ε ="))
        eps_row.addWidget(hint)
        eps_row.addWidget(self.eps)
        eps_row.addWidget(self.eps_error, 1)
        # the room left over goes here, shown or not the message: the field jumped from the
        # row's right end to the hint's side as the message came and went, and a click
        # aimed at it missed (the next keys went to the window: "e" trained an epoch)
        eps_row.addStretch(1)
        table = QtWidgets.QGridLayout()
        self.cells: dict[str, tuple[QtWidgets.QLabel, QtWidgets.QLabel]] = {}
        for i, (key, text) in enumerate(ROWS):
            name = big_label(f"check_name_{key}", 1.15)
            value = big_label(f"check_{key}", 1.15, True)
            value.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
            r, c = divmod(i, 2)
            table.addWidget(name, r, 2 * c)
            table.addWidget(value, r, 2 * c + 1)
            self.cells[key] = (name, value)
            name.setText(tr(text))
        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(row, 1)
        lay.addLayout(eps_row)
        lay.addLayout(table)

    def set_lab(self, lab: BackpropLab) -> None:
        self.lab = lab
        titles = {"X": tr("X (click a number)"), "K": "K", "B": "B"}
        for p, g in self.grids.items():
            a = lab.values(p)
            g.set_array(a, decimals(a))
            g.set_title(f"{titles[p]} {_shape(a)}")
        param, (r, c) = self.picked
        shape = lab.values(param).shape
        if not (r < shape[0] and c < shape[1]):
            self.picked = (param, (0, 0))
        self.recompute()

    def epsilon(self) -> float:
        """ε as typed; a ConfigError names the text when it is not a positive number."""
        text = self.eps.text().strip()
        try:
            eps = float(text)
        except ValueError:
            raise ConfigError(tr("ε: {0!r} is not a number").format(text)) from None
        if not (np.isfinite(eps) and 0 < eps <= 1):
            raise ConfigError(tr("ε: {0!r} must be a positive number up to 1").format(text))
        return eps

    def pick(self, param: str, index: tuple[int, int]) -> None:
        self.picked = (param, (int(index[0]), int(index[1])))
        self.recompute()

    def recompute(self) -> None:
        if self.lab is None:
            return
        param, index = self.picked
        for p, g in self.grids.items():
            g.set_marked([index] if p == param else [])
        try:
            self.result = self.lab.finite_difference(param, index, self.epsilon())
        except ConfigError as e:
            show_message(self.eps_error, error_text(e))
            return
        show_message(self.eps_error, "")
        fd = self.result
        symbol = "b" if param == "B" and self.lab.bias == "tied" else param.lower() + sub(*index)
        self.cells["value"][0].setText(tr("w = {0}").format(symbol))
        values = {"value": full(fd.value), "e_plus": full(fd.e_plus),
                  "e_minus": full(fd.e_minus), "numeric": full(fd.numeric),
                  "analytic": full(fd.analytic), "difference": f"{fd.difference:.3g}",
                  "relative": tr("— (both are 0 up to rounding)") if fd.both_zero
                  else f"{fd.relative:.3g}"}
        for key, text in values.items():
            self.cells[key][1].setText(text)
