"""The timeline bar: scrub back over the recorded steps, or follow training live.

A slider over the snapshots the controller's :class:`cnnviz.core.timeline.Timeline` keeps
(the right end is "live"), a label that says which step is on show, a "Live" button, and
the reference step of the kernel change ΔK. The bar emits the snapshot to show; it
computes nothing.
"""

from __future__ import annotations

from cnnviz.core.trace import Snapshot
from cnnviz.gui.i18n import grouped
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets
from cnnviz.gui.widgets.steady import SteadyLabel, SteadySpinBox

# colour only: a font property in a style sheet pins the label's font, and presentation
# mode's larger text then left "step … · live" at its old size
LIVE_STYLE = "color: #2a9d8f"
PAST_STYLE = "color: #d62728"


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("TimelineBar", text)


class TimelineBar(QtWidgets.QWidget):
    """Scrubber over ``controller.timeline``.

    ``snapshotChosen`` carries the snapshot to show after a scrub or a return to live;
    ``referenceChanged`` says the reference step of ΔK changed.
    """

    snapshotChosen = QtCore.Signal(object)
    referenceChanged = QtCore.Signal()

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setObjectName("timeline_bar")
        self.controller = controller
        self.timeline = controller.timeline
        self.live = True
        self.shown: Snapshot | None = None
        self.slider = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.slider.setObjectName("timeline_slider")
        self.slider.setToolTip(tr("Drag back to see the network as it was at an earlier "
                                  "step; the right end follows training live"))
        self.step_label = SteadyLabel(room=tr("step {0} · live").format(grouped(999999)))
        self.step_label.setObjectName("timeline_label")
        self._bold_label()
        self.live_button = QtWidgets.QPushButton(tr("Live"))
        self.live_button.setObjectName("timeline_live")
        self.live_button.setToolTip(tr("Follow training again"))
        self.reference_spin = SteadySpinBox()
        self.reference_spin.setObjectName("timeline_reference")
        self.reference_spin.setKeyboardTracking(False)
        self.reference_spin.setToolTip(tr("ΔK (the inspector's \"Change ΔK\" tab) compares "
                                          "the shown kernels with the nearest kept step"))
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(QtWidgets.QLabel(tr("Timeline")))
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.step_label)
        layout.addWidget(self.live_button)
        layout.addSpacing(16)
        layout.addWidget(QtWidgets.QLabel(tr("ΔK against step")))
        layout.addWidget(self.reference_spin)
        self.slider.valueChanged.connect(self._on_slider)
        self.live_button.clicked.connect(self.go_live)
        self.reference_spin.valueChanged.connect(self.referenceChanged)
        controller.snapshotChanged.connect(self._on_recorded)
        self._sync()

    # -- public ------------------------------------------------------------------------
    def reference(self) -> Snapshot | None:
        """The kept snapshot nearest to the reference step (None while nothing is kept)."""
        return self.timeline.at(self.reference_spin.value()) if len(self.timeline) else None

    def scrub_to(self, index: int) -> None:
        """Show the kept snapshot ``index`` (the last one: live)."""
        self.slider.setValue(index)

    @QtCore.Slot()
    def go_live(self) -> None:
        """Follow training again, from the newest snapshot."""
        was = self.live
        self.live = True
        self.shown = self.controller.snapshot
        self._sync()
        if not was and self.shown is not None:
            self.snapshotChosen.emit(self.shown)

    # -- updates ---------------------------------------------------------------------------
    def _on_recorded(self, snap: Snapshot) -> None:
        if self.live:
            self.shown = snap
        self._sync()

    def _on_slider(self, index: int) -> None:
        if not len(self.timeline):
            return
        if index >= len(self.timeline) - 1:
            self.go_live()
            return
        self.live = False
        self.shown = self.timeline[index]
        self._sync()
        self.snapshotChosen.emit(self.shown)

    def _sync(self) -> None:
        """Slider range and position, step label, reference range: from the timeline."""
        n = len(self.timeline)
        blocker = QtCore.QSignalBlocker(self.slider)
        # one snapshot (a network just opened at step 9,380): nothing to go back to, and
        # the handle at the left end read as the start while the label said "live"
        self.slider.setEnabled(n > 1)
        self.slider.setRange(0, max(n - 1, 1))
        if n <= 1:
            self.slider.setValue(1)
        elif self.live or self.shown is None:
            self.slider.setValue(n - 1)
        else:
            self.slider.setValue(min(self.timeline.index_at(self.shown.step), max(n - 2, 0)))
        del blocker
        self.live_button.setEnabled(not self.live)
        latest = self.timeline.latest
        spin = QtCore.QSignalBlocker(self.reference_spin)
        self.reference_spin.setRange(int(self.timeline[0].step) if n else 0,
                                     int(latest.step) if latest else 0)
        del spin
        if self.shown is None:
            self.step_label.setText("")
        elif self.live:
            self.step_label.setText(tr("step {0} · live").format(grouped(self.shown.step)))
            self._label_style(LIVE_STYLE)
        else:
            self.step_label.setText(tr("step {0} · rewound (live: {1})").format(
                grouped(self.shown.step), grouped(latest.step) if latest else "–"))
            self._label_style(PAST_STYLE)

    def _bold_label(self) -> None:
        """The step label in this bar's font, bold. A label with a font of its own no
        longer follows the application's, so presentation mode's larger text (and its
        return) reaches it through this bar (see :meth:`changeEvent`)."""
        font = QtGui.QFont(self.font())
        font.setBold(True)
        self.step_label.setFont(font)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._bold_label()

    def _label_style(self, sheet: str) -> None:
        # only when it changes: setting a style sheet re-polishes the label, and the
        # layout change repainted the whole window on every frame while training
        if self.step_label.styleSheet() != sheet:
            self.step_label.setStyleSheet(sheet)
