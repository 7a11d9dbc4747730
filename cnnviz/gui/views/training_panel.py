"""How training goes: counters, loss and accuracy curves, and the probe's class probabilities.

The curves keep their points in preallocated NumPy buffers that double when full; an
update writes the new batches into them and hands views of the filled part to the
existing curves, which downsample (peak) and clip to the view, so 100k steps stay fast.
"""

from __future__ import annotations

import math

import time

import numpy as np

from cnnviz.core.history import History
from cnnviz.gui import style
from cnnviz.gui.i18n import grouped
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets, pg
from cnnviz.gui.widgets.export_menu import ExportMenuMixin
from cnnviz.gui.widgets.probability_bars import fit_class_ticks, shown_percent
from cnnviz.gui.widgets.steady import SteadyLabel
from cnnviz.gui.widgets.step_axis import StepAxis

REFRESH_S = 0.25    # the curves redraw at most 4 times a second
SMOOTHING = 0.97    # beta of the bias-corrected moving average of the batch curves
FONT_PT = 10
NEUTRAL_BAR = QtGui.QColor("#a0a0a0")


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("TrainingPanel", text)


def _pt(size: float, bold: bool = False) -> QtGui.QFont:
    font = QtGui.QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


class _Columns:
    """Equal-length float columns in one buffer that doubles its capacity when full."""

    def __init__(self, ncols: int, capacity: int = 1024):
        self.buf = np.empty((ncols, capacity))
        self.n = 0

    def extend(self, *cols: np.ndarray) -> None:
        k = len(cols[0])
        if self.n + k > self.buf.shape[1]:
            cap = self.buf.shape[1]
            while cap < self.n + k:
                cap *= 2
            grown = np.empty((self.buf.shape[0], cap))
            grown[:, :self.n] = self.buf[:, :self.n]
            self.buf = grown
        for row, col in zip(self.buf, cols):
            row[self.n:self.n + k] = col
        self.n += k

    def __getitem__(self, i: int) -> np.ndarray:
        return self.buf[i, :self.n]

    def cut_from(self, step: float) -> None:
        """Forget the rows from ``step`` on (column 0 holds the steps, counting up)."""
        self.n = int(np.searchsorted(self[0], step, side="left"))


class _Smoother:
    """Bias-corrected exponential moving average, ``m_t = b m_(t-1) + (1 - b) v_t``."""

    def __init__(self, beta: float = SMOOTHING):
        self.beta, self.m, self.t = beta, 0.0, 0

    def __call__(self, values: np.ndarray) -> np.ndarray:
        out = np.empty(len(values))
        b, m, t = self.beta, self.m, self.t
        for i, v in enumerate(values):
            m = b * m + (1.0 - b) * float(v)
            t += 1
            out[i] = m / (1.0 - b ** t)
        self.m, self.t = m, t
        return out


#: share of each plot's height kept free of data for the legend: above the loss curve
#: (which falls), below the accuracy curve (which rises)
LEGEND_ROOM = 0.3
LOSS_LEGEND_ROOM = 0.45   # the loss plot is the shorter one
#: the accuracy plot's value range, the legend's room below 0%, where the plot is tall
#: enough for its legend to fit in it (else :meth:`TrainingPanel.accuracy_range` widens it)
ACCURACY_RANGE = (-LEGEND_ROOM, 1.02)
#: at most this share of the accuracy plot's height is kept for the legend
MOST_LEGEND_SHARE = 0.6
#: at most this share of it is kept above 100% for the label there, and at most this
#: share for both: a plot too short for both gives the legend its room first
MOST_LABEL_SHARE = 0.15
MOST_ROOM = 0.7
#: the accuracy plot's range never goes beyond these (with the most room for both)
ACCURACY_TOP_LIMIT = 1.5
ACCURACY_BOTTOM_LIMIT = -MOST_LEGEND_SHARE / (1 - MOST_ROOM) - 0.05
#: the probability plot's range beyond 0% and 100% where it is tall enough for no more
PROBABILITY_MARGINS = (0.1, 0.12)


_BRUSHES: dict[int, QtGui.QBrush] = {}


def _brush(color) -> QtGui.QBrush:
    """A brush of ``color``, made once: ten new ones for every snapshot's bars took 3% of
    the GUI thread while training."""
    c = QtGui.QColor(color)
    brush = _BRUSHES.get(c.rgba())
    if brush is None:
        brush = _BRUSHES[c.rgba()] = pg.mkBrush(c)
    return brush


def label_room(axis: pg.AxisItem) -> float:
    """How far, in pixels, a tick's label reaches above or below its tick. With grid
    lines on, pyqtgraph leaves out a label that reaches past the plot's edge: at
    1280x800 the accuracy plot had no "100%" and the probability plot only "50%"."""
    font = axis.style.get("tickFont") or QtWidgets.QApplication.font()
    return QtGui.QFontMetricsF(font).height() * 0.4 + 1   # pyqtgraph counts 0.8 of it


def accuracy_span(legend_share: float, label_share: float) -> tuple[float, float]:
    """The accuracy plot's range: ``legend_share`` of its height below 0% (the legend's
    room), ``label_share`` above 100% (its label's), and at least ``ACCURACY_RANGE``.
    Each room is a share of the whole range, which the other widens: solved in turns."""
    s = legend_share
    q = max(0.0, min(label_share, MOST_LABEL_SHARE, MOST_ROOM - s))
    lo, hi = ACCURACY_RANGE
    for _ in range(12):
        hi = max(ACCURACY_RANGE[1], (1 - q * lo) / (1 - q))      # (hi - 1) = q (hi - lo)
        lo = min(ACCURACY_RANGE[0], -s * hi / (1 - s))           # -lo = s (hi - lo)
    return lo, hi


#: the step range of curves with no point yet
EMPTY_STEP_RANGE = (0.0, 100.0)
EMPTY_LOSS_RANGE = (0.0, 1.0)     # the loss plot before any batch, as at the start

SMOOTH_POINTS = 600
RAW_POINTS = 1200


def _peaks(x: np.ndarray, y: np.ndarray, most: int) -> tuple[np.ndarray, np.ndarray]:
    """At most about ``most`` points that draw the same jagged band as (x, y): the low
    and the high of each run of consecutive points (all of them when there are few)."""
    n = len(x)
    k = -(-n // max(most // 2, 1))
    if k <= 1:
        return x, y
    m = n // k
    runs = y[:m * k].reshape(m, k)
    xs = np.repeat(x[:m * k:k], 2)
    ys = np.column_stack([runs.min(1), runs.max(1)]).ravel()
    return np.concatenate([xs, x[m * k:]]), np.concatenate([ys, y[m * k:]])


def _thinned(n: int, most: int) -> np.ndarray:
    """Indices of at most about ``most`` of n points, evenly spread, the last one kept."""
    if n <= most:
        return np.arange(n)
    idx = np.arange(0, n, -(-n // most))
    return idx if idx[-1] == n - 1 else np.append(idx, n - 1)


def _cache(axis: pg.AxisItem) -> None:
    """Keep an axis whose range stays put as a picture on the device: the plot beside it
    repaints every frame, and replaying the axis's tick labels took 0.4-2 ms each time.
    Qt draws it afresh whenever the axis changes (its range, its size, its grid)."""
    axis.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)


#: the ends a step range can have, times a power of ten: each at most 25% past the one
#: before, so the curves fill at least three quarters of the width (1 / (1.25 x 1.05))
STEP_RANGE_ENDS = (1.0, 1.2, 1.5, 1.8, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0, 7.0, 8.0, 10.0)


def _step_range(first: float, last: float) -> tuple[float, float]:
    """The curves' x range for steps ``first`` to ``last``: from the step before the
    first, over a span of one of :data:`STEP_RANGE_ENDS` times a power of ten, the least
    at least 5% longer than the steps'. The curves grow into room on the right, and the
    step axis (a cached picture, 11 ms to draw with its grid) is drawn again each time the
    steps grow by a sixth or so, not at each of the curves' four updates a second."""
    lo = float(first) - 1.0
    need = max(float(last) - lo, 1.0) * 1.05
    power = 10.0 ** math.floor(math.log10(need))
    end = next(m for m in STEP_RANGE_ENDS if m * power >= need * (1 - 1e-12))
    return lo, lo + end * power


def _loss_range(lo: float, hi: float) -> tuple[float, float]:
    """The loss plot's y range for losses between ``lo`` and ``hi``: a little below the
    lowest, room above the highest for the legend; both ends on a grid of a tenth of
    the span's order of magnitude, so the range (and its axis) changes only now and
    then as the loss falls, not with every new lowest loss."""
    span = max(hi - lo, 1e-3 * max(abs(hi), 1.0))
    step = 10.0 ** (math.floor(math.log10(span)) - 1)
    bottom = math.floor((lo - 0.03 * span) / step) * step
    top = math.ceil((hi + span * LOSS_LEGEND_ROOM / (1 - LOSS_LEGEND_ROOM)) / step) * step
    return bottom, top


class _PercentAxis(pg.AxisItem):
    """Ticks of a fraction axis written as percentages; none below 0% (that band holds
    the legend) nor above 100% (that band holds the label of 100%)."""

    def tickValues(self, minVal, maxVal, size):
        return [(spacing, [v for v in values if -1e-9 <= v <= 1 + 1e-9])
                for spacing, values in super().tickValues(minVal, maxVal, size)]

    def tickStrings(self, values, scale, spacing):
        digits = max(0, -math.floor(math.log10(max(spacing * 100 * scale, 1e-9))))
        return [f"{v * scale * 100:.{digits}f}%" for v in values]


class _StepViewBox(pg.ViewBox):
    """A curves' view that follows training (``following``: the panel gives it the range
    of the steps as they come) until its range is changed by anything else: the mouse,
    or the range typed into its menu. "View All" in its menu follows again."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.following = True
        self.shown: list | None = None   # the range the panel gave it last
        self.sigRangeChangedManually.connect(self._by_hand)

    def _by_hand(self, *_) -> None:
        self.following = False

    def follow(self, x: tuple[float, float], y: tuple[float, float] | None) -> None:
        """Show steps ``x`` (and values ``y``, if given) while following; stop following
        if the range is no longer the one given last."""
        if self.following and self.shown is not None and self.viewRange() != self.shown:
            self.following = False
        if not self.following:
            return
        now = self.viewRange()
        if tuple(now[0]) != x or (y is not None and tuple(now[1]) != y):
            # unchanged, the cached axes stay as they are
            self.setRange(xRange=x, yRange=y, padding=0)
        self.shown = self.viewRange()

    def restart(self) -> None:
        """Follow again from the next :meth:`follow`."""
        self.following, self.shown = True, None

    def autoRange(self, *args, **kwargs):
        super().autoRange(*args, **kwargs)
        self.restart()


class TrainingPanel(ExportMenuMixin, QtWidgets.QWidget):
    """Counters, loss and accuracy over the steps, and the probe's class probabilities."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._refresh_timer = QtCore.QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.flush)
        self._lone = False        # the curves show their one point as a dot
        self._last_refresh = -1.0
        self.setObjectName("training_panel")
        self.setFont(_pt(FONT_PT))
        self.counter_label = SteadyLabel()
        self.counter_label.setFont(_pt(16, bold=True))
        self.rate_label = SteadyLabel()
        self.rate_label.setFont(_pt(12))
        self.loss_plot = self._plot(tr("loss"), percent=False)
        self.accuracy_plot = self._plot(tr("accuracy"), percent=True)
        self.accuracy_plot.setYRange(*ACCURACY_RANGE, padding=0)
        for plot in (self.loss_plot, self.accuracy_plot):
            for side in ("left", "bottom"):
                _cache(plot.getPlotItem().getAxis(side))
            plot.getViewBox().disableAutoRange()   # flush() sets the range, once
        self.accuracy_plot.getViewBox().setLimits(
            yMin=ACCURACY_BOTTOM_LIMIT, yMax=ACCURACY_TOP_LIMIT)
        # the legend's room below 0% is counted in pixels: at 1280x800 the plot is short
        # and 30% of it was less than the legend, which then covered the early curve
        self.accuracy_plot.getViewBox().sigResized.connect(self._follow_steps)
        loss_raw = QtGui.QColor(style.OUTPUT_COLOR)
        loss_raw.setAlpha(110)
        # the jagged per-batch line without antialiasing: after ten thousand steps its
        # smooth drawing took 20 ms a repaint, long enough to stall the window
        self.loss_curve = self._curve(self.loss_plot, tr("per batch"), loss_raw, 1,
                                      antialias=False)
        self.loss_smooth_curve = self._curve(self.loss_plot, tr("smoothed"),
                                             style.OUTPUT_COLOR, 2.5)
        self.train_curve = self._curve(self.accuracy_plot, tr("train"), style.INPUT_COLOR, 2.5)
        self.test_curve = self._curve(self.accuracy_plot, tr("test"), style.ACTIVE_COLOR, 2,
                                      symbol="o", brush=style.ACTIVE_COLOR)
        self.prediction_label = SteadyLabel()
        self.prediction_label.setFont(_pt(12, bold=True))
        self.prediction_label.setObjectName("prediction_label")
        self.probability_plot = self._probability_plot()
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.counter_label)
        layout.addWidget(self.rate_label)
        layout.addWidget(self.loss_plot, 3)
        layout.addWidget(self.accuracy_plot, 3)
        layout.addWidget(self.prediction_label)
        layout.addWidget(self.probability_plot, 2)
        self._classes: tuple[str, ...] = ()
        self._probs = np.zeros(0)
        self.clear()
        self.set_counters(0, 0, None, "")
        self.set_probabilities(None, -1, tuple(str(i) for i in range(10)))

    # -- construction ------------------------------------------------------------
    def _plot(self, ylabel: str, percent: bool, steps: bool = True) -> pg.PlotWidget:
        pal = self.palette()
        axes = {"left": _PercentAxis("left")} if percent else {}
        if steps:   # whole steps: "step 0.2" under an empty plot read oddly
            axes["bottom"] = StepAxis("bottom")
        widget = pg.PlotWidget(background=pal.color(QtGui.QPalette.ColorRole.Base), axisItems=axes,
                               viewBox=_StepViewBox() if steps else None)
        # 90 pixels, not 110: at 1280x800 the dock holds everything at 110, and there
        # Fashion-MNIST's long class names take a second line under the bars (and, in
        # Russian, under the probe panel's index): the dock scrolled and hid the momentum
        # field. The curves take what room there is beyond this, as before
        widget.setMinimumHeight(90)
        item = widget.getPlotItem()
        text = pal.color(QtGui.QPalette.ColorRole.WindowText)
        for side, label in (("left", ylabel), ("bottom", tr("step"))):
            axis = item.getAxis(side)
            axis.setPen(text)
            axis.setTextPen(text)
            axis.setStyle(tickFont=_pt(FONT_PT))
            axis.setLabel(label, **{"font-size": f"{FONT_PT}pt"})
            axis.enableAutoSIPrefix(False)   # "loss (x0.001)" read as a loss of 200
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        item.hideButtons()
        base = QtGui.QColor(pal.color(QtGui.QPalette.ColorRole.Base))
        base.setAlpha(210)
        legend = item.addLegend(offset=(-2, 2) if not percent else (-2, -2), colCount=3,
                                labelTextSize=f"{FONT_PT}pt", labelTextColor=text,
                                brush=pg.mkBrush(base), verSpacing=0)
        legend.layout.setContentsMargins(2, 0, 2, 0)
        legend.setZValue(10)
        return widget

    @staticmethod
    def _curve(plot, name, color, width, symbol=None, brush=None, symbol_pen=None,
               antialias=True):
        pen = pg.mkPen(color, width=width) if color is not None else None
        curve = pg.PlotDataItem(name=name, pen=pen, symbol=symbol, symbolBrush=brush,
                                symbolPen=symbol_pen or color, symbolSize=7,
                                antialias=antialias)
        curve.setDownsampling(auto=True, method="peak")
        curve.setClipToView(True)
        plot.addItem(curve)
        return curve

    def _probability_plot(self) -> pg.PlotWidget:
        widget = self._plot(tr("probability"), percent=True, steps=False)
        widget.setMinimumHeight(100)   # the bars' room is not given up to long names
        item = widget.getPlotItem()
        item.legend.setVisible(False)
        item.showGrid(x=False, y=True, alpha=0.15)
        item.getAxis("bottom").setLabel(tr("class"), **{"font-size": f"{FONT_PT}pt"})
        item.getAxis("left").setTicks([[(0.0, "0%"), (0.5, "50%"), (1.0, "100%")], []])
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.setYRange(-PROBABILITY_MARGINS[0], 1 + PROBABILITY_MARGINS[1], padding=0)
        for side in ("left", "bottom"):
            _cache(item.getAxis(side))
        widget.setToolTip(tr("Blue: the true class. Red: the predicted class, when it is wrong "
                             "or there is no true class (a drawing)."))
        self.bars = pg.BarGraphItem(x=np.zeros(0), height=np.zeros(0), width=0.7, pen=None)
        item.addItem(self.bars)
        item.getViewBox().sigResized.connect(self._fit_probability_axes)
        return widget

    # -- curves ------------------------------------------------------------------
    def clear(self) -> None:
        """Forget every curve point (a new network starts from scratch)."""
        self._last_refresh = -1.0
        self._batches = _Columns(5)
        self._evals = _Columns(2, 64)
        self._loss_smoother, self._accuracy_smoother = _Smoother(), _Smoother()
        for plot in (self.loss_plot, self.accuracy_plot):   # a new network: follow it
            plot.getViewBox().restart()
        self._refresh_batches()
        self._refresh_evaluations()

    def take_curves(self, other: "TrainingPanel") -> None:
        """Show the curves of ``other`` (a panel this one replaces) and go on from them."""
        self._batches, self._evals = other._batches, other._evals
        self._loss_smoother = other._loss_smoother
        self._accuracy_smoother = other._accuracy_smoother
        self.flush()
        self._refresh_evaluations()

    def add_batches(self, steps: np.ndarray, losses: np.ndarray, accuracies: np.ndarray) -> None:
        """Append batches: their steps, losses and train accuracies (fractions), each (B,)."""
        steps, losses, accuracies = (np.asarray(a, float).ravel()
                                     for a in (steps, losses, accuracies))
        if not len(steps) == len(losses) == len(accuracies):
            raise ValueError(f"steps, losses and accuracies differ in length: {len(steps)}, "
                             f"{len(losses)}, {len(accuracies)}")
        if not len(steps):
            return
        # a run that ended without its result gave the session back as it was at Play:
        # the steps after it are trained again, and their old points go
        self._batches.cut_from(steps[0])
        self._batches.extend(steps, losses, self._loss_smoother(losses), accuracies,
                             self._accuracy_smoother(accuracies))
        self._refresh_batches()

    def add_evaluation(self, step: int, test_accuracy: float) -> None:
        """Add one evaluation: the test accuracy (a fraction) at ``step``."""
        self._evals.cut_from(step)
        self._evals.extend(np.array([step], float), np.array([test_accuracy], float))
        self._refresh_evaluations()

    def show_history(self, history: History) -> None:
        """Start again from the curves of ``history`` (those of an opened checkpoint)."""
        self.clear()
        b, e = history.batches, history.evaluations
        self.add_batches(b[:, 0], b[:, 1], b[:, 2])
        if len(e):
            self._evals.extend(e[:, 0], e[:, 1])
        self.flush()
        self._refresh_evaluations()

    def history(self) -> History:
        """The curves as they stand, for a checkpoint to keep."""
        b, e = self._batches, self._evals
        return History.of(b[0], b[1], b[3], e[0], e[1])

    def _refresh_batches(self) -> None:
        """Redraw the curves at most REFRESH_S apart: axes and downsampling cost several
        milliseconds a redraw, and batches arrive many times a second while training."""
        now = time.monotonic()
        wait = self._last_refresh + REFRESH_S - now
        if wait > 0:
            if not self._refresh_timer.isActive():
                self._refresh_timer.start(int(wait * 1000) + 1)
            return
        self.flush()

    def flush(self) -> None:
        """Draw every batch added so far now."""
        self._refresh_timer.stop()
        self._last_refresh = time.monotonic()
        b = self._batches
        self.loss_curve.setData(*_peaks(b[0], b[1], RAW_POINTS))
        # the smoothed curves are thick and antialiased, which Qt draws slowly: a few
        # hundred of their points look the same as ten thousand and draw in a fraction
        keep = _thinned(len(b[0]), SMOOTH_POINTS)
        self.loss_smooth_curve.setData(b[0][keep], b[2][keep])
        self.train_curve.setData(b[0][keep], b[4][keep])
        # after one stepped update the curves hold one point, and a line of one point is
        # not drawn: the loss and accuracy of that batch show as dots until the second
        lone = len(b[0]) == 1
        if lone != self._lone:
            self._lone = lone
            for curve in (self.loss_smooth_curve, self.train_curve):
                curve.setSymbol("o" if lone else None)
                curve.setSymbolBrush(curve.opts["pen"].color() if lone else None)
        self._follow_steps()

    def _follow_steps(self) -> None:
        """Give the curves' views the range of the steps and values shown, and let them
        settle now: left to the paint, a view's new range made its curves clip again and
        repaint the view a second time (7 ms a paint)."""
        steps = np.concatenate([self._batches[0][-1:], self._evals[0][-1:]])
        if steps.size:
            first = min(self._batches[0][:1].tolist() + self._evals[0][:1].tolist())
            x = _step_range(first, float(steps.max()))
        else:
            x = EMPTY_STEP_RANGE
        losses = self._batches[1][np.isfinite(self._batches[1])]
        # no loss yet (a new network): the range of an empty plot, not the last run's
        loss_y = (_loss_range(float(losses.min()), float(losses.max())) if losses.size
                  else EMPTY_LOSS_RANGE)
        for plot, y in ((self.loss_plot, loss_y), (self.accuracy_plot, self.accuracy_range())):
            view = plot.getViewBox()
            view.follow(x, y)
            view.prepareForPaint()

    def accuracy_range(self) -> tuple[float, float]:
        """The accuracy plot's value range: above 100% room enough for its label, below
        0% room enough for the legend, at least ``ACCURACY_RANGE``'s (:func:`accuracy_span`)."""
        view = self.accuracy_plot.getViewBox()
        legend = self.accuracy_plot.getPlotItem().legend
        height, hi = view.height(), ACCURACY_RANGE[1]
        if height <= 0:
            return ACCURACY_RANGE
        share = min(MOST_LEGEND_SHARE, (legend.boundingRect().height() + 6) / height)
        room = label_room(self.accuracy_plot.getPlotItem().getAxis("left"))
        lo, hi = accuracy_span(share, room / height)
        return round(lo, 3), min(ACCURACY_TOP_LIMIT, round(hi, 3))

    def _refresh_evaluations(self) -> None:
        self.test_curve.setData(self._evals[0], self._evals[1])
        self._follow_steps()

    def batch_data(self) -> dict[str, np.ndarray]:
        """Copies of the batch columns: step, loss, loss_smooth, accuracy, accuracy_smooth."""
        names = ("step", "loss", "loss_smooth", "accuracy", "accuracy_smooth")
        return {name: self._batches[i].copy() for i, name in enumerate(names)}

    # -- counters and probabilities ----------------------------------------------
    def set_counters(self, step: int, epoch: int, images_per_s: float | None, phase: str) -> None:
        """Show the step, the epoch (``epoch`` counts from 0, shown from 1), speed and phase."""
        self.counter_label.setText(tr("step {step} · epoch {epoch}").format(
            step=grouped(step), epoch=grouped(int(epoch) + 1)))
        parts = []
        if images_per_s is not None and np.isfinite(images_per_s):
            parts.append(tr("{rate} images/s").format(rate=grouped(round(images_per_s))))
        if phase:
            parts.append(phase)
        self.rate_label.setText(" · ".join(parts) or " ")

    def counters_text(self) -> str:
        """The counters as one line, as shown."""
        lines = (self.counter_label.text(), self.rate_label.text().strip())
        return " · ".join(t for t in lines if t)

    def set_probabilities(self, probs: np.ndarray | None, label: int,
                          classes: tuple[str, ...]) -> None:
        """Bars of the probe's class probabilities (None: none yet); ``label`` -1: unknown."""
        if tuple(classes) != self._classes:
            self._classes = tuple(classes)
            self._fit_probability_axes()
            self.probability_plot.setXRange(-0.6, len(classes) - 0.4, padding=0)
        if probs is None:
            self._probs = np.zeros(0)
            self.bars.setOpts(x=np.zeros(0), height=np.zeros(0), brushes=[])
            self.prediction_label.setText(tr("no prediction yet"))
            self._mark_wrong(False)
            return
        self._probs = np.array(probs, dtype=float).ravel()
        pred = int(np.argmax(self._probs))
        brushes = [_brush(NEUTRAL_BAR)] * len(self._probs)
        if 0 <= label < len(brushes):
            brushes[label] = _brush(style.INPUT_COLOR)
        wrong = 0 <= label < len(brushes) and label != pred
        if wrong or not 0 <= label < len(brushes):
            # a wrong answer, or one with no true class to check it (a drawing): in the
            # output colour, as the Draw page shows it; only a wrong one reddens the text
            brushes[pred] = _brush(style.OUTPUT_COLOR)
        self.bars.setOpts(x=np.arange(len(self._probs)), height=self._probs, brushes=brushes)
        name = self._classes[pred] if pred < len(self._classes) else str(pred)
        parts = [tr("predicted {name} ({p:.1f}%)").format(
            name=name, p=shown_percent(self._probs[pred], 1))]
        if 0 <= label < len(self._classes):
            parts.append(tr("true {name}").format(name=self._classes[label]))
        text = " · ".join(parts)
        # in the room an MNIST digit's line takes, whatever the panel's width of the moment:
        # Fashion-MNIST's "predicted Ankle boot (30.8%) · true Ankle boot" widened the dock
        # past the window's edge
        typical = (tr("predicted {name} ({p:.1f}%)").format(name="8", p=100.0) + " · "
                   + tr("true {name}").format(name="8"))
        metrics = self.prediction_label.fontMetrics()
        room = metrics.horizontalAdvance(typical) + 8
        if metrics.horizontalAdvance(text) > room:   # "Ankle boot": a line each, cut short
            text = "\n".join(metrics.elidedText(t, QtCore.Qt.TextElideMode.ElideRight, room)
                             for t in parts)
        self.prediction_label.setToolTip(" · ".join(parts))
        self.prediction_label.setText(text)
        self._mark_wrong(wrong)

    def _fit_probability_axes(self, *_) -> None:   # a resize can come before __init__ ends
        """The class names that fit under the bars, and room for the labels of 0% and
        100% at the plot's height."""
        item = self.probability_plot.getPlotItem()
        fit_class_ticks(item, getattr(self, "_classes", ()))
        # room below 0% and above 100% for their labels, counted in pixels
        height = item.getViewBox().height()
        room = label_room(item.getAxis("left"))
        a = room / (height - 2 * room) if height > 4 * room else 0.0
        below, above = max(PROBABILITY_MARGINS[0], a), max(PROBABILITY_MARGINS[1], a)
        item.setYRange(-below, 1 + above, padding=0)

    def _mark_wrong(self, wrong: bool) -> None:
        pal = self.palette()
        if wrong:
            pal.setColor(QtGui.QPalette.ColorRole.WindowText, style.OUTPUT_COLOR)
        self.prediction_label.setPalette(pal)

    def probability_values(self) -> np.ndarray:
        """The bar heights on show (empty when there is no prediction)."""
        return self._probs.copy()
