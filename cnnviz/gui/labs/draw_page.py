"""The Draw page: draw a digit, watch it become an MNIST image and LeNet-5 classify it.

While you draw, the stages of :mod:`cnnviz.data.drawing`, the class probabilities and
every layer's maps follow the pen. The network is a private copy holding the current
weights (:meth:`Controller.current_weights`: while the training process runs, those of
its newest snapshot). "Use as probe" hands the 28x28 image to the controller, which traces
it in the main network view; its backward pass starts from the class chosen in "backward
from" (by default the class predicted when the button is pressed).
"""

from __future__ import annotations

import time

import numpy as np

from cnnviz.core.weights import NetCopy
from cnnviz.data.drawing import from_image
from cnnviz.errors import CnnvizError
from cnnviz.gui.i18n import error_text
from cnnviz.gui.labs.draw_canvas import DrawCanvas
from cnnviz.gui.labs.lab_page import LabPage, make_bold
from cnnviz.gui.labs.stage_view import StageView
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets
from cnnviz.gui.views.network_strip import NetworkStrip
from cnnviz.gui.widgets.probability_bars import ProbabilityBars, shown_percent
from cnnviz.gui.labs.page_parts import lab_limits
from cnnviz.labs import lab_state
from cnnviz.labs.draw import trace_drawing

DRAW_MS = 5         # while drawing: moves that arrive together make one update
TRAINING_MS = 250   # while training: the new weights, four times a second
#: A demo "3" in canvas pixels, for screenshots and a quick look without a mouse.
DEMO_STROKES = [[(85, 70), (120, 48), (170, 50), (195, 85), (180, 120), (140, 138)],
                [(140, 138), (190, 158), (200, 200), (175, 235), (125, 245), (80, 222)]]


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("DrawPage", text)


class DrawPage(LabPage):
    """Canvas and buttons on the left; stages, prediction and the network on the right."""

    def __init__(self, window, parent=None):
        super().__init__(window, "draw_page", parent)
        self.stages = from_image(np.zeros((1, 1)))
        self.snapshot = None
        self.latency_ms: list[float] = []
        self._copy = NetCopy()
        self._changed_at: float | None = None
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.recompute)
        self._build()
        self.controller.snapshotChanged.connect(self._on_weights)
        # a method, not a lambda: Qt drops the connection when the page is deleted
        self.controller.networkRebuilt.connect(self._on_rebuilt)

    def _build(self) -> None:
        self.canvas = DrawCanvas()
        self.undo_button = QtWidgets.QPushButton(tr("Undo stroke"))
        self.undo_button.setObjectName("draw_undo")
        self.clear_button = QtWidgets.QPushButton(tr("Clear"))
        self.clear_button.setObjectName("draw_clear")
        self.seed_box = QtWidgets.QComboBox()
        self.seed_box.setObjectName("draw_backward_from")
        self.seed_box.addItem(tr("the predicted class"))
        self.seed_box.addItems([str(c) for c in self.classes])
        self.seed_box.setToolTip(tr("A drawing has no true class: the backward pass of the "
                                    "probe starts from this class's loss −log p"))
        self.probe_button = QtWidgets.QPushButton(tr("Use as probe"))
        self.probe_button.setObjectName("draw_use_as_probe")
        self.probe_button.setToolTip(tr("Trace the drawing forward and backward in the "
                                        "network view"))
        for b in (self.undo_button, self.clear_button, self.probe_button):
            b.setMinimumHeight(34)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addWidget(self.clear_button)
        seed = QtWidgets.QHBoxLayout()
        seed.addWidget(QtWidgets.QLabel(tr("Backward from")))
        seed.addWidget(self.seed_box, 1)
        left = QtWidgets.QVBoxLayout()
        left.addWidget(self.canvas, 1)
        left.addLayout(row)
        left.addLayout(seed)
        left.addWidget(self.probe_button)

        self.stage_view = StageView()
        self.prediction_label = QtWidgets.QLabel()
        self.prediction_label.setObjectName("draw_prediction")
        make_bold(self.prediction_label, 18)
        self.weights_label = QtWidgets.QLabel()
        self.weights_label.setObjectName("draw_weights")
        self.bars = ProbabilityBars()
        self.strip = NetworkStrip()
        self.strip.setObjectName("draw_strip")
        head = QtWidgets.QHBoxLayout()
        head.addWidget(self.prediction_label, 1)
        head.addWidget(self.weights_label)
        right = QtWidgets.QVBoxLayout()
        right.addWidget(self.stage_view, 3)
        right.addLayout(head)
        right.addWidget(self.bars, 2)
        top = QtWidgets.QHBoxLayout()
        top.addLayout(left, 2)
        top.addLayout(right, 4)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top, 1)
        layout.addWidget(self.strip)

        self.canvas.changed.connect(lambda: self._schedule(DRAW_MS))
        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button.clicked.connect(self.canvas.clear)
        self.probe_button.clicked.connect(self.use_as_probe)
        ctx = QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in ((QtGui.QKeySequence.StandardKey.Undo, self.canvas.undo),
                          (QtGui.QKeySequence.StandardKey.Delete, self.canvas.clear)):
            sc = QtGui.QShortcut(QtGui.QKeySequence(key), self)
            sc.setContext(ctx)
            sc.activated.connect(slot)
        self.recompute()

    # -- updates --------------------------------------------------------------------
    def _on_rebuilt(self) -> None:
        self._schedule(0)

    def _schedule(self, ms: int, stroke: bool = True) -> None:
        """Recompute in ``ms``, or sooner if already due sooner. A stroke must not wait
        behind the slow beat of new weights while training (it waited up to 250 ms)."""
        if stroke and self._changed_at is None:
            self._changed_at = time.perf_counter()
        if not self._timer.isActive() or self._timer.remainingTime() > ms:
            self._timer.start(ms)

    def _on_weights(self, snap) -> None:
        if self.isVisible() and not self.stages.empty and snap.forward_done == len(snap.layers):
            self._schedule(TRAINING_MS if self.controller.running else 0, stroke=False)

    def recompute(self) -> None:
        """Run the drawing through the pipeline and the current weights, and show it all."""
        try:
            self.stages = from_image(self.canvas.ink())
            arch, dtype, state, step = self.controller.current_weights()
            net = self._copy.load(arch, dtype, state)
            self.snapshot = trace_drawing(net, self.stages, step=step)
        except CnnvizError as e:
            self.stages, self.snapshot = from_image(np.zeros((1, 1))), None
            self.prediction_label.setText(error_text(e))
            return
        self.stage_view.set_stages(self.stages)
        self.probe_button.setEnabled(self.snapshot is not None)
        if self.snapshot is None:
            self.prediction_label.setText(tr("Draw a digit on the canvas"))
            self.weights_label.setText("")
            self.bars.set_probabilities(None, self.classes)
        else:
            p = self.snapshot.probabilities
            k = int(np.argmax(p))
            self.prediction_label.setText(tr("Prediction: {0}  ({1:.1f}%)").format(
                self.classes[k], shown_percent(p[k], 1)))
            self.weights_label.setText(tr("weights of step {0}").format(step))
            self.bars.set_probabilities(p, self.classes)
            self.strip.set_snapshot(self.snapshot)
        if self._changed_at is not None:
            self.latency_ms.append(1000 * (time.perf_counter() - self._changed_at))
            self._changed_at = None

    def predicted(self) -> int | None:
        if self.snapshot is None:
            return None
        return int(np.argmax(self.snapshot.probabilities))

    def use_as_probe(self) -> bool:
        """Make the drawing the main view's probe and show the network page."""
        self._timer.stop()
        self.recompute()
        if self.stages.empty:
            return False
        i = self.seed_box.currentIndex()
        label = self.predicted() if i == 0 else i - 1
        if not self.controller.set_probe_image(self.stages.centred * 255, label):
            return False
        self.window_.show_page("network")
        return True

    def lab_state(self) -> dict:
        """The strokes drawn (canvas pixels) and the class the backward pass starts from
        (0: the predicted one)."""
        return {"strokes": [[list(p) for p in s] for s in self.canvas.strokes],
                "backward_from": self.seed_box.currentIndex()}

    def restore_lab_state(self, state: dict, where: str = "lab") -> None:
        """Draw ``state``'s strokes again; a bad value raises a ``LabStateError`` naming
        ``where`` and the field, and changes nothing."""
        s = lab_state.check(self.objectName(), state, where, lab_limits(self.window_))
        if "backward_from" in s:
            self.seed_box.setCurrentIndex(s["backward_from"])
        if "strokes" in s:
            self.canvas.set_strokes(s["strokes"])

    def prepare_screenshot(self) -> None:
        """Draw the demo digit, for ``cnnviz screenshot --page draw_page``."""
        self.canvas.set_strokes(DEMO_STROKES)
        self._timer.stop()
        self.recompute()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._schedule(0)


def make_page(window) -> DrawPage:
    return DrawPage(window)
