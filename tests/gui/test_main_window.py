"""The main window: transport actions, exact arrays in every view, live training."""

import time
from pathlib import Path

import numpy as np
import pytest

from cnnviz.core import checkpoint
from cnnviz.gui.main_window import PRETRAINED
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets
from cnnviz.resources import resources_dir

LAYERS = ["C1", "S2", "C3", "S4", "C5", "F6", "OUT"]
NAMES = ["action_forward_step", "action_backward_step", "action_update", "action_train_batch",
         "action_train_epoch", "action_play", "action_pause", "action_reset"]


def check_views_show(win, snap, name):
    """Every panel of the inspector and the strip thumbnails hold the core's arrays."""
    lay = snap.layer(name)
    panels = win.inspector.panels
    shown = {k: panels[k].displayed() for k in panels}
    np.testing.assert_array_equal(np.concatenate([a.ravel() for a in shown["X"]]), lay.x.ravel())
    out_key = "Z" if lay.kind in ("conv", "dense") else "Y"
    np.testing.assert_array_equal(np.concatenate([a.ravel() for a in shown[out_key]]),
                                  (lay.z if out_key == "Z" else lay.y).ravel())
    thumbs = win.strip.thumbnail_arrays(name)
    np.testing.assert_array_equal(np.concatenate([a.ravel() for a in thumbs]), lay.y.ravel())
    if lay.has_backward:
        np.testing.assert_array_equal(np.concatenate([a.ravel() for a in shown["dY"]]),
                                      lay.dz.ravel())
        np.testing.assert_array_equal(np.concatenate([a.ravel() for a in shown["dX"]]),
                                      lay.dx.ravel())
        if lay.dweight is not None:
            dk = np.concatenate([a.ravel() for a in shown["dK"]])
            # C5's 120 x 16 kernels are shown a block of rows at a time
            np.testing.assert_array_equal(dk, lay.dweight.ravel()[:dk.size])
            assert dk.size == lay.dweight.size or name == "C5"


def test_window_opens_with_a_traced_probe(window):
    snap = window.controller.snapshot
    assert snap is not None and [lay.name for lay in snap.layers] == LAYERS
    assert snap.layer("C1").has_backward
    assert window.phase_label.text() == "Ready" and window.next_label.text() == "next: Forward C1"
    for name in NAMES:
        act = window.findChild(type(window.action_play), name)
        assert act is not None and not act.shortcut().isEmpty(), name


def test_stepping_forward_and_backward_shows_core_arrays(window, qtbot):
    c = window.controller
    for i, name in enumerate(LAYERS):
        assert window.next_label.text() == f"next: Forward {name}"
        window.action_forward_step.trigger()
        assert window.phase_label.text() == f"Forward {name}"
        window.select_layer(name)
        snap = c.snapshot
        assert len(snap.layers) == i + 1 and not snap.layer(name).has_backward
        check_views_show(window, snap, name)
    for name in reversed(LAYERS):
        assert window.next_label.text() == f"next: Backward {name}"
        window.action_backward_step.trigger()
        assert window.phase_label.text() == f"Backward {name}"
        window.select_layer(name)
        snap = c.snapshot
        assert snap.layer(name).has_backward
        check_views_show(window, snap, name)
    assert window.next_label.text() == "next: Update"
    before = c.session.net.state_dict()
    window.action_update.trigger()
    after = c.session.net.state_dict()
    assert any(not np.array_equal(before[k], after[k]) for k in before)
    assert window.phase_label.text() == "Update" and c.session.step == 1
    assert window.next_label.text() == "next: Forward C1"


def enabled_steps(window) -> list[str]:
    return [name for name in ("action_forward_step", "action_backward_step", "action_update")
            if window.actions_by_name[name].isEnabled()]


def test_only_the_next_step_is_enabled(window):
    """Forward, Backward and Update are enabled in turn, as the phase says; a key pressed
    once too many does nothing and puts no warning up."""
    assert enabled_steps(window) == ["action_forward_step"]
    for _ in LAYERS:
        window.action_backward_step.trigger()              # disabled: nothing happens
        window.action_update.trigger()
        window.action_forward_step.trigger()
    assert window.controller.snapshot.forward_done == len(LAYERS)
    assert enabled_steps(window) == ["action_backward_step"]
    window.action_forward_step.trigger()
    for _ in LAYERS:
        window.action_backward_step.trigger()
    assert enabled_steps(window) == ["action_update"]
    window.action_backward_step.trigger()
    window.action_update.trigger()
    assert window.controller.session.step == 1 and window.last_error == ""
    assert enabled_steps(window) == ["action_forward_step"]


@pytest.mark.filterwarnings("ignore:invalid value:RuntimeWarning")
@pytest.mark.filterwarnings("ignore:overflow:RuntimeWarning")
def test_a_failed_update_enables_the_forward_step_again(window):
    """An update after a loss that overflowed is refused and the batch starts afresh:
    the window says so and lets the next batch be stepped through."""
    net = window.controller.session.net
    state = net.state_dict()
    state["OUT.weight"] = np.full_like(state["OUT.weight"], 3e38)   # logits overflow
    net.load_state_dict(state)
    for _ in LAYERS:
        window.action_forward_step.trigger()
    for _ in LAYERS:
        window.action_backward_step.trigger()
    window.action_update.trigger()
    assert window.last_error and window.controller.session.step == 0
    assert window.next_label.text() == "next: Forward C1"
    assert enabled_steps(window) == ["action_forward_step"]


def test_images_per_second_only_for_batches_run_in_one_go(window):
    """A batch stepped through by hand took the lecturer's time: no images/s for it
    (it read "11 images/s" after a batch clicked through in six seconds)."""
    rates = []
    window.controller.countersChanged.connect(lambda step, epoch, ips: rates.append(ips))
    window.action_train_batch.trigger()                  # one go: a real rate
    assert rates[-1] > 0 and "images/s" in window.training.counters_text()
    for _ in range(3):
        window.action_forward_step.trigger()
    window.action_train_batch.trigger()                  # finishes the stepped batch
    assert rates[-1] == 0 and "images/s" not in window.training.counters_text()
    for _ in LAYERS:
        window.action_forward_step.trigger()
    for _ in LAYERS:
        window.action_backward_step.trigger()
    window.action_update.trigger()
    assert rates[-1] == 0 and "images/s" not in window.training.counters_text()
    assert window.controller.session.step == 3


def test_images_per_second_while_playing_can_be_read(window, qtbot):
    """While the training process runs, the rate shown is the last second's, changed at
    most twice a second: frame by frame it jumped between about 6,000 and 15,500
    images/s 25 times a second."""
    from cnnviz.gui import rate_meter

    shown = []
    window.controller.countersChanged.connect(
        lambda step, epoch, ips: shown.append((time.monotonic(), ips)))
    window.action_play.trigger()
    qtbot.waitUntil(lambda: len(shown) >= 2 and shown[-1][0] - shown[0][0] >= 2.0,
                    timeout=30000)
    window.action_pause.trigger()
    qtbot.waitUntil(lambda: not window.controller.running, timeout=10000)
    rates = [ips for _, ips in shown if ips > 0]
    changes = sum(a != b for a, b in zip(rates, rates[1:]))
    seconds = shown[-1][0] - shown[0][0]
    assert len(rates) > 2 * changes     # frames come faster than the figure changes
    assert changes <= seconds / rate_meter.HOLD_S + 1


def test_inspector_follows_the_step(window):
    window.action_forward_step.trigger()
    window.action_forward_step.trigger()
    assert window.inspector.layer_name == "S2" and window.inspector.tabs.currentIndex() == 0
    assert window.strip.selected() == "S2"
    for _ in range(5):
        window.action_forward_step.trigger()
    window.action_backward_step.trigger()
    assert window.inspector.layer_name == "OUT" and window.inspector.tabs.currentIndex() == 1
    window.follow_box.setChecked(False)
    window.action_backward_step.trigger()
    assert window.inspector.layer_name == "OUT" and window.phase_label.text() == "Backward F6"


def shown_formula(window) -> str:
    return window.formula_label.text().replace("\u00a0", " ").replace("\u2060", "")


def test_formula_follows_the_phase(window):
    window.action_forward_step.trigger()
    assert shown_formula(window).startswith("Y_i = B_i + Σ_j X_j ⋆ K_ij")
    for _ in range(6):
        window.action_forward_step.trigger()
    for _ in range(7):
        window.action_backward_step.trigger()
    assert window.phase_label.text() == "Backward C1"
    # ⋆ is the cross-correlation everywhere, * the convolution: dE/dX's is a convolution
    assert "dE/dK = X ⋆ dE/dY,  dE/dX = dE/dY *full K" in shown_formula(window)


def test_no_inspector_panel_is_drawn_wider_than_itself(window, qtbot):
    """At 1280x800 the scene of C1's dE/dK grid stayed as wide as its subtitle on one
    line once that took two: the colour bar's labels were cut to "0.0" on the right."""
    window.resize(1280, 800)
    for _ in range(7):
        window.action_forward_step.trigger()
    for _ in range(7):
        window.action_backward_step.trigger()
    for name in ("OUT", "F6", "C5", "S4", "C3", "S2", "C1"):
        window.select_layer(name)
        for tab in (0, 1):
            window.inspector.tabs.setCurrentIndex(tab)
            qtbot.wait(20)
            for key, grid in window.inspector.panels.items():
                if grid.isVisible():
                    assert grid.ci.geometry().width() <= grid.viewport().width(), (name, key)


class _LayoutRequests(QtCore.QObject):
    """Counts the requests to lay a widget out again that reach the main window."""

    def __init__(self, win):
        super().__init__()
        self.win, self.count = win, 0

    def eventFilter(self, obj, event):
        if obj is self.win and event.type() == QtCore.QEvent.Type.LayoutRequest:
            self.count += 1
        return False


@pytest.mark.parametrize("name", LAYERS)
def test_a_new_snapshot_does_not_lay_the_window_out_again(window, qtbot, name):
    """With C5 on show, the page box's spin box was given its range again at every
    snapshot, and a spin box then asks for the whole window to be laid out again, even
    for the same range: 25 times a second while the network trained, a sixth of a frame."""
    window.resize(1280, 800)
    window.select_layer(name)
    session = window.controller.session
    snaps = []
    for _ in range(3):
        session.train_batch()
        snaps.append(session.probe_snapshot())
    window.controller._publish(snaps[0])
    qtbot.wait(300)       # the first is laid out (the panels the layer shows)
    requests = _LayoutRequests(window)
    QtWidgets.QApplication.instance().installEventFilter(requests)
    try:
        for snap in snaps[1:]:
            window.controller._publish(snap)
            qtbot.wait(30)
    finally:
        QtWidgets.QApplication.instance().removeEventFilter(requests)
    check_views_show(window, snaps[-1], name)
    assert requests.count == 0


def test_a_bordered_conv_s_backward_formula_names_the_border(window):
    """In same mode the formula said dE/dK = X ⋆ dE/dY: with X and dE/dY both 32x32
    that is one number, not C1's 5x5. The kernel slid over X with its zero border X̃."""
    window.rebuild({**window.controller.session.net.config, "mode": "same"})
    for _ in range(7):
        window.action_forward_step.trigger()
    for _ in range(7):
        window.action_backward_step.trigger()
    assert window.phase_label.text() == "Backward C1"
    assert shown_formula(window) == ("dE/dB = Σ dE/dY,  dE/dK = X̃ ⋆ dE/dY,  dE/dX = "
                                     "dE/dY *full K without the border,  X̃: X with its zero border")
    assert "X̃_j: X_j with its 2-pixel zero border" in window.inspector.backward_caption.text()


def test_a_list_of_formulas_wraps_only_between_them():
    from cnnviz.gui.main_window import whole_formulas

    nb, sl = "\u00a0", "/\u2060"      # no-break space; slash + word joiner
    got = whole_formulas("dE/dB = Σ dE/dY,  dE/dK = X ⋆ dE/dY,  dE/dX = dE/dY *full K")
    assert got == (f"dE{sl}dB{nb}={nb}Σ{nb}dE{sl}dY,  dE{sl}dK{nb}={nb}X{nb}⋆{nb}dE{sl}dY,  "
                   f"dE{sl}dX{nb}={nb}dE{sl}dY{nb}*full{nb}K")
    one = "dE/dX = dE/dY routed to each window's winner"
    # a single formula wraps at its spaces, but not inside dE/dX (no "dE/" + "dX")
    assert whole_formulas(one) == one.replace("/", sl)
    assert whole_formulas("") == ""


def test_play_pause_and_learning_rate_change_while_training(window, qtbot):
    c = window.controller
    window.action_play.trigger()
    assert c.running and not window.action_forward_step.isEnabled()
    # into the second epoch, where the window's copy of the session (still at epoch 0
    # while the process trains) turned a typed rate into the run's with the wrong epoch
    qtbot.waitUntil(lambda: window.settings._epoch >= 1, timeout=30000)
    # the field holds the rate of the epoch under way (the process may be epochs on)
    epoch = window.settings._epoch
    window.settings.lr.setValue(0.0025)

    def typed_rate_applied(s):
        # 0.0025 in the epoch the process was in when it read it: the field's, or a later
        return any(s.config.lr == pytest.approx(0.0025 / 0.8 ** e)
                   for e in range(epoch, s.epoch + 2))

    qtbot.waitUntil(lambda: typed_rate_applied(c.session), timeout=10000)
    # the field shows what was typed (it showed 0.8 times it when the window's copy of
    # the session converted it with an epoch the process had left)
    window.settings.lr.clearFocus()
    assert window.settings.lr.value() == pytest.approx(0.0025, rel=1e-9) or (
        c.session.epoch > epoch)
    window.action_pause.trigger()
    qtbot.waitUntil(lambda: not c.running, timeout=10000)
    s = c.session                                   # as the process gave it back
    assert typed_rate_applied(s)
    assert s.opt.lr == pytest.approx(s.config.lr * 0.8 ** s.epoch)
    assert window.settings.lr.value() == pytest.approx(s.opt.lr)
    step = c.session.step
    qtbot.wait(200)
    assert c.session.step == step
    assert window.action_forward_step.isEnabled()
    assert c.snapshot.step >= 1


def test_a_key_whose_action_is_disabled_does_nothing_else(window, qtbot):
    """Space while paused clicked the focused Random button (a new probe in front of the
    class); P while training picked the next Colour scale entry. Text fields still type."""
    c = window.controller
    window.activateWindow()
    Key = QtCore.Qt.Key
    random_button = window.probe_panel.random_button
    random_button.setFocus()
    qtbot.waitUntil(random_button.hasFocus)
    probe = c.session.probe_index
    qtbot.keyClick(random_button, Key.Key_Space)
    assert c.session.probe_index == probe and not c.running
    combo = window.inspector.scale_combo
    before = combo.currentIndex()
    assert any(combo.itemText(i).lower().startswith("p") and i != before
               for i in range(combo.count()))   # a P would pick another entry
    window.action_play.trigger()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Key.Key_P)
    assert combo.currentIndex() == before and c.running
    field = QtWidgets.QLineEdit(window.probe_panel)   # any text field
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "pen")                     # P and E are disabled while training
    assert field.text() == "pen"
    window.action_pause.trigger()
    qtbot.waitUntil(lambda: not c.running, timeout=10000)
    qtbot.keyClick(field, Key.Key_Space)              # and Space while paused
    assert field.text() == "pen "


def test_enter_in_a_field_or_a_click_beside_it_gives_the_keys_back(window, qtbot):
    """After a learning rate was typed, N, F and P went to the field (which refused them)
    and clicking beside it did not help: the transport keys seemed dead."""
    c, Key = window.controller, QtCore.Qt.Key
    window.activateWindow()
    lr = window.settings.findChild(QtWidgets.QAbstractSpinBox, "learning_rate")
    lr.setFocus()
    qtbot.waitUntil(lr.hasFocus)
    qtbot.keyClick(lr, Key.Key_N)
    assert c.session.step == 0                      # the field had the key
    qtbot.keyClick(lr, Key.Key_Return)
    page = window.pages.currentWidget()
    qtbot.waitUntil(page.hasFocus)
    qtbot.keyClick(page, Key.Key_N)                 # train one batch
    qtbot.waitUntil(lambda: c.session.step == 1)
    reference = window.timeline_bar.reference_spin
    reference.setFocus()
    qtbot.waitUntil(reference.hasFocus)
    qtbot.keyClick(reference, Key.Key_Escape)
    qtbot.waitUntil(page.hasFocus)
    for field in (lr, reference):                   # a click beside the field
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        beside = window.phase_label if field is reference else window.training
        qtbot.mouseClick(beside, QtCore.Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not field.hasFocus())
        focus = QtWidgets.QApplication.focusWidget()
        qtbot.keyClick(focus, Key.Key_N)
    qtbot.waitUntil(lambda: c.session.step == 3)


def test_the_learning_rate_field_shows_the_rate_the_next_update_uses(window, qtbot):
    """The rate is multiplied by the decay after every epoch, and the field showed the
    rate of epoch 1: at the bundled network's step 9,380 it read 0.05 where the updates
    used 0.00537, so a student working an update by hand was ten times off."""
    c, field = window.controller, window.settings.lr
    assert field.value() == 0.05
    assert window.open_pretrained()
    s = c.session
    assert s.epoch == 10
    assert field.text() == f"{s.opt.lr:.4g}" == "0.005369"
    assert "multiplied by 0.8 after every epoch: 0.05 in epoch 1" in field.toolTip()
    assert "epoch 11" in field.toolTip()
    field.setValue(0.002)                              # typed: the rate of this epoch
    qtbot.waitUntil(lambda: s.opt.lr == pytest.approx(0.002, rel=1e-12))
    assert s.config.lr == pytest.approx(0.002 / 0.8 ** 10, rel=1e-12)
    assert field.text() == "0.002"
    c.train_batch()
    assert field.text() == "0.002"                     # the same epoch: the same rate
    window.controller.reset()
    assert s is not c.session and c.session.epoch == 0
    assert field.value() == pytest.approx(c.session.config.lr)


def test_the_rate_field_follows_the_epoch_while_it_has_the_focus(window, qtbot):
    """An epoch that ended (or a reset) while the field had the focus left it showing
    the last epoch's rate, and Escape then put that stale rate back."""
    c, field = window.controller, window.settings.lr
    window.activateWindow()
    assert c.set_hyper(batch_size=1024)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    for _ in range(c.session.batches_per_epoch):   # the epoch ends, the field is focused
        c.train_batch()
    assert c.session.epoch == 1 and field.text() == "0.04"
    field.selectAll()
    qtbot.keyClicks(field, "0.3")                  # being typed: left alone...
    c.reset()
    assert field.text() == "0.3"
    qtbot.keyClick(field, QtCore.Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not field.hasFocus())
    assert field.text() == "0.05" and c.session.config.lr == 0.05   # ...until let go


def test_the_rate_field_keeps_four_digits_and_steps_by_a_tenth_of_its_size(qtbot):
    """In six decimals a rate decayed to 2.3e-07 read 0.000001, and the fixed step of
    0.0005 moved 0.00058 by 87%."""
    from cnnviz.gui.views.controls_panel import RateBox

    box = RateBox()
    qtbot.addWidget(box)
    for value, text, up in ((0.05, "0.05", 0.051), (0.0053687091, "0.005369", 0.0054687091),
                            (2.3e-07, "2.3e-07", 2.4e-07)):
        box.setValue(value)
        assert box.text() == text and box.value() == value
        box.stepBy(1)
        assert box.value() == pytest.approx(up)
        box.stepBy(-1)
        assert box.value() == pytest.approx(value)
    box.lineEdit().setText("1e-4")
    box.interpretText()
    assert box.value() == 1e-4


def test_after_an_epoch_s_last_batch_the_next_epoch_and_its_rate_are_shown(window):
    """A batch stepped here told the counters its own epoch, so after an epoch's last
    batch they (and the rate) were one epoch behind the update to come, where the
    training process and an opened checkpoint tell the epoch under way."""
    c = window.controller
    epochs = []
    c.countersChanged.connect(lambda step, epoch, ips: epochs.append(epoch))
    assert c.set_hyper(batch_size=1024)             # an epoch of the test data in 3 batches
    for _ in range(c.session.batches_per_epoch):
        c.train_batch()
    assert c.session.epoch == 1 and epochs[-1] == 1 and epochs[-2] == 0
    assert window.training.counter_label.text().endswith("epoch 2")
    assert window.settings.lr.value() == pytest.approx(c.session.opt.lr, abs=1e-6)
    assert c.session.opt.lr == pytest.approx(0.05 * 0.8)


def test_escape_in_a_number_field_drops_what_was_typed(window, qtbot):
    """Escape gave the keys back but kept the typed number: the focus left the field,
    and leaving it took the number Escape was pressed to drop."""
    Key = QtCore.Qt.Key
    window.activateWindow()
    lr = window.settings.findChild(QtWidgets.QAbstractSpinBox, "learning_rate")
    before = lr.value()
    lr.setFocus()
    qtbot.waitUntil(lr.hasFocus)
    lr.selectAll()
    qtbot.keyClicks(lr, "0.5")
    assert lr.text() != lr.textFromValue(before)
    with qtbot.assertNotEmitted(lr.valueChanged):
        qtbot.keyClick(lr, Key.Key_Escape)
        qtbot.waitUntil(lambda: not lr.hasFocus())
    assert lr.value() == before
    assert lr.text() == lr.textFromValue(before)
    assert window.controller.session.config.lr == before
    lr.setFocus()                                   # Enter still takes a typed number
    qtbot.waitUntil(lr.hasFocus)
    lr.selectAll()
    qtbot.keyClicks(lr, "0.02")
    qtbot.keyClick(lr, Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.session.config.lr == 0.02)


def test_a_key_a_number_field_refuses_says_what_it_takes(window, qtbot, monkeypatch):
    """'-5' in the probe index showed 5 and opened test image 5; '5' in the learning
    rate did nothing: keys refused with no word. The range now shows beside the field."""
    said = []
    show = QtWidgets.QToolTip.showText
    monkeypatch.setattr(QtWidgets.QToolTip, "showText", staticmethod(
        lambda pos, text, *rest: (said.append(text), show(pos, text, *rest))))
    window.activateWindow()
    index = window.probe_panel.findChild(QtWidgets.QSpinBox, "probe_index")
    index.setFocus()
    qtbot.waitUntil(index.hasFocus)
    index.selectAll()
    qtbot.keyClicks(index, "-")
    last = len(window.data.test_labels) - 1
    qtbot.waitUntil(lambda: said == [f"Allowed: from 0 to {last}"])
    qtbot.keyClicks(index, "7")                     # taken: nothing more is said
    qtbot.wait(50)
    assert said == [f"Allowed: from 0 to {last}"] and index.text() == "7"
    momentum = window.settings.findChild(QtWidgets.QDoubleSpinBox, "momentum")
    momentum.setFocus()
    qtbot.waitUntil(momentum.hasFocus)
    momentum.lineEdit().setCursorPosition(1)        # "0|.90": "." moves past the point
    qtbot.keyClicks(momentum, ".")
    qtbot.wait(50)
    assert len(said) == 1                           # a key taken, if it changed no text
    lr = window.settings.findChild(QtWidgets.QAbstractSpinBox, "learning_rate")
    lr.setFocus()
    qtbot.waitUntil(lr.hasFocus)
    lr.selectAll()
    qtbot.keyClicks(lr, "5")                        # above the highest rate: on show
    assert len(said) == 1
    qtbot.keyClick(lr, QtCore.Qt.Key.Key_Return)    # ... and put back when let go
    want = f"Allowed: from {lr.textFromValue(lr.minimum())} to {lr.textFromValue(lr.maximum())}"
    qtbot.waitUntil(lambda: said[1:] == [want])
    # shown after the focus went to the page, not hidden by that move (it was at once)
    assert not lr.hasFocus()
    qtbot.wait(200)
    assert QtWidgets.QToolTip.isVisible() and QtWidgets.QToolTip.text() == want


def test_transport_keys_work_after_a_language_switch(window, qtbot):
    """Rebuilding the window for another language left the old key twins on it: B was
    ambiguous, and Backward step did nothing."""
    twins = [a for a in window.actions() if a.objectName().endswith("_unavailable")]
    assert len(twins) == 7
    window.findChild(QtGui.QAction, "action_language_ru").trigger()
    try:
        twins = [a for a in window.actions() if a.objectName().endswith("_unavailable")]
        assert len(twins) == 7
        window.activateWindow()
        for _ in range(7):
            qtbot.keyClick(window, QtCore.Qt.Key.Key_F)
        qtbot.keyClick(window, QtCore.Qt.Key.Key_B)
        assert window.controller.last_phase == "Backward OUT"
    finally:
        window.findChild(QtGui.QAction, "action_language_en").trigger()


def test_closing_while_training_ends_cleanly(qtbot, small_data):
    from cnnviz.gui.main_window import MainWindow

    win = MainWindow(data=small_data)
    qtbot.addWidget(win)
    win.show()
    win.action_play.trigger()
    qtbot.waitUntil(lambda: win.controller.session.step >= 3, timeout=20000)
    win.close()
    assert win.controller._thread.isFinished()


def test_corrupt_checkpoint_shows_error_and_keeps_network(window, tmp_path):
    bad = tmp_path / "broken.npz"
    bad.write_bytes(b"PK\x03\x04 this is no checkpoint")
    before = window.controller.session.net.state_dict()
    assert window.open_checkpoint(bad) is False
    assert str(bad) in window.last_error
    after = window.controller.session.net.state_dict()
    assert all(np.array_equal(before[k], after[k]) for k in before)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_training_dock_fits_1280x800_with_long_class_names(qtbot, small_data, lang):
    """With Fashion-MNIST's names the prediction takes a second line under the bars, and
    the dock scrolled, hiding the momentum field; in Russian the probe panel's line for
    a drawing was wider than the dock, which scrolled sideways and cut off the legends."""
    from dataclasses import replace

    from cnnviz.data.mnist import FASHION
    from cnnviz.gui import i18n
    from cnnviz.gui.main_window import MainWindow
    from cnnviz.gui.qt import QtCore, QtGui, QtWidgets

    app = QtWidgets.QApplication.instance()
    old_font = app.font()
    font = QtGui.QFont(old_font)
    font.setPointSizeF(max(font.pointSizeF(), 10.0))     # as the app sets it (make_app)
    app.setFont(font)
    win = MainWindow(data=replace(small_data, name="fashion-mnist", classes=FASHION))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.wait(50)
    try:
        if lang == "ru":
            win.findChild(QtGui.QAction, "action_language_ru").trigger()
            qtbot.wait(50)
        scroll = win.findChild(QtWidgets.QScrollArea, "training_scroll")
        for drawn in (False, True):
            win.probe_panel.show_probe(0, 9, drawn=drawn)          # 9: "Ankle boot"
            QtCore.QCoreApplication.processEvents()
            assert "\n" in win.training.prediction_label.text()     # the second line
            assert scroll.verticalScrollBar().maximum() == 0
            assert scroll.horizontalScrollBar().maximum() == 0
            label = win.probe_panel.label
            assert "Ankle boot" in label.text() and label.shown_text() == label.text()
    finally:
        i18n.install(app, "en")
        app.setFont(old_font)
        win.controller.shutdown()


def test_an_elided_line_s_tooltip_follows_a_font_change(qtbot):
    """Presentation mode's larger font cuts a line shorter without a resize: its tooltip
    (the whole text) came only with the next resize or text."""
    from cnnviz.gui.widgets.labels import ElidedLabel

    label = ElidedLabel("x" * 30)
    qtbot.addWidget(label)
    label.resize(300, 30)
    label.show()
    assert label.shown_text() == label.text() and label.toolTip() == ""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2.5)
    label.setFont(font)
    assert label.shown_text().endswith("…") and label.toolTip() == label.text()


def test_a_digit_network_opened_on_other_classes_opens_with_a_warning(qtbot, small_data):
    """Started on Fashion-MNIST, Open pretrained put the digit network's outputs under
    clothes' names, at about chance, with no word."""
    from dataclasses import replace

    from cnnviz.data.mnist import FASHION
    from cnnviz.gui.main_window import MainWindow

    win = MainWindow(data=replace(small_data, name="fashion-mnist", classes=FASHION))
    qtbot.addWidget(win)
    win.show()
    try:
        assert win.open_pretrained()
        assert win.controller.session.step > 9000                   # opened all the same
        assert "learned the classes 0, 1, 2, …, 9 of MNIST (bundled)" in win.last_error
        assert "fashion-mnist, has the classes T-shirt/top" in win.last_error
    finally:
        win.controller.shutdown()


def test_a_network_saved_here_opens_here_without_a_word(window, tmp_path):
    window.controller.train_batch()
    assert window.controller.save_checkpoint(tmp_path / "d.npz")
    assert window.open_checkpoint(tmp_path / "d.npz") and window.last_error == ""


def test_open_and_save_checkpoint(window, tmp_path):
    c = window.controller
    c.train_batch()
    path = tmp_path / "saved.npz"
    assert c.save_checkpoint(path)
    saved = checkpoint.load(path).params
    c.reset()
    assert not np.array_equal(c.session.net.state_dict()["C1.weight"], saved["C1.weight"])
    assert window.open_checkpoint(path)
    assert np.array_equal(c.session.net.state_dict()["C1.weight"], saved["C1.weight"])
    assert c.session.step == 1


def test_a_checkpoint_keeps_the_curves_the_window_drew(window, tmp_path, monkeypatch):
    c, panel = window.controller, window.training
    for _ in range(3):
        c.train_batch()
    panel.add_evaluation(3, 0.25)
    drawn = panel.batch_data()
    assert drawn["step"].tolist() == [1, 2, 3]
    path = tmp_path / "curves.npz"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    window._save_dialog()
    c.reset()                       # a new network: no curves
    assert len(panel.batch_data()["step"]) == 0 and len(panel.history().evaluations) == 0
    assert window.open_checkpoint(path)
    back = panel.batch_data()
    for k in ("step", "loss", "accuracy"):
        np.testing.assert_array_equal(back[k], drawn[k], err_msg=k)
    np.testing.assert_array_equal(back["loss_smooth"], drawn["loss_smooth"])
    np.testing.assert_array_equal(np.column_stack(panel.test_curve.getData()), [[3, 0.25]])


def test_reset_asks_first_once_the_network_has_trained(window, qtbot):
    """A slip of Ctrl+R (or of the toolbar's Reset) wiped a demo trained in front of the
    class. With nothing trained, Reset acts at once; after training, it asks."""
    c, Button = window.controller, QtWidgets.QMessageBox.StandardButton
    window.action_reset.trigger()
    assert window.findChild(QtWidgets.QMessageBox, "reset_question") is None
    for _ in range(3):
        c.train_batch()
    net = c.session.net
    window.action_reset.trigger()
    box = window.findChild(QtWidgets.QMessageBox, "reset_question")
    assert "(step 3)" in box.text() and "seed 0" in box.text()
    box.button(Button.Cancel).click()
    assert c.session.step == 3 and c.session.net is net
    qtbot.waitUntil(lambda: window.findChild(QtWidgets.QMessageBox, "reset_question") is None)
    window.action_reset.trigger()
    window.findChild(QtWidgets.QMessageBox, "reset_question").button(Button.Yes).click()
    assert c.session.step == 0 and c.session.net is not net
    # opening the pretrained network over a trained one asks as well
    window.actions_by_name["action_open_pretrained"].trigger()      # nothing trained
    assert c.session.step > 9000
    c.train_batch()
    window.actions_by_name["action_open_pretrained"].trigger()
    box = window.findChild(QtWidgets.QMessageBox, "open_question")
    assert "(step 9,381)" in box.text()
    box.button(Button.Cancel).click()
    assert c.session.step > 9000 and c.session.step % 938 == 1      # one batch past it
    window.findChild(QtGui.QAction, "action_language_ru").trigger()
    try:    # "9,381" reads as nine and a fraction in Russian: "9 381"
        window.actions_by_name["action_reset"].trigger()
        box = next(b for b in window.findChildren(QtWidgets.QMessageBox, "reset_question")
                   if b.isVisible())
        assert "(шаг 9\u00a0381)" in box.text() or "(шаг 9 381)" in box.text(), box.text()
        box.button(Button.Cancel).click()
    finally:
        window.findChild(QtGui.QAction, "action_language_en").trigger()


def test_after_a_save_reset_and_open_do_not_ask(window, qtbot, tmp_path):
    """Right after File > Save, Open pretrained still warned that the training 'is lost
    unless saved'. Only training since the last save (or open) is asked about."""
    c = window.controller
    c.train_batch()
    assert c.save_checkpoint(tmp_path / "saved.npz")
    window.actions_by_name["action_open_pretrained"].trigger()
    assert window.findChild(QtWidgets.QMessageBox, "open_question") is None
    assert c.session.step > 9000                     # opened at once
    c.train_batch()                                  # trained since the open: asks
    window.action_reset.trigger()
    assert window.findChild(QtWidgets.QMessageBox, "reset_question") is not None


def test_ctrl_q_asks_before_unsaved_training_is_lost(window, qtbot, tmp_path):
    c, Button = window.controller, QtWidgets.QMessageBox.StandardButton
    c.train_batch()
    window.actions_by_name["action_quit"].trigger()
    box = window.findChild(QtWidgets.QMessageBox, "quit_question")
    assert "(now at step 1)" in box.text()
    box.button(Button.Cancel).click()
    assert window.isVisible()
    assert c.save_checkpoint(tmp_path / "kept.npz")       # saved: it quits at once
    window.actions_by_name["action_quit"].trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_close_button_asks_as_ctrl_q_does(window, qtbot, tmp_path):
    """The window manager's close button (a spontaneous close event, sent to the native
    window) ended a trained demo unasked while Ctrl+Q asked."""
    c, Button = window.controller, QtWidgets.QMessageBox.StandardButton

    def click_close_button():
        QtGui.QGuiApplication.sendEvent(window.windowHandle(), QtGui.QCloseEvent())

    c.train_batch()
    click_close_button()
    click_close_button()                                  # a second click: one question
    boxes = window.findChildren(QtWidgets.QMessageBox, "quit_question")
    assert len(boxes) == 1 and "(now at step 1)" in boxes[0].text()
    boxes[0].button(Button.Cancel).click()
    assert window.isVisible() and c.session.step == 1
    click_close_button()
    box = window.findChild(QtWidgets.QMessageBox, "quit_question")
    box.button(Button.Yes).click()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_close_button_closes_at_once_after_a_save(window, qtbot, tmp_path):
    window.controller.train_batch()
    assert window.controller.save_checkpoint(tmp_path / "kept.npz")
    QtGui.QGuiApplication.sendEvent(window.windowHandle(), QtGui.QCloseEvent())
    assert window.findChild(QtWidgets.QMessageBox, "quit_question") is None
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_title_names_the_checkpoint_and_marks_training_since_it_was_saved(window,
                                                                                tmp_path,
                                                                                qtlog):
    """A save gave no sign that it had happened. The title now names the file saved to
    or opened from, with '*' once the network has trained since (Qt's [*] mark)."""
    c = window.controller
    assert window.windowTitle() == "cnnviz — LeNet-5 explorer"
    c.train_batch()
    # no file, no mark: Qt warned at every batch that the title lacked its placeholder
    assert not [r for r in qtlog.records if "placeholder" in r.message]
    assert c.save_checkpoint(tmp_path / "lecture.npz")
    assert window.windowTitle() == "lecture.npz[*] — cnnviz — LeNet-5 explorer"
    assert not window.isWindowModified()
    c.train_batch()
    assert window.isWindowModified()
    assert window.open_pretrained()
    assert window.windowTitle().startswith("lenet5.npz[*]") and not window.isWindowModified()
    c.reset()
    assert window.windowTitle() == "cnnviz — LeNet-5 explorer"


def test_open_checkpoint_asks_before_unsaved_training_is_lost(window, tmp_path, monkeypatch):
    """Open pretrained and Quit asked; File > Open (Ctrl+O) threw two unsaved batches
    away unasked."""
    c, Button = window.controller, QtWidgets.QMessageBox.StandardButton
    c.train_batch()
    assert c.save_checkpoint(tmp_path / "one.npz")
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "one.npz"), "")))
    window._open_dialog()                                 # nothing trained since: opens
    assert window.findChild(QtWidgets.QMessageBox, "open_question") is None
    c.train_batch()
    c.train_batch()
    window._open_dialog()
    box = window.findChild(QtWidgets.QMessageBox, "open_question")
    assert "Open one.npz in place of this network?" in box.text() and "(step 3)" in box.text()
    box.button(Button.Cancel).click()
    assert c.session.step == 3
    window._open_dialog()
    next(b for b in window.findChildren(QtWidgets.QMessageBox, "open_question")
         if b.isVisible()).button(Button.Yes).click()
    assert c.session.step == 1


def test_a_new_probe_in_the_middle_of_a_pass_is_shown_as_far_and_stepping_goes_on(window):
    """After two forward steps, Next ▶ on the probe showed the new digit traced all
    through under "Forward S2", and the next Forward step failed with no word."""
    c = window.controller
    window.action_forward_step.trigger()
    window.action_forward_step.trigger()
    window.probe_panel.next_button.click()
    snap = c.snapshot
    assert snap.probe_index == 1 and (snap.forward_done, snap.backward_done) == (2, 0)
    check_views_show(window, snap, "S2")
    window.action_forward_step.trigger()
    assert window.phase_label.text() == "Forward C3" and window.last_error == ""
    assert c.snapshot.probe_index == 1 and c.snapshot.forward_done == 3
    for _ in range(4):
        window.action_forward_step.trigger()
    for _ in range(7):
        window.action_backward_step.trigger()
    window.action_update.trigger()
    assert c.session.step == 1 and window.last_error == ""


def test_every_file_dialog_starts_where_the_last_file_was_chosen(window, tmp_path,
                                                                 monkeypatch):
    """Each dialog started in the folder cnnviz was started from: a checkpoint saved in
    a lecture folder had to be looked for again to open a scenario beside it."""
    from cnnviz.gui.widgets import file_dialogs

    monkeypatch.setattr(file_dialogs, "_last", [])
    starts = []

    def dialog(result):
        def choose(parent, title, start, filters):
            starts.append(start)
            return result, ""
        return staticmethod(choose)

    lecture = tmp_path / "lecture"
    lecture.mkdir()
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName",
                        dialog(str(lecture / "net.npz")))
    window._save_dialog()
    assert starts[-1] == str(Path.cwd() / "lenet5.npz")
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", dialog(""))
    window.lecture._open_dialog()                 # cancelled: the folder stays
    assert starts[-1] == str(lecture)
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", dialog(""))
    window.strip._export_dialog()
    assert starts[-1] == str(lecture / "view.png")


def test_curves_follow_a_session_given_back_and_a_save_while_training(window, qtbot, tmp_path):
    """A run that ends without its result gives the session back as it was at Play, and
    its steps are trained again: the curves went 1, 2, 3, 2 and the file was refused.
    A save while training keeps every batch up to the weights' step."""
    c = window.controller
    c.train_batch()
    before = c.session.export_state()
    c.train_batch()
    c.train_batch()
    c.session.import_state(*before)     # as take_over does
    c.train_batch()
    assert window.training.batch_data()["step"].tolist() == [1, 2]
    path = tmp_path / "given_back.npz"
    assert c.save_checkpoint(path, window.training.history)
    assert checkpoint.load(path).history.batches[:, 0].tolist() == [1, 2]
    window.action_play.trigger()
    qtbot.waitUntil(lambda: c.session.step >= 8, timeout=30000)
    playing = tmp_path / "playing.npz"
    assert c.save_checkpoint(playing, window.training.history)
    saved = checkpoint.load(playing)
    assert saved.history.batches[-1, 0] == saved.state["step"]
    window.action_pause.trigger()
    qtbot.waitUntil(lambda: not c.running, timeout=10000)


def test_probe_controls(window):
    window.probe_panel.index.setValue(7)
    assert window.controller.snapshot.probe_index == 7
    window.probe_panel.next_button.click()
    assert window.controller.snapshot.probe_index == 8
    window.probe_panel.klass.setCurrentIndex(3)
    window.probe_panel.random_class_button.click()
    snap = window.controller.snapshot
    assert snap.label == 3 and window.data.test_labels[snap.probe_index] == 3


def test_rebuild_with_new_architecture(window):
    window.rebuild({"model": "lenet5", "pooling": "max", "mode": "same"})
    snap = window.controller.snapshot
    assert snap.layer("C1").out_shape == (6, 32, 32) and snap.layer("S2").winners is not None
    window.select_layer("S2")
    check_views_show(window, snap, "S2")


@pytest.mark.parametrize("layer", ["C3", "F6"])
def test_screenshot_command(tmp_path, layer):
    from PySide6 import QtGui

    from cnnviz.cli import main

    out = tmp_path / f"shot_{layer}.png"
    assert main(["screenshot", "--out", str(out), "--steps", "2", "--layer", layer]) == 0
    img = QtGui.QImage(str(out))
    assert (img.width(), img.height()) == (1280, 800)


def test_a_screenshot_smaller_than_the_window_can_be_says_so(tmp_path, capsys):
    """--size 10x10 wrote a picture of the window's least size and said it wrote 10x10."""
    from PySide6 import QtGui

    from cnnviz.cli import main

    out = tmp_path / "small.png"
    assert main(["screenshot", "--out", str(out), "--size", "10x10"]) == 0
    img = QtGui.QImage(str(out))
    err = capsys.readouterr().err
    assert img.width() > 10 and img.height() > 10
    assert (f"the window cannot be 10x10 here; the picture is {img.width()}x{img.height()} "
            "(the least the window can be is " in err)


def test_pretrained_network_opens_with_its_learning_rate_schedule(window):
    assert window.open_pretrained()
    s = window.controller.session
    assert s.epoch == 10 and s.step > 9000
    assert s.opt.lr == pytest.approx(s.config.lr * s.config.lr_decay ** 10)
    assert window.controller.snapshot.probabilities.max() > 0.9


def test_pretrained_network_opens_with_the_curves_of_its_training(window):
    """Not empty plots: the ten epochs that made it, as `cnnviz train` recorded them."""
    assert window.open_pretrained()
    ckpt = checkpoint.load(resources_dir() / PRETRAINED)
    shown = window.training.batch_data()
    assert shown["step"].tolist() == list(range(1, window.controller.session.step + 1))
    np.testing.assert_array_equal(shown["loss"], ckpt.history.batches[:, 1])
    steps, accuracies = window.training.test_curve.getData()
    assert len(steps) == 10 and accuracies[-1] == ckpt.metrics["test_accuracy"]
    window.controller.reset()
    assert len(window.training.batch_data()["step"]) == 0


def test_pages_are_named_and_reachable(window):
    names = window.page_names()
    assert names[0] == "network" and len(set(names)) == len(names)
    for name in names:
        assert window.show_page(name) is window.pages.currentWidget()
        assert window.pages.currentWidget().objectName() == name
    with pytest.raises(KeyError, match="no page 'nowhere'"):
        window.show_page("nowhere")


def test_screenshot_refuses_an_unknown_page(tmp_path):
    from cnnviz.cli import main

    assert main(["screenshot", "--out", str(tmp_path / "x.png"), "--page", "nowhere"]) == 2


def test_a_page_is_also_known_by_its_short_name(window):
    """``--page health`` for the health_page: the CLI's help names the pages so."""
    from cnnviz.gui.screenshot import page_name

    short = {"network": "network", "convolution": "convolution_lab", "pooling": "pooling_lab",
             "backprop": "backprop_lab", "multichannel": "multichannel_view",
             "draw": "draw_page", "evaluation": "evaluation_page", "health": "health_page"}
    assert sorted(short.values()) == sorted(window.page_names())
    for name, full in short.items():
        assert page_name(window, name) == full and page_name(window, full) == full
    assert page_name(window, "nowhere") == "nowhere"   # show_page then names the pages


def test_network_views_wait_while_another_page_is_in_front(window):
    window.show_page("convolution_lab")
    before = window.strip.thumbnail_arrays("C1")
    window.controller.train_batch()
    snap = window.controller.snapshot
    # not drawn while hidden...
    np.testing.assert_array_equal(np.concatenate([a.ravel() for a in before]),
                                  np.concatenate([a.ravel() for a in
                                                  window.strip.thumbnail_arrays("C1")]))
    assert not np.array_equal(snap.layer("C1").y.ravel(),
                              np.concatenate([a.ravel() for a in before]))
    # ...and drawn, the newest, as soon as the network page is back
    window.show_page("network")
    check_views_show(window, snap, window.inspector.layer_name)


def layout_requests_while_training(window, qtbot, frames: int, records: int = 0):
    """Play; once it runs, count the layout requests that reach the main window over
    ``frames`` frames and ``records`` health records; pause. Returns the count and the
    frames and records it was counted over."""
    c = window.controller
    seen = {"frames": 0, "records": 0}
    c.snapshotChanged.connect(lambda _s: seen.__setitem__("frames", seen["frames"] + 1))
    c.healthChanged.connect(lambda: seen.__setitem__("records", seen["records"] + 1))
    c.play()
    qtbot.waitUntil(lambda: seen["frames"] >= 5 and seen["records"] >= min(records, 1),
                    timeout=20000)
    requests = _LayoutRequests(window)
    window.installEventFilter(requests)
    at = dict(seen)
    qtbot.waitUntil(lambda: seen["frames"] >= at["frames"] + frames
                    and seen["records"] >= at["records"] + records, timeout=30000)
    c.pause()
    qtbot.waitUntil(lambda: not c.running, timeout=10000)
    window.removeEventFilter(requests)
    return requests.count, seen["frames"] - at["frames"], seen["records"] - at["records"]


def test_training_frames_do_not_lay_out_the_window_again(window, qtbot):
    """Counters, the step on show and the timeline's range change on every frame; none of
    them may ask the main window for a new layout (which repainted the whole window)."""
    count, frames, _ = layout_requests_while_training(window, qtbot, frames=20)
    # a wider number now and then may grow a label once; a layout per frame is the bug
    assert count <= 4, f"{count} layout requests in {frames} frames"


@pytest.mark.parametrize("page", ["multichannel_view", "health_page"])
def test_training_does_not_lay_out_the_window_again_on_a_page(window, qtbot, page):
    """The multi-channel page gave its map box its range again with every snapshot, and
    the Health page's status line took a new text with every record: each asked the
    whole window for a new layout, six times a second and once a second."""
    window.show_page(page)
    count, frames, records = layout_requests_while_training(window, qtbot, frames=20,
                                                            records=3)
    assert count <= 2, f"{count} layout requests in {frames} frames and {records} records"


def test_the_phase_says_training_while_playing(window, qtbot):
    """Play: the phase indicator names what happens ("Training"), not the last step
    before it, and no block is marked as the one being computed."""
    c = window.controller
    window.action_forward_step.trigger()
    assert window.phase_label.text() == "Forward C1"
    window.action_play.trigger()
    qtbot.waitUntil(lambda: c.session.step >= 2, timeout=20000)
    assert window.phase_label.text() == "Training"
    assert window.next_label.text() == "" and window.formula_label.text() == ""
    assert window.strip._active is None
    window.action_pause.trigger()
    qtbot.waitUntil(lambda: not c.running, timeout=10000)
    assert window.phase_label.text() == "Update"


def test_play_after_a_stepped_pass_keeps_the_layer_chosen(window, qtbot):
    """A lecturer steps through a whole pass, picks C5 to talk about it, and presses
    Play: the stepped batch is finished first, and that used to say "Backward C1" once
    more, so the inspector, following the step, jumped back to C1."""
    c = window.controller
    assert window.follow_box.isChecked()
    for _ in LAYERS:
        window.action_forward_step.trigger()
    for _ in LAYERS:
        window.action_backward_step.trigger()
    assert window.phase_label.text() == "Backward C1"
    window.select_layer("C5")
    window.inspector.tabs.setCurrentIndex(0)
    said = []
    c.phaseChanged.connect(lambda done, *_: said.append(done))
    window.action_play.trigger()
    assert said[-1] == "Training" and "Update" in said
    assert not [w for w in said if w.startswith(("Forward", "Backward"))]
    qtbot.waitUntil(lambda: c.session.step >= 3, timeout=20000)
    window.action_pause.trigger()
    qtbot.waitUntil(lambda: not c.running, timeout=10000)
    assert window.inspector._layer == "C5" and window.inspector.tabs.currentIndex() == 0
    assert window.strip._selected == "C5"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_strip_stays_put_while_stepping(window, qtbot, lang):
    """The formula over the strip changes with every step, of one line or two at 1280
    pixels (three in Russian); the strip and the inspector must not jump up and down in
    front of a class. The label keeps room for two lines, and for three once a Russian
    formula has needed them: from the second batch on nothing moves."""
    from cnnviz.gui import i18n
    from cnnviz.gui.qt import QtCore, QtGui, QtWidgets

    window.resize(1280, 800)
    qtbot.wait(50)
    if lang == "ru":
        window.findChild(QtGui.QAction, "action_language_ru").trigger()
        qtbot.wait(50)

    def strip_top() -> int:
        QtCore.QCoreApplication.processEvents()
        return window.strip.mapTo(window, QtCore.QPoint(0, 0)).y()

    def one_batch(tops: set, lines: set) -> None:
        for _ in LAYERS:
            window.action_forward_step.trigger()
            tops.add(strip_top())
        for _ in LAYERS:
            window.action_backward_step.trigger()
            tops.add(strip_top())
            label = window.formula_label
            fm = label.fontMetrics()
            text = fm.boundingRect(QtCore.QRect(0, 0, label.contentsRect().width(), 1000),
                                   QtCore.Qt.TextFlag.TextWordWrap, label.text())
            lines.add(round(text.height() / fm.lineSpacing()))
        window.action_update.trigger()
        tops.add(strip_top())

    try:
        if lang == "ru":
            one_batch(set(), set())          # the first three-line formula may move it
        tops, lines = set(), set()
        one_batch(tops, lines)
        # something to test: formulas of different lengths, or longer than the room kept
        assert len(lines) > 1 or max(lines) > window.formula_label.lines, lines
        assert len(tops) == 1, (tops, lines)
    finally:
        i18n.install(QtWidgets.QApplication.instance(), "en")


@pytest.mark.parametrize("steps", ["action_train_batch", "action_forward_step"])
def test_the_window_fits_1280_in_russian_whatever_the_phase_says(window, qtbot, steps):
    """The phase's formula and the next step are long in Russian; the formula wraps
    instead of widening the window past a projector's 1280 pixels (it grew to 1,320
    after switching to Russian at an update step)."""
    from cnnviz.gui import i18n
    from cnnviz.gui.qt import QtGui, QtWidgets

    app = QtWidgets.QApplication.instance()
    old_font = app.font()
    font = QtGui.QFont(old_font)
    font.setPointSizeF(max(font.pointSizeF(), 10.0))     # as the app sets it (make_app)
    app.setFont(font)
    window.actions_by_name[steps].trigger()
    try:
        window.findChild(QtGui.QAction, "action_language_ru").trigger()
        qtbot.wait(50)
        assert window.formula_label.text()
        assert window.minimumSizeHint().width() <= 1280
        header = window.phase_label.parentWidget()
        assert header.minimumSizeHint().width() <= 1280 - window.dock.minimumSizeHint().width()
    finally:
        i18n.install(app, "en")
        app.setFont(old_font)


def test_an_unexpected_error_is_said_in_the_window_not_only_on_the_terminal(
        window, monkeypatch, capsys):
    """A bug in a step once failed it with a traceback on the terminal and nothing in the
    window: the lecturer saw a key that did nothing."""
    import sys

    from cnnviz.gui.app import report_unexpected

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)   # put back after the test
    report_unexpected(window)
    try:
        raise AttributeError("'NoneType' object has no attribute 'forward_block'")
    except AttributeError as e:
        sys.excepthook(type(e), e, e.__traceback__)
    assert window.last_error.startswith("cnnviz met an error it did not expect")
    assert "AttributeError: 'NoneType' object has no attribute 'forward_block'" in \
        window.last_error
    assert window.findChild(QtWidgets.QMessageBox, "unexpected_error").isVisible()
    assert "Traceback" in capsys.readouterr().err
    # the same error again and again (in a paint, at every frame): still one dialog
    for _ in range(5):
        sys.excepthook(ValueError, ValueError("again"), None)
    boxes = window.findChildren(QtWidgets.QMessageBox, "unexpected_error")
    assert len([b for b in boxes if b.isVisible()]) == 1


def test_an_unexpected_error_on_another_thread_is_said_on_the_gui_thread(
        window, monkeypatch, qtbot):
    """An error escaping the link's thread ran the hook there, and the dialog would have
    been made off the GUI thread."""
    import sys
    import threading

    from cnnviz.gui.app import report_unexpected

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    report_unexpected(window)
    made_on = []
    real = window.show_error
    monkeypatch.setattr(window, "show_error", lambda *a: (
        made_on.append(threading.current_thread()), real(*a)))
    worker = threading.Thread(target=lambda: sys.excepthook(
        RuntimeError, RuntimeError("on the link"), None))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(made_on))
    assert made_on == [threading.main_thread()]
    assert "RuntimeError: on the link" in window.last_error
