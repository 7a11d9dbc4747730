"""The Evaluation page: the matrix for the current weights, a cell's images, and a
thumbnail that becomes the probe of the network view."""

import numpy as np
import pytest

from cnnviz.data import to_lenet_input
from cnnviz.gui.qt import QtCore

LEFT = QtCore.Qt.MouseButton.LeftButton


@pytest.fixture
def page(window, qtbot):
    assert window.open_pretrained()
    window.resize(1280, 800)
    p = window.show_page("evaluation_page")
    qtbot.waitUntil(lambda: p.report is not None, timeout=60000)
    return p


@pytest.fixture
def predictions(window):
    """The pretrained net's classes for the window's test images, computed here."""
    net = window.controller.session.net
    return net.predict(to_lenet_input(window.data.test_images)).argmax(1)


def test_matrix_is_of_the_current_weights(window, page, predictions):
    labels = window.data.test_labels
    ref = np.zeros((10, 10), np.int64)
    for t, p in zip(labels, predictions):
        ref[t, p] += 1
    np.testing.assert_array_equal(page.matrix.confusion, ref)
    assert page.report.step == window.controller.session.step
    assert f"step {window.controller.session.step:,}" in page.status.text()   # as the counters
    wrong = set(np.flatnonzero(predictions != labels))
    assert set(page.wrong_list.shown_indices()) == wrong and wrong


def test_clicking_a_cell_lists_exactly_its_images(window, page, predictions, qtbot):
    labels = window.data.test_labels
    wrong = np.flatnonzero(predictions != labels)
    cells = [(int(labels[wrong[0]]), int(predictions[wrong[0]])), (4, 4)]
    for t, p in cells:
        qtbot.mouseClick(page.matrix.viewport(), LEFT, pos=page.matrix.cell_point(t, p))
        expected = set(np.flatnonzero((labels == t) & (predictions == p)))
        assert page.cell == (t, p)
        assert set(page.cell_list.shown_indices()) == expected and expected
        assert len(page.cell_list.shown_indices()) == len(expected)


def test_clicking_a_thumbnail_probes_it_in_the_network_view(window, page, qtbot):
    page.show_cell(7, 7)
    target = int(page.cell_list.shown_indices()[1])
    qtbot.mouseClick(page.cell_list.viewport(), LEFT, pos=page.cell_list.item_point(1))
    assert window.controller.session.probe_index == target
    assert window.controller.snapshot.probe_index == target
    assert window.pages.currentWidget().objectName() == "network"


def test_mistake_gallery_is_most_confident_first(window, page):
    ev = page.report.result
    shown = page.wrong_list.shown_indices()
    assert np.all(np.diff(ev.confidences[shown]) <= 0)
    assert all(ev.predictions[i] != window.data.test_labels[i] for i in shown)


def test_a_network_replaced_mid_evaluation_is_evaluated_anew(window, page, qtbot):
    page.refresh()
    assert page.busy
    window.controller.reset()                     # untrained weights, step 0
    qtbot.waitUntil(lambda: not page.busy and page.report is not None, timeout=60000)
    qtbot.waitUntil(lambda: not page.busy, timeout=60000)
    net = window.controller.session.net
    preds = net.predict(to_lenet_input(window.data.test_images)).argmax(1)
    ref = np.zeros((10, 10), np.int64)
    np.add.at(ref, (window.data.test_labels, preds), 1)
    assert page.report.step == 0
    np.testing.assert_array_equal(page.matrix.confusion, ref)


def test_before_its_first_result_the_matrix_axes_read_no_odd_units(qtbot):
    """An empty plot's axes read "true class (x0.001)" from -800 to 800."""
    from cnnviz.gui.labs.confusion_view import ConfusionView

    view = ConfusionView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)   # the axes relabel after the first layout
    for side in ("left", "bottom"):
        axis = view.plot.getAxis(side)
        assert "x0.001" not in axis.labelString() and axis.autoSIPrefixScale == 1.0
    (x0, x1), (y0, y1) = view.plot.viewRange()
    assert x1 - x0 > 10 and y1 - y0 > 10   # the frame of ten classes, not of -0.8..0.8
    assert -5 <= min(x0, y0) and max(x1, y1) <= 16


def test_the_whole_matrix_stays_in_view_result_after_result(qtbot):
    """From the second result on (Refresh, a new network) the view fitted the matrix's
    height alone: predicted classes 0 and 1, half of 9 and the accuracy column were cut
    off."""
    from cnnviz.gui.labs.confusion_view import ConfusionView

    view = ConfusionView()
    qtbot.addWidget(view)
    view.resize(500, 660)
    view.show()
    qtbot.waitExposed(view)
    rng = np.random.default_rng(0)
    for _ in range(3):
        view.set_confusion(rng.integers(0, 1000, (10, 10)), rng.random(10),
                           tuple(str(d) for d in range(10)))
        qtbot.wait(20)
        (x0, x1), (y0, y1) = view.plot.viewRange()
        assert x0 <= 0 and x1 >= 10 + 1.8 and y0 <= -1 and y1 >= 10   # matrix, accuracies


def test_per_class_accuracy_reads_on_the_dark_theme(window, qtbot):
    """The accuracies beside the matrix were printed black whatever the theme."""
    from cnnviz.gui.labs.confusion_view import ConfusionView

    window.lecture.themes.apply("dark")
    try:
        view = ConfusionView()
        qtbot.addWidget(view)
        confusion = np.diag(np.full(10, 90)) + 1
        per_class = np.diag(confusion) / confusion.sum(1)
        view.set_confusion(confusion, per_class, tuple(range(10)))
        beside = [t for t in view._texts if t.pos().x() > 10]
        assert len(beside) == 11
        assert all(t.textItem.defaultTextColor().lightness() > 128 for t in beside)
    finally:
        window.lecture.themes.apply("light")
