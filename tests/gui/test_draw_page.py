"""The Draw page: mouse strokes, the stages on show, the prediction, and "Use as probe"."""

import re

import numpy as np
import pytest

from cnnviz.data import to_lenet_input
from cnnviz.data.drawing import from_image
from cnnviz.gui.labs.draw_canvas import PEN, SIZE
from cnnviz.gui.labs.draw_page import DEMO_STROKES
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets

LEFT = QtCore.Qt.MouseButton.LeftButton


def send_mouse(widget, kind, pos: QtCore.QPoint, buttons) -> None:
    ev = QtGui.QMouseEvent(kind, QtCore.QPointF(pos), widget.mapToGlobal(QtCore.QPointF(pos)),
                           LEFT if kind != QtCore.QEvent.Type.MouseMove else
                           QtCore.Qt.MouseButton.NoButton, buttons,
                           QtCore.Qt.KeyboardModifier.NoModifier)
    QtWidgets.QApplication.sendEvent(widget, ev)


def draw(canvas, points) -> None:
    """One stroke through canvas points, as mouse press, moves and release."""
    pts = [canvas.to_widget(x, y) for x, y in points]
    send_mouse(canvas, QtCore.QEvent.Type.MouseButtonPress, pts[0], LEFT)
    for p in pts[1:]:
        send_mouse(canvas, QtCore.QEvent.Type.MouseMove, p, LEFT)
    send_mouse(canvas, QtCore.QEvent.Type.MouseButtonRelease, pts[-1],
               QtCore.Qt.MouseButton.NoButton)


@pytest.fixture
def page(window, qtbot):
    window.resize(1280, 800)
    p = window.show_page("draw_page")
    qtbot.waitUntil(lambda: p.isVisible())
    return p


def test_mouse_strokes_become_stages_prediction_and_maps(page, qtbot):
    assert page.stages.empty and not page.probe_button.isEnabled()
    draw(page.canvas, [(140, 40), (140, 120), (140, 240)])
    qtbot.waitUntil(lambda: not page.stages.empty, timeout=2000)
    assert len(page.canvas.strokes) == 1
    ref = from_image(page.canvas.ink())
    for name in ("cropped", "box20", "centred"):
        np.testing.assert_array_equal(page.stage_view.shown[name], getattr(ref, name))
    np.testing.assert_array_equal(page.stage_view.shown["lenet_input"], ref.lenet_input[0])
    # a vertical bar through the middle of the canvas, as wide as the pen
    top, left, bottom, right = ref.bbox
    assert (bottom - top, right - left) == (200 + PEN, PEN) and ref.raw.shape == (SIZE, SIZE)
    assert page.bars.values.shape == (10,)
    assert np.isclose(page.bars.values.sum(), 1, atol=1e-5)
    assert str(page.predicted()) in page.prediction_label.text()
    np.testing.assert_array_equal(page.strip.thumbnail_arrays("INPUT")[0],
                                  ref.lenet_input[0].astype(np.float32))
    assert page.probe_button.isEnabled()


def test_undo_and_clear(page, qtbot):
    draw(page.canvas, [(100, 50), (100, 230)])
    draw(page.canvas, [(60, 230), (200, 230)])
    qtbot.waitUntil(lambda: page.stages.bbox is not None and page.stages.bbox[3] > 190)
    page.undo_button.click()
    qtbot.waitUntil(lambda: page.stages.bbox[3] < 130)
    assert len(page.canvas.strokes) == 1
    page.clear_button.click()
    qtbot.waitUntil(lambda: page.stages.empty)
    assert page.canvas.ink().max() == 0 and page.bars.values.size == 0


def test_use_as_probe_puts_exactly_the_drawing_into_the_snapshot(window, page, qtbot):
    page.canvas.set_strokes(DEMO_STROKES)
    qtbot.waitUntil(lambda: not page.stages.empty)
    page.seed_box.setCurrentIndex(1 + 5)     # backward from class 5
    assert page.use_as_probe()
    snap = window.controller.snapshot
    np.testing.assert_array_equal(snap.image, to_lenet_input(page.stages.centred * 255)[0])
    assert snap.label == 5 and snap.probe_index == -1 and "drawn" in snap.extra
    assert snap.layers[0].dx is not None            # the backward pass reached C1
    assert window.pages.currentWidget().objectName() == "network"
    assert "drawn digit" in window.probe_panel.label.text()
    window.probe_panel.index.setValue(3)            # a test image takes over again
    assert window.controller.snapshot.probe_index == 3
    assert page.use_as_probe() and window.controller.snapshot.probe_index == -1
    window.probe_panel.index.editingFinished.emit()  # Enter on the same index: back to it
    assert window.controller.snapshot.probe_index == 3


def test_predicted_class_seeds_the_backward_pass_by_default(window, page, qtbot):
    page.canvas.set_strokes(DEMO_STROKES)
    qtbot.waitUntil(lambda: not page.stages.empty)
    assert page.use_as_probe()
    assert window.controller.snapshot.label == page.predicted()


def test_drawn_probe_reaches_the_training_process(window, page, qtbot):
    c = window.controller
    c.play()
    qtbot.waitUntil(lambda: c.session.step >= 2, timeout=30000)
    page.canvas.set_strokes(DEMO_STROKES)
    qtbot.waitUntil(lambda: not page.stages.empty)
    assert page.use_as_probe()
    tag = c.session.probe_key[1]
    expected = to_lenet_input(page.stages.centred * 255)[0]
    qtbot.waitUntil(lambda: c.snapshot.extra.get("drawn") == tag
                    and c.snapshot.step > 2, timeout=30000)
    np.testing.assert_array_equal(c.snapshot.image, expected)
    c.pause()
    qtbot.waitUntil(lambda: not c.running, timeout=30000)
    assert c.session.probe_key == (-1, tag)          # kept over the trained state
    np.testing.assert_array_equal(c.snapshot.image, expected)


def test_while_training_the_drawing_runs_on_the_newest_snapshots_weights(window, page, qtbot):
    c = window.controller
    page.canvas.set_strokes(DEMO_STROKES)
    qtbot.waitUntil(lambda: not page.stages.empty)
    c.play()
    qtbot.waitUntil(lambda: c.snapshot.step >= 3, timeout=30000)
    page.recompute()
    arch, dtype, state, step = c.current_weights()
    assert step == page.snapshot.step == c.snapshot.step
    for lay in c.snapshot.layers:     # the weights are the snapshot's, not the stale net's
        if lay.weight is not None:
            np.testing.assert_array_equal(page.snapshot.layer(lay.name).weight, lay.weight)
    assert f"step {step}" in page.weights_label.text()
    c.pause()
    qtbot.waitUntil(lambda: not c.running, timeout=30000)


def test_keys_undo_and_clear_on_the_page_only(window, page, qtbot):
    page.canvas.set_strokes(DEMO_STROKES)
    page.canvas.setFocus()
    qtbot.keyClick(page.canvas, QtCore.Qt.Key.Key_Z, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert len(page.canvas.strokes) == 1
    qtbot.keyClick(page.canvas, QtCore.Qt.Key.Key_Delete)
    assert page.canvas.strokes == []
    page.canvas.set_strokes(DEMO_STROKES)
    window.show_page("network")                      # the keys belong to the Draw page
    qtbot.keyClick(window.strip, QtCore.Qt.Key.Key_Delete)
    assert len(page.canvas.strokes) == 2


def test_canvas_exports_what_is_drawn(page, tmp_path):
    page.canvas.set_strokes(DEMO_STROKES)
    page.canvas.export(str(tmp_path / "digit.png"))
    img = QtGui.QImage(str(tmp_path / "digit.png"))
    assert img.width() == page.canvas.width() and not img.isNull()


def test_a_stroke_does_not_wait_behind_the_beat_of_new_weights(page):
    """While training, new weights schedule a redraw 250 ms ahead; a stroke then must not
    wait for it (it did: strokes took up to 270 ms to show)."""
    from cnnviz.gui.labs.draw_page import DRAW_MS, TRAINING_MS

    page._schedule(TRAINING_MS, stroke=False)
    assert page._changed_at is None              # weights alone are no stroke to time
    page._schedule(DRAW_MS)
    assert page._timer.isActive() and page._timer.remainingTime() <= DRAW_MS
    assert page._changed_at is not None
    page._schedule(TRAINING_MS, stroke=False)    # a later beat does not push it back
    assert page._timer.remainingTime() <= DRAW_MS


@pytest.mark.parametrize("present", [False, True])
def test_stages_fit_the_view_in_russian_at_1280x800(russian, window, qtbot, present):
    """Long Russian titles and captions pushed the last stage and the colour bar out of
    the view; they now wrap within their column (in presentation mode too)."""
    presentation = window.lecture.presentation
    presentation.factor = 1.25          # as on a screen of 800 lines
    presentation.set_active(present)
    try:
        window.setWindowState(QtCore.Qt.WindowState.WindowNoState)
        window.resize(1280, 800)
        page = window.show_page("draw_page")
        page.prepare_screenshot()
        qtbot.wait(50)
        view = page.stage_view
        assert view.ci.geometry().width() <= view.viewport().width() + 0.5
        assert view.bar.geometry().right() <= view.viewport().width() + 0.5
        for name, label in [*view.titles.items(), *view.captions.items()]:
            column = view.images[name].getViewBox().geometry()
            box = label.mapRectToParent(label.itemRect())
            # 2 px: pyqtgraph centres a label in a cell a few pixels wider than the image
            # column below it (1.8 px off centre once the page sits in a scroll area);
            # the overflow this test was written for was tens of pixels
            assert column.left() - 2 <= box.left() and box.right() <= column.right() + 2, name
    finally:
        presentation.set_active(False)


def laid_out_lines(label) -> list[str]:
    """The lines of a pyqtgraph LabelItem's text as laid out in its width."""
    doc = label.item.document()
    doc.setTextWidth(label.item.textWidth())
    lines = []
    block = doc.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(text[line.textStart():line.textStart() + line.textLength()].strip())
        block = block.next()
    return lines


def test_stage_captions_keep_each_number_with_its_word(language, window, qtbot):
    """At 1280 pixels "at row 5, col 7" broke as "... col" / "7", and "- 0.1" as
    "- 0" / ".1"."""
    window.resize(1280, 800)
    page = window.show_page("draw_page")
    qtbot.waitUntil(page.isVisible)
    page.canvas.set_strokes(DEMO_STROKES)
    qtbot.waitUntil(lambda: not page.stages.empty, timeout=2000)
    qtbot.wait(50)
    for name in ("centred", "lenet_input"):
        lines = laid_out_lines(page.stage_view.captions[name])
        assert len(lines) >= 2, lines
        assert not any(re.fullmatch(r"[\d.]+", line) or line.startswith(".")
                       for line in lines), (name, lines)


def test_stage_titles_stay_on_one_line_at_1280(language, page, qtbot):
    """At 1280x800 "3 into 20×20" wrapped onto two lines, and in Russian the number was
    left alone on a line."""
    view = page.findChild(QtWidgets.QWidget, "stage_view")
    qtbot.waitUntil(lambda: view.isVisible())
    QtWidgets.QApplication.processEvents()
    for name, title in view.titles.items():
        one_line = QtWidgets.QGraphicsTextItem()     # the same text with no width to fit
        one_line.setHtml(title.item.toHtml())
        assert title.item.boundingRect().height() == one_line.boundingRect().height(), (
            name, title.text)


def test_a_bar_never_reads_100_percent_under_a_headline_of_99_9(qtbot):
    """The Draw page's headline said "7 (99.9%)" and the bar under it "100%"; neither
    says 100% short of 1 now (softmax is never certain)."""
    from cnnviz.gui.widgets.probability_bars import ProbabilityBars, bar_text, shown_percent

    assert [bar_text(p) for p in (1.0, 0.9996, 0.995, 0.994, 0.5, 0.005, 0.0049)] == [
        "100%", "99%", "99%", "99%", "50%", "0%", ""]
    assert [f"{shown_percent(p, 1):.1f}" for p in (1.0, 0.99996, 0.9994, 0.5)] == [
        "100.0", "99.9", "99.9", "50.0"]
    bars = ProbabilityBars()
    qtbot.addWidget(bars)
    bars.set_probabilities(np.array([0.99996] + [0.00004 / 9] * 9), tuple(range(10)))
    assert [t.textItem.toPlainText() for t in bars._texts[:2]] == ["99%", ""]
