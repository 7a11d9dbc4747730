"""The "Pooling" page: average or max pooling of a typed matrix, a test digit or the
probe, forward and backward, window by window."""

from __future__ import annotations

import numpy as np

from cnnviz.data import to_lenet_input
from cnnviz.errors import ConfigError
from cnnviz.gui.i18n import error_text
from cnnviz.gui.labs.animation_controls import AnimationControls
from cnnviz.gui.labs.conv_settings import _combo, _spin
from cnnviz.gui.labs.page_parts import (FocusOnShow, SizedMatrix, error_label, lab_limits,
                                        show_message)
from cnnviz.gui.labs.pooling_view import PoolingView
from cnnviz.gui.qt import QT_TRANSLATE_NOOP, QtCore, QtWidgets
from cnnviz.gui.widgets.gif_export import GifExportMixin
from cnnviz.labs import lab_state
from cnnviz.labs.lab_state import matrix_json
from cnnviz.labs.pooling import DEFAULT_INPUT, EXAMPLE_6X6, SIZES, PoolingLab, default_dy

MAX_TYPED = (12, 12)     # larger inputs (a digit) are shown, not typed
# the texts are marked for translation here; tr() translates them on the page
SOURCES = (
    # key, text
    ("example4", QT_TRANSLATE_NOOP("PoolingPage", "Example 4×4")),
    ("example6", QT_TRANSLATE_NOOP("PoolingPage", "Example 6×6")),
    ("typed", QT_TRANSLATE_NOOP("PoolingPage", "Typed matrix")),
    ("digit", QT_TRANSLATE_NOOP("PoolingPage", "Test digit (32×32)")),
    ("probe", QT_TRANSLATE_NOOP("PoolingPage", "The probe (32×32)")),
)
DY_PATTERNS = (
    ("ones", QT_TRANSLATE_NOOP("PoolingPage", "all ones")),
    ("count", QT_TRANSLATE_NOOP("PoolingPage", "1, 2, 3, …")),
    ("typed", QT_TRANSLATE_NOOP("PoolingPage", "typed")),
)


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("PoolingPage", text)


class PoolingPage(FocusOnShow, GifExportMixin, QtWidgets.QWidget):
    """Pooling lab page (object name ``pooling_lab``)."""

    def __init__(self, window=None, parent=None):
        super().__init__(parent)
        self.init_focus()
        self.setObjectName("pooling_lab")
        self.setWindowTitle(tr("Pooling"))
        self.main_window = window
        self.lab: PoolingLab | None = None
        self._probe_key = None
        self.source = _combo("pool_source", [(k, tr(t)) for k, t in SOURCES],
                             tr("What is pooled"))
        self.digit = _spin("pool_digit", 0, self._n_test() - 1, 0, tr("Test image number"))
        self.kind = _combo("pool_kind", [("max", tr("Max")), ("avg", tr("Average"))],
                           tr("Max keeps the largest number of each window, average the mean"))
        self.window_size = _spin("pool_window", SIZES[0], SIZES[-1], 2,
                                 tr("The window is k × k"))
        self.stride = _spin("pool_stride", SIZES[0], SIZES[-1], 2,
                            tr("Step of the window; below k the windows overlap"))
        self.dy_pattern = _combo("pool_dy_pattern", [(k, tr(t)) for k, t in DY_PATTERNS],
                                 tr("dE/dY, the gradient that comes back from the next layer"))
        bar = QtWidgets.QHBoxLayout()
        for text, w in ((tr("Input"), self.source), (tr("test image"), self.digit),
                        (tr("Pooling"), self.kind), (tr("Window k"), self.window_size),
                        (tr("Stride s"), self.stride)):
            label = QtWidgets.QLabel(text)
            label.setBuddy(w)
            bar.addWidget(label)
            bar.addWidget(w)
            bar.addSpacing(6)
            if w is self.digit:
                self.digit_label = label
        bar.addStretch(1)
        self.x_editor = SizedMatrix("X", tr("X (input)"), MAX_TYPED)
        self.dy_editor = SizedMatrix("dE/dY", tr("(the size of Y)"), resizable=False)
        self.size_label = QtWidgets.QLabel()
        self.size_label.setObjectName("pool_size_formula")
        self.size_label.setWordWrap(True)
        self.error_label = error_label("pool_error")
        side = QtWidgets.QVBoxLayout()
        side.addWidget(self.x_editor)
        dy_row = QtWidgets.QHBoxLayout()   # here, not in the top bar: that fits 1280x800
        dy_row.addWidget(QtWidgets.QLabel(tr("dE/dY")))
        dy_row.addWidget(self.dy_pattern, 1)
        side.addLayout(dy_row)
        side.addWidget(self.dy_editor)
        side.addWidget(QtWidgets.QLabel(tr("Output size (H − k) // s + 1:")))
        side.addWidget(self.size_label)
        side.addStretch(0)
        self.view = PoolingView()
        self.controls = AnimationControls()
        self.controls.install_shortcuts(self)
        body = QtWidgets.QHBoxLayout()
        body.addLayout(side, 0)
        body.addWidget(self.view, 1)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(bar)
        lay.addWidget(self.error_label)
        lay.addLayout(body, 1)
        lay.addWidget(self.controls)
        self._typed_x = DEFAULT_INPUT.copy()
        self._typed_dy: np.ndarray | None = None
        self._connect()
        self.rebuild()

    def _n_test(self) -> int:
        data = getattr(self.main_window, "data", None)
        return len(data.test_labels) if data is not None else 1

    def _connect(self) -> None:
        for box in (self.source, self.kind, self.dy_pattern):
            box.currentIndexChanged.connect(self.rebuild)
        for spin in (self.digit, self.window_size, self.stride):
            spin.valueChanged.connect(self.rebuild)
        self.x_editor.changed.connect(self._on_typed_x)
        self.dy_editor.changed.connect(self._on_typed_dy)
        self.x_editor.entryRefused.connect(self.show_error)
        self.dy_editor.entryRefused.connect(self.show_error)
        self.controls.positionChanged.connect(self.view.set_position)
        self.view.positionRequested.connect(self.controls.set_position)
        controller = getattr(self.main_window, "controller", None)
        if controller is not None:
            controller.snapshotChanged.connect(self._on_snapshot)

    # -- what to pool --------------------------------------------------------------
    def input_matrix(self) -> np.ndarray:
        """The matrix the chosen source gives."""
        key = self.source.currentData()
        if key == "example4":
            return DEFAULT_INPUT
        if key == "example6":
            return EXAMPLE_6X6
        if key == "typed":
            return self._typed_x
        if key == "digit":
            images = self.main_window.data.test_images
            return to_lenet_input(images[self.digit.value()], np.float64)[0, 0]
        snap = self.main_window.controller.snapshot
        if snap is None:
            raise ConfigError(tr("the probe has not been traced yet"))
        return np.asarray(snap.image[0], dtype=np.float64)

    def _dy_for(self, shape: tuple[int, int]) -> np.ndarray:
        key = self.dy_pattern.currentData()
        if key == "typed" and self._typed_dy is not None and self._typed_dy.shape == shape:
            return self._typed_dy
        return default_dy(shape, "count" if key == "count" else "ones")

    def rebuild(self) -> None:
        """Pool the chosen input again; a bad setting keeps the last picture."""
        self.digit.setVisible(self.source.currentData() == "digit")
        self.digit_label.setVisible(self.digit.isVisibleTo(self))
        try:
            x = self.input_matrix()
            k, s = self.window_size.value(), self.stride.value()
            lab = PoolingLab(x, self.kind.currentData(), k, s)
            lab = PoolingLab(x, lab.kind, k, s, self._dy_for(lab.out_shape))
        except ConfigError as e:
            self.show_error(error_text(e))
            return
        self.show_error("")
        self.lab = lab
        small = max(lab.x.shape) <= MAX_TYPED[0]
        if small:
            self.x_editor.set_array(lab.x)
        self.x_editor.setVisible(small)
        self.dy_editor.set_array(lab.dy)
        self.dy_editor.setVisible(max(lab.dy.shape) <= MAX_TYPED[0])
        self.size_label.setText(lab.size_formula().replace("   ", "\n"))
        self.view.set_model(lab)
        self.controls.set_count(len(lab))
        self.view.set_position(self.controls.position())

    def show_error(self, message: str) -> None:
        show_message(self.error_label, message)

    def _on_typed_x(self) -> None:
        self._typed_x = self.x_editor.array()
        if self.source.currentData() == "typed":
            self.rebuild()
        else:
            self.source.setCurrentIndex(self.source.findData("typed"))

    def _on_typed_dy(self) -> None:
        self._typed_dy = self.dy_editor.array()
        if self.dy_pattern.currentData() == "typed":
            self.rebuild()
        else:
            self.dy_pattern.setCurrentIndex(self.dy_pattern.findData("typed"))

    def _on_snapshot(self, snap) -> None:
        if self.source.currentData() == "probe" and snap.probe_key != self._probe_key:
            self._probe_key = snap.probe_key
            self.rebuild()

    # -- settings ------------------------------------------------------------------------
    def _widgets(self) -> dict:
        return {"source": self.source, "digit": self.digit, "kind": self.kind,
                "window": self.window_size, "stride": self.stride, "dy_pattern": self.dy_pattern}

    def lab_state(self) -> dict:
        """Input, pooling, dE/dY, typed matrices and the window's position (JSON-able)."""
        state = {key: w.currentData() if isinstance(w, QtWidgets.QComboBox) else w.value()
                 for key, w in self._widgets().items()}
        state.update(typed_x=matrix_json(self._typed_x), position=self.controls.position())
        if self._typed_dy is not None:
            state["typed_dy"] = matrix_json(self._typed_dy)
        return state

    def restore_lab_state(self, state: dict, where: str = "lab") -> None:
        """Show ``state`` (see :meth:`lab_state`); a bad value raises a ``LabStateError``
        naming ``where`` and the field, and changes nothing."""
        s = lab_state.check(self.objectName(), state, where, lab_limits(self.main_window))
        for key, w in self._widgets().items():
            if key in s:
                blocker = QtCore.QSignalBlocker(w)
                if isinstance(w, QtWidgets.QComboBox):
                    w.setCurrentIndex(w.findData(s[key]))
                else:
                    w.setValue(s[key])
                del blocker
        self._typed_x = s.get("typed_x", self._typed_x)
        self._typed_dy = s.get("typed_dy", self._typed_dy)
        self.rebuild()
        if "position" in s:
            self.controls.set_position(s["position"])

    # -- GIF export ---------------------------------------------------------------------
    def animation_frames(self):
        return self.view.rendered_frames()

    def animation_ms(self) -> int:
        return self.controls.interval_ms()


def make_page(window) -> PoolingPage:
    return PoolingPage(window)
