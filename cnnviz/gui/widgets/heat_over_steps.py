"""A heat map over training steps: x = step, y = a bin or a map, colour = value (the
colour bar says what it is: a share of values, or log10 of a ratio).

Shows a :class:`cnnviz.core.health_log.HeatData` as it is (no rescaling), with a colour
bar, a title, axis labels and a hover readout.
"""

from __future__ import annotations

import copy
import html
import math

import numpy as np

from cnnviz.core.health_log import HeatData
from cnnviz.gui import style
from cnnviz.gui.i18n import grouped
from cnnviz.gui.qt import QtCore, QtGui, pg
from cnnviz.gui.widgets.export_menu import ExportMenuMixin
from cnnviz.gui.widgets.step_axis import StepAxis

TEXT = "#202020"
FONT_PT = 11


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("HeatOverSteps", text)


class PowerAxis(pg.AxisItem):
    """An axis of log10 values whose ticks read as the values: 1e-3, 2.5e-3."""

    def tickStrings(self, values, scale, spacing):
        out = []
        for v in values:
            e = math.floor(v + 1e-9)
            out.append(f"{10.0 ** (v - e):.2g}e{e}" if abs(v - e) > 1e-6 else f"1e{e}")
        return out


def axis_font() -> QtGui.QFont:
    font = QtGui.QFont()
    font.setPointSize(FONT_PT)
    return font


def style_plot(plot: pg.PlotItem) -> None:
    """Dark text and legible ticks on every axis of ``plot``."""
    for key in ("left", "bottom"):
        ax = plot.getAxis(key)
        ax.setPen(pg.mkPen(TEXT))
        ax.setTextPen(pg.mkPen(TEXT))
        ax.setTickFont(axis_font())
    plot.getAxis("bottom").enableAutoSIPrefix(False)
    plot.getAxis("left").enableAutoSIPrefix(False)


class HeatOverSteps(ExportMenuMixin, pg.GraphicsLayoutWidget):
    """One field of the health log over the steps.

    Parameters
    ----------
    title : what the colours are.
    power_axis : the y values are log10 (ticks read 1e-3 ...).
    """

    def __init__(self, title: str, power_axis: bool = False, parent=None):
        super().__init__(parent)
        self.setBackground("w")
        self.setMinimumHeight(170)
        axes = {"bottom": StepAxis("bottom")}
        if power_axis:
            axes["left"] = PowerAxis("left")
        self.title_item = self.ci.addLabel("", row=0, col=0, colspan=2, size="11pt", bold=True,
                                           color=TEXT)
        self.plot = self.ci.addPlot(row=1, col=0, axisItems=axes)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        style_plot(self.plot)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        # ink on paper: white = none, black = most; a copy, as pyqtgraph caches the map
        cmap = copy.deepcopy(style.colormap(False))
        cmap.reverse()
        self.colorbar = pg.ColorBarItem(values=(0, 1), colorMap=cmap, interactive=False,
                                        width=14, colorMapMenu=False)
        self.colorbar.setImageItem(self.image)
        self.colorbar.getAxis("right").setTickFont(axis_font())
        for key in ("left", "right", "top", "bottom"):   # no label: no SI prefix (map_grid)
            self.colorbar.getAxis(key).enableAutoSIPrefix(False)
        self.ci.addItem(self.colorbar, row=1, col=1)
        self.hover_item = self.ci.addLabel("", row=2, col=0, colspan=2, size="10pt", color=TEXT)
        self.message_item = pg.TextItem("", color="#606060", anchor=(0.5, 0.5))
        self.message_item.setFont(axis_font())
        self.plot.addItem(self.message_item)
        # wrap the message to the plot's width of the moment, not of when it was set
        self.plot.vb.sigResized.connect(self._fit_message)
        self._data: HeatData | None = None
        self._shares = False
        self._hover = ""
        self._mouse: QtCore.QPointF | None = None   # the scene position last hovered
        self._y: tuple[float, float] = (0.0, 1.0)
        self._row_names: list[str] = []
        self.set_title(title)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def set_title(self, title: str) -> None:
        self.title_item.setText(title, color=TEXT)
        self.setWindowTitle(title)

    def set_axes(self, y_label: str, x_label: str) -> None:
        self.plot.setLabel("left", y_label, **{"font-size": f"{FONT_PT}pt", "color": TEXT})
        self.plot.setLabel("bottom", x_label, **{"font-size": f"{FONT_PT}pt", "color": TEXT})

    def _fit_message(self, *_) -> None:
        self.message_item.setTextWidth(max(120.0, self.plot.vb.width() - 16))

    def set_data(self, data: HeatData | None, y_range: tuple[float, float],
                 row_names: list[str] | None = None, message: str = "",
                 shares: bool = False) -> None:
        """Show ``data.values`` with row k spanning ``y_range`` split evenly (bin or map k).

        ``row_names`` name the rows in the hover readout (default: their numbers);
        ``shares``: the values are shares, read out as percentages; ``message`` shows
        when ``data`` is None. The readout follows the new data where the mouse is, and
        is cleared when the mouse is elsewhere (it kept a value of an earlier network).
        """
        self._data, self._y, self._shares = data, y_range, shares
        self._row_names = list(row_names or [])
        self.colorbar.setVisible(data is not None)
        # no numbers on an empty figure's axis: 0..1 there meant nothing
        self.plot.getAxis("left").setStyle(showValues=data is not None)
        if data is None:
            self.image.clear()
            self.message_item.setText(message)
            self._fit_message()
            self.message_item.setPos(0.5, 0.5)
            self.message_item.setVisible(True)
            self.plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
            self._reread()
            return
        self.message_item.setVisible(False)
        self.image.setImage(data.values, autoLevels=False, levels=data.levels)
        # column j is the record at step first + j * pitch: it stands centred on that
        # step's tick (drawn from first to last, five columns over four steps sat off
        # their steps, and the hover named the step of the column beside the mouse);
        # one record: a column a step wide (from the step on, its tick was at the plot's
        # edge, and pyqtgraph left it out)
        cols = data.values.shape[1]
        pitch = (data.last - data.first) / (cols - 1) if cols > 1 and data.last > data.first \
            else 1.0
        left, width = data.first - pitch / 2, data.last - data.first + pitch
        self.image.setRect(QtCore.QRectF(left, y_range[0], width, y_range[1] - y_range[0]))
        self.colorbar.setLevels(data.levels)
        self.plot.setRange(xRange=(left, left + width), yRange=y_range, padding=0)
        self._reread()

    def displayed(self) -> np.ndarray | None:
        """The array the image holds (row k = bin or map k)."""
        return self.image.image

    def hover_text(self) -> str:
        return self._hover

    def _reread(self) -> None:
        """The readout for the data now shown: at the mouse, if it is over the plot."""
        if self._mouse is not None and self.underMouse():
            self._on_mouse_moved(self._mouse)
        else:
            self._say("")

    def _on_mouse_moved(self, pos: QtCore.QPointF) -> None:
        self._mouse = QtCore.QPointF(pos)
        text = ""
        d = self._data
        if d is not None and self.plot.vb.sceneBoundingRect().contains(pos):
            p = self.plot.vb.mapSceneToView(pos)
            rows, cols = d.values.shape
            span = max(d.last - d.first, 1.0)
            j = int(np.clip(round((p.x() - d.first) / span * (cols - 1)), 0, cols - 1))
            k = int((p.y() - self._y[0]) / (self._y[1] - self._y[0]) * rows)
            if 0 <= k < rows:   # the step of the record shown, not of the column's place
                step = (d.steps[j] if d.steps is not None
                        else d.first + j * span / max(cols - 1, 1))
                name = self._row_names[k] if k < len(self._row_names) else str(k)
                v = d.values[k, j]
                value = ("—" if not np.isfinite(v) else   # no record of it there
                         f"{100 * v:.3g}%" if self._shares else f"{v:.4g}")
                text = tr("step {0} · {1}: {2}").format(grouped(round(step)), name, value)
        self._say(text)

    def _say(self, text: str) -> None:
        """Put ``text`` under the figure as it is: a LabelItem reads HTML, and the lowest
        bin's "tanh(Y) < -0.95: 12.5%" showed as "tanh(Y) " (the rest taken for a tag)."""
        self._hover = text
        self.hover_item.setText(html.escape(text, quote=False))
