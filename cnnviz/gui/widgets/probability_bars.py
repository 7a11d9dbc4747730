"""Ten class probabilities as bars, the predicted class in the output colour, each bar
with its percentage written above it."""

from __future__ import annotations

import numpy as np

from cnnviz.gui import style
from cnnviz.gui.qt import QtCore, QtGui, pg
from cnnviz.gui.widgets.export_menu import ExportMenuMixin

NEUTRAL_BAR = QtGui.QColor("#a0a0a0")
GAP = 0.02   # between a bar and its label, in probability


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("ProbabilityBars", text)


def class_ticks(classes, plot_px: float, font: QtGui.QFont) -> list[tuple[int, str]]:
    """The class names as ticks, each cut short ("Ankle…") to the width of its bar's
    slot in a plot ``plot_px`` wide: Fashion-MNIST's names ran together under the bars
    ("TrouserPullover"), and pyqtgraph left out those that overlapped."""
    metrics = QtGui.QFontMetrics(font)
    room = int(plot_px / max(len(classes), 1)) - 6
    names = [metrics.elidedText(str(c), QtCore.Qt.TextElideMode.ElideRight, room)
             for c in classes]
    if any(len(n.rstrip("…")) < min(3, len(str(c))) for n, c in zip(names, classes)):
        names = [str(i) for i in range(len(classes))]   # "T…", "…": the numbers say more
    return list(enumerate(names))


def fit_class_ticks(item: pg.PlotItem, classes) -> None:
    """Tick the plot's bottom axis with :func:`class_ticks` for its width of now."""
    if classes:
        axis = item.getAxis("bottom")
        axis.setTicks([class_ticks(classes, item.getViewBox().width(),
                                   axis.style.get("tickFont") or axis.font())])


def shown_percent(p: float, decimals: int) -> float:
    """``p`` in percent, for writing with ``decimals`` decimals: below 1, never so close
    to 100 that it would be written "100" (99.96% with one decimal is written 99.9). A
    drawing's bar read "100%" under the headline's "99.9%", and headlines of 100.0% are
    certainty that softmax never gives."""
    v = 100.0 * float(p)
    return min(v, 100.0 - 10.0 ** -decimals) if p < 1.0 else v


def bar_text(p: float) -> str:
    """A bar's label: whole percent (never 100% short of 1); none under 0.5%."""
    return f"{shown_percent(p, 0):.0f}%" if p >= 0.005 else ""


class ProbabilityBars(ExportMenuMixin, pg.PlotWidget):
    """``set_probabilities(p, classes)``; None clears the bars."""

    def __init__(self, parent=None):
        super().__init__(parent, background="w")
        self.setObjectName("probability_bars")
        self.setMinimumHeight(150)
        item = self.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.15)
        font = QtGui.QFont()
        font.setPointSizeF(11)
        for side in ("bottom", "left"):
            item.getAxis(side).setTickFont(font)
            item.getAxis(side).setTextPen("k")
        item.getAxis("left").setTicks([[(0.0, "0%"), (0.5, "50%"), (1.0, "100%")], []])
        item.getAxis("bottom").setLabel(tr("class"), **{"font-size": "11pt", "color": "#000"})
        self.bars = pg.BarGraphItem(x=np.zeros(0), height=np.zeros(0), width=0.7, pen=None)
        item.addItem(self.bars)
        self._texts: list[pg.TextItem] = []
        self._classes: tuple[str, ...] = ()
        self.values = np.zeros(0)
        self._top = 0.0
        self._fit_headroom()

    def set_probabilities(self, probs: np.ndarray | None, classes: tuple[str, ...]) -> None:
        item = self.getPlotItem()
        if tuple(classes) != self._classes:
            self._classes = tuple(classes)
            self._fit_ticks()
            item.setXRange(-0.6, len(classes) - 0.4, padding=0)
            for t in self._texts:
                item.removeItem(t)
            self._texts = [pg.TextItem("", color="k", anchor=(0.5, 1.0)) for _ in classes]
            for i, t in enumerate(self._texts):
                t.setFont(QtGui.QFont(t.textItem.font().family(), 10))
                t.setPos(i, 0)
                item.addItem(t)
        self.values = np.zeros(0) if probs is None else np.asarray(probs, float).ravel()
        if not self.values.size:
            self.bars.setOpts(x=np.zeros(0), height=np.zeros(0), brushes=[])
            for t in self._texts:
                t.setText("")
            return
        pred = int(np.argmax(self.values))
        brushes = [pg.mkBrush(style.OUTPUT_COLOR if i == pred else NEUTRAL_BAR)
                   for i in range(len(self.values))]
        self.bars.setOpts(x=np.arange(len(self.values)), height=self.values, brushes=brushes)
        for i, (t, v) in enumerate(zip(self._texts, self.values)):
            t.setText(bar_text(v))
            t.setPos(i, v + GAP)
        self._fit_headroom()

    def resizeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        self._fit_headroom()
        self._fit_ticks()

    def _fit_ticks(self) -> None:
        item = self.getPlotItem()   # a resize can come before __init__ ends
        if item is not None:
            fit_class_ticks(item, getattr(self, "_classes", ()))

    def _fit_headroom(self) -> None:
        """Room above a full bar for its label, whatever the plot's height and the
        labels' font (presentation mode enlarges it): a fixed 18% cut "100%" in half."""
        texts = getattr(self, "_texts", None)   # a resize can come before __init__ ends
        item = self.getPlotItem()
        if texts is None or item is None:
            return
        share = 0.0   # of the plot's height that a label takes (none before the classes)
        if texts:     # a label's height on screen: its line and the text item's margins
            doc = texts[0].textItem.document()
            label_px = (QtGui.QFontMetricsF(texts[0].textItem.font()).height()
                        + 2 * doc.documentMargin() + 2)
            share = min(label_px / max(item.getViewBox().height(), 1.0), 0.6)
        top = max(1.18, (1 + GAP) / (1 - share))
        if abs(top - self._top) > 1e-3:
            self._top = top
            item.setYRange(0, top, padding=0)
