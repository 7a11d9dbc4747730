"""The "Health" page: how each layer's gradients, updates and activations develop.

Left, one curve per layer over the steps: gradient RMS, update-to-weight ratio, and the
share of saturated (tanh, sigmoid) or dead (ReLU) units. Right, for the chosen layer, heat
maps over the steps: the activation histogram, the ``log10 |dE/dY|`` histogram, and one
figure per output map. Every number comes from the controller's
:class:`cnnviz.core.health_log.HealthLog`; the page only draws it.
"""

from __future__ import annotations

import numpy as np

from cnnviz.core.health import ACT_RANGES, EVERY_S, GRAD_DECADES, MONITOR_IMAGES
from cnnviz.gui.i18n import grouped
from cnnviz.gui.qt import QtCore, QtWidgets, pg
from cnnviz.gui.widgets.export_menu import ExportMenuMixin
from cnnviz.gui.widgets.heat_over_steps import (FONT_PT, TEXT, HeatOverSteps, PowerAxis,
                                                axis_font, style_plot)
from cnnviz.gui.widgets.refresh_when_shown import RefreshWhenShown
from cnnviz.gui.widgets.steady import SteadyLabel
from cnnviz.gui.widgets.step_axis import StepAxis

LAYER_COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf")
#: (field, log scale, wording, marked for translation) of the per-map heat map
MAP_FIELDS = (
    ("grad_rms_maps", True,
     QtCore.QT_TRANSLATE_NOOP("HealthPage", "gradient RMS ‖dE/dK_i‖/√n")),
    ("update_ratio_maps", True,
     QtCore.QT_TRANSLATE_NOOP("HealthPage", "update ratio ‖ΔK_i‖/‖K_i‖")),
    ("saturated_maps", False, QtCore.QT_TRANSLATE_NOOP("HealthPage", "saturated or dead share")),
)


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("HealthPage", text)


class LinePlot(ExportMenuMixin, pg.PlotWidget):
    """One figure per layer over the steps, one coloured curve each."""

    def __init__(self, title: str, y_label: str, power: bool, parent=None):
        axes = {"bottom": StepAxis("bottom")}
        if power:
            axes["left"] = PowerAxis("left")
        super().__init__(parent, background="w", axisItems=axes)
        self.setWindowTitle(title)
        self.setMinimumHeight(170)
        item = self.getPlotItem()
        item.setTitle(title, size="12pt", bold=True, color=TEXT)
        item.setMenuEnabled(False)
        item.hideButtons()
        style_plot(item)
        item.setLabel("left", y_label, **{"font-size": f"{FONT_PT}pt", "color": TEXT})
        item.setLabel("bottom", tr("training step"), **{"font-size": f"{FONT_PT}pt",
                                                        "color": TEXT})
        item.showGrid(x=True, y=True, alpha=0.2)
        self.curves: dict[str, pg.PlotDataItem] = {}

    def set_series(self, series: dict[str, tuple]) -> None:
        """``{layer: (steps, values)}``; NaN values leave gaps."""
        for name in list(self.curves):
            if name not in series:
                self.removeItem(self.curves.pop(name))
        for i, (name, (x, y)) in enumerate(series.items()):
            if name not in self.curves:
                pen = pg.mkPen(LAYER_COLORS[i % len(LAYER_COLORS)], width=2)
                self.curves[name] = self.plot([], [], pen=pen, symbol="o", symbolSize=4,
                                              symbolPen=None,
                                              symbolBrush=LAYER_COLORS[i % len(LAYER_COLORS)],
                                              connect="finite")
            self.curves[name].setData(x, y, connect="finite")
        # before a record the log axes read 1.6e0 ... 6.3e0, numbers of nothing
        measured = any(np.isfinite(y).any() for _, y in series.values())
        self.getPlotItem().getAxis("left").setStyle(showValues=measured)


class HealthPage(RefreshWhenShown, QtWidgets.QWidget):
    """The health page for a :class:`~cnnviz.gui.controller.Controller`."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setObjectName("health_page")
        self.controller = controller
        self._build()
        self._fill_layers()
        controller.healthChanged.connect(self.changed)
        controller.networkRebuilt.connect(self._fill_layers)

    # -- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        note = QtWidgets.QLabel(tr(
            "Measured every {1:g} s of training (after every stepped update) on {0} fixed test "
            "images, forward and backward, without updating. Normalised per weight so that "
            "layers of different sizes compare fairly: RMS = ‖·‖/√(number of values), and "
            "shares of values or units, never raw sums. Saturated: tanh |y| > 0.97, sigmoid "
            "y < 0.03 or y > 0.97; dead: ReLU units that are 0 for every one of the images. "
            "Histogram values beyond the range count in "
            "the end bins (|dE/dY| ≤ 1e-12 and 0 in the bottom one).").format(MONITOR_IMAGES,
                                                                    EVERY_S))
        note.setObjectName("health_note")
        note.setWordWrap(True)
        note.setFont(axis_font())
        self.layer_combo = QtWidgets.QComboBox()
        self.layer_combo.setObjectName("health_layer")
        self.map_combo = QtWidgets.QComboBox()
        self.map_combo.setObjectName("health_map_field")
        self.map_combo.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.map_combo.setMinimumContentsLength(12)
        for _, _, words in MAP_FIELDS:
            self.map_combo.addItem(tr(words))
        self.legend = QtWidgets.QLabel()
        self.legend.setObjectName("health_legend")
        self.legend.setFont(axis_font())
        # a new text once a second while training: a plain label asked the whole window
        # for a new layout each time; this one keeps a size (grown when a text needs more)
        self.status = SteadyLabel(room=tr("{0} records · steps {1}–{2}").format(
            grouped(9999), grouped(1), grouped(999999)))
        self.status.setObjectName("health_status")
        self.status.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight
                                 | QtCore.Qt.AlignmentFlag.AlignVCenter)
        self.status.setContentsMargins(0, 0, 10, 0)   # apart from "Layer" beside it
        self.status.setFont(axis_font())
        left = QtWidgets.QHBoxLayout()
        left.addWidget(self.legend)
        left.addStretch(1)
        left.addWidget(self.status)
        right = QtWidgets.QHBoxLayout()
        right.addWidget(QtWidgets.QLabel(tr("Layer")))
        right.addWidget(self.layer_combo)
        right.addSpacing(8)
        right.addWidget(QtWidgets.QLabel(tr("per map")))
        right.addWidget(self.map_combo, 1)
        grid = self._grid = QtWidgets.QGridLayout()
        grid.setSpacing(4)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(note)
        layout.addLayout(grid, 1)
        self.layer_combo.currentIndexChanged.connect(self.refresh)
        self.map_combo.currentIndexChanged.connect(self.refresh)
        self._plotted = False

    def _build_plots(self) -> None:
        """The six figures, made when the page is first shown: 0.2 s of the window's
        start-up (pyqtgraph plots are slow to make) for a page a lecture may never open."""
        self._plotted = True
        self.grad_plot = LinePlot(tr("Gradient RMS per layer"), tr("‖dE/dW‖ / √n"), True)
        self.ratio_plot = LinePlot(tr("Update-to-weight ratio per layer"),
                                   tr("‖ΔW‖ / ‖W‖"), True)
        self.sat_plot = LinePlot(tr("Saturated or dead units"),
                                 tr("share of units"), False)
        self.sat_plot.setYRange(0, 1)
        self.act_heat = HeatOverSteps("")
        self.grad_heat = HeatOverSteps("", power_axis=True)
        self.map_heat = HeatOverSteps("")
        lecture = getattr(self.window(), "lecture", None)
        for row, pair in enumerate(((self.grad_plot, self.act_heat),
                                    (self.ratio_plot, self.grad_heat),
                                    (self.sat_plot, self.map_heat))):
            self._grid.setRowStretch(row + 1, 1)
            for column, figure in enumerate(pair):
                self._grid.addWidget(figure, row + 1, column)
                figure.show()   # children added to a widget on show wait for a queued show
                if lecture is not None:   # first shown in presentation mode: its large text
                    lecture.presentation.adopt(figure)

    def _fill_layers(self) -> None:
        names = [b.name for b in self.controller.session.net.blocks if "weight" in b.layer.params]
        blocker = QtCore.QSignalBlocker(self.layer_combo)
        current = self.layer_combo.currentText()
        self.layer_combo.clear()
        self.layer_combo.addItems(names)
        self.layer_combo.setCurrentIndex(names.index(current) if current in names else 0)
        del blocker
        self.legend.setText("   ".join(
            f"<b style='color:{LAYER_COLORS[i % len(LAYER_COLORS)]}'>■ {n}</b>"
            for i, n in enumerate(names)))
        self.refresh()

    # -- updates ---------------------------------------------------------------------------
    def set_layer(self, name: str) -> None:
        self.layer_combo.setCurrentText(name)

    def refresh(self) -> None:
        """Redraw everything from the controller's health log (once the page is shown)."""
        if not self._plotted:
            if not self.isVisible():
                self._stale = True
                return
            self._build_plots()
        super().refresh()
        log = self.controller.health
        names = [self.layer_combo.itemText(i) for i in range(self.layer_combo.count())]
        self.grad_plot.set_series({n: log.series(n, "grad_rms", log=True) for n in names})
        self.ratio_plot.set_series({n: log.series(n, "update_ratio", log=True) for n in names})
        sat = {n: log.series(n, "saturated") for n in names}
        self.sat_plot.set_series({n: s for n, s in sat.items() if not np.isnan(s[1]).all()})
        steps = log.steps()
        if len(log) > 1:
            status = tr("{0} records · steps {1}–{2}").format(
                grouped(len(log)), grouped(steps[0]), grouped(steps[-1]))
        elif len(log):
            status = tr("1 record · step {0}").format(grouped(steps[0]))
        else:
            status = tr("no records yet: train or step")
        self.status.setText(status)
        self._heat_maps(log, self.layer_combo.currentText())

    def _heat_maps(self, log, name: str) -> None:
        wait = tr("appears once {0} is measured: train (Play) or step an update").format(name)
        rec = log.records[-1].layer(name) if len(log) and name in log.layer_names() else None
        if rec is not None:
            act = rec.activation
        else:   # nothing measured yet: the network says (C1 read "no activation" here)
            block = next((b for b in self.controller.session.net.blocks if b.name == name),
                         None)
            act = block.activation.kind if block is not None and block.activation else None
        what = f"{act}(Y)" if act else tr("output Y (no activation)")
        self.act_heat.set_title(tr("{0}: histogram of {1}").format(name, what))
        y = f"{act}(Y)" if act else "Y"
        self.act_heat.set_axes(y, tr("training step"))
        act_data = log.over_steps(name, "act_counts")
        self.act_heat.set_data(act_data, ACT_RANGES[act], message=wait, shares=True,
                               row_names=bin_names(y, ACT_RANGES[act], act_data))
        self.grad_heat.set_title(tr("{0}: histogram of |dE/dY|, log bins").format(name))
        self.grad_heat.set_axes(tr("|dE/dY|"), tr("training step"))
        grad_data = log.over_steps(name, "grad_counts")
        self.grad_heat.set_data(grad_data, GRAD_DECADES, message=wait, shares=True,
                                row_names=bin_names("|dE/dY|", GRAD_DECADES, grad_data,
                                                    power=True))
        field, is_log, words = MAP_FIELDS[self.map_combo.currentIndex()]
        self.map_heat.set_title(tr("{0}: {1}{2}").format(
            name, tr(words), tr(", log10") if is_log else ""))
        self.map_heat.set_axes(tr("output map"), tr("training step"))
        data = log.over_steps(name, field)
        if field == "saturated_maps" and rec is not None and act is None:
            data, wait = None, tr("{0} has no activation: nothing saturates or dies").format(name)
        n = data.values.shape[0] if data is not None else 1
        self.map_heat.set_data(data, (-0.5, n - 0.5), [f"{name}_{i}" for i in range(n)],
                               message=wait)


def bin_names(what: str, y_range: tuple[float, float], data, power: bool = False) -> list[str]:
    """The histogram bins' names for the readout, "tanh(Y) ∈ [0.85, 0.9)": the bins split
    ``y_range`` evenly (log10 of the values with ``power``); the end bins also hold
    what lies beyond the range, so they read "< 0.05" and "≥ 0.95". (The readout said
    "10: 0.006643", the bin's number.)"""
    if data is None:
        return []
    rows = data.values.shape[0]
    edges = np.linspace(*y_range, rows + 1)
    text = [f"{10.0 ** e:.2g}" if power else f"{e + 0.0:.3g}" for e in edges]  # no -0
    return [f"{what} < {text[1]}" if k == 0 else
            f"{what} ≥ {text[k]}" if k == rows - 1 else
            f"{what} ∈ [{text[k]}, {text[k + 1]})" for k in range(rows)]


def health_page(window) -> HealthPage:
    """The page factory that ``LAB_PAGES`` lists."""
    return HealthPage(window.controller)
