"""The convolution lab's settings: the input, the kernel and the operation."""

from __future__ import annotations

import numpy as np

from cnnviz.core.borders import FILLS, MODES
from cnnviz.gui.qt import QT_TR_NOOP, QtCore, QtWidgets
from cnnviz.gui.widgets.matrix_editor import MatrixEditor
from cnnviz.labs import inputs, kernels
from cnnviz.labs.lab_state import (CONV_DILATION, CONV_SOURCES, CONV_STRIDE, CONV_TYPED,
                                   OPERATIONS, matrix_json)

MAX_TYPED = CONV_TYPED[0]          # largest matrix typed by hand
SOURCES = CONV_SOURCES
#: the typed matrices' cells, a little smaller than the other labs': with the operation above
#: them, a 5x5 input and a 3x3 kernel fit a 1280x800 window without scrolling
EDITOR_CELL_PX = 34
#: the words of borders.MODES and borders.FILLS, translated where the combo boxes show them
BORDER_WORDS = (QT_TR_NOOP("full"), QT_TR_NOOP("same"), QT_TR_NOOP("valid"),
                QT_TR_NOOP("zeros"), QT_TR_NOOP("reflect"), QT_TR_NOOP("symmetric"),
                QT_TR_NOOP("replicate"), QT_TR_NOOP("circular"))


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("ConvolutionLab", text)


def _spin(name: str, lo: int, hi: int, value: int, tip: str) -> QtWidgets.QSpinBox:
    s = QtWidgets.QSpinBox()
    s.setObjectName(name)
    s.setRange(lo, hi)
    s.setValue(value)
    s.setToolTip(tip)
    return s


def _combo(name: str, items, tip: str) -> QtWidgets.QComboBox:
    c = QtWidgets.QComboBox()
    c.setObjectName(name)
    for data, text in items:
        c.addItem(text, data)
    c.setToolTip(tip)
    # long entries (a digit "as LeNet-5 sees it") must not widen the settings column
    c.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    c.setMinimumContentsLength(12)
    return c


class ConvSettings(QtWidgets.QWidget):
    """Input, kernel and operation of the convolution lab; ``changed`` after any edit."""

    changed = QtCore.Signal()
    entryRefused = QtCore.Signal(str)

    def __init__(self, n_digits: int, parent=None):
        super().__init__(parent)
        self.setObjectName("conv_settings")
        self._seed = 0
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        operation = self._operation_group()   # first: the most used, never scrolled away
        lay.addWidget(operation)
        lay.addWidget(self._input_group(n_digits))
        lay.addWidget(self._kernel_group())
        lay.addStretch(1)
        self.input_editor.set_array(inputs.random_integers(5, 5, self._seed))
        self.set_preset("sobel-x")
        self._show_source()

    # -- construction ------------------------------------------------------------
    def _input_group(self, n_digits: int) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(tr("Input A"))
        form = QtWidgets.QGridLayout(box)
        self.source = _combo("input_source", [
            ("matrix", tr("Typed matrix")), ("digit", tr("Test digit (32×32, as LeNet-5 sees it)")),
            ("probe", tr("Current probe (network input)"))], tr("Where the input comes from"))
        self.rows = _spin("input_rows", 1, MAX_TYPED, 5, tr("Rows of the typed matrix"))
        self.cols = _spin("input_cols", 1, MAX_TYPED, 5, tr("Columns of the typed matrix"))
        self.random_button = QtWidgets.QPushButton(tr("Random"))
        self.random_button.setObjectName("input_random")
        self.random_button.setToolTip(tr("New whole numbers from -3 to 3"))
        self.digit = _spin("input_digit", 0, max(n_digits - 1, 0), 0, tr("Test image number"))
        self.input_editor = MatrixEditor(tr("input"), cell=EDITOR_CELL_PX)
        self.input_editor.setObjectName("input_editor")
        form.addWidget(self.source, 0, 0, 1, 4)
        self.size_label = QtWidgets.QLabel(tr("size"))
        form.addWidget(self.size_label, 1, 0)
        form.addWidget(self.rows, 1, 1)
        form.addWidget(self.cols, 1, 2)
        form.addWidget(self.random_button, 1, 3)
        self.digit_label = QtWidgets.QLabel(tr("test image"))
        form.addWidget(self.digit_label, 2, 0)
        form.addWidget(self.digit, 2, 1, 1, 3)
        form.addWidget(self.input_editor, 3, 0, 1, 4)
        self.source.currentIndexChanged.connect(self._show_source)
        self.source.currentIndexChanged.connect(self.changed)
        self.rows.valueChanged.connect(self._resize_input)
        self.cols.valueChanged.connect(self._resize_input)
        self.random_button.clicked.connect(self._random)
        self.digit.valueChanged.connect(self.changed)
        self.input_editor.edited.connect(self.changed)
        self.input_editor.entryRefused.connect(self.entryRefused)
        return box

    def _kernel_group(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(tr("Kernel K"))
        form = QtWidgets.QGridLayout(box)
        self.preset = _combo("kernel_preset", [("", tr("Custom"))] + [
            (name, tr(title)) for name, (title, _) in kernels.PRESETS.items()],
            tr("A textbook kernel"))
        self.krows = _spin("kernel_rows", 1, kernels.MAX_KERNEL, 3, tr("Kernel rows"))
        self.kcols = _spin("kernel_cols", 1, kernels.MAX_KERNEL, 3, tr("Kernel columns"))
        self.kernel_editor = MatrixEditor(tr("kernel"), cell=EDITOR_CELL_PX)
        self.kernel_editor.setObjectName("kernel_editor")
        form.addWidget(self.preset, 0, 0, 1, 3)
        form.addWidget(QtWidgets.QLabel(tr("size")), 1, 0)
        form.addWidget(self.krows, 1, 1)
        form.addWidget(self.kcols, 1, 2)
        form.addWidget(self.kernel_editor, 2, 0, 1, 3)
        self.preset.activated.connect(lambda i: self.set_preset(self.preset.itemData(i)))
        self.krows.valueChanged.connect(self._resize_kernel)
        self.kcols.valueChanged.connect(self._resize_kernel)
        self.kernel_editor.edited.connect(self._kernel_typed)
        self.kernel_editor.entryRefused.connect(self.entryRefused)
        return box

    def _operation_group(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(tr("Operation"))
        form = QtWidgets.QFormLayout(box)
        self.op = _combo("operation", [(False, tr("correlation")), (True, tr("convolution"))],
                         tr("A convolution applies the kernel turned 180 degrees"))
        self.mode = _combo("border_mode", [(m, tr(m)) for m in MODES],
                           tr("full: every overlap; same: output as large as the input "
                              "(at stride 1); valid: the kernel stays inside"))
        self.mode.setCurrentIndex(MODES.index("valid"))
        self.fill = _combo("border_fill", [(f, tr(f)) for f in FILLS],
                           tr("What lies beyond the border of the input"))
        self.stride = _spin("stride", *CONV_STRIDE, 1, tr("Step of the window"))
        self.dilation = _spin("dilation", *CONV_DILATION, 1, tr("Spacing of the kernel's samples"))
        form.addRow(tr("operation"), self.op)
        form.addRow(tr("border mode"), self.mode)
        form.addRow(tr("border fill"), self.fill)
        # one row for both: at 1280x800 the kernel's last row was below the fold
        steps = QtWidgets.QHBoxLayout()
        steps.addWidget(self.stride, 1)
        steps.addWidget(QtWidgets.QLabel(tr("dilation")))
        steps.addWidget(self.dilation, 1)
        form.addRow(tr("stride"), steps)
        for c in (self.op, self.mode, self.fill):
            c.currentIndexChanged.connect(self.changed)
        for s in (self.stride, self.dilation):
            s.valueChanged.connect(self.changed)
        return box

    # -- reading -----------------------------------------------------------------
    def source_name(self) -> str:
        return self.source.currentData()

    def kernel(self) -> np.ndarray:
        return self.kernel_editor.array()

    def options(self) -> dict:
        """Keyword arguments of :class:`cnnviz.labs.sliding.SlidingWindow`."""
        return {"mode": self.mode.currentData(), "fill": self.fill.currentData(),
                "stride": self.stride.value(), "dilation": self.dilation.value(),
                "convolution": bool(self.op.currentData())}

    def state(self) -> dict:
        """The settings as :mod:`cnnviz.labs.lab_state` writes them."""
        return {"source": self.source_name(), "matrix": matrix_json(self.input_editor.array()),
                "digit": self.digit.value(), "seed": self._seed,
                "preset": self.preset.currentData(), "kernel": matrix_json(self.kernel()),
                "operation": OPERATIONS[int(bool(self.op.currentData()))],
                "mode": self.mode.currentData(), "fill": self.fill.currentData(),
                "stride": self.stride.value(), "dilation": self.dilation.value()}

    def apply_state(self, s: dict) -> None:
        """Show the settings ``s`` has (checked by :func:`cnnviz.labs.lab_state.check`);
        ``changed`` follows once."""
        blocker = QtCore.QSignalBlocker(self)    # one rebuild, not one per setting
        self._seed = s.get("seed", self._seed)
        if "matrix" in s:
            self._set_sized(self.input_editor, (self.rows, self.cols), s["matrix"])
        if s.get("preset"):
            self.set_preset(s["preset"])
        elif "kernel" in s:
            self._set_sized(self.kernel_editor, (self.krows, self.kcols), s["kernel"])
            self.preset.setCurrentIndex(0)
        for combo, key in ((self.source, "source"), (self.mode, "mode"), (self.fill, "fill")):
            if key in s:
                combo.setCurrentIndex(combo.findData(s[key]))
        if "operation" in s:
            self.op.setCurrentIndex(OPERATIONS.index(s["operation"]))
        for spin, key in ((self.digit, "digit"), (self.stride, "stride"),
                          (self.dilation, "dilation")):
            spin.setValue(s.get(key, spin.value()))
        del blocker
        self.changed.emit()

    @staticmethod
    def _set_sized(editor: MatrixEditor, spins, a: np.ndarray) -> None:
        for spin, n in zip(spins, a.shape):
            spin_blocker = QtCore.QSignalBlocker(spin)
            spin.setValue(n)
            del spin_blocker
        editor.set_array(a)

    # -- editing -----------------------------------------------------------------
    def set_preset(self, name: str) -> None:
        """Load preset kernel ``name`` ("" keeps the numbers, as a custom kernel)."""
        self.preset.setCurrentIndex(max(0, self.preset.findData(name)))
        if not name:
            return
        self._set_sized(self.kernel_editor, (self.krows, self.kcols), kernels.preset(name))
        self.changed.emit()

    def _kernel_typed(self) -> None:
        self.preset.setCurrentIndex(0)
        self.changed.emit()

    def _resize_kernel(self) -> None:
        self.kernel_editor.resize_to(self.krows.value(), self.kcols.value())

    def _resize_input(self) -> None:
        self.input_editor.resize_to(self.rows.value(), self.cols.value())

    def _random(self) -> None:
        self._seed += 1
        self.input_editor.set_array(
            inputs.random_integers(self.rows.value(), self.cols.value(), self._seed))
        self.changed.emit()

    def _show_source(self) -> None:
        typed = self.source_name() == "matrix"
        for w in (self.size_label, self.rows, self.cols, self.random_button, self.input_editor):
            w.setVisible(typed)
        self.digit.setVisible(self.source_name() == "digit")
        self.digit_label.setVisible(self.source_name() == "digit")
