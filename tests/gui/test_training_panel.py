"""The training panel: curves hold exactly what was added, probabilities, counters."""

import numpy as np
import pytest

from cnnviz.gui import style
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets
from cnnviz.gui.views.training_panel import SMOOTHING, TrainingPanel

CLASSES = tuple(str(i) for i in range(10))


@pytest.fixture
def panel(qtbot):
    widget = TrainingPanel()
    qtbot.addWidget(widget)
    widget.resize(350, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def smoothed(values, beta=SMOOTHING):
    """Reference bias-corrected moving average, one value at a time."""
    out, m = [], 0.0
    for t, v in enumerate(values, start=1):
        m = beta * m + (1 - beta) * v
        out.append(m / (1 - beta ** t))
    return np.array(out)


def curve_equals(curve, x, y):
    gx, gy = curve.getData()
    np.testing.assert_array_equal(gx, x)
    np.testing.assert_allclose(gy, y, rtol=1e-12, atol=0)


def test_batches_land_in_the_curves(panel):
    rng = np.random.default_rng(0)
    steps = np.arange(1, 121)
    losses, accs = 2.3 * rng.random(120), rng.random(120)
    panel.add_batches(steps[:50], losses[:50], accs[:50])
    panel.add_batches(steps[50:], losses[50:], accs[50:])
    panel.flush()   # the curves redraw at most four times a second
    x, y = panel.loss_curve.getData()
    np.testing.assert_array_equal(x, steps)
    np.testing.assert_array_equal(y, losses)
    curve_equals(panel.loss_smooth_curve, steps, smoothed(losses))
    curve_equals(panel.train_curve, steps, smoothed(accs))


def test_buffers_grow_past_their_capacity(panel):
    n = 5000
    steps = np.arange(n)
    losses = np.linspace(2.3, 0.1, n)
    accs = np.linspace(0.1, 0.99, n)
    for i in range(0, n, 64):
        panel.add_batches(steps[i:i + 64], losses[i:i + 64], accs[i:i + 64])
    data = panel.batch_data()
    np.testing.assert_array_equal(data["step"], steps)
    np.testing.assert_array_equal(data["loss"], losses)
    np.testing.assert_array_equal(data["accuracy"], accs)
    panel.flush()
    # the per-batch curve draws the band of the losses: the low and high of each run
    from cnnviz.gui.views.training_panel import RAW_POINTS

    x, y = panel.loss_curve.xData, panel.loss_curve.yData
    assert len(x) <= RAW_POINTS + 10 and x[0] == 0 and x[-1] == n - 1
    assert y.min() == losses.min() and y.max() == losses.max()


def test_a_hundred_thousand_steps_are_downsampled(panel):
    n = 100_000
    steps = np.arange(n)
    for i in range(0, n, 5000):
        panel.add_batches(steps[i:i + 5000], np.full(5000, 0.5), np.full(5000, 0.9))
    panel.flush()
    QtWidgets.QApplication.processEvents()
    from cnnviz.gui.views.training_panel import RAW_POINTS, SMOOTH_POINTS

    for curve, most in ((panel.loss_curve, RAW_POINTS), (panel.loss_smooth_curve, SMOOTH_POINTS),
                        (panel.train_curve, SMOOTH_POINTS)):
        assert curve.opts["autoDownsample"] and curve.opts["clipToView"]
        assert curve.xData[0] == 0 and curve.xData[-1] == n - 1
        assert len(curve.xData) <= 1.5 * most and len(curve.getData()[0]) <= len(curve.xData)


def test_per_batch_band_keeps_every_runs_low_and_high():
    from cnnviz.gui.views.training_panel import _peaks

    y = np.random.default_rng(4).standard_normal(10_007)
    x = np.arange(y.size, dtype=float)
    xs, ys = _peaks(x, y, 1000)
    k = -(-y.size // 500)
    m = y.size // k
    for r in range(m):                      # each run of k points: its low and high drawn
        run = y[r * k:(r + 1) * k]
        assert ys[2 * r] == run.min() and ys[2 * r + 1] == run.max() and xs[2 * r] == r * k
    np.testing.assert_array_equal(ys[2 * m:], y[m * k:])   # the newest points, as they are
    assert _peaks(x[:300], y[:300], 1000)[1] is y[:300] or \
        np.array_equal(_peaks(x[:300], y[:300], 1000)[1], y[:300])


def test_evaluations_are_points(panel):
    panel.add_evaluation(100, 0.91)
    panel.add_evaluation(200, 0.95)
    panel.add_evaluation(300, 0.97)
    curve_equals(panel.test_curve, [100, 200, 300], [0.91, 0.95, 0.97])


def test_clear_empties_every_curve(panel):
    panel.add_batches([1, 2], [2.0, 1.5], [0.1, 0.2])
    panel.add_evaluation(2, 0.5)
    panel.clear()
    panel.flush()
    for curve in (panel.loss_curve, panel.loss_smooth_curve, panel.train_curve,
                  panel.test_curve):
        x, y = curve.getData()
        assert x is None or len(x) == 0
    panel.add_batches([1], [2.0], [0.25])
    panel.flush()
    curve_equals(panel.train_curve, [1], [0.25])


def test_one_stepped_update_shows_as_a_dot_until_the_second(panel):
    """After one stepped update the curves held one point, and a line of one point is not
    drawn: the loss of the first batch was nowhere to be seen."""
    panel.add_batches([1], [2.3], [0.1])
    panel.flush()
    for curve in (panel.loss_smooth_curve, panel.train_curve):
        assert curve.opts["symbol"] == "o" and len(curve.getData()[0]) == 1
    panel.add_batches([2], [2.2], [0.2])
    panel.flush()
    for curve in (panel.loss_smooth_curve, panel.train_curve):
        assert curve.opts["symbol"] is None
    panel.clear()
    panel.add_batches([1], [2.3], [0.1])
    panel.flush()
    assert panel.train_curve.opts["symbol"] == "o"


def test_a_new_network_starts_from_the_empty_loss_range(panel):
    """After a run that diverged (losses in the hundreds) and a reset, the loss axis still
    read 200-400 over the new network's empty plot."""
    from cnnviz.gui.views.training_panel import EMPTY_LOSS_RANGE

    panel.flush()
    empty = panel.loss_plot.getViewBox().viewRange()[1]
    assert tuple(empty) == EMPTY_LOSS_RANGE
    panel.add_batches([1, 2, 3], [250.0, 380.0, 300.0], [0.1, 0.1, 0.1])
    panel.flush()
    assert panel.loss_plot.getViewBox().viewRange()[1][1] > 380
    panel.clear()
    panel.flush()
    assert tuple(panel.loss_plot.getViewBox().viewRange()[1]) == EMPTY_LOSS_RANGE


def test_curves_redraw_at_most_four_times_a_second(panel, qtbot):
    panel.flush()
    panel.add_batches([1], [2.0], [0.25])
    assert panel.loss_curve.getData()[0] is None or len(panel.loss_curve.getData()[0]) == 0
    qtbot.waitUntil(lambda: panel.loss_curve.getData()[0] is not None
                    and len(panel.loss_curve.getData()[0]) == 1, timeout=2000)


def test_mismatched_batches_are_refused(panel):
    with pytest.raises(ValueError, match="differ in length"):
        panel.add_batches([1, 2], [1.0], [0.5, 0.5])


def test_counters_text(panel):
    panel.set_counters(1234, 1, 8100.4, "Forward C3")
    assert panel.counter_label.text() == "step 1,234 · epoch 2"
    assert panel.counters_text() == "step 1,234 · epoch 2 · 8,100 images/s · Forward C3"
    panel.set_counters(0, 0, None, "")
    assert panel.counters_text() == "step 0 · epoch 1"


def test_probabilities_right_prediction(panel):
    probs = np.full(10, 0.003)
    probs[7] = 1 - probs.sum() + 0.003
    panel.set_probabilities(probs, 7, CLASSES)
    np.testing.assert_array_equal(panel.probability_values(), probs)
    np.testing.assert_array_equal(panel.bars.opts["height"], probs)
    assert panel.prediction_label.text() == f"predicted 7 ({100 * probs[7]:.1f}%) · true 7"
    assert panel.bars.opts["brushes"][7].color() == style.INPUT_COLOR


def test_probabilities_wrong_prediction(panel):
    probs = np.array([0.01, 0.02, 0.2, 0.01, 0.01, 0.01, 0.01, 0.7, 0.02, 0.01])
    panel.set_probabilities(probs, 2, CLASSES)
    assert panel.prediction_label.text() == "predicted 7 (70.0%) · true 2"
    brushes = panel.bars.opts["brushes"]
    assert brushes[2].color() == style.INPUT_COLOR
    assert brushes[7].color() == style.OUTPUT_COLOR
    assert brushes[0].color() not in (style.INPUT_COLOR, style.OUTPUT_COLOR)


def test_probabilities_without_a_true_class(panel):
    """A drawing has no true class: its prediction is drawn in the output colour, as
    the Draw page draws it (it was grey here, red there), and the text is not marked."""
    probs = np.array([0.01, 0.02, 0.2, 0.01, 0.01, 0.01, 0.01, 0.7, 0.02, 0.01])
    panel.set_probabilities(probs, -1, CLASSES)
    assert panel.prediction_label.text() == "predicted 7 (70.0%)"
    brushes = panel.bars.opts["brushes"]
    assert brushes[7].color() == style.OUTPUT_COLOR
    assert all(b.color() not in (style.INPUT_COLOR, style.OUTPUT_COLOR)
               for i, b in enumerate(brushes) if i != 7)
    pal = panel.prediction_label.palette()
    assert pal.color(QtGui.QPalette.ColorRole.WindowText) != style.OUTPUT_COLOR


def test_no_probabilities_yet(panel):
    panel.set_probabilities(np.full(10, 0.1), 3, CLASSES)
    panel.set_probabilities(None, 3, CLASSES)
    assert panel.probability_values().size == 0
    assert panel.prediction_label.text() == "no prediction yet"


def test_fits_a_narrow_dock_with_readable_fonts(panel):
    rng = np.random.default_rng(1)
    steps = np.arange(1, 3001)
    panel.add_batches(steps, 2.3 * np.exp(-steps / 400) + 0.1 * rng.random(3000),
                      1 - np.exp(-steps / 300))
    panel.add_evaluation(1500, 0.93)
    panel.add_evaluation(3000, 0.97)
    panel.set_counters(3000, 2, 8100.0, "Forward C3")
    panel.set_probabilities(np.eye(10)[7] * 0.9 + 0.01, 2, CLASSES)
    QtWidgets.QApplication.processEvents()
    hint = panel.minimumSizeHint()
    assert hint.width() <= 350 and hint.height() <= 600
    for label in panel.findChildren(QtWidgets.QLabel):
        assert label.font().pointSizeF() >= 10
        assert label.width() >= label.sizeHint().width(), label.text()
    for plot in (panel.loss_plot, panel.accuracy_plot, panel.probability_plot):
        for side in ("left", "bottom"):
            assert plot.getPlotItem().getAxis(side).style["tickFont"].pointSizeF() >= 10
    assert panel.grab().save("/tmp/panel.png")


def test_strings_are_translatable(qtbot):
    class Bracket(QtCore.QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return f"[{source}]" if context == "TrainingPanel" else None

    bracket = Bracket()
    app = QtCore.QCoreApplication.instance()
    app.installTranslator(bracket)
    try:
        widget = TrainingPanel()
        qtbot.addWidget(widget)
        widget.set_counters(5, 0, None, "")
        assert widget.counter_label.text() == "[step 5 · epoch 1]"
    finally:
        app.removeTranslator(bracket)


@pytest.mark.parametrize("lo, hi",
                         [(0.02, 2.31), (0.5, 0.9), (1.0, 1.0), (-3.0, 4.0), (0.001, 0.0012)])
def test_the_loss_range_holds_every_loss_and_moves_only_in_steps(lo, hi):
    from cnnviz.gui.views.training_panel import LOSS_LEGEND_ROOM, _loss_range

    bottom, top = _loss_range(lo, hi)
    span = max(hi - lo, 1e-3 * max(abs(hi), 1.0))
    assert bottom <= lo - 0.03 * span
    assert top >= hi + span * LOSS_LEGEND_ROOM / (1 - LOSS_LEGEND_ROOM)
    assert top - bottom <= 3 * span   # still a close view of the losses
    # a new lowest loss a little lower keeps the range (and the cached axis) as it was
    assert _loss_range(lo - span * 1e-3, hi) == (bottom, top) or span < 1e-2


def test_axes_that_keep_their_range_are_cached_and_follow_a_new_range(qtbot):
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    cached = QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
    for plot in (panel.loss_plot, panel.accuracy_plot):
        assert plot.getPlotItem().getAxis("left").cacheMode() == cached
    steps = np.arange(1, 401, dtype=float)
    panel.add_batches(steps, 2.3 * np.exp(-steps / 100), np.linspace(0.1, 0.9, 400))
    panel.flush()
    lo, hi = panel.loss_plot.getViewBox().viewRange()[1]
    assert lo < 2.3 * np.exp(-4) and hi > 2.3
    axis = panel.loss_plot.getPlotItem().getAxis("left")
    assert axis.range == [lo, hi]   # the axis drew the new range, not a stale picture


def test_an_svg_holds_the_cached_axes_as_text(panel, tmp_path):
    """The axes are kept as pictures while the curves repaint; drawn from those, an SVG
    of the panel held every tick label as an image. They are drawn afresh for it, and
    kept as pictures again after."""
    import re

    steps = np.arange(1, 401, dtype=float)
    panel.add_batches(steps, 2.3 * np.exp(-steps / 100), np.linspace(0.1, 0.9, 400))
    panel.flush()
    QtWidgets.QApplication.processEvents()
    panel.export(str(tmp_path / "curves.svg"))
    numbers = re.findall(r">\s*([0-9][0-9,.%]*)\s*</text>", (tmp_path / "curves.svg").read_text())
    assert {"100", "200", "300", "400"} <= set(numbers)   # the step axes' labels, as text
    cached = QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
    for plot in (panel.loss_plot, panel.accuracy_plot):
        assert plot.getPlotItem().getAxis("left").cacheMode() == cached


@pytest.mark.parametrize("first, last", [(1, 1), (1, 7), (1, 287), (1, 460), (1, 572),
                                         (1, 951), (1, 2860), (1, 9380), (9381, 9400),
                                         (1, 123_456)])
def test_the_step_range_holds_every_step_and_moves_only_in_steps(first, last):
    from cnnviz.gui.views.training_panel import _step_range

    lo, hi = _step_range(first, last)
    span = last - lo
    assert lo == first - 1
    assert last + 0.05 * span <= hi <= lo + 1.25 * 1.05 * span + 1e-9   # most of the width
    # one more step, or a hundredth more, keeps the range: the step axis is not redrawn
    more = max(1, span // 100)
    assert _step_range(first, last + more) == (lo, hi) or hi < last + more + 0.06 * span
    # and the range moves on well before the steps reach its end
    assert _step_range(first, hi)[1] > hi


def test_a_flush_paints_each_curve_plot_once_and_the_view_follows_the_steps(panel):
    from cnnviz.gui.qt import pg

    steps = np.arange(1, 2001, dtype=float)
    panel.add_batches(steps, 1 / steps, steps / 2001)
    panel.flush()
    QtWidgets.QApplication.processEvents()
    paints = {}

    class Count(QtCore.QObject):
        def eventFilter(self, obj, event):
            if event.type() == QtCore.QEvent.Type.Paint:
                paints[obj] = paints.get(obj, 0) + 1
            return False

    counter = Count()
    viewports = {name: getattr(panel, name).viewport() for name in ("loss_plot", "accuracy_plot")}
    for viewport in viewports.values():
        viewport.installEventFilter(counter)
    for k in range(3):
        more = np.arange(2001 + 10 * k, 2011 + 10 * k, dtype=float)
        panel.add_batches(more, 1 / more, more / 2100)
        panel.flush()
        for _ in range(3):
            QtWidgets.QApplication.processEvents()
    # once a flush: left to the paint, the new range clipped the curves again and the
    # view was painted a second time
    assert [paints.get(v, 0) for v in viewports.values()] == [3, 3]
    for name in ("loss_plot", "accuracy_plot"):
        lo, hi = getattr(panel, name).getViewBox().viewRange()[0]
        assert lo == 0 and 2030 * 1.05 <= hi <= 2600
    assert isinstance(panel.loss_plot.getViewBox(), pg.ViewBox)


def test_a_view_zoomed_by_hand_stays_until_view_all(panel):
    steps = np.arange(1, 501, dtype=float)
    panel.add_batches(steps, 1 / steps, steps / 501)
    panel.flush()
    view = panel.loss_plot.getViewBox()
    view.sigRangeChangedManually.emit([True, True])   # what a wheel or a drag emits
    view.setRange(xRange=(100, 200), yRange=(0.0, 0.1), padding=0)
    more = np.arange(501, 1001, dtype=float)
    panel.add_batches(more, 1 / more, more / 1001)
    panel.flush()
    assert view.viewRange() == [[100, 200], [0.0, 0.1]]
    assert panel.accuracy_plot.getViewBox().viewRange()[0][1] >= 1050   # not zoomed: follows
    view.autoRange()   # "View All"
    panel.flush()
    lo, hi = view.viewRange()[0]
    assert lo == 0 and hi >= 1050


def test_a_range_typed_into_the_menu_stays_and_view_all_brings_back_the_legend_room(panel):
    """The menu's typed range calls setXRange, which is no 'manual' change to pyqtgraph:
    the next flush threw it away."""
    steps = np.arange(1, 501, dtype=float)
    panel.add_batches(steps, 1 / steps, steps / 501)
    panel.flush()
    accuracy = panel.accuracy_plot.getViewBox()
    assert tuple(accuracy.viewRange()[1]) == panel.accuracy_range()
    accuracy.setXRange(100, 200, padding=0)          # as the menu's min and max boxes do
    more = np.arange(501, 801, dtype=float)
    panel.add_batches(more, 1 / more, more / 801)
    panel.flush()
    assert accuracy.viewRange()[0] == [100, 200]
    accuracy.autoRange()                             # "View All": fits the data ...
    panel.flush()                                    # ... then follows, legend room and all
    assert tuple(accuracy.viewRange()[1]) == panel.accuracy_range()
    assert accuracy.viewRange()[0][0] == 0 and accuracy.viewRange()[0][1] >= 800
    accuracy.setXRange(100, 200, padding=0)
    panel.clear()                                    # a new network: followed again
    assert tuple(accuracy.viewRange()[0]) != (100, 200) and accuracy.following


def test_empty_curves_show_whole_steps(panel):
    """Before the first batch the plots showed "step 0.2 0.4 0.6"."""
    from cnnviz.gui.views.training_panel import EMPTY_STEP_RANGE

    from cnnviz.gui.widgets.step_axis import StepAxis

    panel.clear()
    for plot in (panel.loss_plot, panel.accuracy_plot):
        assert tuple(plot.getViewBox().viewRange()[0]) == EMPTY_STEP_RANGE
        axis = plot.getPlotItem().getAxis("bottom")
        assert isinstance(axis, StepAxis)   # whole steps however short the range


FASHION = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
           "Sneaker", "Bag", "Ankle boot")


def test_long_class_names_keep_the_panel_narrow(panel, qtbot):
    """Fashion-MNIST's names widened the dock past the window's edge ("predicted Ankle
    boot (30.8%) · true Ankle boot" on one line) and ran together under the bars."""
    probs = np.full(10, 0.05)
    probs[9] = 0.55
    panel.set_probabilities(probs, 9, CLASSES)
    narrow = panel.minimumSizeHint().width()
    panel.set_probabilities(probs, 9, FASHION)
    assert panel.minimumSizeHint().width() <= max(narrow, 300)
    assert panel.prediction_label.text() == "predicted Ankle boot (55.0%)\ntrue Ankle boot"
    assert panel.prediction_label.toolTip() == "predicted Ankle boot (55.0%) · true Ankle boot"
    ticks = panel.probability_plot.getPlotItem().getAxis("bottom")._tickLevels[0]
    shown = [t for _, t in ticks]
    assert shown == [str(i) for i in range(10)] or all(len(t.rstrip("…")) >= 3 for t in shown)


def test_class_ticks_are_cut_to_their_slot_or_become_numbers(qapp):
    from cnnviz.gui.widgets.probability_bars import class_ticks

    font = QtGui.QFont()
    wide = [t for _, t in class_ticks(FASHION, 1000, font)]
    assert wide == list(FASHION)
    mid = [t for _, t in class_ticks(FASHION, 550, font)]
    assert mid[3] == "Dress" and mid[9].endswith("…") and mid[9].startswith("Ank")
    assert [t for _, t in class_ticks(FASHION, 250, font)] == [str(i) for i in range(10)]
    assert [t for _, t in class_ticks(CLASSES, 250, font)] == list(CLASSES)


def shown_panel(qtbot, height: int) -> TrainingPanel:
    """A training panel on show, 350 pixels wide and ``height`` tall."""
    widget = TrainingPanel()
    qtbot.addWidget(widget)
    widget.resize(350, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("height", [330, 600, 1000])
def test_the_accuracy_legend_stays_below_the_0_percent_line(qtbot, height):
    """At 1280x800 the accuracy plot is short, and a fixed 30% of its range below 0% was
    less than the legend's height: the legend covered the curve's first, low part."""
    widget = shown_panel(qtbot, height)
    steps = np.arange(1, 301, dtype=float)
    widget.add_batches(steps, 1 / steps, np.full(300, 0.001))   # a curve along 0%
    widget.flush()
    view = widget.accuracy_plot.getViewBox()
    legend = widget.accuracy_plot.getPlotItem().legend
    assert tuple(view.viewRange()[1]) == widget.accuracy_range()
    zero_line = view.mapViewToScene(QtCore.QPointF(150, 0.0)).y()
    legend_top = legend.mapToScene(legend.boundingRect().topLeft()).y()
    assert legend_top > zero_line, (legend_top, zero_line)


def drawn_labels(plot) -> list[str]:
    """The tick labels the plot's left axis draws (pyqtgraph leaves some out)."""
    axis = plot.getPlotItem().getAxis("left")
    image = QtGui.QImage(10, 10, QtGui.QImage.Format.Format_ARGB32)
    painter = QtGui.QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _, _, text in specs[2]]


@pytest.mark.parametrize("height", [600, 1000])
def test_100_percent_is_labelled_on_the_accuracy_and_probability_plots(qtbot, height):
    """At 1280x800 the accuracy plot (a network at 99%) had no "100%" label and the
    probability plot only "50%": with grid lines on, pyqtgraph leaves out a label that
    reaches past the plot's edge, and both ranges ended too close to 0% and 100%.
    (In a panel too short for both, the legend's room below 0% goes first.)"""
    widget = shown_panel(qtbot, height)
    steps = np.arange(1, 301, dtype=float)
    widget.add_batches(steps, 1 / steps, np.full(300, 0.99))
    widget.set_probabilities(np.eye(10)[7], 7, CLASSES)
    widget.flush()
    qtbot.wait(20)
    assert {"0%", "50%", "100%"} <= set(drawn_labels(widget.accuracy_plot))
    assert {"0%", "100%"} <= set(drawn_labels(widget.probability_plot))
    view = widget.accuracy_plot.getViewBox()
    top = view.viewRange()[1][1]
    assert 1.0 < top <= 1.5    # 100% in view, with room above it, and no more
    assert tuple(view.viewRange()[1]) == widget.accuracy_range()
    # no tick past 100%: percentages above it mean nothing here
    axis = widget.accuracy_plot.getPlotItem().getAxis("left")
    ticks = [v for _, values in axis.tickValues(*view.viewRange()[1], view.height())
             for v in values]
    assert ticks and max(ticks) <= 1.0 + 1e-9


@pytest.mark.parametrize("legend", [0.0, 0.2, 0.45, 0.6])
@pytest.mark.parametrize("label", [0.0, 0.05, 0.1, 0.3])
def test_the_accuracy_span_keeps_both_rooms_as_shares_of_the_whole(legend, label):
    from cnnviz.gui.views import training_panel as tp

    lo, hi = tp.accuracy_span(legend, label)
    span = hi - lo
    q = max(0.0, min(label, tp.MOST_LABEL_SHARE, tp.MOST_ROOM - legend))
    assert -lo / span >= legend - 1e-9 and (hi - 1) / span >= q - 1e-6
    assert lo <= tp.ACCURACY_RANGE[0] and hi >= tp.ACCURACY_RANGE[1]
    assert tp.ACCURACY_BOTTOM_LIMIT <= lo and hi <= tp.ACCURACY_TOP_LIMIT
