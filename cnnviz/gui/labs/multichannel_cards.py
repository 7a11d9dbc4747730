"""The cards of the multi-channel view: one per input channel j (X_j, K_ij, X_j ⋆ K_ij
and the running sum), and the result card (B_i + the sum beside the network's Y_i)."""

from __future__ import annotations

import numpy as np

from cnnviz.gui.widgets.labels import big_label
from cnnviz.gui.qt import QtCore, QtWidgets
from cnnviz.gui.widgets.number_grid import NumberGrid
from cnnviz.labs.multichannel import ChannelTerm, MultiChannel


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("MultiChannelView", text)


def _grid(name: str, title: str) -> NumberGrid:
    g = NumberGrid(title)
    g.setObjectName(name)
    g.setMinimumSize(40, 60)
    # the page shares its height out among the cards; a grid does not ask for more
    g.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Ignored)
    return g


class ChannelCard(QtWidgets.QFrame):
    """Input channel j's part of output map i."""

    def __init__(self, j: int, parent=None):
        super().__init__(parent)
        self.setObjectName(f"channel_card_{j}")
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.title = big_label(f"channel_title_{j}", 1.1, True)
        self.x_grid = _grid(f"channel_x_{j}", "X")
        self.k_grid = _grid(f"channel_k_{j}", "K")
        self.part_grid = _grid(f"channel_part_{j}", "X ⋆ K")
        # a running sum: "B + Σ" alone read as the whole of it on every card
        self.sum_grid = _grid(f"channel_sum_{j}", tr("B + Σ so far"))
        row = QtWidgets.QHBoxLayout()
        row.setSpacing(2)
        for g in (self.x_grid, self.k_grid, self.part_grid, self.sum_grid):
            row.addWidget(g, 1)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.setSpacing(0)
        lay.addWidget(self.title)
        lay.addLayout(row, 1)

    def set_term(self, mc: MultiChannel, t: ChannelTerm, levels: dict) -> None:
        self.title.setText(f"X_{t.j} ⋆ K_{mc.i},{t.j}" if t.connected else
                           tr("X_{0}: not connected to map {1} (connection table)").format(
                               t.j, mc.i))
        self.title.setStyleSheet("" if t.connected else "color: #777777;")
        self.x_grid.set_array(t.x, 2, "gray", levels=levels["x"])
        self.k_grid.set_array(t.kernel, 2, levels=levels["k"])
        self.part_grid.set_array(t.contribution, 2, levels=levels["y"])
        self.sum_grid.set_array(t.running, 2, levels=levels["y"])
        off = np.full(t.kernel.shape, not t.connected)
        self.k_grid.set_shaded(off)
        self.part_grid.set_blank(np.full(t.contribution.shape, not t.connected))
        self.part_grid.set_shaded(np.full(t.contribution.shape, not t.connected))


class ResultCard(QtWidgets.QFrame):
    """B_i + sum_j X_j ⋆ K_ij beside the network's own pre-activation Y_i."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("result_card")
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.bias_label = big_label("result_bias", 1.15, True)
        self.bias_label.setWordWrap(True)
        self.sum_grid = _grid("result_sum", tr("B + Σ X ⋆ K"))
        self.z_grid = _grid("result_z", tr("the network's Y (before the activation)"))
        self.check_label = big_label("result_check", 1.0)
        self.check_label.setWordWrap(True)
        #: what the colours of every card mean (the grids have no colour bars)
        self.scale_label = big_label("result_scale", 1.0)
        self.scale_label.setWordWrap(True)
        texts = QtWidgets.QVBoxLayout()   # beside the grids: below, they took their height
        texts.addStretch(1)
        texts.addWidget(self.check_label)
        texts.addWidget(self.scale_label)
        texts.addStretch(1)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.sum_grid, 1)
        row.addWidget(self.z_grid, 1)
        row.addLayout(texts, 1)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.addWidget(self.bias_label)
        lay.addLayout(row, 1)

    def set_model(self, mc: MultiChannel, levels: dict) -> None:
        bias = mc.bias
        text = f"{float(bias):.4g}" if np.ndim(bias) == 0 else tr("one per position")
        self.bias_label.setText(tr("B_{0} = {1}").format(mc.i, text))
        self.sum_grid.set_array(mc.output, 2, levels=levels["y"])
        self.z_grid.set_array(mc.z, 2, levels=levels["y"])
        self.check_label.setText(tr("largest difference: {0:.2g} (float32 rounding)").format(
            mc.max_error()))
        (x0, x1), k, y = levels["x"], levels["k"][1], levels["y"][1]
        self.scale_label.setText(tr(
            "Colours, the same on every card: X from {0} (black) to {1} (white); K {2}; "
            "X ⋆ K, B + Σ and Y {3}. The mouse over a cell reads its value.").format(
            f"{x0:.3g}", f"{x1:.3g}", _symmetric(k), _symmetric(y)))


def _symmetric(m: float) -> str:
    """What the colours of a symmetric scale (-m, m) span; the least scale
    (:func:`style.symmetric_levels` of all zeros) is said as such, not as -1e-12."""
    if m <= 1e-12:
        return tr("0 everywhere (white)")
    return tr("from -{0} (blue) to {0} (red)").format(f"{m:.3g}")
