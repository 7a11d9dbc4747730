"""The health page: records arrive while Play runs and when stepping, and the page shows
the log's figures."""

import numpy as np
import pytest

from cnnviz.core.health import measure, monitor_batch
from cnnviz.gui.qt import QtCore, QtWidgets


def test_records_arrive_in_the_window_while_play_runs(window, qtbot):
    c = window.controller
    page = window.show_page("health_page")
    window.action_play.trigger()
    qtbot.waitUntil(lambda: len(c.health) >= 2, timeout=30000)
    window.action_pause.trigger()
    qtbot.waitUntil(lambda: not c.running, timeout=10000)
    steps = c.health.steps()
    assert np.all(np.diff(steps) > 0) and steps[-1] <= c.session.step
    rec = c.health.records[-1]
    assert [lay.name for lay in rec.layers] == ["C1", "C3", "C5", "F6", "OUT"]
    assert np.isfinite(rec.layer("C1").update_ratio)   # the process measured an update
    page.refresh()
    x, y = page.grad_plot.curves["C3"].getData()
    np.testing.assert_array_equal(x, steps)
    np.testing.assert_allclose(y, np.log10([r.layer("C3").grad_rms for r in c.health.records]))
    assert page.status.text().startswith(f"{len(c.health)} ")


def test_a_stepped_update_is_measured_and_shown(window, qtbot):
    c = window.controller
    page = window.show_page("health_page")
    before = c.session.net.state_dict()
    c.train_batch()
    assert len(c.health) == 1
    rec = c.health.records[0]
    x, labels = monitor_batch(window.data)
    w = c.session.net.state_dict()
    update = {k: w[k] - before[k] for k in w if k.endswith("weight")}
    expect = measure(c.session.net, x, labels, c.session.step, update)
    for got, want in zip(rec.layers, expect.layers):
        assert got.name == want.name and got.update_ratio == want.update_ratio
        np.testing.assert_array_equal(got.act_counts, want.act_counts)
    page.set_layer("C3")
    shown = page.act_heat.displayed()
    counts = rec.layer("C3").act_counts
    np.testing.assert_allclose(shown[:, 0], counts / counts.sum())
    page.map_combo.setCurrentIndex(2)
    np.testing.assert_array_equal(page.map_heat.displayed()[:, 0], rec.layer("C3").saturated_maps)


def test_reset_clears_the_log(window):
    c = window.controller
    c.train_batch()
    assert len(c.health) == 1
    window.action_reset.trigger()
    window.findChild(QtWidgets.QMessageBox, "reset_question").button(
        QtWidgets.QMessageBox.StandardButton.Yes).click()
    assert len(c.health) == 0
    page = window.show_page("health_page")
    assert page.status.text() == "no records yet: train or step"
    assert "appears once C1 is measured" in page.act_heat.message_item.textItem.toPlainText()
    # before any record the titles already name C1's activation (they said "no activation")
    assert page.act_heat.title_item.text == "C1: histogram of tanh(Y)"
    # and no axis reads numbers of nothing (the log axes said 1.6e0 ... 6.3e0)
    figures = [page.grad_plot.getPlotItem(), page.ratio_plot.getPlotItem(),
               page.sat_plot.getPlotItem(), page.act_heat.plot, page.grad_heat.plot,
               page.map_heat.plot]
    assert not any(f.getAxis("left").style["showValues"] for f in figures)
    c.train_batch()
    page.refresh()
    assert all(f.getAxis("left").style["showValues"] for f in figures)


def test_the_figures_are_made_when_the_page_is_first_shown(window, qtbot):
    """Making them took a third of a second of the window's start-up; records that
    arrive before the page is shown are drawn when it is."""
    from cnnviz.gui.qt import pg

    page = window.findChild(QtWidgets.QWidget, "health_page")
    assert not page.isVisible() and not page.findChildren(pg.PlotWidget)
    c = window.controller
    for _ in range(3):
        window.action_train_batch.trigger()
    qtbot.waitUntil(lambda: len(c.health) >= 1, timeout=30000)
    assert not page.findChildren(pg.PlotWidget)
    assert window.show_page("health_page") is page
    assert len(page.findChildren(pg.PlotWidget)) == 3 and page.map_heat.isVisible()
    x, _ = page.grad_plot.curves["C3"].getData()
    np.testing.assert_array_equal(x, c.health.steps())


@pytest.mark.parametrize("lo, hi", [(9379.5, 9380.5), (0.0, 3.0), (9375.0, 9385.0), (0, 20000)])
def test_step_axes_tick_whole_steps_only(qtbot, lo, hi):
    from cnnviz.gui.widgets.step_axis import StepAxis

    axis = StepAxis("bottom")
    levels = axis.tickValues(lo, hi, 400)
    values = [v for _, vs in levels for v in vs]
    assert values and all(v == int(v) and lo <= v <= hi for v in values)
    assert all(s >= 1 for s, _ in levels)
    assert axis.tickStrings([9380.0, 20000.0], 1, 1000) == ["9,380", "20,000"]


def test_one_record_is_said_so_and_its_heat_column_stands_on_its_step(qtbot):
    from cnnviz.core.health_log import HeatData
    from cnnviz.gui.widgets.heat_over_steps import HeatOverSteps

    heat = HeatOverSteps("one record")
    qtbot.addWidget(heat)
    heat.set_data(HeatData(9381.0, 9381.0, np.ones((3, 1)), (0.0, 1.0)), (0.0, 3.0))
    lo, hi = heat.plot.vb.viewRange()[0]
    assert (lo, hi) == (9380.5, 9381.5)     # the step's tick in the middle, not at an edge
    rect = heat.image.mapRectToParent(heat.image.boundingRect())
    assert (rect.left(), rect.right()) == (9380.5, 9381.5)


def test_each_record_holds_until_the_next_and_the_hover_names_the_record(qtbot):
    """Records at steps 9381-9385, sampled on 240 columns: a record's colour runs from
    its step to the next record's, the newest one's for a usual gap (it was a sliver at
    the right edge), and the readout names the step of the record under the mouse (it
    named the column's place, rounded: "step 9382" over step 9381's values)."""
    from cnnviz.core.health import HealthRecord, LayerHealth
    from cnnviz.core.health_log import HealthLog
    from cnnviz.gui.widgets.heat_over_steps import HeatOverSteps

    log = HealthLog()
    for step in range(9381, 9386):   # map a's gradient RMS 10^1 ... 10^5: log10 1 ... 5
        rms = np.full(2, 10.0 ** (step - 9380))
        lay = LayerHealth("C1", "tanh", 1.0, rms, 0.1, np.full(2, 0.1), 0.2,
                          np.full(2, 0.0), np.arange(40), np.arange(48))
        log.add(HealthRecord(step, (lay,)))
    heat = HeatOverSteps("five records")
    qtbot.addWidget(heat)
    heat.resize(600, 300)
    heat.show()
    qtbot.waitExposed(heat)
    heat.set_data(log.over_steps("C1", "grad_rms_maps"), (0.0, 2.0), ["a", "b"])
    for step in range(9381, 9386):
        for dx in (0.1, 0.5, 0.9):    # within the record's stretch, either side of its middle
            scene = heat.plot.vb.mapViewToScene(QtCore.QPointF(step + dx, 0.5))
            heat._on_mouse_moved(scene)
            assert heat.hover_text() == f"step {step:,} · a: {step - 9380:.4g}"


def test_a_histogram_s_readout_names_the_bin_s_range_and_the_share(qtbot, monkeypatch):
    """The readout said "step 9,384 · 10: 0.006643": the bin's number and a bare share.
    It names the bin's values and gives the share in percent; and a readout left from
    before (another network's step) is cleared when new data comes and the mouse is not
    over the figure."""
    from cnnviz.core.health import GRAD_DECADES, HealthRecord, LayerHealth
    from cnnviz.core.health_log import HealthLog
    from cnnviz.gui.views.health_page import bin_names
    from cnnviz.gui.widgets.heat_over_steps import HeatOverSteps

    log = HealthLog()
    counts = np.zeros(40, np.int64)
    counts[[0, 20, 39]] = (1, 3, 4)                     # shares 1/8, 3/8, 1/2
    for step in (9381, 9382):
        lay = LayerHealth("C1", "tanh", 1.0, np.ones(2), 0.1, np.full(2, 0.1), 0.2,
                          np.full(2, 0.0), counts, np.arange(48))
        log.add(HealthRecord(step, (lay,)))
    data = log.over_steps("C1", "act_counts")
    names = bin_names("tanh(Y)", (-1.0, 1.0), data)
    assert (names[0], names[20], names[39]) == ("tanh(Y) < -0.95", "tanh(Y) ∈ [0, 0.05)",
                                                 "tanh(Y) ≥ 0.95")
    grad = bin_names("|dE/dY|", GRAD_DECADES, log.over_steps("C1", "grad_counts"), power=True)
    assert (grad[0], grad[4], grad[-1]) == ("|dE/dY| < 1.8e-12", "|dE/dY| ∈ [1e-11, 1.8e-11)",
                                            "|dE/dY| ≥ 0.56")
    heat = HeatOverSteps("two records")
    qtbot.addWidget(heat)
    heat.resize(600, 300)
    heat.show()
    qtbot.waitExposed(heat)
    heat.set_data(data, (-1.0, 1.0), names, shares=True)
    for y, text in ((-0.99, "tanh(Y) < -0.95: 12.5%"), (0.01, "tanh(Y) ∈ [0, 0.05): 37.5%"),
                    (0.99, "tanh(Y) ≥ 0.95: 50%")):
        heat._on_mouse_moved(heat.plot.vb.mapViewToScene(QtCore.QPointF(9381.5, y)))
        assert heat.hover_text() == f"step 9,381 · {text}"
        # as drawn: the LabelItem reads HTML, and "< -0.95: 12.5%" was taken for a tag
        assert heat.hover_item.item.toPlainText() == f"step 9,381 · {text}"
    monkeypatch.setattr(heat, "underMouse", lambda: True)     # still over it: read afresh
    heat.set_data(data, (-1.0, 1.0), names)                    # (not as shares, now)
    assert heat.hover_text() == "step 9,381 · tanh(Y) ≥ 0.95: 0.5"
    monkeypatch.setattr(heat, "underMouse", lambda: False)    # gone: nothing stale stays
    heat.set_data(data, (-1.0, 1.0), names, shares=True)
    assert heat.hover_text() == ""
