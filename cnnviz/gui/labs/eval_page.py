"""The Evaluation page: the test set's confusion matrix for the current weights, with a
drill-down from a cell to its images and from an image to its trace in the network view.

The evaluation runs on a private copy of the weights (:meth:`Controller.current_weights`)
in a background thread, so the window never freezes; it starts when the page is first
shown and on Refresh, and the page says which training step the weights are from.
"""

from __future__ import annotations

import threading

import numpy as np

from cnnviz.core.weights import NetCopy
from cnnviz.errors import CnnvizError
from cnnviz.gui import gui_gc
from cnnviz.gui.i18n import error_text, grouped
from cnnviz.gui.labs.confusion_view import ConfusionView
from cnnviz.gui.labs.lab_page import LabPage, make_bold
from cnnviz.gui.labs.thumb_list import ThumbList
from cnnviz.gui.qt import QtCore, QtWidgets
from cnnviz.gui.labs.page_parts import lab_limits
from cnnviz.gui.widgets.probability_bars import shown_percent
from cnnviz.labs import lab_state
from cnnviz.labs.evaluation import EvalReport, evaluate_weights


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("EvalPage", text)


class _Bridge(QtCore.QObject):
    """Lives in the GUI thread; the evaluation thread emits through it (a queued call)."""

    finished = QtCore.Signal(int, object)   # run number, EvalReport or error text


class EvalPage(LabPage):
    """Refresh and status on top; the matrix on the left; cell and mistakes on the right."""

    def __init__(self, window, parent=None):
        super().__init__(window, "evaluation_page", parent)
        self.report: EvalReport | None = None
        self.cell: tuple[int, int] | None = None
        self._runs = 0
        self._thread: threading.Thread | None = None
        self._copy = NetCopy()
        self._bridge = _Bridge(self)
        self._bridge.finished.connect(self._on_finished)
        self._build()
        self.controller.networkRebuilt.connect(self._on_rebuilt)

    def _build(self) -> None:
        self.refresh_button = QtWidgets.QPushButton(tr("Refresh"))
        self.refresh_button.setObjectName("evaluation_refresh")
        self.refresh_button.setMinimumHeight(34)
        self.refresh_button.setToolTip(tr("Evaluate the test set with the current weights"))
        self.status = QtWidgets.QLabel()
        self.status.setObjectName("evaluation_status")
        make_bold(self.status, 13)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.refresh_button)
        top.addWidget(self.status, 1)
        self.matrix = ConfusionView()
        self.cell_title = QtWidgets.QLabel(tr("Click a cell of the matrix to see its images"))
        self.cell_title.setObjectName("evaluation_cell_title")
        self.cell_title.setWordWrap(True)
        self.cell_list = ThumbList(self.data.test_images)
        self.cell_list.setObjectName("evaluation_cell_list")
        self.wrong_title = QtWidgets.QLabel()
        self.wrong_title.setWordWrap(True)
        self.wrong_list = ThumbList(self.data.test_images)
        self.wrong_list.setObjectName("evaluation_mistakes")
        right = QtWidgets.QVBoxLayout()
        for w, stretch in ((self.cell_title, 0), (self.cell_list, 1), (self.wrong_title, 0),
                           (self.wrong_list, 1)):
            right.addWidget(w, stretch)
        body = QtWidgets.QHBoxLayout()
        body.addWidget(self.matrix, 3)
        body.addLayout(right, 2)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.matrix.cellClicked.connect(self.show_cell)
        self.cell_list.indexChosen.connect(self.probe)
        self.wrong_list.indexChosen.connect(self.probe)
        self.status.setText(tr("Not evaluated yet"))

    # -- evaluation -----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def refresh(self) -> None:
        """Evaluate the test set with the current weights in a background thread."""
        if self.busy:
            return
        self._runs += 1
        run, weights = self._runs, self.controller.current_weights()
        threads = 1 if self.controller.running else 2   # leave a core to the trainer
        self.refresh_button.setEnabled(False)
        self.status.setText(tr("Evaluating {0} test images with the weights of step {1}…")
                            .format(grouped(len(self.data.test_labels)), grouped(weights[3])))
        self._thread = threading.Thread(target=self._work, args=(run, weights, threads),
                                        name="cnnviz-evaluation", daemon=True)
        gui_gc.hold()     # no garbage collection in that thread; released when it reports
        self._thread.start()

    def _work(self, run: int, weights: tuple, threads: int) -> None:
        try:
            result = evaluate_weights(self._copy, weights, self.data.test_images,
                                      self.data.test_labels, threads)
        except CnnvizError as e:
            result = e.message
        except Exception as e:  # noqa: BLE001 - shown on the page; also the pool ending at exit
            result = f"{type(e).__name__}: {e}"
        try:
            self._bridge.finished.emit(run, result)
        except RuntimeError:   # the page was closed meanwhile
            pass

    def _on_finished(self, run: int, result) -> None:
        gui_gc.release()
        self.refresh_button.setEnabled(True)
        if run != self._runs:          # the network was replaced while this one ran
            if self.isVisible():
                self.refresh()
            return
        if isinstance(result, str):
            self.status.setText(tr("Evaluation failed: {0}").format(error_text(result)))
            return
        self.show_report(result)

    def show_report(self, report: EvalReport) -> None:
        self.report = report
        ev = report.result
        self.status.setText(tr("Test set, {0} images, weights of step {1}: accuracy "
                               "{2:.2f}%, {3} mistakes").format(
            grouped(len(report.labels)), grouped(report.step), 100 * ev.accuracy,
            int(np.sum(ev.predictions != report.labels))))
        self.matrix.set_confusion(ev.confusion, report.per_class(), self.classes)
        wrong = report.misclassified()
        self.wrong_title.setText(tr("All {0} misclassified test images, most confident "
                                    "mistake first").format(len(wrong)))
        self.wrong_list.set_rows(wrong, self._texts(wrong))
        if self.cell is not None:
            self.show_cell(*self.cell)

    def _texts(self, indices: np.ndarray) -> list[str]:
        ev, labels = self.report.result, self.report.labels
        return [f"#{i}\n{self.classes[labels[i]]} → {self.classes[ev.predictions[i]]} "
                f"{shown_percent(ev.confidences[i], 0):.0f}%" for i in indices]

    # -- drill-down ----------------------------------------------------------------------
    def show_cell(self, true: int, predicted: int) -> None:
        """List the test images of class ``true`` predicted as ``predicted``."""
        self.cell = (true, predicted)
        self.matrix.select(true, predicted)
        if self.report is None:
            return
        idx = self.report.cell(true, predicted)
        self.cell_title.setText(tr("True {0}, predicted {1}: {2} images, most confident "
                                   "first (index, true → predicted, confidence)").format(
            self.classes[true], self.classes[predicted], len(idx)))
        self.cell_list.set_rows(idx, self._texts(idx))

    def lab_state(self) -> dict:
        """The cell of the confusion matrix on show, as [true, predicted], or None."""
        return {"cell": None if self.cell is None else list(self.cell)}

    def restore_lab_state(self, state: dict, where: str = "lab") -> None:
        """Open ``state``'s cell (its images once the evaluation is done); a bad value
        raises a ``LabStateError`` naming ``where`` and the field, and changes nothing."""
        s = lab_state.check(self.objectName(), state, where, lab_limits(self.window_))
        if s.get("cell") is not None:
            self.show_cell(*s["cell"])
        elif "cell" in s:
            self.cell = None
            self.matrix.select(None)
            self.cell_title.setText(tr("Click a cell of the matrix to see its images"))
            self.cell_list.set_rows([], [])

    def probe(self, index: int) -> None:
        """Trace test image ``index`` in the network view and go there."""
        self.controller.set_probe(index)
        self.window_.show_page("network")

    def _on_rebuilt(self) -> None:
        """Another network (reset, opened checkpoint): evaluate it now or when shown. An
        evaluation still running is of the old weights: its result is dropped and, if
        the page is on show, a new one starts when it ends."""
        if self.busy:
            self._runs += 1
            self.report = None
            return
        if self.isVisible():
            self.refresh()
        elif self.report is not None:
            self.report = None
            self.status.setText(tr("The network was replaced: evaluating when shown"))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.report is None and not self.busy:
            self.refresh()

    def wait(self, timeout_s: float = 120.0) -> None:
        """Block until a running evaluation is shown (scripts, screenshots, tests)."""
        if self._thread is not None:
            self._thread.join(timeout_s)
        QtCore.QCoreApplication.sendPostedEvents()

    def prepare_screenshot(self) -> None:
        """Evaluate now and open the most frequent mistake."""
        self.refresh()
        self.wait()
        if self.report is not None:
            off = self.report.confusion * (1 - np.eye(len(self.classes), dtype=np.int64))
            self.show_cell(*(int(v) for v in np.unravel_index(int(np.argmax(off)), off.shape)))


def make_page(window) -> EvalPage:
    return EvalPage(window)
