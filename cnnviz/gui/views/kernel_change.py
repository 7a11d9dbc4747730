"""How much the kernels of a layer changed between two steps: ΔK = K(shown) − K(reference).

Laid out like the inspector's kernel grid (row i = output map, column j = input map),
with the zero-centred diverging colour map of weights. The difference comes from
:func:`cnnviz.core.timeline.kernel_difference`.
"""

from __future__ import annotations

from dataclasses import replace

from cnnviz.core.timeline import kernel_difference
from cnnviz.core.trace import Snapshot
from cnnviz.gui.i18n import grouped
from cnnviz.gui.qt import QtCore, QtWidgets
from cnnviz.gui.views.inspector_panels import forward_specs
from cnnviz.gui.widgets.map_grid import MapGrid
from cnnviz.gui.widgets.refresh_when_shown import RefreshWhenShown


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("KernelChange", text)


class KernelChange(RefreshWhenShown, QtWidgets.QWidget):
    """The ΔK grid of the selected layer; redraws only while on show."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("kernel_change")
        self.caption = QtWidgets.QLabel(tr(
            "ΔK = K(shown step) − K(reference step): red grew, blue shrank, white did not "
            "change. Choose the reference step under the network strip."))
        self.caption.setWordWrap(True)
        font = self.caption.font()
        font.setPointSize(max(11, font.pointSize() + 1))
        self.caption.setFont(font)
        self.grid = MapGrid(tr("ΔK"), "weights", True)
        self.grid.setObjectName("panel_dK_change")
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(scroll, 1)
        self._args: tuple | None = None

    def show_change(self, now: Snapshot | None, then: Snapshot | None, layer: str,
                    start: int = 0, alone: bool = False) -> None:
        """Show K(now) − K(then) of ``layer`` (output maps from ``start`` when paged);
        ``alone``: ``now`` is the only step recorded, so there is nothing to compare yet."""
        self._args = (now, then, layer, start, alone)
        self.changed()

    def refresh(self) -> None:
        super().refresh()
        if self._args is None:
            return
        now, then, layer, start, alone = self._args
        if now is None or then is None:
            self.grid.clear_maps(tr("nothing recorded yet"))
            return
        try:
            diff = kernel_difference(now, then, layer)
        except KeyError:
            self.grid.set_title(tr("ΔK — {0}").format(layer))
            self.grid.clear_maps(tr("{0} has no weights").format(layer))
            return
        name = "ΔK" if diff.ndim == 4 else "ΔW"
        if now.step == then.step:
            self.grid.set_title(tr("{0} — {1}").format(name, layer))
            if alone:   # a network just opened or reset: a reference to choose comes later
                self.grid.clear_maps(tr("only step {0} is recorded so far: train (N, E or "
                                        "Play) to record more, then choose an earlier step "
                                        "as the reference").format(grouped(now.step)))
            else:
                self.grid.clear_maps(tr("the shown step and the reference step are both {0}: "
                                        "choose another reference step").format(
                                            grouped(now.step)))
            return
        spec = forward_specs(replace(now.layer(layer), weight=diff), start)["K"]
        self.grid.set_title(tr("{0} = {1}(step {2}) − {1}(step {3}) — change of the weights")
                            .format(name, name[1:], now.step, then.step))
        self.grid.set_maps(spec.maps, [f"Δ{t}" for t in spec.labels], spec.columns, None,
                           spec.subtitle)

    def displayed(self):
        """The arrays the ΔK grid holds, in map order."""
        return self.grid.displayed()
